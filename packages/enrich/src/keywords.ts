import { STOPWORDS } from './data/stopwords.ts';
import { tokenize } from './tokens.ts';
import type { Enricher, EnrichInput } from './types.ts';

interface Score {
  score: number;
  count: number;
  first: number;
}

const MAX_KEYWORDS = 8;
const MIN_WORD_LENGTH = 3;
const HEADLINE_WEIGHT = 3;
// Words early in the body weigh up to 1.5, words at the end 1: wire copy puts the point first.
const LEAD_BONUS = 0.5;
const BIGRAM_BONUS = 1.5;
const LETTER_START_RE = /^\p{L}/u;
// A CJK character is a word of its own (Chinese and Japanese use no spaces); other scripts are
// split on spaces and punctuation, keeping "win-win", "isn't" and "4.5" whole.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const ALNUM = String.raw`[[\p{L}\p{M}\p{N}]--[${CJK}]]`;
const WORD_RE = new RegExp(String.raw`[${CJK}]|${ALNUM}+(?:['’.\-]${ALNUM}+)*`, 'gv');
// The same words in text with no CJK character: the set difference above makes V8 test every
// character against two classes, so text that needs none of it is counted with the plain class.
const HAS_CJK_RE = new RegExp(`[${CJK}]`, 'u');
const PLAIN_WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Up to eight salient lowercase phrases: non-stopword words and two-word phrases, scored by
 * frequency and position (headline words count triple). Only for languages with a stopword list
 * (en, fr, es, de; English when the language is unknown).
 */
export function findKeywords(input: EnrichInput): string[] {
  const stopwords = STOPWORDS.get(input.language ?? 'en');
  if (stopwords === undefined) return [];
  const { tokens, bodyStart } = tokenize(input.headline, input.text);
  const unigrams = new Map<string, Score>();
  const bigrams = new Map<string, Score>();
  const bodyLength = Math.max(1, tokens.length - bodyStart);
  let prev: string | undefined;
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
    if (word.length < MIN_WORD_LENGTH || stopwords.has(word) || !LETTER_START_RE.test(word)) {
      prev = undefined;
      continue;
    }
    const weight = at < bodyStart ? HEADLINE_WEIGHT : 1 + LEAD_BONUS * (1 - (at - bodyStart) / bodyLength);
    add(unigrams, word, weight, at);
    if (prev !== undefined) add(bigrams, `${prev} ${word}`, weight * BIGRAM_BONUS, at);
    prev = word;
  }
  foldPlurals(unigrams);

  const candidates: [string, Score][] = [...unigrams];
  for (const entry of bigrams) if (entry[1].count >= 2) candidates.push(entry);
  // Repetition first: a word said once, even in the headline, ranks after every repeated one.
  candidates.sort((a, b) => tier(b[1]) - tier(a[1]) || b[1].score - a[1].score || a[1].first - b[1].first);

  const selected: string[] = [];
  for (const [phrase] of candidates) {
    if (selected.length >= MAX_KEYWORDS) break;
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
  return selected;
}

/** Count words of the body; each CJK character counts as one. */
export function countWords(text: string): number {
  // `test` steps the global regex along without making a match object per word.
  const re = HAS_CJK_RE.test(text) ? WORD_RE : PLAIN_WORD_RE;
  let n = 0;
  re.lastIndex = 0;
  while (re.test(text)) n++;
  return n;
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

function tier(s: Score): number {
  return s.count >= 2 ? 1 : 0;
}

function add(map: Map<string, Score>, key: string, weight: number, at: number): void {
  const s = map.get(key);
  if (s === undefined) map.set(key, { score: weight, count: 1, first: at });
  else {
    s.score += weight;
    s.count++;
  }
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
