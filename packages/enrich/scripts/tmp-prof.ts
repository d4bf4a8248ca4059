import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import { wireFeed } from '../../../bench/wire-stories.ts';
import { enrichStory, loadGazetteer } from '../src/index.ts';

const xml = wireFeed(300);
const { items } = await parseFeed(xml, { url: 'https://w.e/x.rss' });
const now = new Date();
const stories = items.map((i) =>
  normalizeItem(i, { feedId: 'b', feedUrl: 'https://w.e/x.rss', fetchedAt: now.toISOString(), now }),
);
loadGazetteer();
for (let r = 0; r < 3; r++) for (const s of stories) enrichStory(s);
const t = process.threadCpuUsage();
for (let r = 0; r < 5; r++) for (const s of stories) enrichStory(s);
const u = process.threadCpuUsage(t);
console.log(((u.user + u.system) / (5 * stories.length)).toFixed(0), 'µs/story');
