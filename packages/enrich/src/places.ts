import type { Place } from '@wirefeed/core';
import { datelinePlace } from './dateline-place.ts';
import { lookupPlaces, placeAt } from './gazetteer.ts';
import type { Context, Occurrence, Tally } from './place-resolve.ts';
import { accept, count, displayName, nextToName, qualifierAt, resolve, toPlace } from './place-resolve.ts';
import type { Token } from './tokens.ts';
import { tokenize } from './tokens.ts';
import type { EnrichInput } from './types.ts';

/**
 * Places named in the story, resolved against the gazetteer: countries (located at their
 * capital), US states and cities, demonyms counting toward their country ("Chinese" → China).
 * A name several places share ("Paris") is resolved by population, the dateline's country, the
 * countries the story names and a qualifier ("Paris, Texas"). The dateline place comes first and
 * counts as one mention; when the gazetteer does not know it, it is still listed by name.
 */
export function findPlaces(input: EnrichInput, tagged?: TaggedPlaces): Place[] {
  const tokens = tagged?.view ?? tokenize(input.headline, input.text).tokens;
  const occurrences: Occurrence[] = [];
  const countries = new Map<string, number>();
  const states = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const match = tokens[i]?.cap === true ? placeAt(tokens, i) : undefined;
    if (match === undefined) {
      i++;
      continue;
    }
    if (match.candidates.length > 0) {
      // Only a city is qualified: "Paris, Texas", not "Australia, New Zealand and Chile".
      const qualifier = match.candidates.some((c) => c.kind === 'city')
        ? qualifierAt(tokens, i + match.length)
        : undefined;
      occurrences.push(qualifier === undefined ? { at: i, match } : { at: i, match, qualifier });
      const top = match.candidates[0];
      if (top?.kind === 'country' && !nextToName(tokens, i, match.length)) {
        countries.set(top.countryCode, (countries.get(top.countryCode) ?? 0) + 1);
      }
      if (top?.kind === 'region' && top.admin !== undefined) states.add(top.admin);
      if (qualifier !== undefined) {
        countries.set(qualifier.countryCode, (countries.get(qualifier.countryCode) ?? 0) + 1);
        if (qualifier.admin !== undefined) states.add(qualifier.admin);
      }
    }
    i += match.length;
  }

  const datelineRaw = input.datelinePlace?.trim();
  let context: Context = { countries, states };
  const ranked = [...countries].sort((a, b) => b[1] - a[1]);
  const [lead, runnerUp] = ranked;
  if (lead !== undefined && (runnerUp === undefined || lead[1] > runnerUp[1])) {
    context = { ...context, mainCountry: lead[0] };
  }
  const dateline = datelineRaw ? datelinePlace(datelineRaw, context, input.datelineRaw) : undefined;
  if (dateline?.countryCode !== undefined) context = { ...context, datelineCountry: dateline.countryCode };

  const tallies = new Map<string, Tally>();
  if (tagged === undefined) {
    for (const occurrence of occurrences) {
      const place = accept(occurrence, tokens, context);
      if (place !== undefined) count(tallies, place, occurrence);
    }
  } else countTagged(tallies, occurrences, tagged, context);
  for (const [key, tally] of tallies) {
    // "Norwegian striker Erling Haaland" does not put Norway in the story.
    if (tally.named === 0 && key !== dateline?.key) tallies.delete(key);
  }
  const places = [...tallies.values()].sort(
    (a, b) => b.place.mentions - a.place.mentions || a.first - b.first,
  );
  if (dateline === undefined) return places.map((t) => t.place);
  const key = dateline.key;
  const existing = key === undefined ? undefined : tallies.get(key);
  const first: Place =
    existing === undefined ? dateline.place : { ...existing.place, mentions: existing.place.mentions + 1 };
  const rest = places.filter((t) => t !== existing).map((t) => t.place);
  // "MANCHESTER, England": the state, province or country the dateline names is a place too.
  const within = dateline.within;
  if (within !== undefined && within.key !== key) {
    const named = tallies.get(within.key);
    if (named === undefined) rest.unshift(toPlace(within, 1));
    else named.place.mentions++;
  }
  return [first, ...rest];
}

/** The tagger's places: the story's tokens as the gazetteer sees them, and the spans it labelled places. */
export interface TaggedPlaces {
  /** The story's tokens, words in lines of capitals title-cased ("NEW YORK" → "New York"). */
  readonly view: readonly Token[];
  /** The source text the tokens index into. */
  readonly source: string;
  readonly spans: readonly PlaceSpan[];
}

/** A place the tagger labelled: tokens `first`..`last`, and how sure it was. */
export interface PlaceSpan {
  readonly first: number;
  readonly last: number;
  readonly confidence: number;
}

