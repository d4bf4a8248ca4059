import type { Subject } from '@wirefeed/core';
import { BoundedMap } from '@wirefeed/core/contracts';
import { MEDIA_TOPICS } from './data/media-topics.ts';
import type { Token } from './tokens.ts';
import { tokenize, tokenTexts } from './tokens.ts';
import type { Enricher, EnrichInput } from './types.ts';

/** Where Media Topic URIs live; a topic's URI is this followed by its 8-digit code. */
export const MEDIA_TOPIC_URI = 'http://cv.iptc.org/newscodes/mediatopic/';

interface Cue {
  /** Index of the topic in `MEDIA_TOPICS`, and of its parent (or -1). */
  readonly topic: number;
  readonly parent: number;
  /** Words after the first (the first is the index key); the last may be a prefix. */
  readonly rest: readonly string[];
  readonly prefixLast: boolean;
  readonly caseSensitive: boolean;
  readonly weight: number;
}

interface CueIndex {
  readonly exact: Map<string, Cue[]>;
  /** Single-word prefix cues ("inflat*"), by prefix. */
  readonly prefixes: Map<string, Cue[]>;
  minPrefix: number;
  maxPrefix: number;
  /** The first `minPrefix` letters of every prefix cue. */
  readonly starts: Set<string>;
}

// The headline says what the story is about; the lead says it again; the rest adds detail.
const HEADLINE_WEIGHT = 3;
const LEAD_WEIGHT = 1.5;
const LEAD_TOKENS = 80;
// A story scoring this much on its best topic is classified with full confidence.
const FULL_CONFIDENCE_SCORE = 12;
// Secondary topics must reach this share of the best topic's score, and this confidence.
const SECONDARY_SHARE = 0.45;
const MIN_CONFIDENCE = 20;
const MAX_TOP_LEVEL = 3;
const MAX_LEVEL_TWO = 4;
const UPPER_RE = /\p{Lu}/u;
const NONE: readonly Cue[] = [];

const CUES: CueIndex = buildCues();
const CODE_INDEX = new Map(MEDIA_TOPICS.map((t, i) => [t.code, i]));
const PARENTS: readonly number[] = MEDIA_TOPICS.map((t) =>
  MEDIA_TOPICS.findIndex((p) => p.code === t.parent),
);

function buildCues(): CueIndex {
  const index: CueIndex = {
    exact: new Map(),
    prefixes: new Map(),
    minPrefix: 99,
    maxPrefix: 0,
    starts: new Set(),
  };
  const position = new Map(MEDIA_TOPICS.map((t, i) => [t.code, i]));
  for (const [topic, t] of MEDIA_TOPICS.entries()) {
    const parent = t.parent === undefined ? -1 : (position.get(t.parent) ?? -1);
    for (const raw of t.cues.split('|')) {
      const [phrase = '', weightText] = raw.split('^');
      const prefixLast = phrase.endsWith('*');
      const caseSensitive = UPPER_RE.test(phrase);
      const words = tokenTexts(prefixLast ? phrase.slice(0, -1) : phrase);
      const [first, ...rest] = caseSensitive ? words : words.map((w) => w.toLowerCase());
      if (first === undefined) continue;
      const cue: Cue = { topic, parent, rest, prefixLast, caseSensitive, weight: Number(weightText ?? 1) };
      if (prefixLast && rest.length === 0) {
        push(index.prefixes, first, cue);
        index.minPrefix = Math.min(index.minPrefix, first.length);
        index.maxPrefix = Math.max(index.maxPrefix, first.length);
      } else push(index.exact, first, cue);
    }
  }
  for (const prefix of index.prefixes.keys()) index.starts.add(prefix.slice(0, index.minPrefix));
  // Longest phrase first, so it is the one that counts at its position.
  for (const list of index.exact.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return index;
}

function push(map: Map<string, Cue[]>, key: string, cue: Cue): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [cue]);
  else list.push(cue);
}

