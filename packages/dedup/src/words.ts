/**
 * The words the near-duplicate sketch reads, folded, and where each paragraph's begin. Pure. The
 * shingles (sketch.ts) and the table rows (rows.ts) share them: a story is split into words once.
 */
import { LETTER_OR_DIGIT, scanWords, wordPattern } from './word-scan.ts';

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
const WORD_PATTERN = wordPattern(LETTER_OR_DIGIT, "'’.,");
// Scratch for foldedWords' scans, each read before the next.
const SPANS: number[] = [];

/** "1,000" and "1.000" as "1000": a thousands separator is house style, not another figure. */
export function foldThousands(word: string): string {
  return word.replace(/(\d)[,.](?=\d{3}\b)/g, '$1');
}

/** A folded word: lowercase, quotes and thousands separators unified, so "1,000" and "1000" agree. */
function fold(word: string): string {
  return foldThousands(word.toLowerCase().replace(/[’']/g, "'"));
}

export interface FoldedWords {
  words: string[];
  /** Where each paragraph's words begin in `words`, one per paragraph (an empty one included). */
  starts: number[];
}

/**
 * The folded words of the paragraphs in a row, and where each paragraph's begin (a word never spans
 * a line, so the body's words are its paragraphs' in a row).
 */
export function foldedWords(paragraphs: readonly string[]): FoldedWords {
  const words: string[] = [];
  const starts: number[] = [];
  for (const p of paragraphs) {
    starts.push(words.length);
    const text = p.normalize('NFKC');
    const count = scanWords(text, WORD_PATTERN, SPANS);
    if (count < 0) {
      for (const word of text.match(WORD) ?? []) words.push(fold(word));
      continue;
    }
    for (let k = 0; k < count; k += 3) {
      const word = text.slice(SPANS[k], SPANS[k + 1]);
      // Without a quote or a separator inside, a word has nothing to unify but its case.
      words.push(SPANS[k + 2] === 1 ? fold(word) : word.toLowerCase());
    }
  }
  return { words, starts };
}
