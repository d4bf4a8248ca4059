import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import { wireFeed } from '../../../bench/wire-stories.ts';
import { loadGazetteer } from '../src/index.ts';
import { casedView, linesOf, taggerInput } from '../src/ner/features.ts';
import { tokenize } from '../src/tokens.ts';

const { items } = await parseFeed(wireFeed(300), { url: 'https://w.e/x.rss' });
const now = new Date();
const stories = items.map((i) =>
  normalizeItem(i, { feedId: 'b', feedUrl: 'https://w.e/x.rss', fetchedAt: now.toISOString(), now }),
);
loadGazetteer();
const toks = stories.map((s) => tokenize(s.headline, s.body.text));
for (let r = 0; r < 20; r++)
  for (const t of toks) {
    const l = linesOf(t);
    taggerInput(t, l, casedView(t.tokens, l), []);
  }
const t0 = process.threadCpuUsage();
for (let r = 0; r < 5; r++)
  for (const t of toks) {
    const l = linesOf(t);
    taggerInput(t, l, casedView(t.tokens, l), []);
  }
const u = process.threadCpuUsage(t0);
console.log(((u.user + u.system) / (5 * toks.length)).toFixed(0), 'µs taggerInput');
