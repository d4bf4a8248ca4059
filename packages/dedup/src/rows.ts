/**
 * The rows of a story's tables, as a 64-bit Bloom filter the sketch stores. Pure.
 *
 * The facts are a 16-slot sample: next week's table with a few rows refilled and the rest unchanged
 * (standings where half the teams did not play, a price survey where most regions did not move) can
 * keep every changed row out of the sample, and agree on the rest. A row is the whole line — its
 * label and every figure — so a copy reprints each row whole (or cuts some), while another event's
 * table brings rows the stored one never had. 64 bits and two probes: a 12-row table answers a
 * changed row "seen" about 1 time in 10, a 30-row one 1 in 3; the rule asks for several.
 */
import { fnv1a } from './hash.ts';
import type { FoldedWords } from './words.ts';
import { foldedWords, foldThousands } from './words.ts';

/**
 * A row is a paragraph of at most this many words holding a figure and not ending a sentence, in a
 * run of MIN_RUN of them.
 */
const MAX_ROW_WORDS = 25;
const MIN_RUN = 3;
/** A story with fewer table rows than this stores no filter (and is compared on its facts alone). */
export const MIN_ROWS = 4;
/** Rows read, at most: no input decides how much work this is. */
const MAX_ROWS = 64;

/** A row's words keep ':', '/' and '-' inside: "3-1" and "10:30" are one figure of a row. */
const ROW_WORD = /[\p{L}\p{N}]+(?:['’.,:/-][\p{L}\p{N}]+)*/gu;
const DIGIT = /\d/;
/** A line ending a sentence after a word is prose — an intro ("Results of …:"), a note — not a row. */
const SENTENCE_END = /\p{L}[.:!?]["'’”)]*\s*$/u;

/**
 * The hash of paragraph k as a row, or undefined when it is none. The sketch's words are a row's
 * words split further (at ':', '/' and '-'), so they tell which paragraphs have words and figures
 * without reading prose again; only a line with a figure that ends no sentence is read for its row
 * words. Case and thousands separators folded, as the facts fold them: a reprint's house style is no
 * new row.
 */
function rowKeyOf(p: string, folded: FoldedWords, k: number): number | undefined {
  const from = folded.starts[k] ?? folded.words.length;
  const to = folded.starts[k + 1] ?? folded.words.length;
  if (from === to || SENTENCE_END.test(p)) return undefined;
  let figure = false;
  for (let i = from; i < to && !figure; i++) figure = DIGIT.test(folded.words[i] as string);
  if (!figure) return undefined;
  const words = p.normalize('NFKC').match(ROW_WORD) ?? [];
  if (words.length > MAX_ROW_WORDS) return undefined;
  return fnv1a(words.map((w) => foldThousands(w.toLowerCase())).join(' '));
}

/**
 * The hashes of the rows of the story's tables (runs of short paragraphs with figures), in order.
 * `folded`: the sketch's words of these paragraphs, when it has them.
 */
export function rowHashesOf(paragraphs: readonly string[], folded = foldedWords(paragraphs)): number[] {
  const out: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= MIN_RUN) out.push(...run.slice(0, MAX_ROWS - out.length));
    run = [];
  };
  for (let k = 0; k < paragraphs.length; k++) {
    if (out.length >= MAX_ROWS) break;
    const key = rowKeyOf(paragraphs[k] as string, folded, k);
    if (key !== undefined) run.push(key);
    else flush();
  }
  flush();
  return out;
}

/** Two probes into 64 bits: [high 32 bits, low 32 bits]. */
function probes(h: number): [number, number] {
  return [h & 63, (h >>> 6) & 63];
}

function has(bloom: readonly [number, number], bit: number): boolean {
  return bit >= 32 ? ((bloom[0] >>> (bit - 32)) & 1) === 1 : ((bloom[1] >>> bit) & 1) === 1;
}

/** The filter of a story's rows, or undefined when it has fewer than MIN_ROWS. */
export function rowBloomOf(rows: readonly number[]): [number, number] | undefined {
  if (rows.length < MIN_ROWS) return undefined;
  let hi = 0;
  let lo = 0;
  for (const h of rows)
    for (const bit of probes(h)) {
      if (bit >= 32) hi |= 1 << (bit - 32);
      else lo |= 1 << bit;
    }
  return [hi >>> 0, lo >>> 0];
}

/** How many of the new story's rows the stored filter never saw. */
export function rowsUnseen(rows: readonly number[], bloom: readonly [number, number]): number {
  let unseen = 0;
  for (const h of rows) if (!probes(h).every((bit) => has(bloom, bit))) unseen++;
  return unseen;
}

/**
 * Another event's table: at least two of the new story's rows, and a tenth of them, are rows the
 * stored story's table never had. A copy reprints rows whole or cuts them; a reprint's own header or
 * source line, or a correction of one figure, makes one. It only ever makes a story "at most a
 * possible copy" (delivered, marked): the facts tell a refilled table apart when they see it.
 */
export function rowsDiffer(rows: readonly number[], bloom: readonly [number, number] | undefined): boolean {
  if (bloom === undefined || rows.length < MIN_ROWS) return false;
  const unseen = rowsUnseen(rows, bloom);
  return unseen >= 2 && 10 * unseen >= rows.length;
}
