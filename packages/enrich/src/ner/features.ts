import { readFileSync } from 'node:fs';
import { FAMILY_FIRST, GIVEN_NAMES } from '../data/given-names.ts';
import {
  ABBREVIATIONS,
  BREAKERS,
  CORPORATE_SUFFIXES,
  EVENT_WORDS,
  FACILITY_WORDS,
  FUNCTION_WORDS,
  KNOWN_ORGS,
  NEWS_AGENCIES,
  ORG_CUES,
  ORG_FIRST_WORDS,
  PARTICLES,
  PERSON_VERBS,
  PROFESSION_CUES,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WELL_KNOWN_ORGS,
} from '../data/lexicon.ts';
import { placeAt } from '../gazetteer.ts';
import type { Token, Tokenized } from '../tokens.ts';

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

/** FNV-1a, 32 bits. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a of `s.slice(from, to)`, without making the slice. */
function fnvRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Feature values that are constants ("caps:lower", "given", "per:B") are hashed once.
const constants = new Map<string, number>();
function hashOf(value: string): number {
  let h = constants.get(value);
  if (h === undefined) {
    h = fnv(value);
    if (constants.size < 4096) constants.set(value, h);
  }
  return h;
}

/** One feature from a template number and a value's hash. */
export function combine(template: number, value: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ value;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
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
} as const;

/** Label-dependent templates, added while decoding. */
export const LABEL_TEMPLATES = { prev: 40, prev2: 41, prevWord: 42 } as const;

const CONNECTORS = new Set([
  ...PARTICLES,
  'of',
  'the',
  'and',
  'for',
  'upon',
  'y',
  'e',
  'da',
  'dos',
  'das',
  'das',
  '&',
]);
const MAX_GAP = 3;
const DIGIT_RE = /^\p{N}/u;
const NUMBER_RE = /^[\p{N}]+(?:[.,:][\p{N}]+)*$/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_CHAR_RE = /\p{N}/u;

// "cheung", "keung", "ching", "wen", "un": one romanised syllable (Chinese, Korean, Vietnamese
// given names are written "Che-cheung", "Jong-un"); "based", "led", "born", "owned" are not.
const SYLLABLE_RE = /^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|r)?$/;

/** Whether a lowercase word after a hyphen may end a name ("Kim Jong-un", "Leung Che-cheung"). */
export function isSyllable(text: string): boolean {
  return text.length <= 7 && SYLLABLE_RE.test(text);
}

/** "Xx", "XX", "X.X.", "Xx-Xx", "dd": the word's shape, runs of a kind of character collapsed. */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const c =
      code < 128
        ? code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : ch
        : UPPER_RE.test(ch)
          ? 'X'
          : LOWER_RE.test(ch)
            ? 'x'
            : DIGIT_CHAR_RE.test(ch)
              ? 'd'
              : LETTER_RE.test(ch)
                ? 'x'
                : ch;
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    out += c;
    last = c;
  }
  return out;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

const NAMES_URL = new URL('../data/person-names.tsv', import.meta.url);
const WORDNET_URL = new URL('../data/wordnet-classes.tsv', import.meta.url);
const WORDS_URL = new URL('../data/common-words.tsv', import.meta.url);

/**
 * A set of words kept as the sorted FNV hashes of its words: 4 bytes a word instead of a string
 * and a hash-table entry each (the lists hold ~28,000 words; the enricher's memory is tight).
 */
class WordSet {
  readonly hashes: Uint32Array;
  constructor(words: readonly string[]) {
    this.hashes = Uint32Array.from(new Set(words.map(fnv))).sort();
  }
  has(word: string): boolean {
    const h = fnv(word);
    const a = this.hashes;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid] as number;
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}

/**
 * Words with classes (src/data/wordnet-classes.tsv): sorted FNV hashes of the words and, for each,
 * the index of its list of feature values ("wn:P", "wc:location") among the few distinct lists.
 */
