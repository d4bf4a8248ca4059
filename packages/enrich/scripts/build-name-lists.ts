// `npx node packages/enrich/scripts/build-name-lists.ts`: writes src/data/person-names.tsv, the
// given and family names the entity tagger looks words up in (a feature, not a rule): faker's name
// lists (MIT) for English, German, French, Spanish, Italian, Dutch, Polish, Portuguese and
// Scandinavian locales, one name a line, `g` or `f` first. The written training copy
// (scripts/wire-copy.ts) also draws people from other locales, so that the tagger learns to find
// names the lists do not hold.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Faker } from '@faker-js/faker';
import {
  fakerDA,
  fakerDE,
  fakerEN,
  fakerEN_AU,
  fakerEN_GB,
  fakerEN_IE,
  fakerEN_IN,
  fakerEN_NG,
  fakerEN_US,
  fakerES,
  fakerFR,
  fakerIT,
  fakerNB_NO,
  fakerNL,
  fakerPL,
  fakerPT_BR,
  fakerPT_PT,
  fakerSV,
} from '@faker-js/faker';

const LOCALES: readonly Faker[] = [
  fakerEN,
  fakerEN_GB,
  fakerEN_US,
  fakerEN_AU,
  fakerEN_IE,
  fakerEN_IN,
  fakerEN_NG,
  fakerDE,
  fakerFR,
  fakerES,
  fakerIT,
  fakerNL,
  fakerPL,
  fakerPT_BR,
  fakerPT_PT,
  fakerSV,
  fakerNB_NO,
  fakerDA,
];
const NAME_RE = /^\p{Lu}[\p{L}'-]+$/u;
const values = (x: unknown): string[] =>
  x === undefined || x === null
    ? []
    : Array.isArray(x)
      ? x.flatMap((v) => values(v))
      : typeof x === 'object'
        ? Object.values(x).flatMap((v) => values(v))
        : typeof x === 'string'
          ? [x]
          : [];
const given = new Set<string>();
const family = new Set<string>();
for (const f of LOCALES) {
  const person = f.rawDefinitions.person;
  for (const n of values(person?.first_name)) if (NAME_RE.test(n)) given.add(n);
  for (const n of values(person?.last_name)) if (NAME_RE.test(n)) family.add(n);
}
const lines = [...[...given].sort().map((n) => `g\t${n}`), ...[...family].sort().map((n) => `f\t${n}`)];
const out = fileURLToPath(new URL('../src/data/person-names.tsv', import.meta.url));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${given.size} given and ${family.size} family names → ${out}`);