/** A one-word place the gazetteer does not know, named once, needs the tagger this sure of it. */
export const MIN_UNKNOWN_PLACE_CONFIDENCE = 300;

/**
 * The places the rules alone accept (gazetteer names in context, no tagger), as token ranges: a
 * hint for the tagger.
 */
export function rulePlaceRanges(
  input: EnrichInput,
  view: readonly Token[],
): { first: number; last: number }[] {
  const ranges: { first: number; last: number }[] = [];
  const countries = new Map<string, number>();
  // Only a capitalised word opens a gazetteer name (`matchPlace`): the others are not looked up.
  for (let i = 0; i < view.length; ) {
    const match = view[i]?.cap === true ? placeAt(view, i) : undefined;
    if (match === undefined) {
      i++;
      continue;
    }
    const top = match.candidates[0];
    if (top?.kind === 'country') countries.set(top.countryCode, (countries.get(top.countryCode) ?? 0) + 1);
    i += match.length;
  }
  const context: Context = { countries, states: new Set() };
  void input;
  for (let i = 0; i < view.length; ) {
    const match = view[i]?.cap === true ? placeAt(view, i) : undefined;
    if (match === undefined) {
      i++;
      continue;
    }
    if (match.candidates.length > 0 && !match.demonym) {
      const qualifier = qualifierAt(view, i + match.length);
      const occurrence: Occurrence = qualifier === undefined ? { at: i, match } : { at: i, match, qualifier };
      if (accept(occurrence, view, context) !== undefined)
        ranges.push({ first: i, last: i + match.length - 1 });
    }
    i += match.length;
  }
  return ranges;
}

// Count what the tagger labelled a place: a gazetteer name it labelled exactly is that place
// (resolved in context); a place name the gazetteer does not know is listed as written, without a
// country. Demonyms count toward their country as before. The name shown is the story's own form
// ("U.S.", "Britain"), the most used one; the URI and country code identify the place.
function countTagged(
  tallies: Map<string, Tally>,
  occurrences: readonly Occurrence[],
  tagged: TaggedPlaces,
  context: Context,
): void {
  const { view, source } = tagged;
  const spanAt = new Map<number, number>();
  for (const s of tagged.spans) spanAt.set(s.first, s.last);
  const used = new Set<number>();
  const forms = new Map<string, Map<string, number>>();
  const written = (first: number, last: number): string => {
    const a = view[first];
    const b = view[last];
    if (a === undefined || b === undefined) return '';
    const text = source.slice(a.start, b.end).replace(/\s+/g, ' ').replaceAll('’', "'");
    const bare = b.bare === b.text ? text : text.slice(0, text.length - 2);
    return bare === bare.toUpperCase() && /\p{Lu}{2}/u.test(bare) && bare.length > 3
      ? displayName(bare)
      : bare;
  };
  const noteForm = (key: string, form: string) => {
    const m = forms.get(key) ?? new Map<string, number>();
    m.set(form, (m.get(form) ?? 0) + 1);
    forms.set(key, m);
  };
  for (const occurrence of occurrences) {
    const { at, match } = occurrence;
    if (match.demonym) {
      const place = resolve(match.candidates, context);
      if (place !== undefined) count(tallies, place, occurrence);
      continue;
    }
    if (spanAt.get(at) !== at + match.length - 1) continue;
    const place = resolve(match.candidates, context, occurrence.qualifier);
    if (place === undefined) continue;
    used.add(at);
    count(tallies, place, occurrence);
    noteForm(place.key, written(at, at + match.length - 1));
  }
  for (const span of tagged.spans) {
    if (used.has(span.first)) continue;
    const text = written(span.first, span.last);
    if (text === '') continue;
    const known = resolve(lookupPlaces(text), context);
    if (known === undefined && span.first === span.last && span.confidence < MIN_UNKNOWN_PLACE_CONFIDENCE) {
      const again = tagged.spans.some((o) => o !== span && written(o.first, o.last) === text);
      if (!again) continue;
    }
    const key = known?.key ?? `text:${text.toLowerCase()}`;
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = {
        place: known === undefined ? { name: text, mentions: 0 } : toPlace(known, 0),
        first: span.first,
        named: 0,
      };
      tallies.set(key, tally);
    }
    tally.place.mentions++;
    tally.named++;
    tally.first = Math.min(tally.first, span.first);
    noteForm(key, text);
  }
  for (const [key, tally] of tallies) {
    const m = forms.get(key);
    if (m === undefined) continue;
    let best = '';
    let most = 0;
    for (const [form, n] of m) if (n > most) [best, most] = [form, n];
    if (best !== '') tally.place = { ...tally.place, name: best };
  }
}
