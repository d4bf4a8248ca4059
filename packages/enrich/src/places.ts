import type { Place } from '@wirefeed/core';
import { AMBIGUOUS_PLACES } from './data/demonyms.ts';
import { BREAKERS, FUNCTION_WORDS, ORG_CUES, TITLE_HEADS, TITLE_MODIFIERS } from './data/lexicon.ts';
import { US_STATES } from './data/regions.ts';
import type { GazetteerPlace, PlaceMatch } from './gazetteer.ts';
import { lookupPlaces, matchPlace, placeAt, usState } from './gazetteer.ts';
import type { Token } from './tokens.ts';
import { tokenize } from './tokens.ts';
import type { EnrichInput } from './types.ts';

interface Tally {
  place: Place;
  first: number;
  /** Mentions by name, not by demonym: a country only its demonyms point to is not listed. */
  named: number;
}

interface Occurrence {
  readonly at: number;
  readonly match: PlaceMatch;
  /** The country or state right after a comma ("Paris, Texas"), when there is one. */
  readonly qualifier?: Qualifier;
}

interface Qualifier {
  readonly countryCode: string;
  readonly admin?: string;
}

/** What the story says about where it is, used to choose between places of the same name. */
interface Context {
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
    const match = placeAt(tokens, i);
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
  for (let i = 0; i < view.length; ) {
    const match = placeAt(view, i);
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
    const match = placeAt(view, i);
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

// The place an occurrence names, or undefined when it is more likely something else.
function accept(
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
function resolve(
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
function qualifierAt(tokens: readonly Token[], i: number): Qualifier | undefined {
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

// "BEIJING" → Beijing; "PARIS, Texas" → Paris, US-TX; "DARMSTADT, Germany" → Darmstadt, DE; an
// unknown "SMALLTOWN" → just its name.
function datelinePlace(
  raw: string,
  context: Context,
  full?: string,
): { place: Place; key?: string; countryCode?: string; within?: GazetteerPlace } | undefined {
  const [head = '', ...rest] = raw.split(',');
  const city = head.trim();
  if (city === '') return undefined;
  // Normalize keeps "Paris" as the place and "PARIS, Texas (AP) —" as the raw dateline.
  if (rest.length === 0 && full !== undefined && full.toLowerCase().startsWith(city.toLowerCase())) {
    rest.push(...full.slice(city.length).split(/[,(]/).slice(1, 3));
  }
  // "PARIS, Texas", "TBILISI, Georgia", "ATLANTA, Georgia", "VICTORIA, British Columbia": the
  // state, province or country after the city, the one that has a city of that name first.
  const candidates = lookupPlaces(city);
  const options: { qualifier: Qualifier; within: GazetteerPlace | undefined }[] = [];
  for (const part of rest) {
    for (const p of lookupPlaces(part)) {
      if (p.kind === 'city') continue;
      const qualifier: Qualifier =
        p.kind === 'region' && p.countryCode === 'US' && p.admin !== undefined
          ? { countryCode: 'US', admin: p.admin }
          : { countryCode: p.countryCode };
      options.push({ qualifier, within: p });
    }
    const admin = usState(part);
    if (admin !== undefined && !options.some((o) => o.qualifier.admin === admin)) {
      options.push({ qualifier: { countryCode: 'US', admin }, within: stateNamed(admin) });
    }
    if (options.length > 0) break;
  }
  const fits = (q: Qualifier) =>
    candidates.some((c) => c.countryCode === q.countryCode && (q.admin === undefined || c.admin === q.admin));
  const chosen = options.find((o) => fits(o.qualifier)) ?? options[0];
  const qualifier = chosen?.qualifier;
  const within = chosen?.within;
  const known = resolve(candidates, context, qualifier);
  const extra = within === undefined ? {} : { within };
  if (known !== undefined) {
    return { place: toPlace(known, 1), key: known.key, countryCode: known.countryCode, ...extra };
  }
  const name = displayName(city);
  if (qualifier === undefined) return { place: { name, mentions: 1 } };
  return {
    place: { name, mentions: 1, countryCode: qualifier.countryCode },
    countryCode: qualifier.countryCode,
    ...extra,
  };
}

function stateNamed(admin: string): GazetteerPlace | undefined {
  const name = Object.entries(US_STATES).find(([, code]) => code === admin)?.[0];
  return name === undefined ? undefined : lookupPlaces(name).find((p) => p.kind === 'region');
}

function count(tallies: Map<string, Tally>, place: GazetteerPlace, occurrence: Occurrence): void {
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

function toPlace(place: GazetteerPlace, mentions: number): Place {
  return {
    name: place.name,
    mentions,
    countryCode: place.countryCode,
    ...(place.lat === undefined || place.lon === undefined ? {} : { lat: place.lat, lon: place.lon }),
    ...(place.uri === undefined ? {} : { uri: place.uri }),
  };
}

// "Michael Jordan", "Washington Post": another name word right before or after the match.
function nextToName(tokens: readonly Token[], i: number, length: number): boolean {
  const next = tokens[i + length];
  return (
    (!tokens[i]?.sentenceStart && isOtherName(tokens[i - 1])) || (!next?.sentenceStart && isOtherName(next))
  );
}

function isOtherName(t: Token | undefined): boolean {
  if (t === undefined || !t.word || !t.cap || BREAKERS.has(t.bare)) return false;
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
