import { PERSON_VERBS, PROFESSION_CUES } from '../data/lexicon.ts';
import { placeAt } from '../gazetteer.ts';
import type { Token, Tokenized } from '../tokens.ts';
import { candidateTokens } from './candidates.ts';
import { combine, fnv, fnvRange, hashOf } from './hash.ts';
import type { Lines } from './lines.ts';
import { casedView, isNumber, linesOf } from './lines.ts';
import { clusterIn, wordClusters } from './word-clusters.ts';
import { lexClasses } from './word-lists.ts';
import { shapeOf } from './word-shape.ts';

/**
 * The tagger's view of a story: which tokens it labels (capitalised words and the connectors
 * between them; every other token is outside any name) and, for each, the hashes of its features.
 * Shared by the runtime tagger and the training script, so both see exactly the same features.
 */
export interface TaggerInput {
  readonly tokens: readonly Token[];
  /** Indexes (into `tokens`) of the tokens the tagger labels, in order. */
  readonly candidates: readonly number[];
  /**
   * The feature hashes of all candidates, label features excluded: candidate k's are
   * `features[offsets[k]]` to `features[offsets[k + 1] - 1]` (one array: allocating one per token
   * cost more than computing the features).
   */
  readonly features: Uint32Array;
  readonly offsets: Uint32Array;
  /** Hash of each token's lowercase form, for the features that pair it with the previous label. */
  readonly wordHash: Uint32Array;
}

// Template numbers: a feature is combine(template, hash of its value). Never renumber one without
// retraining the model.
const T = {
  bias: 1,
  word: 2,
  shape: 3,
  prefix2: 4,
  prefix3: 5,
  suffix2: 6,
  suffix3: 7,
  suffix4: 8,
  prevWord: 9,
  nextWord: 10,
  prev2Word: 11,
  next2Word: 12,
  prevShape: 13,
  nextShape: 14,
  prevShapeShape: 15,
  shapeNextShape: 16,
  prevWordWord: 17,
  wordNextWord: 18,
  position: 19,
  caps: 20,
  lex: 21,
  prevLex: 22,
  nextLex: 23,
  gazetteer: 24,
  table: 25,
  length: 26,
  seen: 27,
  shapeContext: 28,
  prevLexShape: 29,
  casedWord: 30,
  rule: 31,
  lineShape: 34,
  prevRule: 32,
  nextRule: 33,
  runPosition: 60,
  runLast: 61,
  runLastLex: 63,
  cluster: 64,
  prevCluster: 65,
  nextCluster: 66,
  prev2Cluster: 67,
  next2Cluster: 68,
  clusterShape: 69,
  runLastCluster: 70,
} as const;

// A token's cluster code: the word's cluster (0–2047, src/ner/word-clusters.ts) or one of these.
const NO_WORD = 0x10000;
const NUMBER = 0x10001;
const PUNCTUATION = 0x10002;
/** A cluster code at a coarser level (`shift` 3: 256 clusters, 6: 32); other codes unchanged. */
const coarser = (code: number, shift: number): number => (code < NO_WORD ? code >> shift : code);

// The hashes of the position values ("h", "bLS" …: headline or body, first of its line, sentence
// start) by (headline ? 4 : 0) + (first ? 2 : 0) + (start ? 1 : 0), and of the run positions ("U1" …
// "A5") by position × 5 + length − 1: the same values the model was trained on, without building them.
const POSITION_HASH = Uint32Array.from({ length: 8 }, (_, k) =>
  fnv(`${k & 4 ? 'h' : 'b'}${k & 2 ? 'L' : ''}${k & 1 ? 'S' : ''}`),
);
const RUN_POSITION_HASH = Uint32Array.from({ length: 25 }, (_, k) =>
  fnv(`${'UBLIA'[Math.floor(k / 5)]}${(k % 5) + 1}`),
);

/** Label-dependent templates, added while decoding. */
export const LABEL_TEMPLATES = { prev: 40, prev2: 41, prevWord: 42 } as const;

