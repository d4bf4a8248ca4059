/**
 * Near-duplicate sketches: what a story's body looks like to the near-duplicate layer, in a few dozen
 * bytes. Pure; the same text always gives the same sketch.
 *
 * - `body`: a bottom-k MinHash sketch (Broder 1997; Cohen & Kaplan 2007) of the body's word 3-shingles —
 *   the k smallest distinct 32-bit shingle hashes, kept as their top 16 bits. Two sketches estimate the
 *   Jaccard similarity of the shingle sets, and with the set sizes the share of the shorter text that
 *   the other contains (a trimmed copy contains nearly all of itself in the original).
 * - `lead`: hashes of the lead's salient tokens — names, numbers, capitalised words after the first of
 *   a sentence. Copies of one story keep the lead's who / where / how-many; two different events written
 *   from one template (two phone-call readouts, two earthquake bulletins) differ exactly there.
 * - `postings`: the m smallest shingle hashes, the keys the index files the story under. Two texts
 *   sharing a good part of their shingles very likely share one of them (bottom-k as LSH).
 */
import type { Ends } from './ends.ts';
import { endsOf, MIN_PARAGRAPHS, tailTopsOf } from './ends.ts';
import type { Fact, FactMap } from './facts.ts';
import { factsOf } from './facts.ts';
import { fnv1a, fnv1aWords } from './hash.ts';
import { announcesAhead, leadDaysOf, looksBack, partsOfDayOf } from './lead-days.ts';
import { markersOf } from './markers.ts';
import { rowBloomOf, rowHashesOf } from './rows.ts';
import { moreStagesOf, stagesOf } from './stages.ts';
import {
  charFlags,
  LETTER_OR_DIGIT,
  LOWERCASE,
  matchWords,
  scanWords,
  UPPERCASE,
  wordPattern,
} from './word-scan.ts';
import { foldedWords } from './words.ts';

export { fnv1a };

export interface NearSketch {
  /** Ascending 16-bit values, at most SKETCH_K. */
  body: number[];
  /** Distinct shingles in the body. */
  shingles: number;
  /** Ascending distinct 16-bit hashes of the lead's salient tokens, at most LEAD_K. */
  lead: number[];
  /** A sample of the headline's and body's facts (slot context → filling), at most FACT_K. */
  facts: Fact[];
  /** How many of `facts`, first, are the headline's and the lead's figures. */
  leadFacts: number;
  /** Markers (day, round, session, direction, kind of item) the headline and body name. */
  markers: number;
  /** Markers the headline names. */
  headMarkers: number;
  /** The stages of an affair the headline names (stages.ts). */
  headStages: number;
  /** 0..15: how much of the body is table rows (results, standings, prices) rather than prose. */
  form: number;
  /**
   * The dateline's day of the month modulo 8, unset when it gives none (from the Story, not the
   * text). Stories are compared within the dedup window (72 hours by default), where days at most 3
   * apart never share a residue; 3 bits keep the index under 150 bytes of Redis per story (ADR 23).
   * A longer window only lets a rare conflict go unseen.
   */
  day8?: number;
  /**
   * The weekdays the headline and lead name (lead-days.ts), 7 bits, 0 for none: the day of the event
   * the lead reports. Optional so that sketches stored before it read as naming none.
   */
  leadDays?: number;
  /** The headline or the first two paragraphs measure the time back to an earlier event (lead-days.ts). */
  looksBack?: true;
  /** The parts of the day the lead names (morning, afternoon, evening), 3 bits; unset for none. */
  partsOfDay?: number;
  /** The lead's first sentence tells what will happen, not what did (a preview; lead-days.ts). */
  ahead?: true;
  /** The stages of the second set the headline names (stages.ts); unset for none. */
  moreStages?: number;
  /**
   * Which body samples are the first paragraph's smallest shingles and the last one's (ends.ts);
   * unset for a story of fewer than three paragraphs or when either is outside the sample.
   */
  ends?: Ends;
  /** The rows of its tables, a 64-bit Bloom filter [high, low] (rows.ts); unset under MIN_ROWS rows. */
  rows?: [number, number];
  /** The smallest shingle hashes (full 32 bits): where the story is filed for candidate lookup. */
  postings: number[];
}

/** What the index knows of the incoming story beyond its sketch: everything, for one comparison. */
export interface NearProbe {
  sketch: NearSketch;
  /** Every shingle's top 16 bits, ascending, distinct. */
  tops: number[];
  topSet: Set<number>;
  facts: FactMap;
  /** Its name facts filed one place along their runs (facts.ts); absent, none are read. */
  shiftedFacts?: Set<number>;
  /** The last paragraph's shingle values (top 16 bits), in text order; empty for one paragraph. */
  tailTops: number[];
  /** Its tables' row hashes (rows.ts); empty when it has none. */
  rowHashes: number[];
}

