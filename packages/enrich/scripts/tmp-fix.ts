import { loadFixtures, storyOf } from '../src/__fixtures__/stories.ts';
import { enrichStory } from '../src/index.ts';

for (const f of loadFixtures()) {
  if (process.argv[2] && !f.name.includes(process.argv[2])) continue;
  const { enrichment: e } = enrichStory(storyOf(f));
  console.log(
    `== ${f.name}\n P: ${e.people.map((p) => `${p.name}(${p.mentions})`).join(', ')}\n O: ${e.organisations.map((p) => `${p.name}(${p.mentions})`).join(', ')}\n L: ${e.places.map((p) => `${p.name}(${p.mentions},${p.countryCode})`).join(', ')}`,
  );
}