/**
 * Score every Media Topic by the cue words of its lexicon found in the story, weighted by where
 * they occur (headline, lead, rest), a level-2 topic's score also counting for its parent.
 * Returns the best top-level topic, the secondary ones that come close, and the level-2 topics
 * under them that have real evidence; confidence 0–100 grows with the evidence for a topic and its
 * lead over the others. English lexicon: other languages get no subjects.
 */
export function classifySubjects(input: EnrichInput): Subject[] {
  if (input.language !== undefined && input.language !== 'en') return [];
  const { tokens, bodyStart } = tokenize(input.headline, input.text);
  // One pair of score tables for every story (scored one at a time), not two new ones each.
  const scores = SCORES.fill(0);
  const seen = SEEN.fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !t.word) continue;
    const weight = i < bodyStart ? HEADLINE_WEIGHT : i < bodyStart + LEAD_TOKENS ? LEAD_WEIGHT : 1;
    const cues = cuesOf(t.lower);
    // Lowercase cues under the lowercase word, acronyms ("WHO", not "who") under the word as written.
    for (const cue of cues.exact) if (matchesRest(tokens, i, cue)) score(scores, seen, cue, i, weight);
    if (t.bare !== t.lower) {
      for (const cue of CUES.exact.get(t.bare) ?? NONE)
        if (matchesRest(tokens, i, cue)) score(scores, seen, cue, i, weight);
    }
    for (const cue of cues.prefixed) score(scores, seen, cue, i, weight);
  }
  return pick(scores);
}

interface WordCues {
  /** Cues whose first word is this word. */
  readonly exact: readonly Cue[];
  /** Single-word prefix cues the word starts with, longest prefix first. */
  readonly prefixed: readonly Cue[];
}

const NO_CUES: WordCues = { exact: NONE, prefixed: NONE };
// The cues of each lowercase word seen, so a word's prefixes are looked up once, not in every story
// (they were most of the classifier's time). Emptied when full: a long-running enricher meets
// an unbounded number of names and numbers.
const WORD_CUES = new BoundedMap<string, WordCues>(50_000);

function cuesOf(lower: string): WordCues {
  const known = WORD_CUES.get(lower);
  if (known !== undefined) return known;
  const exact = CUES.exact.get(lower) ?? NONE;
  const prefixed: Cue[] = [];
  // Most words start no prefix cue: one lookup of their first letters rules them out.
  if (lower.length >= CUES.minPrefix && CUES.starts.has(lower.slice(0, CUES.minPrefix))) {
    for (let n = Math.min(CUES.maxPrefix, lower.length); n >= CUES.minPrefix; n--) {
      const cues = CUES.prefixes.get(lower.slice(0, n));
      if (cues !== undefined) prefixed.push(...cues);
    }
  }
  const cues =
    exact === NONE && prefixed.length === 0
      ? NO_CUES
      : { exact, prefixed: prefixed.length === 0 ? NONE : prefixed };
  WORD_CUES.set(lower, cues);
  return cues;
}

const SCORES = new Float64Array(MEDIA_TOPICS.length);
const SEEN = new Int32Array(MEDIA_TOPICS.length);

// One cue per topic per position: "climate change" does not also count "climate".
function score(scores: Float64Array, seen: Int32Array, cue: Cue, at: number, weight: number): void {
  if (seen[cue.topic] === at) return;
  seen[cue.topic] = at;
  scores[cue.topic] = (scores[cue.topic] ?? 0) + cue.weight * weight;
  if (cue.parent !== -1) scores[cue.parent] = (scores[cue.parent] ?? 0) + cue.weight * weight;
}

function matchesRest(tokens: readonly Token[], i: number, cue: Cue): boolean {
  const last = cue.rest.length - 1;
  for (let k = 0; k <= last; k++) {
    const t = tokens[i + 1 + k];
    const want = cue.rest[k];
    if (t === undefined || want === undefined) return false;
    const got = cue.caseSensitive ? t.text : t.lower;
    if (got !== want && !(k === last && cue.prefixLast && got.startsWith(want))) return false;
  }
  return true;
}

