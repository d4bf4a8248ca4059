import {
  ABBREVIATIONS,
  BREAKERS,
  FUNCTION_WORDS,
  ORG_CUES,
  PARTICLES,
  TITLE_HEADS,
  WELL_KNOWN_ORGS,
} from './data/lexicon.ts';
import { isPlaceName } from './gazetteer.ts';
import type { Token, Tokenized } from './tokens.ts';

/** A maximal run of capitalised words (with the connectors names allow) in the token stream. */
export interface Span {
  /** Index of the first and last token of the span, inclusive. */
  readonly first: number;
  readonly last: number;
  /** The word tokens of the span, connectors included. */
  readonly words: readonly Token[];
  /** Surface text, whitespace collapsed, possessive dropped. */
  readonly text: string;
  /** False inside a Title Case headline, where capitals say nothing about names. */
  readonly discover: boolean;
}

const DIGIT_START_RE = /^\p{N}/u;
const CONTINENTS = new Set(['Europe', 'Asia', 'Africa', 'America', 'Americas', 'Oceania', 'Latin America']);
const SPACE_RE = /\s+/gu;
// How far "Food and Drug Administration"-style lookahead may go to find an organisation cue.
const AND_LOOKAHEAD = 6;
// No name runs this long; the cap keeps a page of capitals (a shouted headline list) linear.
const MAX_SPAN_TOKENS = 16;

/** Find the capitalised spans of a tokenized story. */
export function findSpans(input: Tokenized): Span[] {
  const { tokens, source, bodyStart } = input;
  // Which sentence-initial words the story also writes in lowercase (only those are asked about:
  // a set of every lowercase word cost more).
  const asked = new Set<string>();
  for (const t of tokens) if (t.sentenceStart && t.cap && !t.upper) asked.add(t.lower);
  const lowercaseWords = new Set<string>();
  for (const t of tokens) if (t.word && !t.cap && asked.has(t.lower)) lowercaseWords.add(t.lower);
  const titleCaseHeadline = isTitleCase(tokens, bodyStart);

  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !startsSpan(tokens, i, lowercaseWords)) continue;
    let last = i;
    for (
      let next = extend(tokens, i, last);
      next !== -1 && next - i < MAX_SPAN_TOKENS;
      next = extend(tokens, i, last)
    ) {
      last = next;
    }
    const words: Token[] = [];
    for (let k = i; k <= last; k++) {
      const w = tokens[k];
      if (w?.word) words.push(w);
    }
    const end = tokens[last] ?? t;
    const text = source.slice(t.start, end.end).replace(SPACE_RE, ' ').replaceAll('’', "'");
    spans.push({
      first: i,
      last,
      words,
      text: end.bare === end.text ? text : text.slice(0, text.length - 2),
      discover: !(titleCaseHeadline && i < bodyStart),
    });
    i = last;
  }
  return spans;
}

function isNameWord(t: Token | undefined): boolean {
  return t?.word === true && t.cap && !BREAKERS.has(t.bare) && (t.upper || !FUNCTION_WORDS.has(t.lower));
}

