import { FAMILY_FIRST, GIVEN_NAMES } from './data/given-names.ts';
import {
  CORPORATE_TITLES,
  EVENT_WORDS,
  FACILITY_ENDINGS,
  FACILITY_WORDS,
  FUNCTION_WORDS,
  KNOWN_ORGS,
  NEWS_AGENCIES,
  ORG_CUES,
  ORG_FIRST_WORDS,
  PARTICLES,
  PERSON_VERBS,
  PROFESSION_CUES,
  STORM_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  TITLE_OBJECTS,
  WELL_KNOWN_ORGS,
} from './data/lexicon.ts';
import { isPlaceName, lookupPlaces } from './gazetteer.ts';
import type { Span } from './spans.ts';
import type { Token } from './tokens.ts';

/** A person or organisation named by a span, at the span's first token. */
export interface Finding {
  readonly kind: 'person' | 'org';
  readonly name: string;
  readonly at: number;
}

/** What one span says: its findings, and an acronym it defines ("… of China (CPC)"). */
export interface Classification {
  readonly findings: readonly Finding[];
  readonly acronym?: { readonly text: string; readonly org: string; readonly at: number };
}

const DIGITS_RE = /^\p{N}{1,3}$/u;
const HAS_DIGIT_RE = /\p{N}/u;
const SPACE_RE = /\s+/gu;
const MAX_NAME_WORDS = 4;
const APPOSITION_WORDS = 5;

/**
 * Decide what a span names from the span and its context. Undefined means "no evidence either way":
 * the span may still count as a later mention of an entity found elsewhere ("Xi said").
 */
export function classify(span: Span, tokens: readonly Token[], source: string): Classification | undefined {
  const words = span.words;
  const head = lastTitleHead(words);
  if (head !== -1) {
    const titled = classifyTitled(span, head, source);
    if (titled !== undefined) return titled;
  }
  const text = span.text;
  if (isPlaceName(text)) return { findings: [] };
  // "Moulay Abdellah Stadium", "Rustaveli Avenue", "Kennedy Space Center": venues, streets and
  // facilities are neither; "Hurricane Melissa" is a storm.
  if (words.some((w) => FACILITY_WORDS.has(w.bare))) return { findings: [] };
  if (FACILITY_ENDINGS.has(lastTwo(words))) return { findings: [] };
  if (words.length > 1 && STORM_WORDS.has(words[0]?.bare ?? '')) return { findings: [] };
  // "told Reuters", "(Reuters)": the agency is the source, not a subject of the story.
  if (
    NEWS_AGENCIES.has(text) &&
    (tokens[span.first - 1]?.lower === 'told' || tokens[span.first - 1]?.text === '(')
  ) {
    return { findings: [] };
  }
  if (KNOWN_ORGS.has(text) || WELL_KNOWN_ORGS.has(text)) {
    return { findings: [{ kind: 'org', name: text, at: span.first }] };
  }

  // "Denver Nuggets", "Chennai Super Kings", "Delhi Capitals": a place and a plural is a team.
  const team = teamName(words);
  if (team) return { findings: [{ kind: 'org', name: text, at: span.first }] };

  const acronym = acronymAfter(tokens, span.last);
  const first = words[0];
  const orgCue =
    words.some((w) => ORG_CUES.has(w.bare)) || (first !== undefined && ORG_FIRST_WORDS.has(first.bare));
  const defines =
    acronym !== undefined &&
    initialsMatch(
      words.map((w) => w.text),
      acronym.text,
    );
  if (orgCue || defines) {
    if (words.length < 2 && !defines) return { findings: [] };
    const finding: Finding = { kind: 'org', name: text, at: span.first };
    return defines ? { findings: [finding], acronym: { ...acronym, org: text } } : { findings: [finding] };
  }
  if (hasPersonCue(span, tokens) && isPersonName(words, text)) {
    return { findings: [{ kind: 'person', name: text, at: span.first }] };
  }
  return undefined;
}