/**
 * Desk rules for stories that sit between two topics: a storm that kills is a disaster before it is
 * weather; a strike is labour before it is the sector it hits. When `topic` has real evidence of
 * `because` and scores at least `share` of `over`, it goes first.
 */
const PRECEDENCE: readonly { topic: string; because: string; over: string; share: number }[] = [
  { topic: '03000000', because: '20000148', over: '17000000', share: 0.6 },
  { topic: '09000000', because: '20000524', over: '07000000', share: 0.5 },
  { topic: '09000000', because: '20000524', over: '04000000', share: 0.5 },
];
const STRONG_EVIDENCE = 8;

function pick(scores: Float64Array): Subject[] {
  const top: number[] = [];
  // Index loops: an `entries()` pair per topic was most of the enricher's garbage.
  for (let i = 0; i < MEDIA_TOPICS.length; i++) {
    if (MEDIA_TOPICS[i]?.parent === undefined && (scores[i] ?? 0) > 0) top.push(i);
  }
  top.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  for (const rule of PRECEDENCE) {
    const topic = CODE_INDEX.get(rule.topic);
    const because = CODE_INDEX.get(rule.because);
    const over = CODE_INDEX.get(rule.over);
    if (topic === undefined || because === undefined || over === undefined || top[0] !== over) continue;
    const score = scores[topic] ?? 0;
    const leader = scores[over] ?? 0;
    if ((scores[because] ?? 0) >= STRONG_EVIDENCE && score >= rule.share * leader) {
      top.splice(top.indexOf(topic), 1);
      top.unshift(topic);
      // The promoted topic is scored as the leader, so confidences stay in order.
      scores[topic] = leader;
    }
  }
  const best = top[0];
  if (best === undefined) return [];
  const bestScore = scores[best] ?? 0;
  const secondScore = top[1] === undefined ? 0 : (scores[top[1]] ?? 0);
  // Evidence saturates; a clear lead over the runner-up adds confidence.
  const evidence = 1 - Math.exp(-bestScore / (FULL_CONFIDENCE_SCORE / 3));
  const lead = bestScore === 0 ? 0 : (bestScore - secondScore) / bestScore;
  const confidenceOf = (score: number) =>
    Math.round(100 * evidence * (0.6 + 0.4 * lead) * (score / bestScore));
  const subjects: Subject[] = [];
  const chosen = new Set<number>();
  for (const i of top.slice(0, MAX_TOP_LEVEL)) {
    const score = scores[i] ?? 0;
    const confidence = i === best ? Math.max(1, confidenceOf(score)) : confidenceOf(score);
    if (i !== best && (score < SECONDARY_SHARE * bestScore || confidence < MIN_CONFIDENCE)) continue;
    chosen.add(i);
    subjects.push(subject(i, confidence));
  }
  const second: { i: number; score: number }[] = [];
  for (let i = 0; i < MEDIA_TOPICS.length; i++) {
    const score = scores[i] ?? 0;
    if (score < 3 || MEDIA_TOPICS[i]?.parent === undefined) continue;
    const parent = PARENTS[i] ?? -1;
    // A level-2 topic needs its own evidence and a parent that was chosen.
    if (chosen.has(parent)) second.push({ i, score });
  }
  second.sort((a, b) => b.score - a.score);
  for (const { i, score } of second.slice(0, MAX_LEVEL_TWO)) {
    const confidence = Math.min(100, confidenceOf(score));
    if (confidence >= MIN_CONFIDENCE) subjects.push(subject(i, confidence));
  }
  return subjects;
}

function subject(i: number, confidence: number): Subject {
  const t = MEDIA_TOPICS[i];
  if (t === undefined) throw new RangeError(`no media topic ${i}`);
  return {
    code: `medtop:${t.code}`,
    name: t.name,
    uri: `${MEDIA_TOPIC_URI}${t.code}`,
    confidence: Math.max(0, Math.min(100, confidence)),
  };
}

/** IPTC Media Topics by keyword lexicon: the best top-level topic first, with a confidence. */
export const subjectsEnricher: Enricher = {
  name: 'subjects',
  run: (input) => ({ subjects: classifySubjects(input) }),
};