function startsSpan(tokens: readonly Token[], i: number, lowercaseWords: ReadonlySet<string>): boolean {
  const t = tokens[i];
  if (t === undefined || !isNameWord(t)) return false;
  // "Officials said…": a sentence-initial word the story also uses in lowercase is a common word,
  // unless it opens a formal name ("Health and Human Services Secretary…").
  if (!(t.sentenceStart && !t.upper && lowercaseWords.has(t.lower))) return true;
  const next = tokens[i + 1]?.text;
  return (next === 'and' || next === 'of') && orgCueAhead(tokens, i + 2);
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

// The index of the new last token if the span can grow past `last`, else -1.
function extend(tokens: readonly Token[], first: number, last: number): number {
  const cur = tokens[last];
  const n1 = tokens[last + 1];
  const n2 = tokens[last + 2];
  if (cur === undefined || n1 === undefined) return -1;
  // A possessive closes a name: "Vietnam's Ministry of Planning" is a place and an organisation.
  if (cur.bare !== cur.text) return -1;
  if (n1.word) {
    if (isNameWord(n1)) return n1.sentenceStart ? -1 : last + 1;
    if (PARTICLES.has(n1.text)) {
      // "von der Leyen", "al-Assad": particles, maybe a hyphen, then the name goes on.
      let k = last + 1;
      while (PARTICLES.has(tokens[k + 1]?.text ?? '')) k++;
      const after = tokens[k + 1];
      if (isNameWord(after)) return k + 1;
      const hyphened = tokens[k + 2];
      if (
        after?.text === '-' &&
        adjacent(tokens[k], after) &&
        adjacent(after, hyphened) &&
        isNameWord(hyphened)
      ) {
        return k + 2;
      }
      return -1;
    }
    if (n1.text === 'of' && (ORG_CUES.has(cur.bare) || TITLE_HEADS.has(cur.lower))) {
      const j = n2?.text === 'the' ? last + 3 : last + 2;
      return isNameWord(tokens[j]) ? j : -1;
    }
    const span = tokens.slice(first, last + 1);
    const hasCue = span.some((t) => ORG_CUES.has(t.bare));
    // "Centers for Disease Control", "Bank for International Settlements".
    if (n1.text === 'for' && hasCue && isNameWord(n2) && !n2?.sentenceStart) return last + 2;
    // "Board of Control for Cricket in India": a formal name may end with where it works.
    if (
      n1.text === 'in' &&
      hasCue &&
      span.some((t) => t.text === 'for') &&
      n2 !== undefined &&
      (isPlaceName(n2.bare) || CONTINENTS.has(n2.bare)) &&
      !isNameWord(tokens[last + 3])
    ) {
      return last + 2;
    }
    if (n1.text === 'and' && isNameWord(n2)) {
      // "Food and Drug Administration", "National Oceanic and Atmospheric Administration"; not
      // "Samsung Electronics and Intel Corp", two organisations, nor "Germany and Deutsche Bank".
      const whole = ORG_CUES.has(cur.bare) || isPlaceName(cur.bare) || span.some((t) => t.text === '&');
      if (!whole && orgCueAhead(tokens, last + 2)) return last + 2;
      // "Ministry of Industry and Information Technology", "Centers for Disease Control and
      // Prevention": a short tail that names no organisation or place of its own.
      const formal = hasCue && span.some((t) => t.text === 'of' || t.text === 'for');
      if (formal && shortTail(tokens, last + 2)) return last + 2;
    }
    return -1;
  }
  // Hyphenated compounds stay whole when the next part is a name or a number ("COVID-19",
  // "Guinea-Bissau"); "Beijing-based" ends the span at "Beijing".
  if (n1.text === '-' && adjacent(cur, n1) && adjacent(n1, n2) && n2 !== undefined) {
    // "Lai Ching-te", "Kim Jong-un": a short lowercase syllable belongs to the name.
    const syllable = n2.word && !n2.cap && n2.text.length <= 2 && !DIGIT_START_RE.test(n2.text);
    return n2.word && (isNameWord(n2) || DIGIT_START_RE.test(n2.text) || syllable) ? last + 2 : -1;
  }
  // Initials and abbreviated titles keep their full stop: "George W. Bush", "Mr. Smith".
  if (
    n1.text === '.' &&
    adjacent(cur, n1) &&
    cur.word &&
    (cur.text.length === 1 || ABBREVIATIONS.has(cur.lower))
  ) {
    return isNameWord(n2) ? last + 2 : -1;
  }
  if (n1.text === '&' && isNameWord(n2)) return last + 2;
  return -1;
}

// One or two name words after "and", then the name ends, none of them a known organisation or place.
function shortTail(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < from + 3 && isNameWord(tokens[k])) {
    const t = tokens[k];
    if (t === undefined || ORG_CUES.has(t.bare) || WELL_KNOWN_ORGS.has(t.bare) || isPlaceName(t.bare))
      return false;
    k++;
  }
  return k > from && k <= from + 2 && !isNameWord(tokens[k]);
}

function orgCueAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + AND_LOOKAHEAD; k++) {
    const t = tokens[k];
    if (t === undefined || !isNameWord(t)) return false;
    if (ORG_CUES.has(t.bare)) return true;
  }
  return false;
}

// "Xi Calls For Greater Exchanges": most longer words capitalised.
function isTitleCase(tokens: readonly Token[], bodyStart: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let k = 1; k < bodyStart; k++) {
    const t = tokens[k];
    if (t === undefined || !t.word || t.text.length < 4 || FUNCTION_WORDS.has(t.lower)) continue;
    long++;
    if (t.cap) capitalised++;
  }
  return long >= 3 && capitalised / long >= 0.75;
}
