import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import { wireFeed } from '../../../bench/wire-stories.ts';
import { findEntities } from '../src/entities.ts';
import { loadGazetteer } from '../src/index.ts';
import { ruleHints } from '../src/names.ts';
import { casedView, linesOf, taggerInput } from '../src/ner/features.ts';
import { loadEntityModel } from '../src/ner/model.ts';
import { decode } from '../src/ner/tagger.ts';
import { findPlaces, rulePlaceRanges } from '../src/places.ts';
import { tokenize } from '../src/tokens.ts';

const { items } = await parseFeed(wireFeed(300), { url: 'https://w.e/x.rss' });
const now = new Date();
const stories = items.map((i) =>
  normalizeItem(i, { feedId: 'b', feedUrl: 'https://w.e/x.rss', fetchedAt: now.toISOString(), now }),
);
loadGazetteer();
const model = loadEntityModel();
const inputs = stories.map((s) => ({ headline: s.headline, text: s.body.text }));
const time = (name: string, fn: (x: (typeof inputs)[number]) => unknown) => {
  for (const x of inputs) fn(x);
  const t = process.threadCpuUsage();
  for (let r = 0; r < 3; r++) for (const x of inputs) fn(x);
  const u = process.threadCpuUsage(t);
  console.log(name.padEnd(20), ((u.user + u.system) / (3 * inputs.length)).toFixed(0), 'µs');
};
time('tokenize', (x) => tokenize(x.headline + ' ', x.text));
time('findEntities', (x) => findEntities(x));
time('rulePlaceRanges', (x) => {
  const t = tokenize(x.headline, x.text);
  const l = linesOf(t);
  rulePlaceRanges(x, casedView(t.tokens, l));
});
time('findPlaces(rules)', (x) => findPlaces(x));
time('ruleHints', (x) => {
  const t = tokenize(x.headline, x.text);
  const l = linesOf(t);
  ruleHints(x, t, casedView(t.tokens, l));
});
time('taggerInput', (x) => {
  const t = tokenize(x.headline, x.text);
  const l = linesOf(t);
  taggerInput(t, l, casedView(t.tokens, l), []);
});
const prepared = inputs.map((x) => {
  const t = tokenize(x.headline, x.text);
  const l = linesOf(t);
  return taggerInput(t, l, casedView(t.tokens, l), []);
});
let k = 0;
time('decode', () => decode(prepared[k++ % prepared.length]!, model.addRow));
console.log(
  'candidates/story',
  prepared.reduce((n, p) => n + p.candidates.length, 0) / prepared.length,
  'tokens/story',
  prepared.reduce((n, p) => n + p.tokens.length, 0) / prepared.length,
);
