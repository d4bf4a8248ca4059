import { ABBREVIATIONS } from './data/lexicon.ts';
import { scanTokens, TOKEN_RE } from './token-scan.ts';

/** A word or punctuation mark of the analysed text, with its offsets and casing. */
export interface Token {
  /** As written, with typographic apostrophes folded to `'`. */
  readonly text: string;
  /** `text` without a trailing possessive `'s`. */
  readonly bare: string;
  /** `bare` in lowercase. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  /** Starts with an uppercase letter. */
  readonly cap: boolean;
  /** Two or more letters, none lowercase: an acronym or a shouted word ("CPC", "BEIJING"). */
  readonly upper: boolean;
  /** First word of a sentence, line or quotation, whose capital says nothing about it being a name. */
  readonly sentenceStart: boolean;
}

/** A story's headline and body as one token stream; tokens before `bodyStart` are the headline. */
export interface Tokenized {
  readonly source: string;
  readonly tokens: readonly Token[];
  readonly bodyStart: number;
}

const WORD_START_RE = /^[\p{L}\p{M}\p{N}]/u;
const CAP_RE = /^\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTERS_RE = /\p{L}.*\p{L}/su;
const SENTENCE_END = new Set(['.', '!', '?', ':']);
const OPENING_QUOTES = new Set(['“', '‘', '"', '«']);

// Three enrichers tokenize the same story back to back; the last result is kept so the work is
// done once per story. Tokens are immutable, so sharing them is safe.
let cached: { headline: string; text: string; result: Tokenized } | undefined;

/** Split headline and body into tokens, marking sentence starts. */
export function tokenize(headline: string, text: string): Tokenized {
  if (cached !== undefined && cached.headline === headline && cached.text === text) return cached.result;
  const source = `${headline}\n${text}`;
  const tokens: Token[] = [];
  let boundary = true;
  let nextNewline = source.indexOf('\n');
  scanTokens(source, (start, end) => {
    const raw = source.slice(start, end);
    // Tokens never contain a newline, so one passed since the last token means a new line.
    if (nextNewline !== -1 && nextNewline < start) {
      boundary = true;
      nextNewline = source.indexOf('\n', start);
    }
    if (!startsWord(raw)) {
      const prev = tokens.at(-1);
      tokens.push(punct(raw, start, end));
      if (SENTENCE_END.has(raw)) boundary = raw !== '.' || !isAbbreviation(prev);
      else if (OPENING_QUOTES.has(raw)) boundary = true;
      return;
    }
    const folded = raw.includes('’') ? raw.replaceAll('’', "'") : raw;
    const bare = folded.endsWith("'s") ? folded.slice(0, -2) : folded;
    const token: Token = {
      text: folded,
      bare,
      lower: bare.toLowerCase(),
      start,
      end,
      word: true,
      cap: startsUpper(folded),
      upper: !hasLower(folded) && LETTERS_RE.test(folded),
      sentenceStart: boundary,
    };
    tokens.push(token);
    boundary = false;
  });
  const bodyStart = tokens.findIndex((t) => t.start > headline.length);
  const result: Tokenized = { source, tokens, bodyStart: bodyStart === -1 ? tokens.length : bodyStart };
  cached = { headline, text, result };
  return result;
}

// ASCII answers first: these run for every token of every story, and the Unicode regexes they fall
// back to cost several times more.
function startsWord(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START_RE.test(raw);
}

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP_RE.test(word);
}

function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER_RE.test(word);
  }
  return false;
}

function punct(text: string, start: number, end: number): Token {
  return {
    text,
    bare: text,
    lower: text,
    start,
    end,
    word: false,
    cap: false,
    upper: false,
    sentenceStart: false,
  };
}

function isAbbreviation(prev: Token | undefined): boolean {
  if (prev === undefined || !prev.word) return false;
  // A single capital before a full stop is an initial ("George W. Bush"), not a sentence end.
  return (prev.text.length === 1 && prev.cap) || ABBREVIATIONS.has(prev.lower);
}

/** The token texts of a short name, split exactly as `tokenize` splits running text. */
export function tokenTexts(name: string): string[] {
  return Array.from(name.matchAll(TOKEN_RE), (m) => m[0].replaceAll('’', "'"));
}
