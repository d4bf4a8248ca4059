import type { City } from './cities.ts';
import { loadCities } from './cities.ts';
import { CITY_EXONYMS, CITY_RESPELLINGS, CITY_STOPWORDS } from './data/city-names.ts';
import { COUNTRIES } from './data/countries.ts';
import { COUNTRY_GEONAME_IDS } from './data/country-geonames.ts';
import { DEMONYMS, NOT_PLACES } from './data/demonyms.ts';
import { FACILITY_WORDS, FUNCTION_WORDS, ORG_CUES, TITLE_HEADS } from './data/lexicon.ts';
import { REGIONS, US_STATE_ABBREVIATIONS, US_STATES } from './data/regions.ts';
import type { Token } from './tokens.ts';
import { tokenTexts } from './tokens.ts';

/** What kind of place a gazetteer entry is. */
export type PlaceKind = 'country' | 'region' | 'city';

/** A place the gazetteer knows: a country (located at its capital), a US state or a city. */
export interface GazetteerPlace {
  /** `country:CN`, `region:US-TX` or `gn:<GeoNames id>`: one entity per place, whatever the alias. */
  readonly key: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly countryCode: string;
  readonly lat?: number;
  readonly lon?: number;
  /** Inhabitants (GeoNames); a fixed weight for countries and regions, which outrank most cities. */
  readonly population: number;
  readonly capital: boolean;
  /** GeoNames admin1 code (the state of a US city). */
  readonly admin?: string;
  /** `https://sws.geonames.org/<id>/` when the place has a GeoNames id. */
  readonly uri?: string;
  /** The place the wires mean by this English name ("Geneva" → Genève): ranks before namesakes. */
  readonly preferred?: boolean;
}

/** A gazetteer name found at a token position, with every place it may name. */
export interface PlaceMatch {
  readonly surface: string;
  readonly length: number;
  /** Empty for a blocking non-place ("Indian Ocean", "Latin America"). */
  readonly candidates: readonly GazetteerPlace[];
  /** A demonym ("Chinese"): counts toward its country. */
  readonly demonym: boolean;
  /** Too often a common word or a person's name to count without context ("Jackson", "Split"). */
  readonly risky: boolean;
}

interface Pattern {
  readonly surface: string;
  readonly words: readonly string[];
  candidates: GazetteerPlace[];
  demonym: boolean;
  risky: boolean;
}

interface Index {
  readonly byFirst: Map<string, Pattern[]>;
  readonly byLower: Map<string, Pattern>;
  readonly major: Set<string>;
}

// Countries and states outrank cities of the same name unless the story says otherwise.
const COUNTRY_WEIGHT = 10_000_000;
const REGION_WEIGHT = 5_000_000;
// Cities at least this big are known names that stop a span from being taken for a person.
const MAJOR_CITY = 100_000;
const GEONAMES_URI = 'https://sws.geonames.org/';
const MARKS_RE = /\p{M}/gu;

let built: Index | undefined;

/** Fold diacritics and typographic apostrophes: "São Paulo" → "Sao Paulo". */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(MARKS_RE, '').replaceAll('’', "'");
}

function geonamesUri(id: number | undefined): string | undefined {
  return id === undefined ? undefined : `${GEONAMES_URI}${id}/`;
}

function cityPlace(city: City, name = city.name): GazetteerPlace {
  return {
    key: `gn:${city.id}`,
    name,
    kind: 'city',
    countryCode: city.countryCode,
    lat: city.lat,
    lon: city.lon,
    population: city.population,
    capital: city.capital,
    admin: city.admin,
    uri: geonamesUri(city.id),
  };
}