// The last two words, bare, space-separated (the last one alone in a one-word span), without the
// arrays `slice`/`map`/`join` make for every span.
function lastTwo(words: readonly Token[]): string {
  const last = words.at(-1)?.bare ?? '';
  const before = words.length >= 2 ? words.at(-2)?.bare : undefined;
  return before === undefined ? last : `${before} ${last}`;
}

function teamName(words: readonly Token[]): boolean {
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !last.cap || last.upper) return false;
  if (!last.bare.endsWith('s') || last.bare.endsWith('ss') || EVENT_WORDS.has(last.bare)) return false;
  // The place is every word but the last one or two: "Los Angeles Lakers", "Chennai Super Kings".
  for (const tail of [1, 2]) {
    if (words.length <= tail) continue;
    const place = words.slice(0, words.length - tail);
    const rest = words.slice(words.length - tail);
    const placeText = place.map((w) => w.text).join(' ');
    if (!isPlaceName(placeText) || !lookupPlaces(placeText).some((p) => p.kind !== 'country')) continue;
    if (rest.every((w) => w.cap && !isPlaceName(w.bare) && !TITLE_HEADS.has(w.lower))) return true;
  }
  return false;
}

// Index of the last capitalised title head in the span ("President", "Minister", "CEO"), or -1.
function lastTitleHead(words: readonly Token[]): number {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (w?.cap && TITLE_HEADS.has(w.lower)) return k;
  }
  return -1;
}

function classifyTitled(span: Span, head: number, source: string): Classification | undefined {
  const words = span.words;
  let nameStart = head + 1;
  // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Wang Yi".
  if (words[nameStart]?.text === 'of') {
    let k = nameStart + 1;
    if (words[k]?.text === 'the') k++;
    while (k < words.length && TITLE_OBJECTS.has(words[k]?.lower ?? '')) k++;
    if (k > nameStart + 1) nameStart = k;
  }
  const nameWords = words.slice(nameStart);
  // "General Motors", "Justice Department": a title word opening an organisation's name.
  if (nameWords.some((w) => ORG_CUES.has(w.bare))) return undefined;

  let runStart = head;
  while (runStart > 0 && isTitleWord(words[runStart - 1])) runStart--;
  const findings: Finding[] = [];
  const headWord = words[head];
  const org = headWord === undefined ? undefined : prefixOrg(words.slice(0, runStart), headWord, source);
  if (org !== undefined) findings.push({ kind: 'org', name: org, at: span.first });
  const name = textOf(nameWords, source);
  if (nameWords.length > 0 && isPersonName(nameWords, name)) {
    findings.push({ kind: 'person', name, at: span.first });
  }
  return { findings };
}

function isTitleWord(w: Token | undefined): boolean {
  return w?.cap === true && (TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower));
}

// "Apple" in "Apple CEO Tim Cook", "Bank of England" in "Bank of England Governor Andrew Bailey".
function prefixOrg(prefix: readonly Token[], head: Token, source: string): string | undefined {
  // "Health and Human Services Secretary": a formal name with its connectors is kept whole.
  const first = prefix[0];
  if (
    first?.cap === true &&
    prefix.length >= 3 &&
    prefix.some((w) => w.text === 'and' || w.text === 'of') &&
    ORG_CUES.has(prefix.at(-1)?.bare ?? '')
  ) {
    return textOf(prefix, source);
  }
  let from = 0;
  let to = prefix.length;
  const skippable = (w: Token | undefined): boolean =>
    w !== undefined && (TITLE_MODIFIERS.has(w.lower) || isPlaceName(w.bare) || !w.cap);
  while (from < to && skippable(prefix[from])) from++;
  // "Bank of England" keeps its place; "Apple Japan" does not.
  while (to > from && skippable(prefix[to - 1]) && prefix[to - 2]?.text !== 'of') to--;
  // "Atlanta Fed", "Tokyo Police": a bare organisation word keeps the city before it.
  const before = prefix[from - 1];
  if (
    to - from === 1 &&
    ORG_CUES.has(prefix[from]?.bare ?? '') &&
    before?.cap === true &&
    isPlaceName(before.bare)
  ) {
    if (!lookupPlaces(before.bare).some((p) => p.kind === 'country')) from--;
  }
  const words = prefix.slice(from, to);
  if (words.length === 0) return undefined;
  const text = textOf(words, source);
  if (isPlaceName(text)) return undefined;
  if (KNOWN_ORGS.has(text) || CORPORATE_TITLES.has(head.lower)) return text;
  return words.length >= 2 && words.some((w) => ORG_CUES.has(w.bare)) ? text : undefined;
}

