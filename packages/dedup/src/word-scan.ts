/**
 * Word scanners: what `text.match(/[\p{L}\p{N}]+(?:[J][\p{L}\p{N}]+)*|[M]/gu)` finds, found by a loop
 * over char codes. Pure. The sketch's steps tokenise every story several times with such Unicode
 * regexes, and a `u` regex over `\p{L}` tests every char against the whole Unicode table: most of a
 * story's preparation time. A loop looks ASCII up in a table and asks the same regex engine about any
 * other char once per process, so it finds exactly what the regex finds — every scanner here is
 * checked against its regex (word-scan.test.ts). A text with a surrogate (an astral char, which the
 * regex reads as one code point) is left to the regex: the scan says so and the caller runs it.
 */

const KNOWN = 1;
/** `\p{L}` or `\p{N}`. */
export const LETTER_OR_DIGIT = 2;
/** `\p{L}`. */
export const LETTER = 4;
/** `\p{Ll}`. */
export const LOWERCASE = 8;
/** `\p{Lu}`. */
export const UPPERCASE = 16;
const SURROGATE = 32;

const IS_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const IS_LETTER = /^\p{L}$/u;
const IS_LOWERCASE = /^\p{Ll}$/u;
const IS_UPPERCASE = /^\p{Lu}$/u;

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return KNOWN | SURROGATE;
  const ch = String.fromCharCode(c);
  return (
    KNOWN |
    (IS_LETTER_OR_DIGIT.test(ch) ? LETTER_OR_DIGIT : 0) |
    (IS_LETTER.test(ch) ? LETTER : 0) |
    (IS_LOWERCASE.test(ch) ? LOWERCASE : 0) |
    (IS_UPPERCASE.test(ch) ? UPPERCASE : 0)
  );
}

// Every UTF-16 code unit's classes, filled in as they are met (ASCII at once): 64 KB at most.
const FLAGS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) FLAGS[c] = classify(c);

/** The classes of a UTF-16 code unit (a bit set of the constants above). */
export function charFlags(c: number): number {
  const f = FLAGS[c] as number;
  if (f !== 0) return f;
  const g = classify(c);
  FLAGS[c] = g;
  return g;
}

/** A compiled word pattern: `[C]+(?:[J][C]+)*|[M]`, C one of the classes, J and M sets of chars. */
export interface WordPattern {
  readonly cls: number;
  /** ASCII joiners, by code. */
  readonly joiners: Uint8Array;
  /** The non-ASCII joiners. */
  readonly wideJoiners: readonly number[];
  /** ASCII chars that are a token of their own (only ASCII ones are needed). */
  readonly marks: Uint8Array;
}

export function wordPattern(cls: number, joiners = '', marks = ''): WordPattern {
  const ascii = new Uint8Array(128);
  const wide: number[] = [];
  for (const ch of joiners) {
    const c = ch.charCodeAt(0);
    if (c < 128) ascii[c] = 1;
    else wide.push(c);
  }
  const markSet = new Uint8Array(128);
  for (const ch of marks) {
    const c = ch.charCodeAt(0);
    if (c >= 128) throw new Error('only ASCII marks');
    markSet[c] = 1;
  }
  for (const ch of joiners + marks)
    if ((charFlags(ch.charCodeAt(0)) & (cls | SURROGATE)) !== 0) throw new Error(`a word char: ${ch}`);
  return { cls, joiners: ascii, wideJoiners: wide, marks: markSet };
}

/**
 * The matches of `pattern` in `text` as triples written into `out` from its start: start, end, and 1
 * when the word holds a joiner (0 otherwise, and for a mark). Returns how many numbers it wrote (out
 * is not cut to them: a scratch array keeps its room), or -1 when the text holds a surrogate: then the
 * regex decides.
 *
 * Why it equals the regex: joiners and marks are never word chars, so a word is a maximal run of
 * word chars, extended while a joiner is followed by a word char — the one way the greedy regex can
 * match at its first word char — and a char that starts no word is a mark or skipped.
 */
export function scanWords(text: string, pattern: WordPattern, out: number[]): number {
  const { cls, joiners, wideJoiners, marks } = pattern;
  const n = text.length;
  let o = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let f = FLAGS[c] as number;
    if (f === 0) f = charFlags(c);
    if ((f & cls) === 0) {
      if ((f & SURROGATE) !== 0) return -1;
      if (c < 128 && marks[c] === 1) {
        out[o++] = i;
        out[o++] = i + 1;
        out[o++] = 0;
      }
      i++;
      continue;
    }
    const start = i;
    let joined = 0;
    i++;
    for (;;) {
      while (i < n) {
        const d = text.charCodeAt(i);
        const g = FLAGS[d] as number;
        if (((g === 0 ? charFlags(d) : g) & cls) === 0) break;
        i++;
      }
      if (i + 1 >= n) break;
      const j = text.charCodeAt(i);
      if (!(j < 128 ? joiners[j] === 1 : wideJoiners.includes(j))) break;
      const d = text.charCodeAt(i + 1);
      const g = FLAGS[d] as number;
      if (((g === 0 ? charFlags(d) : g) & cls) === 0) break;
      joined = 1;
      i += 2;
    }
    out[o++] = start;
    out[o++] = i;
    out[o++] = joined;
  }
  return o;
}

// Scratch for matchWords, read before it returns.
const SPANS: number[] = [];

/** `text.match(regex) ?? []` by the scanner when it can; `regex` is the pattern's own regex. */
export function matchWords(text: string, pattern: WordPattern, regex: RegExp): string[] {
  const count = scanWords(text, pattern, SPANS);
  if (count < 0) return text.match(regex) ?? [];
  const words: string[] = [];
  for (let k = 0; k < count; k += 3) words.push(text.slice(SPANS[k], SPANS[k + 1]));
  return words;
}
