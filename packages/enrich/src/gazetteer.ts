import { COUNTRIES } from './data/countries.ts';
import { DEMONYMS, NOT_PLACES } from './data/demonyms.ts';
import type { Token } from './tokens.ts';
import { tokenTexts } from './tokens.ts';

/** A place the gazetteer knows: a country (located at its capital) or a capital city. */
export interface GazetteerPlace {
  /** `country:CN` or `capital:CN`: one entity per country and per capital, whatever the alias. */
  readonly key: string;
  readonly name: string;
  readonly countryCode: string;
  readonly lat: number;
  readonly lon: number;
}

/** A gazetteer name found at a token position; `place` is undefined for a blocking non-place. */
export interface PlaceMatch {
  readonly surface: string;
  readonly place: GazetteerPlace | undefined;
  readonly length: number;
}

interface Pattern {
  readonly surface: string;
  readonly words: readonly string[];
  readonly place: GazetteerPlace | undefined;
}

// Built once at module load: patterns keyed by their first token (longest first, so "South Sudan"
// beats "Sudan"), a case-folded index for datelines, and every surface form for entity filtering.
const BY_FIRST = new Map<string, Pattern[]>();
const BY_LOWER = new Map<string, GazetteerPlace>();
const SURFACES = new Set<string>();

function addPattern(surface: string, place: GazetteerPlace | undefined): void {
  const words = tokenTexts(surface);
  const first = words[0];
  if (first === undefined) return;
  const list = BY_FIRST.get(first) ?? [];
  if (list.some((p) => p.surface === surface)) return;
  list.push({ surface, words, place });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST.set(first, list);
  SURFACES.add(surface.replaceAll('’', "'"));
}

function addName(surface: string, place: GazetteerPlace): void {
  addPattern(surface, place);
  const lower = surface.toLowerCase();
  if (!BY_LOWER.has(lower)) BY_LOWER.set(lower, place);
}

const COUNTRY_BY_CODE = new Map<string, GazetteerPlace>();
for (const c of COUNTRIES) {
  const at = { countryCode: c.code, lat: c.lat, lon: c.lon };
  const country: GazetteerPlace = { key: `country:${c.code}`, name: c.name, ...at };
  COUNTRY_BY_CODE.set(c.code, country);
  for (const name of [c.name, ...(c.aliases ?? [])]) addName(name, country);
  // City-states (Singapore, Monaco…) are one place, not a country plus a namesake capital.
  if (c.capital === c.name) continue;
  const capital: GazetteerPlace = { key: `capital:${c.code}`, name: c.capital, ...at };
  for (const name of [c.capital, ...(c.capitalAliases ?? [])]) addName(name, capital);
}
for (const [demonym, code] of Object.entries(DEMONYMS)) {
  const country = COUNTRY_BY_CODE.get(code);
  if (country === undefined) continue;
  addPattern(demonym, country);
  if (!demonym.endsWith('s') && !demonym.endsWith('sh')) addPattern(`${demonym}s`, country);
}
for (const name of NOT_PLACES) addPattern(name, undefined);

/** The longest gazetteer name starting at `tokens[i]`, if any. */
export function matchPlace(tokens: readonly Token[], i: number): PlaceMatch | undefined {
  const first = tokens[i];
  if (first === undefined || !first.cap) return undefined;
  const candidates = BY_FIRST.get(first.text) ?? BY_FIRST.get(first.bare);
  if (candidates === undefined) return undefined;
  for (const pattern of candidates) {
    if (matches(tokens, i, pattern.words)) {
      return { surface: pattern.surface, place: pattern.place, length: pattern.words.length };
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

/** Resolve a country or capital by name, ignoring case ("BEIJING", "united states"). */
export function lookupPlace(name: string): GazetteerPlace | undefined {
  return BY_LOWER.get(name.trim().toLowerCase());
}

/** Whether a name is exactly a gazetteer entry (country, capital, alias, demonym or blocker). */
export function isPlaceName(name: string): boolean {
  return SURFACES.has(name);
}
