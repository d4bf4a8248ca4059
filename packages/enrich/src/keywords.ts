import { STOPWORDS } from './data/stopwords.ts';
import { tokenize } from './tokens.ts';
import type { Enricher, EnrichInput } from './types.ts';

interface Score {
  score: number;
  count: number;
  first: number;
}

/** A word's score, and the two-word phrases it opens, by their second word. */
interface WordScore extends Score {
  next?: Map<string, Score>;
}

const MAX_KEYWORDS = 8;
const MIN_WORD_LENGTH = 3;
const HEADLINE_WEIGHT = 3;
// Words early in the body weigh up to 1.5, words at the end 1: wire copy puts the point first.
const LEAD_BONUS = 0.5;
const BIGRAM_BONUS = 1.5;
// A CJK character is a word of its own (Chinese and Japanese use no spaces); other scripts are
// split on spaces and punctuation, keeping "win-win", "isn't" and "4.5" whole.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const CJK_CHAR_RE = new RegExp(`^[${CJK}]$`, 'u');
const ALNUM_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_START_RE = /^\p{L}/u;
// Character classes for counting words: not part of a word, a letter/mark/digit, a CJK character.
const OTHER = 0;
const ALNUM = 1;
const CJK_CHAR = 2;
// The classes of the Basic Multilingual Plane, each worked out by regex the first time it is seen
// (stored plus one; 0 is not yet known): a Unicode class test per character was most of the count.
const BMP_CLASSES = new Uint8Array(0x10000);

/**
 * Up to eight salient lowercase phrases: non-stopword words and two-word phrases, scored by
 * frequency and position (headline words count triple). Only for languages with a stopword list
 * (en, fr, es, de; English when the language is unknown).
 */
export function findKeywords(input: EnrichInput): string[] {
  const stopwords = STOPWORDS.get(input.language ?? 'en');
  if (stopwords === undefined) return [];
  const { tokens, bodyStart } = tokenize(input.headline, input.text);
  const unigrams = new Map<string, WordScore>();
  // Phrases are kept under their first word, so that no "first second" string is built for a phrase
  // said once; listed in the order they first occur.
  const bigrams: [string, string, Score][] = [];
  const bodyLength = Math.max(1, tokens.length - bodyStart);
  let prev: WordScore | undefined;
  let prevWord = '';
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if (!t.word || t.sentenceStart) prev = undefined;
    // Parentheses hold credits and acronyms ("(Reuters)", "(CPC)"), not what the story is about.
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (!t.word || depth > 0) continue;
    const at = i;
    let word = t.lower;
    // Hyphenated compounds are one keyword: "run-off", "win-win", "covid-19".
    while (tokens[i + 1]?.text === '-' && tokens[i + 2]?.word && tokens[i + 1]?.start === tokens[i]?.end) {
      const part = tokens[i + 2];
      if (part === undefined || part.start !== tokens[i + 1]?.end) break;
      word = `${word}-${part.lower}`;
      i += 2;
    }
    if (word.length < MIN_WORD_LENGTH || stopwords.has(word) || !startsWithLetter(word)) {
      prev = undefined;
      continue;
    }
    const weight = at < bodyStart ? HEADLINE_WEIGHT : 1 + LEAD_BONUS * (1 - (at - bodyStart) / bodyLength);
    const unigram = add(unigrams, word, weight, at);
    if (prev !== undefined) {
      prev.next ??= new Map();
      const bigram = add(prev.next, word, weight * BIGRAM_BONUS, at);
      if (bigram.count === 1) bigrams.push([prevWord, word, bigram]);
    }
    prev = unigram;
    prevWord = word;
  }
  foldPlurals(unigrams);

  // Repetition first: a word said once, even in the headline, ranks after every repeated one. Most
  // words are said once, and are sorted only when the repeated ones do not fill the list.
  const repeated: [string, Score][] = [];
  unigrams.forEach((score, word) => {
    if (score.count >= 2) repeated.push([word, score]);
  });
  for (const [first, second, score] of bigrams) {
    if (score.count >= 2) repeated.push([`${first} ${second}`, score]);
  }
  const selected: string[] = [];
  select(selected, repeated.sort(byScore));
  if (selected.length < MAX_KEYWORDS) {
    const once: [string, Score][] = [];
    unigrams.forEach((score, word) => {
      if (score.count < 2) once.push([word, score]);
    });
    select(selected, once.sort(byScore));
  }
  return selected;
}