export const SKETCH_K = 28;
export const LEAD_K = 12;
export const FACT_K = 16;
export const POSTINGS_M = 8;
/** Bodies with fewer shingles than this carry too little text to call two stories the same. */
export const MIN_SHINGLES = 20;
const SHINGLE = 3;
const LEAD_WORDS = 80;

/**
 * Lines agencies and outlets add around the same copy: credits, standards blurbs, "read more" links.
 * They say nothing about the story, and two different stories share them.
 */
const NOISE_PARAGRAPH =
  /^\s*(?:\((?:reporting|writing|editing|additional reporting|compiled)\b[^)]*\)?|(?:reporting|writing|editing)\s+by\b|read more\b|related:|see also\b|our standards\b|©|copyright\b|all rights reserved|follow (?:us|\w+ on)\b|sign up\b|click here\b|this (?:story|article) (?:has been|was) (?:updated|corrected)\b)/i;

// Scratch for the word scans of this file, each read before the next.
const SPANS: number[] = [];

/** The paragraphs that carry the story, without credit lines and outlet furniture. */
export function storyParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !NOISE_PARAGRAPH.test(p));
}

const LEAD_TOKEN = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*|[.!?:]/gu;
const LEAD_PATTERN = wordPattern(LETTER_OR_DIGIT, "’'.,-", '.!?:');
const DIGIT = /\d/;
const OPENS_UPPER = /^\p{Lu}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const POSSESSIVE = /[’']s$/;
const THOUSANDS = /[,.](?=\d{3}\b)/g;

/** `OPENS_UPPER.test(w)` and `ALL_UPPER.test(w)`, from the char table when w has no surrogate. */
function upperCase(w: string): { opens: boolean; all: boolean } {
  let all = true;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return { opens: OPENS_UPPER.test(w), all: ALL_UPPER.test(w) };
    if ((charFlags(c) & UPPERCASE) === 0) {
      if (i === 0) return { opens: false, all: false };
      all = false;
    }
  }
  return { opens: w.length > 0, all: all && w.length > 0 };
}

/** Salient tokens in text order: capitalised words that are not a sentence's first, and numbers. */
function salientTokens(text: string, limitWords: number): string[] {
  const out: string[] = [];
  let words = 0;
  let sentenceStart = true;
  for (const w of matchWords(text.normalize('NFKC'), LEAD_PATTERN, LEAD_TOKEN)) {
    if (w === '.' || w === '!' || w === '?' || w === ':') {
      sentenceStart = true;
      continue;
    }
    if (++words > limitWords) break;
    const upper = upperCase(w);
    const salient = DIGIT.test(w) || (!sentenceStart && upper.opens && w.length > 1);
    sentenceStart = false;
    if (!salient || upper.all) continue; // all-caps words are datelines and agency tags
    // A possessive is the name; "Xi's" and "Xi" are one token. "1,000" and "1000" are one number.
    out.push(w.toLowerCase().replace(POSSESSIVE, '').replace(THOUSANDS, ''));
  }
  return out;
}

const short = (token: string): number => fnv1a(token) >>> 16;

/** The lead's names and numbers: a copy keeps its lead's who, where and how many. */
function leadNames(paragraphs: readonly string[]): number[] {
  const seen = [...new Set(salientTokens(paragraphs.join(' '), LEAD_WORDS).map(short))];
  return seen.sort((a, b) => a - b).slice(0, LEAD_K);
}

