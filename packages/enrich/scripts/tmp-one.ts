import { storyOf } from '../src/__fixtures__/stories.ts';
import { enrichStory } from '../src/index.ts';
import { isCommonWord } from '../src/ner/features.ts';

const [headline = '', text = '', dateline] = process.argv.slice(2);
const { enrichment: e } = enrichStory(storyOf({ headline, text, datelinePlace: dateline }));
console.log(
  'P',
  e.people,
  '\nO',
  e.organisations,
  '\nL',
  e.places.map((p) => [p.name, p.mentions, p.countryCode, p.uri]),
);
console.log('common port?', isCommonWord('port'));
