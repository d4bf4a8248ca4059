import type { Place } from '@wirefeed/core';
import { AMBIGUOUS_PLACES } from './data/demonyms.ts';
import { BREAKERS, FUNCTION_WORDS, ORG_CUES, TITLE_HEADS, TITLE_MODIFIERS } from './data/lexicon.ts';
import type { GazetteerPlace, PlaceMatch } from './gazetteer.ts';
import { matchPlace, usState } from './gazetteer.ts';
import type { Token } from './tokens.ts';

// Which place a name in a story is: the candidates the gazetteer gives weighed against what the
// story says (its dateline, the countries and states it names, a qualifier after a comma).

export interface Tally {
  place: Place;
  first: number;
  /** Mentions by name, not by demonym: a country only its demonyms point to is not listed. */
  named: number;
}

export interface Occurrence {
  readonly at: number;
  readonly match: PlaceMatch;
  /** The country or state right after a comma ("Paris, Texas"), when there is one. */
  readonly qualifier?: Qualifier;
}

export interface Qualifier {
  readonly countryCode: string;
  readonly admin?: string;
}

/** What the story says about where it is, used to choose between places of the same name. */
export interface Context {
  readonly datelineCountry?: string;
  /** Countries named in the story (by name or demonym), with how often. */
  readonly countries: ReadonlyMap<string, number>;
  /** US states named in the story. */
  readonly states: ReadonlySet<string>;
  /** The country the story names most often, when one leads. */
  readonly mainCountry?: string;
}

const WORD_START_RE = /(^|[\s-])(\p{L})/gu;
// A city this small is a place in running text only when the story is about its country.
const SMALL_CITY = 100_000;

// The place an occurrence names, or undefined when it is more likely something else.
export function accept(
  occurrence: Occurrence,
  tokens: readonly Token[],
  context: Context,
): GazetteerPlace | undefined {
  const { match, at, qualifier } = occurrence;
  const place = resolve(match.candidates, context, qualifier);
  if (place === undefined) return undefined;
  if (qualifier !== undefined && place.countryCode === qualifier.countryCode) return place;
  if (match.demonym) return place;
  // "University of Oxford", "Bank of England": the place is part of an organisation's name.
  if (tokens[at - 1]?.text === 'of' && ORG_CUES.has(tokens[at - 2]?.bare ?? '') && place.kind !== 'country') {
    return undefined;
  }
  const besideName = nextToName(tokens, at, match.length);
  if (place.kind !== 'city') {
    // "Michael Jordan", "Washington Post": an ambiguous country name inside a longer name.
    return besideName && AMBIGUOUS_PLACES.has(match.surface) ? undefined : place;
  }
  // "Manchester United", "Beijing Daily", "Paris Hilton": a city name inside a longer name.
  if (besideName || match.risky) return undefined;
  if (place.capital || place.population >= SMALL_CITY) return place;
  return context.datelineCountry === place.countryCode || context.countries.has(place.countryCode)
    ? place
    : undefined;
}

/**
 * The most likely of the places a name may be: the bigger one, unless the story's dateline, the
 * countries or states it names, or a qualifier point to a smaller one. Population counts on a log
 * scale so that context outweighs a tenfold difference but not a thousandfold one.
 */
export function resolve(
  candidates: readonly GazetteerPlace[],
  context: Context,
  qualifier?: Qualifier,
): GazetteerPlace | undefined {
  let best: GazetteerPlace | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    let score = Math.log10(Math.max(c.population, 1000));
    if (c.capital) score += 1;
    // The city the wires mean by an English name ("Geneva" is Genève, not Geneva, Alabama).
    if (c.preferred === true) score += 1;
    if (c.countryCode === context.datelineCountry || c.countryCode === context.mainCountry) score += 3;
    else if (context.countries.has(c.countryCode)) score += 0.7;
    if (c.admin !== undefined && c.countryCode === 'US' && context.states.has(c.admin)) score += 1;
    if (qualifier !== undefined) {
      if (c.countryCode !== qualifier.countryCode) continue;
      if (qualifier.admin !== undefined && c.kind === 'city' && c.admin !== qualifier.admin) continue;
      score += 5;
    }
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  // A qualifier no candidate fits ("Paris, Ontario" when only big Parises are known) is ignored.
  return best === undefined && qualifier !== undefined ? resolve(candidates, context) : best;
}

// ", Texas" / ", France" / ", N.Y." right after a place name.
export function qualifierAt(tokens: readonly Token[], i: number): Qualifier | undefined {
  if (tokens[i]?.text !== ',') return undefined;
  const next = tokens[i + 1];
  if (next === undefined || !next.cap) return undefined;
  const match = matchPlace(tokens, i + 1);
  const top = match?.candidates[0];
  if (match !== undefined && !match.demonym && top !== undefined && top.kind !== 'city') {
    return top.kind === 'region' && top.admin !== undefined
      ? { countryCode: 'US', admin: top.admin }
      : { countryCode: top.countryCode };
  }
  const abbreviation = usState(next.text + (tokens[i + 2]?.text === '.' ? '.' : ''));
  return abbreviation === undefined ? undefined : { countryCode: 'US', admin: abbreviation };
}

export function count(tallies: Map<string, Tally>, place: GazetteerPlace, occurrence: Occurrence): void {
  const { match, at } = occurrence;
  let tally = tallies.get(place.key);
  if (tally === undefined) {
    tally = { place: toPlace(place, 0), first: at, named: 0 };
    tallies.set(place.key, tally);
  }
  tally.place.mentions++;
  if (match.demonym) return;
  tally.named++;
}

export function toPlace(place: GazetteerPlace, mentions: number): Place {
  return {
    name: place.name,
    mentions,
    countryCode: place.countryCode,
    ...(place.lat === undefined || place.lon === undefined ? {} : { lat: place.lat, lon: place.lon }),
    ...(place.uri === undefined ? {} : { uri: place.uri }),
  };
}

// "Michael Jordan", "Washington Post": another name word right before or after the match.
export function nextToName(tokens: readonly Token[], i: number, length: number): boolean {
  const next = tokens[i + length];
  return (
    (!tokens[i]?.sentenceStart && isOtherName(tokens[i - 1])) || (!next?.sentenceStart && isOtherName(next))
  );
}

export function isOtherName(t: Token | undefined): boolean {
  if (t === undefined || !t.word || !t.cap || BREAKERS.has(t.bare)) return false;
  return !FUNCTION_WORDS.has(t.lower) && !TITLE_HEADS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower);
}

// "NEW YORK" → "New York"; names already in mixed case are kept as written.
export function displayName(raw: string): string {
  const name = raw.trim();
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(WORD_START_RE, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}