function hasPersonCue(span: Span, tokens: readonly Token[]): boolean {
  const capitalised = span.words.filter((w) => w.cap).length;
  // "Warren Buffett", "Wang Yi": a known given name (or a family name written first) opening a
  // name of two or three words.
  const first = span.words[0];
  if (
    first !== undefined &&
    capitalised >= 2 &&
    span.words.length <= 3 &&
    (GIVEN_NAMES.has(first.bare) || FAMILY_FIRST.has(first.bare))
  ) {
    return true;
  }
  const prev = tokens[span.first - 1];
  if (prev?.word && !prev.cap && PROFESSION_CUES.has(prev.lower)) return true;
  if (capitalised < 2) return false;
  if (prev?.word && (prev.lower === 'said' || prev.lower === 'says')) return true;
  if (prev?.lower === 'to' && tokens[span.first - 2]?.lower === 'according') return true;
  const next = tokens[span.last + 1];
  if (next?.word && PERSON_VERBS.has(next.lower)) return true;
  if (next?.text !== ',') return false;
  // "John Smith, 45, a teacher": an age in commas.
  const age = tokens[span.last + 2];
  if (age !== undefined && DIGITS_RE.test(age.text) && tokens[span.last + 3]?.text === ',') return true;
  // "Peter Lang, an analyst at…": a profession in the apposition.
  for (let k = span.last + 2; k <= span.last + 1 + APPOSITION_WORDS; k++) {
    const t = tokens[k];
    if (t === undefined || !t.word) return false;
    if (!t.cap && PROFESSION_CUES.has(t.lower)) return true;
  }
  return false;
}

/** Whether capitalised words look like a personal name rather than a place, title or acronym. */
export function isPersonName(words: readonly Token[], text: string): boolean {
  let names = 0;
  for (const w of words) {
    if (!w.cap) {
      // Particles ("von der Leyen") and hyphenated syllables ("Lai Ching-te").
      if (PARTICLES.has(w.text) || (w.text.length <= 2 && !FUNCTION_WORDS.has(w.lower))) continue;
      return false;
    }
    if (w.upper || HAS_DIGIT_RE.test(w.text)) return false;
    if (
      ORG_CUES.has(w.bare) ||
      KNOWN_ORGS.has(w.bare) ||
      WELL_KNOWN_ORGS.has(w.bare) ||
      FACILITY_WORDS.has(w.bare) ||
      TITLE_HEADS.has(w.lower) ||
      FUNCTION_WORDS.has(w.lower)
    ) {
      return false;
    }
    names++;
  }
  return names >= 1 && names <= MAX_NAME_WORDS && !isPlaceName(text);
}

function acronymAfter(tokens: readonly Token[], last: number): { text: string; at: number } | undefined {
  const open = tokens[last + 1];
  const acronym = tokens[last + 2];
  const closed = tokens[last + 3]?.text === ')';
  if (open?.text !== '(' || acronym === undefined || !acronym.upper || !closed) return undefined;
  return { text: acronym.text, at: last + 2 };
}

/** "CPC" for "Communist Party of China": the acronym's letters appear in order among the initials. */
export function initialsMatch(words: readonly string[], acronym: string): boolean {
  const initials = words.map((w) => w.charAt(0).toUpperCase()).join('');
  if (acronym.length < 2 || initials.charAt(0) !== acronym.charAt(0)) return false;
  let k = 0;
  for (const ch of initials) if (ch === acronym[k]) k++;
  return k === acronym.length;
}

// The source text covered by word tokens, whitespace collapsed, possessive dropped.
function textOf(words: readonly Token[], source: string): string {
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined) return '';
  const text = source.slice(first.start, last.end).replace(SPACE_RE, ' ').replaceAll('’', "'");
  return last.bare === last.text ? text : text.slice(0, text.length - 2);
}