/** The tokens the tagger labels, and their features. `hints` are the rules' labels per token ("per:B"). */
export function taggerInput(
  input: Tokenized,
  lines: Lines = linesOf(input),
  view: readonly Token[] = casedView(input.tokens, lines),
  hints: readonly (string | undefined)[] = [],
  maxTokens = Number.POSITIVE_INFINITY,
): TaggerInput {
  const { tokens, bodyStart } = input;
  // Past `maxTokens` nothing is a candidate: the work per story is bounded whatever its length.
  const n = Math.min(tokens.length, maxTokens);

  const { line, caps: capsLine, numbers } = lines;
  const wordsInLine = new Uint16Array(lines.first.length);
  const endsLine = new Uint8Array(lines.first.length);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const l = line[i] as number;
    if (t.word) wordsInLine[l] = (wordsInLine[l] as number) + 1;
    else if (t.text === '.' || t.text === '?' || t.text === '!') endsLine[l] = 1;
  }
  const lineFirst = lines.first;
  const candidate = candidateTokens(tokens, n);
  // How the story writes each word elsewhere: a capital that is only ever a capital is a name. Only
  // the candidates' words are asked about, so only they are kept (a set of every word cost more).
  const asked = new Set<string>();
  for (let i = 0; i < n; i++) if (candidate[i]) asked.add((tokens[i] as Token).lower);
  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (!t.word || !asked.has(t.lower)) continue;
    if (!t.cap) seenLower.add(t.lower);
    else if (!t.sentenceStart && !capsLine[line[i] as number] && !t.upper) seenCapMid.add(t.lower);
  }

  const cased = view.map((t) => t.bare);

  // Gazetteer matches: kind and position inside the match.
  const gaz: (string[] | undefined)[] = new Array(n);
  for (let i = 0; i < n; ) {
    if (!candidate[i]) {
      i++;
      continue;
    }
    const match = placeAt(view, i);
    if (match === undefined) {
      i++;
      continue;
    }
    const top = match.candidates[0];
    const kind =
      match.candidates.length === 0
        ? 'notplace'
        : match.demonym
          ? 'demonym'
          : top === undefined
            ? 'none'
            : top.kind === 'city'
              ? top.capital || top.population >= 1_000_000
                ? 'bigcity'
                : top.population >= 100_000
                  ? 'city'
                  : 'smallcity'
              : top.kind;
    const risky = match.risky ? 'r' : '';
    for (let k = 0; k < match.length; k++) {
      const pos = match.length === 1 ? 'U' : k === 0 ? 'B' : k === match.length - 1 ? 'L' : 'I';
      gaz[i + k] = [`${kind}${risky}`, `${kind}:${pos}`];
    }
    i += match.length;
  }

  // Hashes of each token's word and shape, only for the tokens the features look at.
  const wordHash = new Uint32Array(n);
  const shapeHash = new Uint32Array(n);
  const clusterCode = new Uint32Array(n);
  const clusters = wordClusters();
  const shapes: string[] = new Array(n);
  const done = new Uint8Array(n);
  const prepare = (i: number): void => {
    if (i < 0 || i >= n || done[i] === 1) return;
    done[i] = 1;
    const t = tokens[i] as Token;
    const numeric = t.word && isNumber(t.text);
    wordHash[i] = fnv(numeric ? '<num>' : t.lower);
    const c = t.word && !numeric ? clusterIn(clusters, wordHash[i] as number) : -1;
    clusterCode[i] = c >= 0 ? c : !t.word ? PUNCTUATION : numeric ? NUMBER : NO_WORD;
    const shape = t.word ? shapeOf(t.text) : t.text;
    shapes[i] = shape;
    shapeHash[i] = fnv(shape);
  };
  for (let i = 0; i < n; i++) {
    if (!candidate[i]) continue;
    for (let k = i - 2; k <= i + 2; k++) prepare(k);
  }
  // Word-list classes, only for the tokens the features look at (candidates and their neighbours).
  const lexCache: (readonly string[] | undefined)[] = new Array(n);
  const lexes = (i: number): readonly string[] => {
    let c = lexCache[i];
    if (c === undefined) {
      const t = tokens[i];
      c = t?.word === true ? lexClasses(t, cased[i] as string) : [];
      lexCache[i] = c;
    }
    return c;
  };

  // Runs of consecutive candidates on a line ("Tang Teaching Museum and Art Gallery"): each token
  // sees where it stands in its run, and the run's last word and its classes (the last word of a
  // name often says its kind: "… Museum", "… Party", "… Island"; the run's first word as a feature
  // too did worse on the dev split).
  const runFirst = new Int32Array(n);
  const runLast = new Int32Array(n);
  for (let i = 0; i < n; ) {
    if (!candidate[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && candidate[j + 1] && line[j + 1] === line[i]) j++;
    // The run's last word is its last capitalised one ("Bank of", cut at the line's end, is "Bank").
    let last = j;
    while (last > i && (tokens[last] as Token).cap !== true) last--;
    for (let k = i; k <= j; k++) {
      runFirst[k] = i;
      runLast[k] = last;
    }
    i = j + 1;
  }
  const candidates: number[] = [];
  let feats = new Uint32Array(1024);
  let count = 0;
  const push = (feature: number): void => {
    if (count === feats.length) {
      const bigger = new Uint32Array(count * 2);
      bigger.set(feats);
      feats = bigger;
    }
    feats[count++] = feature;
  };
  const offsets: number[] = [0];
  const LINE = fnv('<line>');
  const START = fnv('<start>');
  const END = fnv('<end>');
  const at = (i: number, k: number, h: Uint32Array): number => {
    const j = i + k;
    if (j < 0) return START;
    if (j >= n) return END;
    if (line[j] !== line[i]) return LINE;
    return h[j] as number;
  };
  const add = (template: number, value: number) => push(combine(template, value));
  // A constant value's hash is remembered; a word's is computed.
  const addS = (template: number, value: string) => push(combine(template, hashOf(value)));
  for (let i = 0; i < n; i++) {
    if (!candidate[i]) continue;
    const t = tokens[i] as Token;
    add(T.bias, 0);
    add(T.word, wordHash[i] as number);
    add(T.casedWord, fnv(t.bare));
    add(T.shape, shapeHash[i] as number);
    const lower = t.lower;
    if (lower.length > 2) {
      const len = lower.length;
      add(T.prefix2, fnvRange(lower, 0, 2));
      add(T.prefix3, fnvRange(lower, 0, 3));
      add(T.suffix2, fnvRange(lower, len - 2, len));
      add(T.suffix3, fnvRange(lower, len - 3, len));
    }
    if (lower.length > 4) add(T.suffix4, fnvRange(lower, lower.length - 4, lower.length));
    add(T.length, Math.min(lower.length, 12));
    const pw = at(i, -1, wordHash);
    const nw = at(i, 1, wordHash);
    const ps = at(i, -1, shapeHash);
    const ns = at(i, 1, shapeHash);
    const sh = shapeHash[i] as number;
    add(T.prevWord, pw);
    add(T.nextWord, nw);
    add(T.prev2Word, at(i, -2, wordHash));
    add(T.next2Word, at(i, 2, wordHash));
    add(T.prevShape, ps);
    add(T.nextShape, ns);
    add(T.prevShapeShape, combine(ps, sh));
    add(T.shapeNextShape, combine(sh, ns));
    add(T.prevWordWord, combine(pw, wordHash[i] as number));
    add(T.wordNextWord, combine(wordHash[i] as number, nw));
    // Word clusters (learnt from unlabelled text) generalise to names training never saw: the
    // word's at three levels, its neighbours' at two, the words two away and the word with its
    // shape at one; below, the cluster of its run's last word ("… Gazprom", "… Kenosha").
    const cc = clusterCode[i] as number;
    add(T.cluster, cc);
    add(T.cluster, 0x20000 + coarser(cc, 3));
    add(T.cluster, 0x40000 + coarser(cc, 6));
    const pc = at(i, -1, clusterCode);
    const nc = at(i, 1, clusterCode);
    add(T.prevCluster, pc);
    add(T.prevCluster, 0x20000 + coarser(pc, 3));
    add(T.nextCluster, nc);
    add(T.nextCluster, 0x20000 + coarser(nc, 3));
    add(T.prev2Cluster, coarser(at(i, -2, clusterCode), 3));
    add(T.next2Cluster, coarser(at(i, 2, clusterCode), 3));
    add(T.clusterShape, combine(coarser(cc, 3), sh));
    const l = line[i] as number;
    const caps = capsLine[l] === 1;
    const inHeadline = i < bodyStart;
    const positionHash = POSITION_HASH[
      (inHeadline ? 4 : 0) + (i === lineFirst[l] ? 2 : 0) + (t.sentenceStart ? 1 : 0)
    ] as number;
    add(T.position, positionHash);
    // A short line without a full stop is a heading, a caption, a table row or a dateline.
    const lineWords = wordsInLine[l] as number;
    add(T.lineShape, Math.min(lineWords, 7) * 2 + (endsLine[l] as number));
    add(T.shapeContext, combine(positionHash * 2 + (caps ? 1 : 0), sh));
    if (caps) {
      addS(T.caps, 'caps');
      if (seenLower.has(lower)) addS(T.seen, 'caps:lower');
      if (seenCapMid.has(lower)) addS(T.seen, 'caps:capmid');
    } else if (t.sentenceStart) {
      if (seenLower.has(lower)) addS(T.seen, 'start:lower');
      if (seenCapMid.has(lower)) addS(T.seen, 'start:capmid');
    } else if (t.cap && seenLower.has(lower)) addS(T.seen, 'mid:lower');
    // Tables: a line with numbers ("Barnsley 3 Port Vale 0", "HARTFORD 12 7 6 71 67 30").
    const nums = numbers[l] as number;
    const tableKind = nums >= 3 ? 'T' : nums >= 1 ? 't' : '';
    if (tableKind !== '') {
      addS(T.table, tableKind);
      add(T.table, combine(hashOf(tableKind) + (isNumber(tokens[i + 1]?.text ?? '') ? 1 : 0), sh));
    }
    for (const c of lexes(i)) addS(T.lex, c);
    const prevT = tokens[i - 1];
    if (prevT !== undefined && line[i - 1] === l) {
      for (const c of lexes(i - 1)) {
        addS(T.prevLex, c);
        add(T.prevLexShape, combine(hashOf(c), sh));
      }
      if (prevT.word && !prevT.cap && PROFESSION_CUES.has(prevT.lower)) addS(T.prevLex, 'profession');
      if (prevT.text === '(') addS(T.prevLex, 'paren');
    }
    const nextT = tokens[i + 1];
    if (nextT !== undefined && line[i + 1] === l) {
      for (const c of lexes(i + 1)) addS(T.nextLex, c);
      if (nextT.word && PERSON_VERBS.has(nextT.lower)) addS(T.nextLex, 'personverb');
      if (nextT.text === '(') addS(T.nextLex, 'paren');
      if (isNumber(nextT.text)) addS(T.nextLex, 'number');
    }
    const rf = runFirst[i] as number;
    const rl = runLast[i] as number;
    const runLength = Math.min(rl - rf + 1, 5);
    const runPos = i === rf ? (i === rl ? 0 : 1) : i === rl ? 2 : i < rl ? 3 : 4;
    const runPosHash = RUN_POSITION_HASH[runPos * 5 + runLength - 1] as number;
    add(T.runPosition, runPosHash);
    if (rl > rf) {
      prepare(rl);
      add(T.runLast, combine(runPosHash, wordHash[rl] as number));
      if (i !== rl) for (const c of lexes(rl)) add(T.runLastLex, combine(runPosHash, hashOf(c)));
      add(T.runLastCluster, combine(runPosHash, clusterCode[rl] as number));
    }
    const g = gaz[i];
    if (g !== undefined) for (const v of g) addS(T.gazetteer, v);
    const hint = hints[i];
    if (hint !== undefined) {
      addS(T.rule, hint);
      add(T.rule, combine(hashOf(hint), hashOf(tableKind) + (caps ? 1 : 0)));
    }
    const prevHint = hints[i - 1];
    if (prevHint !== undefined && line[i - 1] === l) addS(T.prevRule, prevHint);
    const nextHint = hints[i + 1];
    if (nextHint !== undefined && line[i + 1] === l) addS(T.nextRule, nextHint);
    candidates.push(i);
    offsets.push(count);
  }
  return {
    tokens,
    candidates,
    features: feats.slice(0, count),
    offsets: new Uint32Array(offsets),
    wordHash,
  };
}