class WordClasses {
  readonly hashes: Uint32Array;
  readonly values: Uint16Array;
  readonly lists: readonly (readonly string[])[];
  constructor(entries: readonly (readonly [string, readonly string[]])[]) {
    const listIndex = new Map<string, number>();
    const lists: string[][] = [];
    const byHash = new Map<number, number>();
    for (const [word, classes] of entries) {
      const key = classes.join(' ');
      let index = listIndex.get(key);
      if (index === undefined) {
        index = lists.length;
        lists.push([...classes]);
        listIndex.set(key, index);
      }
      byHash.set(fnv(word), index);
    }
    this.hashes = Uint32Array.from(byHash.keys()).sort();
    this.values = Uint16Array.from(this.hashes, (h) => byHash.get(h) as number);
    this.lists = lists;
  }
  get(word: string): readonly string[] | undefined {
    const h = fnv(word);
    const a = this.hashes;
    let lo = 0;
    let hi = a.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = a[mid] as number;
      if (v === h) return this.lists[this.values[mid] as number];
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

let wordnet: WordClasses | undefined;

/** What WordNet says a word names: proper nouns by kind, common nouns by their usual sense. */
function wordnetClasses(): WordClasses {
  if (wordnet !== undefined) return wordnet;
  const entries: [string, string[]][] = [];
  for (const line of readFileSync(WORDNET_URL, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const word = line.slice(0, tab);
    const value = line.slice(tab + 1);
    entries.push([word, /^[a-z]/.test(value) ? [`wc:${value}`] : [...value].map((c) => `wn:${c}`)]);
  }
  wordnet = new WordClasses(entries);
  return wordnet;
}

let words: { common: WordSet; occupations: WordSet } | undefined;

/** Common English words and occupations (src/data/common-words.tsv, from compromise's lexicon). */
function commonWords(): { common: WordSet; occupations: WordSet } {
  if (words !== undefined) return words;
  const common: string[] = [];
  const occupations: string[] = [];
  for (const line of readFileSync(WORDS_URL, 'utf8').split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const word = tab === -1 ? line : line.slice(0, tab);
    common.push(word);
    if (tab !== -1) occupations.push(word);
  }
  words = { common: new WordSet(common), occupations: new WordSet(occupations) };
  return words;
}

/** Read the name lists and common words now rather than on the first story. */
export function loadWordLists(): void {
  commonWords();
  personNames();
  wordnetClasses();
}

/** Whether a lowercase word is a common English word (or the plural of one). */
export function isCommonWord(lower: string): boolean {
  return inList(commonWords().common, lower);
}

function inList(list: WordSet, lower: string): boolean {
  return (
    list.has(lower) ||
    (lower.endsWith('s') && list.has(lower.slice(0, -1))) ||
    (lower.endsWith('es') && list.has(lower.slice(0, -2)))
  );
}
let names: { given: WordSet; family: WordSet } | undefined;

/** Given and family names (src/data/person-names.tsv, from faker's lists), read on first use. */
function personNames(): { given: WordSet; family: WordSet } {
  if (names !== undefined) return names;
  const given: string[] = [];
  const family: string[] = [];
  for (const line of readFileSync(NAMES_URL, 'utf8').split('\n')) {
    if (line.startsWith('g\t')) given.push(line.slice(2));
    else if (line.startsWith('f\t')) family.push(line.slice(2));
  }
  names = { given: new WordSet(given), family: new WordSet(family) };
  return names;
}

// The lexicon classes of a word as written (or title-cased, in a line of capitals).
function lexClasses(t: Token, cased: string): string[] {
  const out: string[] = [];
  const lower = t.lower;
  const { given, family } = personNames();
  if (GIVEN_NAMES.has(cased) || given.has(cased)) out.push('given');
  if (family.has(cased)) out.push('surname');
  const { common, occupations } = commonWords();
  if (inList(common, lower)) out.push('common');
  if (inList(occupations, lower)) out.push('occupation');
  if (FAMILY_FIRST.has(cased)) out.push('family');
  if (ORG_CUES.has(cased)) out.push('orgcue');
  if (ORG_FIRST_WORDS.has(cased)) out.push('orgfirst');
  if (KNOWN_ORGS.has(t.bare) || WELL_KNOWN_ORGS.has(t.bare) || WELL_KNOWN_ORGS.has(cased)) out.push('org');
  if (NEWS_AGENCIES.has(t.bare) || NEWS_AGENCIES.has(cased)) out.push('agency');
  if (TITLE_HEADS.has(lower)) out.push('title');
  if (TITLE_MODIFIERS.has(lower)) out.push('titlemod');
  if (FACILITY_WORDS.has(cased)) out.push('facility');
  if (EVENT_WORDS.has(cased)) out.push('event');
  if (BREAKERS.has(cased)) out.push('calendar');
  if (CORPORATE_SUFFIXES.has(cased)) out.push('legal');
  if (FUNCTION_WORDS.has(lower)) out.push('function');
  const wn = wordnetClasses();
  if (t.cap) {
    const proper = wn.get(cased);
    if (proper !== undefined) out.push(...proper);
  }
  const usual = wn.get(lower);
  if (usual !== undefined) out.push(...usual);
  return out;
}

/** A line of capitals: two or more longer words, most of them in capitals (a shouted headline, a table row). */
export interface Lines {
  /** Line number of each token. */
  readonly line: Int32Array;
  /** Index of the first token of each line. */
  readonly first: readonly number[];
  /** 1 for a line of capitals. */
  readonly caps: Uint8Array;
  /** How many numbers each line holds. */
  readonly numbers: Uint16Array;
}

/** The story's lines, and which are written in capitals. */
export function linesOf(input: Tokenized): Lines {
  const { tokens, source } = input;
  const n = tokens.length;
  const line = new Int32Array(n);
  const lineFirst: number[] = [];
  let current = -1;
  let nextNewline = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (i === 0 || (nextNewline !== -1 && nextNewline < t.start)) {
      current++;
      lineFirst.push(i);
      nextNewline = source.indexOf('\n', t.start);
    }
    line[i] = current;
  }
  const lineCount = current + 1;
  const capsLine = new Uint8Array(lineCount);
  const numbers = new Uint16Array(lineCount);
  const upper = new Uint16Array(lineCount);
  const lettered = new Uint16Array(lineCount);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const l = line[i] as number;
    if (!t.word) continue;
    if (NUMBER_RE.test(t.text)) numbers[l] = (numbers[l] as number) + 1;
    else if (LETTER_RE.test(t.text) && t.text.length > 1) {
      lettered[l] = (lettered[l] as number) + 1;
      if (t.upper) upper[l] = (upper[l] as number) + 1;
    }
  }
  for (let l = 0; l < lineCount; l++) {
    const le = lettered[l] as number;
    capsLine[l] = le >= 2 && (upper[l] as number) / le >= 0.7 ? 1 : 0;
  }
  return { line, first: lineFirst, caps: capsLine, numbers };
}

/**
 * The tokens as the gazetteer and word lists should see them: in a line of capitals each word
 * title-cased ("NEW YORK" → "New York"), elsewhere as written.
 */
export function casedView(tokens: readonly Token[], lines: Lines): Token[] {
  const view: Token[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const shout = t.upper && lines.caps[lines.line[i] as number] === 1 && t.text.length > 1;
    view[i] = shout ? { ...t, text: titleCase(t.text), bare: titleCase(t.bare), upper: false } : t;
  }
  return view;
}

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
  // How the story writes each word elsewhere: a capital that is only ever a capital is a name.
  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    if (!t.cap) seenLower.add(t.lower);
    else if (!t.sentenceStart && !capsLine[line[i] as number] && !t.upper) seenCapMid.add(t.lower);
  }

  const cased = view.map((t) => t.bare);
  const isNameWord = (i: number): boolean => {
    const t = tokens[i];
    return t?.word === true && t.cap && !DIGIT_RE.test(t.text);
  };
  const candidate = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (isNameWord(i)) candidate[i] = 1;
  // Connectors between name words: "Bank of England", "von der Leyen", "Lai Ching-te", "George W. Bush".
  for (let i = 1; i < n - 1; i++) {
    // Only right after a candidate (the loop below would stop there anyway).
    if (candidate[i] || !candidate[i - 1]) continue;
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const joins =
      (t.word && CONNECTORS.has(t.lower)) ||
      (t.text === '-' && prev.end === t.start && (tokens[i + 1] as Token).start === t.end) ||
      t.text === '&' ||
      (t.text === '.' &&
        prev.end === t.start &&
        prev.word &&
        (prev.text.length === 1 || ABBREVIATIONS.has(prev.lower)) &&
        !(tokens[i + 1] as Token).sentenceStart);
    if (!joins) continue;
    let before = false;
    for (let k = i - 1; k >= Math.max(0, i - MAX_GAP); k--) {
      if (candidate[k] && isNameWord(k)) {
        before = true;
        break;
      }
      if (!candidate[k]) break;
    }
    if (!before) continue;
    for (let k = i + 1; k <= Math.min(n - 1, i + MAX_GAP); k++) {
      if (isNameWord(k) && !BREAKERS.has((tokens[k] as Token).bare)) {
        candidate[i] = 1;
        break;
      }
      const c = tokens[k] as Token;
      if (!(c.word && CONNECTORS.has(c.lower)) && c.text !== '.' && c.text !== '-') break;
    }
  }
  // "Lee Cheuk-yan", "Kim Jong-un", "Port-au-Prince", "Bourg-la-Reine": a hyphen inside a name,
  // before a name word or a short lowercase syllable.
  for (let i = 1; i < n - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (
      t.text !== '-' ||
      !candidate[i - 1] ||
      (tokens[i - 1] as Token).end !== t.start ||
      t.end !== next.start
    )
      continue;
    if (!next.word || DIGIT_RE.test(next.text)) continue;
    if (next.cap || next.text.length <= 3 || isSyllable(next.text)) {
      candidate[i] = 1;
      candidate[i + 1] = 1;
    }
  }
  // Particles opening a name: "de Gaulle", "al-Assad", "van Persie".
  for (let i = 0; i < n - 1; i++) {
    const t = tokens[i] as Token;
    if (candidate[i] || !t.word || t.cap) continue;
    if (isNameWord(i + 1) && PARTICLES.has(t.lower)) candidate[i] = 1;
    if (!candidate[i] && t.word && PARTICLES.has(t.lower) && tokens[i + 1]?.text === '-' && isNameWord(i + 2))
      candidate[i] = 1;
  }

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
  const shapes: string[] = new Array(n);
  const done = new Uint8Array(n);
  const prepare = (i: number): void => {
    if (i < 0 || i >= n || done[i] === 1) return;
    done[i] = 1;
    const t = tokens[i] as Token;
    wordHash[i] = fnv(t.word && NUMBER_RE.test(t.text) ? '<num>' : t.lower);
    const shape = t.word ? shapeOf(t.text) : t.text;
    shapes[i] = shape;
    shapeHash[i] = fnv(shape);
  };
  for (let i = 0; i < n; i++) {
    if (!candidate[i]) continue;
    for (let k = i - 2; k <= i + 2; k++) prepare(k);
  }
  // Word-list classes, only for the tokens the features look at (candidates and their neighbours).
  const lexCache: (string[] | undefined)[] = new Array(n);
  const lexes = (i: number): string[] => {
    let c = lexCache[i];
    if (c === undefined) {
      const t = tokens[i];
      c = t?.word === true ? lexClasses(t, cased[i] as string) : [];
      lexCache[i] = c;
    }
    return c;
  };

  const candidates: number[] = [];
  const feats: number[] = [];
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
  for (let i = 0; i < n; i++) {
    if (!candidate[i]) continue;
    const t = tokens[i] as Token;
    const add = (template: number, value: number) => feats.push(combine(template, value));
    // A constant value's hash is remembered; a word's is computed.
    const addS = (template: number, value: string) => feats.push(combine(template, hashOf(value)));
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
    const l = line[i] as number;
    const caps = capsLine[l] === 1;
    const inHeadline = i < bodyStart;
    const position = `${inHeadline ? 'h' : 'b'}${i === lineFirst[l] ? 'L' : ''}${t.sentenceStart ? 'S' : ''}`;
    const positionHash = hashOf(position);
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
      add(T.table, combine(hashOf(tableKind) + (NUMBER_RE.test(tokens[i + 1]?.text ?? '') ? 1 : 0), sh));
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
      if (NUMBER_RE.test(nextT.text)) addS(T.nextLex, 'number');
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
    offsets.push(feats.length);
  }
  return {
    tokens,
    candidates,
    features: new Uint32Array(feats),
    offsets: new Uint32Array(offsets),
    wordHash,
  };
}

