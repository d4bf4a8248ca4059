/**
 * The words the near-duplicate sketch reads, folded, and where each paragraph's begin. Pure. The
 * shingles (sketch.ts) and the table rows (rows.ts) share them: a story is split into words once.
 */

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

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
    for (const word of p.normalize('NFKC').match(WORD) ?? []) words.push(fold(word));
  }
  return { words, starts };
}