function select(selected: string[], candidates: readonly [string, Score][]): void {
  for (const [phrase] of candidates) {
    if (selected.length >= MAX_KEYWORDS) return;
    const parts = phrase.split(' ');
    if (parts.length === 1) {
      if (!selected.some((s) => s.split(' ').includes(phrase))) selected.push(phrase);
      continue;
    }
    // A phrase subsumes its words already chosen: "belt road" replaces "belt".
    for (let k = selected.length - 1; k >= 0; k--)
      if (parts.includes(selected[k] ?? '')) selected.splice(k, 1);
    selected.push(phrase);
  }
}

/**
 * Count words of the body; each CJK character counts as one. A word is a run of letters, marks and
 * digits (CJK characters aside), runs joined by one apostrophe, full stop or hyphen staying one word.
 */
export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (c === OTHER) continue;
    n++;
    if (c === ALNUM) i = endOfWord(text, i);
  }
  return n;
}

// Where the word going on at `i` ends.
function endOfWord(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    if (classOf(cp) === ALNUM) {
      i += cp > 0xffff ? 2 : 1;
    } else if (isJoiner(cp) && classOf(text.codePointAt(i + 1) ?? 0) === ALNUM) {
      i += 1;
    } else {
      return i;
    }
  }
  return i;
}

function isJoiner(cp: number): boolean {
  return cp === 0x27 || cp === 0x2e || cp === 0x2d || cp === 0x2019;
}

function classOf(cp: number): number {
  if (cp < 128) {
    const lower = cp | 32;
    return (cp >= 48 && cp <= 57) || (lower >= 97 && lower <= 122) ? ALNUM : OTHER;
  }
  const known = cp < 0x10000 ? (BMP_CLASSES[cp] ?? 0) : 0;
  if (known !== 0) return known - 1;
  const char = String.fromCodePoint(cp);
  const c = CJK_CHAR_RE.test(char) ? CJK_CHAR : ALNUM_CHAR_RE.test(char) ? ALNUM : OTHER;
  if (cp < 0x10000) BMP_CLASSES[cp] = c + 1;
  return c;
}

function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER_START_RE.test(word);
}

/** Salient words and phrases of the story. */
export const keywordsEnricher: Enricher = {
  name: 'keywords',
  run: (input) => ({ keywords: findKeywords(input) }),
};

/** Word count of the body. */
export const wordCountEnricher: Enricher = {
  name: 'word-count',
  run: (input) => ({ wordCount: countWords(input.text) }),
};

function byScore(a: [string, Score], b: [string, Score]): number {
  return b[1].score - a[1].score || a[1].first - b[1].first;
}

function add(map: Map<string, Score>, key: string, weight: number, at: number): Score {
  const s = map.get(key);
  if (s === undefined) {
    const score = { score: weight, count: 1, first: at };
    map.set(key, score);
    return score;
  }
  s.score += weight;
  s.count++;
  return s;
}

// "exchanges" counts toward "exchange" when both occur.
function foldPlurals(unigrams: Map<string, Score>): void {
  for (const [word, s] of unigrams) {
    if (!word.endsWith('s') || word.endsWith('ss')) continue;
    const singular = unigrams.get(word.slice(0, -1));
    if (singular === undefined) continue;
    singular.score += s.score;
    singular.count += s.count;
    singular.first = Math.min(singular.first, s.first);
    unigrams.delete(word);
  }
}
