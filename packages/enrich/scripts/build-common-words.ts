// `npx node packages/enrich/scripts/build-common-words.ts`: writes src/data/common-words.tsv, the
// English words the entity tagger uses to tell a capitalised common word ("Analysts said…",
// "PRICES FALL") from a name: single words from compromise's lexicon (MIT, Spencer Kelly) that it
// tags as verbs, nouns, adjectives and other parts of speech, never as a name or a place. One word
// a line, lowercase, with `a` after it for a word that names an occupation ("striker", "analyst").
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const NAMES = new Set([
  'FemaleName',
  'MaleName',
  'FirstName',
  'LastName',
  'Person',
  'ProperNoun',
  'City',
  'Place',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'Demonym',
  'Honorific',
  'Abbreviation',
  'Emoticon',
]);
const world = nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } };
const lines: string[] = [];
for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
  const tags = Array.isArray(tag) ? tag : [tag];
  if (!/^[a-z][a-z'-]*$/.test(word) || tags.some((t) => NAMES.has(t))) continue;
  lines.push(tags.includes('Actor') ? `${word}\ta` : word);
}
lines.sort();
const out = fileURLToPath(new URL('../src/data/common-words.tsv', import.meta.url));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} words → ${out}`);
