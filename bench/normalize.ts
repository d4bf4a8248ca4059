import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import { cpuRate } from './measure.ts';
import { wireFeed, wireNewsMessage } from './wire-stories.ts';

// Fixed rather than read from the environment: the figure is a per-story rate, N only smooths it.
const STORY_N = 500;

/** One core, no Redis: raw parsing next to the normalizer, on ~3 KB wire stories. */
export async function run(): Promise<void> {
  const xml = wireFeed(STORY_N);
  const url = 'https://wire.example.com/world.rss';
  const { items } = await parseFeed(xml, { url });
  const ctx = {
    feedId: 'bench',
    feedUrl: url,
    fetchedAt: '2026-11-26T12:00:00.000Z',
    now: new Date('2026-11-26T12:00:00.000Z'),
  };
  const meanBytes = items.reduce((sum, it) => sum + (it.contentHtml?.length ?? 0), 0) / items.length;
  console.log(
    `one core (thread CPU time), ${items.length} wire stories of ${(meanBytes / 1024).toFixed(1)} KB HTML on average:`,
  );
  const parse = await cpuRate(items.length, () => parseFeed(xml, { url }));
  console.log(`  raw parsing (parseFeed):           ${parse.toFixed(0)} stories/s`);
  const g2 = wireNewsMessage(STORY_N);
  const g2Items = (await parseFeed(g2, { url })).items.length;
  const parseG2 = await cpuRate(g2Items, () => parseFeed(g2, { url }));
  console.log(
    `  raw parsing, as NewsML-G2:          ${parseG2.toFixed(0)} stories/s (a news message, XHTML bodies)`,
  );
  const normalize = await cpuRate(items.length, () => {
    for (const item of items) normalizeItem(item, ctx);
  });
  console.log(`  normalizeItem:                     ${normalize.toFixed(0)} stories/s`);
  console.log(`  ratio normalize / parse:           ${(normalize / parse).toFixed(2)}`);
}