function build(): Index {
  const index: Index = { byFirst: new Map(), byLower: new Map(), major: new Set() };
  const add = (surface: string, place: GazetteerPlace | undefined, flags: { demonym?: boolean } = {}) => {
    const clean = surface.replaceAll('’', "'");
    const words = tokenTexts(clean);
    const first = words[0];
    if (first === undefined) return undefined;
    const list = index.byFirst.get(first) ?? [];
    let pattern = list.find((p) => p.surface === clean);
    if (pattern === undefined) {
      pattern = { surface: clean, words, candidates: [], demonym: flags.demonym === true, risky: false };
      list.push(pattern);
      index.byFirst.set(first, list);
      if (!flags.demonym) {
        const lower = clean.toLowerCase();
        if (!index.byLower.has(lower)) index.byLower.set(lower, pattern);
      }
    }
    if (place !== undefined && !pattern.candidates.some((c) => c.key === place.key))
      pattern.candidates.push(place);
    return pattern;
  };

  const cities = loadCities();
  const byName = new Map<string, City[]>();
  const officialCapitals = new Map<string, City>();
  const file = (name: string, city: City) => {
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [city]);
    else list.push(city);
  };
  for (const city of cities) {
    if (city.capital) officialCapitals.set(city.countryCode, city);
    file(city.name, city);
    const folded = foldName(city.name);
    if (folded !== city.name) file(folded, city);
  }
  // The named city of a country: the capital if one of that name, else the most populous.
  const findCity = (name: string, countryCode: string): City | undefined => {
    const list = (byName.get(name) ?? byName.get(foldName(name)) ?? []).filter(
      (c) => c.countryCode === countryCode,
    );
    if (list.length === 0) return undefined;
    return list.reduce((best, c) =>
      c.capital !== best.capital ? (c.capital ? c : best) : c.population > best.population ? c : best,
    );
  };

  const countries = new Map<string, GazetteerPlace>();
  const capitalIds = new Map<number, GazetteerPlace>();
  const capitals: [string, GazetteerPlace][] = [];
  for (const c of COUNTRIES) {
    const uri = geonamesUri(COUNTRY_GEONAME_IDS[c.code]);
    const country: GazetteerPlace = {
      key: `country:${c.code}`,
      name: c.name,
      kind: 'country',
      countryCode: c.code,
      lat: c.lat,
      lon: c.lon,
      population: COUNTRY_WEIGHT,
      capital: false,
      ...(uri === undefined ? {} : { uri }),
    };
    countries.set(c.code, country);
    for (const name of [c.name, ...(c.aliases ?? [])]) add(name, country);
    // City-states (Singapore, Monaco…) are one place, not a country plus a namesake capital.
    if (c.capital === c.name) continue;
    // GeoNames' capital of the country when its name fits ("Washington, D.C." for "Washington"),
    // else the city of that name: the seat of government where that differs (La Paz, not Sucre).
    const names = [c.capital, ...(c.capitalAliases ?? [])].map((n) => foldName(n));
    const official = officialCapitals.get(c.code);
    let city =
      official !== undefined && names.some((n) => foldName(official.name).startsWith(n))
        ? official
        : undefined;
    for (const name of [c.capital, ...(c.capitalAliases ?? [])]) city ??= findCity(name, c.code);
    const capital: GazetteerPlace =
      city === undefined
        ? {
            key: `capital:${c.code}`,
            name: c.capital,
            kind: 'city',
            countryCode: c.code,
            lat: c.lat,
            lon: c.lon,
            population: MAJOR_CITY,
            capital: true,
          }
        : { ...cityPlace(city, c.capital), capital: true };
    if (city !== undefined) capitalIds.set(city.id, capital);
    for (const name of [c.capital, ...(c.capitalAliases ?? [])]) capitals.push([name, capital]);
  }
  for (const [demonym, code] of Object.entries(DEMONYMS)) {
    const country = countries.get(code);
    if (country === undefined) continue;
    add(demonym, country, { demonym: true });
    if (!demonym.endsWith('s') && !demonym.endsWith('sh')) add(`${demonym}s`, country, { demonym: true });
  }
  const regionNames = new Set([...Object.keys(US_STATES), ...REGIONS.map(([name]) => name)]);
  for (const name of NOT_PLACES) if (!regionNames.has(name)) add(name, undefined);
  for (const [name, code, id] of REGIONS) {
    const uri = geonamesUri(id);
    add(name, {
      key: id === undefined ? `region:${code}-${foldName(name).toLowerCase()}` : `gn:${id}`,
      name,
      kind: 'region',
      countryCode: code,
      population: REGION_WEIGHT,
      capital: false,
      ...(uri === undefined ? {} : { uri }),
    });
  }
  for (const [name, code] of Object.entries(US_STATES)) {
    // "Washington" on the wires is the capital, not the state; "Georgia" may be either.
    if (name === 'Washington') continue;
    add(name, {
      key: `region:US-${code}`,
      name,
      kind: 'region',
      countryCode: 'US',
      population: REGION_WEIGHT,
      capital: false,
      admin: code,
    });
  }
  const taken = (surface: string): boolean => {
    const p = index.byLower.get(surface.toLowerCase());
    return p !== undefined && p.surface === surface && p.candidates.every((c) => c.kind !== 'city');
  };
  for (const [name, capital] of capitals) add(name, capital);
  for (const [alias, target, code] of [...CITY_EXONYMS, ...CITY_RESPELLINGS]) {
    const city = findCity(target, code);
    if (city === undefined) continue;
    const display = CITY_RESPELLINGS.some(([a]) => a === alias)
      ? (capitalIds.get(city.id)?.name ?? city.name)
      : alias;
    add(alias, { ...(capitalIds.get(city.id) ?? cityPlace(city)), name: display, preferred: true });
  }
  const places = new Map<number, GazetteerPlace>(capitalIds);
  for (const [surface, list] of byName) {
    // A country, demonym or state of the same name wins: "Mexico", "Florida", "Georgia".
    if (taken(surface)) continue;
    const risky = CITY_STOPWORDS.has(surface) || isCommonWord(surface);
    for (const city of list) {
      let place = places.get(city.id);
      if (place === undefined) {
        place = cityPlace(city);
        places.set(city.id, place);
      }
      const pattern = add(surface, place);
      if (pattern !== undefined && risky) pattern.risky = true;
    }
  }
  for (const list of index.byFirst.values()) {
    // Longest name first, so "South Sudan" beats "Sudan".
    list.sort((a, b) => b.words.length - a.words.length);
    for (const p of list) {
      p.candidates.sort((a, b) => b.population - a.population);
      const big = p.candidates.some((c) => c.kind !== 'city' || c.capital || c.population >= MAJOR_CITY);
      if (p.demonym || p.candidates.length === 0 || (big && !p.risky)) index.major.add(p.surface);
    }
  }
  return index;
}

