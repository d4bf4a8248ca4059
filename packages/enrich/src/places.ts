import type { Place } from '@wirefeed/core';
import { AMBIGUOUS_PLACES } from './data/demonyms.ts';
import { FUNCTION_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from './data/lexicon.ts';
import type { GazetteerPlace } from './gazetteer.ts';
import { lookupPlace, matchPlace } from './gazetteer.ts';
import type { Token } from './tokens.ts';
import { tokenize } from './tokens.ts';
import type { Enricher, EnrichInput } from './types.ts';

interface Tally {
  place: Place;
  first: number;
}

const WORD_START_RE = /(^|[\s-])(\p{L})/gu;

/**
 * Countries (located at their capital) and capitals named in the story, demonyms counting toward
 * their country ("Chinese" → China). The dateline place comes first and counts as one mention;
 * when the gazetteer does not know it, it is still listed, without coordinates.
 */
export function findPlaces(input: EnrichInput): Place[] {
  const { tokens } = tokenize(input.headline, input.text);
  const tallies = new Map<string, Tally>();
  for (let i = 0; i < tokens.length; ) {
    const match = matchPlace(tokens, i);
    if (match === undefined) {
      i++;
      continue;
    }
    if (
      match.place !== undefined &&
      !(AMBIGUOUS_PLACES.has(match.surface) && nextToName(tokens, i, match.length))
    ) {
      count(tallies, match.place, i);
    }
    i += match.length;
  }

  const places = [...tallies.values()].sort(
    (a, b) => b.place.mentions - a.place.mentions || a.first - b.first,
  );
  const dateline = input.datelinePlace === undefined ? undefined : datelinePlace(input.datelinePlace);
  if (dateline === undefined) return places.map((t) => t.place);
  const existing = dateline.key === undefined ? undefined : tallies.get(dateline.key);
  const first: Place =
    existing === undefined ? dateline.place : { ...existing.place, mentions: existing.place.mentions + 1 };
  return [first, ...places.filter((t) => t !== existing).map((t) => t.place)];
}

// "BEIJING" → Beijing with coordinates; "DARMSTADT, Germany" → Darmstadt in DE, without coordinates
// (the capital's would be wrong); an unknown "MANCHESTER" → just its name.
function datelinePlace(raw: string): { place: Place; key?: string } | undefined {
  const [head = '', ...rest] = raw.split(',');
  const city = head.trim();
  if (city === '') return undefined;
  const known = lookupPlace(city);
  if (known !== undefined) return { place: toPlace(known, 1), key: known.key };
  const name = displayName(city);
  for (const part of rest) {
    const country = lookupPlace(part);
    if (country !== undefined) return { place: { name, mentions: 1, countryCode: country.countryCode } };
  }
  return { place: { name, mentions: 1 } };
}

/** Countries, capitals and demonyms from the gazetteer, and the dateline place first. */
export const placesEnricher: Enricher = {
  name: 'places',
  run: (input) => ({ places: findPlaces(input) }),
};

function count(tallies: Map<string, Tally>, place: GazetteerPlace, at: number): void {
  const tally = tallies.get(place.key);
  if (tally === undefined) tallies.set(place.key, { place: toPlace(place, 1), first: at });
  else tally.place.mentions++;
}

function toPlace(place: GazetteerPlace, mentions: number): Place {
  return { name: place.name, mentions, countryCode: place.countryCode, lat: place.lat, lon: place.lon };
}

// "Michael Jordan", "Washington Post": another name word right before or after the match.
function nextToName(tokens: readonly Token[], i: number, length: number): boolean {
  const next = tokens[i + length];
  return (
    (!tokens[i]?.sentenceStart && isOtherName(tokens[i - 1])) || (!next?.sentenceStart && isOtherName(next))
  );
}

function isOtherName(t: Token | undefined): boolean {
  if (t === undefined || !t.word || !t.cap) return false;
  return !FUNCTION_WORDS.has(t.lower) && !TITLE_HEADS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower);
}

// "NEW YORK" → "New York"; names already in mixed case are kept as written.
function displayName(raw: string): string {
  const name = raw.trim();
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(WORD_START_RE, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}
