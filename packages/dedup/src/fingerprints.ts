import type { Story } from '@wirefeed/core/contracts';
import { shortHash } from '@wirefeed/core/contracts';
import { LETTER_OR_DIGIT, scanWords, wordPattern } from './word-scan.ts';

/** The keys a story is known by in the dedup index. Pure: same story, same fingerprints. */
export interface Fingerprints {
  storyId: string;
  contentHash: string;
  /** Hash of the canonical URL, when the item has one. */
  urlKey?: string;
  /** Hash of the body text with case, punctuation and spacing folded, when it is long enough to mean something. */
  bodyKey?: string;
}

/** Bodies shorter than this are too generic ("Click here for the full story") to call two items the same. */
export const MIN_BODY_WORDS = 25;

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const RUN = wordPattern(LETTER_OR_DIGIT);
// Scratch for the scan, read before foldForHash returns.
const SPANS: number[] = [];

export function normalizeForHash(text: string): string {
  return foldForHash(text)[0];
}

/** The folded text, and how many words it has. */
function foldForHash(text: string): [string, number] {
  const folded = text.normalize('NFKC').toLowerCase();
  // Every run of other chars made one space, and none at the ends: the runs of letters and digits
  // joined by single spaces, which the scanner finds without the Unicode regex (word-scan.ts).
  const count = scanWords(folded, RUN, SPANS);
  if (count < 0) {
    const out = folded.replace(NOT_WORD, ' ').trim();
    return [out, countWords(out)];
  }
  let out = '';
  for (let k = 0; k < count; k += 3)
    out += k === 0 ? folded.slice(SPANS[k], SPANS[k + 1]) : ` ${folded.slice(SPANS[k], SPANS[k + 1])}`;
  return [out, count / 3];
}

export function fingerprintsOf(story: Story): Fingerprints {
  const [folded, words] = foldForHash(story.body.text);
  return {
    storyId: story.id,
    contentHash: story.contentHash,
    ...(story.source.canonicalUrl ? { urlKey: shortHash('url', story.source.canonicalUrl) } : {}),
    ...(words >= MIN_BODY_WORDS ? { bodyKey: shortHash('body', folded) } : {}),
  };
}

// Words of folded text (single spaces, trimmed), counted without splitting it.
function countWords(folded: string): number {
  if (folded === '') return 0;
  let n = 1;
  for (let at = folded.indexOf(' '); at !== -1; at = folded.indexOf(' ', at + 1)) n++;
  return n;
}