const FORM_WORD = /[\p{L}\p{N}]+(?:['’.,:-][\p{L}\p{N}]+)*/gu;
const FORM_PATTERN = wordPattern(LETTER_OR_DIGIT, "'’.,:-");
const PLAIN = /^\p{Ll}/u;

/** How many words a paragraph has, and how many of them are plain (lowercase first): counted, not cut out. */
function wordCounts(p: string): [number, number] {
  const count = scanWords(p, FORM_PATTERN, SPANS);
  if (count < 0) {
    const words = p.match(FORM_WORD) ?? [];
    return [words.length, words.filter((w) => PLAIN.test(w)).length];
  }
  let plain = 0;
  for (let k = 0; k < count; k += 3)
    if ((charFlags(p.charCodeAt(SPANS[k] as number)) & LOWERCASE) !== 0) plain++;
  return [count / 3, plain];
}

/** Share of a body's words in table rows: lines of figures with few ordinary words. */
function formOf(paragraphs: readonly string[]): number {
  let rows = 0;
  let all = 0;
  for (const p of paragraphs) {
    const [words, plain] = wordCounts(p);
    all += words;
    if (words > 0 && words <= 25 && /\d/.test(p) && plain / words <= 0.34) rows += words;
  }
  return all === 0 ? 0 : Math.round((15 * rows) / all);
}

/** Everything the comparison reads of a story, or undefined when the body is too short to compare. */
export function nearProbe(text: string, headline = '', m = POSTINGS_M): NearProbe | undefined {
  const probe = probeOf(text, headline, m);
  if (!probe) return undefined;
  const { sketch, tops, facts, shiftedFacts, tailTops, rowHashes } = probe;
  return { sketch, tops, topSet: new Set(tops), facts, shiftedFacts, tailTops, rowHashes };
}

/** `nearProbe` without `topSet`, for `prepareDedup`, which does not send it. */
export function probeOf(text: string, headline = '', m = POSTINGS_M): Omit<NearProbe, 'topSet'> | undefined {
  const paragraphs = storyParagraphs(text);
  const { words, starts } = foldedWords(paragraphs);
  if (words.length < SHINGLE) return undefined;
  // Where the first paragraph's shingles end and the last one's begin (ends.ts).
  const firstEnd = (starts[1] ?? words.length) - SHINGLE;
  const lastStart = paragraphs.length > 1 ? (starts.at(-1) ?? words.length) : words.length;
  const all: number[] = [];
  // The distinct hashes, ascending: sorted as unsigned 32-bit values (no comparator, no Set), then
  // each kept once.
  const ordered = new Uint32Array(words.length - SHINGLE + 1);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv1aWords(words, i, SHINGLE);
    all.push(h);
    ordered[i] = h;
  }
  ordered.sort();
  let distinct = 0;
  for (const h of ordered) if (distinct === 0 || ordered[distinct - 1] !== h) ordered[distinct++] = h;
  if (distinct < MIN_SHINGLES) return undefined;
  const sorted = ordered.subarray(0, distinct);
  const tops: number[] = [];
  for (const h of sorted) {
    const top = h >>> 16;
    if (tops[tops.length - 1] !== top) tops.push(top);
  }
  const facts = factsOf(paragraphs, headline);
  const leadDays = leadDaysOf(headline, paragraphs[0] ?? '');
  const partsOfDay = partsOfDayOf(paragraphs[0] ?? '');
  const moreStages = moreStagesOf(headline);
  const headMarks = markersOf(headline);
  const bodyMarks = markersOf(paragraphs.join('\n'));
  const body = tops.slice(0, SKETCH_K);
  const ends = paragraphs.length >= MIN_PARAGRAPHS ? endsOf(all, firstEnd, lastStart, body) : undefined;
  const rowHashes = rowHashesOf(paragraphs, { words, starts });
  const rows = rowBloomOf(rowHashes);
  const sketch: NearSketch = {
    body,
    shingles: distinct,
    lead: leadNames(paragraphs.slice(0, 2)),
    facts: facts.sample(FACT_K),
    leadFacts: Math.min(facts.leadCount, FACT_K),
    // Markers are per word, so the text's are the headline's and the body's together.
    markers: headMarks | bodyMarks,
    headMarkers: headMarks & bodyMarks,
    headStages: stagesOf(headline),
    form: formOf(paragraphs),
    ...(leadDays !== 0 ? { leadDays } : {}),
    ...(looksBack(headline, paragraphs) ? { looksBack: true as const } : {}),
    ...(partsOfDay !== 0 ? { partsOfDay } : {}),
    ...(announcesAhead(paragraphs[0] ?? '') ? { ahead: true as const } : {}),
    ...(moreStages !== 0 ? { moreStages } : {}),
    ...(ends !== undefined ? { ends } : {}),
    ...(rows !== undefined ? { rows } : {}),
    postings: Array.from(sorted.subarray(0, m)),
  };
  return {
    sketch,
    tops,
    facts: facts.all,
    shiftedFacts: facts.shifted,
    tailTops: tailTopsOf(all, lastStart),
    rowHashes,
  };
}

/** The sketch of a body, or undefined when the body is too short to compare. */
export function nearSketch(text: string, headline = '', m = POSTINGS_M): NearSketch | undefined {
  return nearProbe(text, headline, m)?.sketch;
}

/** A sketch as stored and read back: no postings; `legacy` when written before facts were kept. */
export type StoredSketch = Omit<NearSketch, 'postings'> & { legacy?: true };