// The second pass's templates: what the first pass labelled this token, its neighbours, and the
// other mentions of the same word in the story.
const S = { own: 50, prev: 51, next: 52, docKind: 53, docMajority: 54, docOwn: 55, docShape: 56 } as const;
const KIND_INDEX = [0, 1, 1, 2, 2, 3, 3] as const;

/**
 * The second pass's input: each candidate's features plus what the first pass found — its own
 * label and its neighbours', and how the first pass labelled the other mentions of the same word
 * in the story (one story, one sense: "Faaborg" a place in one sentence is a place in the next).
 */
export function stackedInput(input: TaggerInput, first: Uint8Array): TaggerInput {
  const { candidates, features, offsets, wordHash, tokens } = input;
  // Per word: how many of its mentions the first pass labelled outside, person, organisation, place.
  const votes = new Map<number, Uint16Array>();
  for (const i of candidates) {
    const h = wordHash[i] as number;
    let v = votes.get(h);
    if (v === undefined) {
      v = new Uint16Array(4);
      votes.set(h, v);
    }
    const kind = KIND_INDEX[first[i] as number] as number;
    v[kind] = (v[kind] as number) + 1;
  }
  const out = new Uint32Array(features.length + candidates.length * 8);
  const outOffsets = new Uint32Array(offsets.length);
  let n = 0;
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    const from = offsets[k] as number;
    const to = offsets[k + 1] as number;
    out.set(features.subarray(from, to), n);
    n += to - from;
    const own = first[i] as number;
    out[n++] = combine(S.own, own);
    out[n++] = combine(S.prev, i > 0 ? (first[i - 1] as number) : 9);
    out[n++] = combine(S.next, i + 1 < first.length ? (first[i + 1] as number) : 9);
    const v = votes.get(wordHash[i] as number) as Uint16Array;
    const ownKind = KIND_INDEX[own] as number;
    let others = 0;
    let majority = 0;
    let most = 0;
    for (let kind = 0; kind < 4; kind++) {
      const c = (v[kind] as number) - (kind === ownKind ? 1 : 0);
      others += c;
      // A name kind beats "outside" on a tie: a word once found as a name is a name.
      if (c > most || (c === most && c > 0 && majority === 0)) {
        most = c;
        majority = kind;
      }
      if (kind > 0 && c > 0) out[n++] = combine(S.docKind, kind);
    }
    const seen = Math.min(others, 3);
    out[n++] = combine(S.docMajority, majority * 4 + seen);
    out[n++] = combine(S.docOwn, (own * 4 + majority) * 4 + seen);
    const t = tokens[i];
    out[n++] = combine(
      S.docShape,
      combine(majority * 4 + (seen > 0 ? 1 : 0), fnv(t?.word === true ? shapeOf(t.text) : '')),
    );
    outOffsets[k + 1] = n;
  }
  return { ...input, features: out.subarray(0, n), offsets: outOffsets };
}