// "University", "Police", "Union": GeoNames has towns named like the words names are made of.
function isCommonWord(surface: string): boolean {
  return (
    ORG_CUES.has(surface) ||
    TITLE_HEADS.has(surface.toLowerCase()) ||
    FUNCTION_WORDS.has(surface.toLowerCase()) ||
    FACILITY_WORDS.has(surface)
  );
}

function index(): Index {
  built ??= build();
  return built;
}

/** Build the gazetteer now (≈0.3 s), so the first story does not pay for it. */
export function loadGazetteer(): void {
  index();
}

const scans = new WeakMap<readonly Token[], (PlaceMatch | null | undefined)[]>();

/**
 * `matchPlace`, remembered per token array: the places enricher, the tagger's features and the
 * rules' hints all look up the same positions of the same story.
 */
export function placeAt(tokens: readonly Token[], i: number): PlaceMatch | undefined {
  let scan = scans.get(tokens);
  if (scan === undefined) {
    scan = new Array(tokens.length);
    scans.set(tokens, scan);
  }
  const known = scan[i];
  if (known !== undefined) return known ?? undefined;
  const match = matchPlace(tokens, i);
  scan[i] = match ?? null;
  return match;
}

/** The longest gazetteer name starting at `tokens[i]`, if any. */
export function matchPlace(tokens: readonly Token[], i: number): PlaceMatch | undefined {
  const first = tokens[i];
  if (first === undefined || !first.cap) return undefined;
  const { byFirst } = index();
  const candidates = byFirst.get(first.text) ?? byFirst.get(first.bare);
  if (candidates === undefined) return undefined;
  for (const pattern of candidates) {
    if (matches(tokens, i, pattern.words)) {
      return {
        surface: pattern.surface,
        length: pattern.words.length,
        candidates: pattern.candidates,
        demonym: pattern.demonym,
        risky: pattern.risky,
      };
    }
  }
  return undefined;
}

function matches(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  const lastIndex = words.length - 1;
  for (let k = 0; k <= lastIndex; k++) {
    const token = tokens[i + k];
    if (token === undefined) return false;
    const word = words[k];
    // Only the last word may carry a possessive ("Azerbaijan's fight").
    if (token.text !== word && (k < lastIndex || token.bare !== word)) return false;
  }
  return true;
}

/** Every place a name may be, ignoring case ("BEIJING", "paris"); most populous first. */
export function lookupPlaces(name: string): readonly GazetteerPlace[] {
  const trimmed = name.trim().replaceAll('’', "'");
  const { byLower } = index();
  return (
    (byLower.get(trimmed.toLowerCase()) ?? byLower.get(foldName(trimmed).toLowerCase()))?.candidates ?? []
  );
}

/** The most likely place of a name on its own (a country or state before a city), ignoring case. */
export function lookupPlace(name: string): GazetteerPlace | undefined {
  return lookupPlaces(name)[0];
}

/** A US state by name or AP abbreviation ("Texas", "Tex.", "N.Y."), as its postal code. */
export function usState(name: string): string | undefined {
  const trimmed = name.trim();
  return US_STATES[trimmed] ?? US_STATE_ABBREVIATIONS[trimmed];
}

/**
 * Whether a name is a well-known place (a country, demonym, state, capital or city of 100,000 or
 * more that is not also a common word), exactly and case-sensitively: such a span is no person.
 */
export function isPlaceName(name: string): boolean {
  return index().major.has(name.replaceAll('’', "'"));
}
