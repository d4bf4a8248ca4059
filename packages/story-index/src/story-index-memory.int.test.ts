import type { NormalizeJob, RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { heldBy, inWaves } from '@wirefeed/testing/redis-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoryIndex } from './story-index.ts';
import { createStoryIndex } from './story-index.ts';

const STORIES = 200_000;
const CAP = 2_000;

/** Story i: a headline with a word and a number of its own (vocabulary grows as on a real wire). */
function entry(i: number) {
  const raw: NormalizeJob = {
    feedId: `feed${i % 40}`,
    feedUrl: 'https://wire.example/feed.xml',
    fetchedAt: '2026-11-27T00:00:00.000Z',
    item: {
      guid: `guid-${i}`,
      title: `Talks on budget ${i} resume`,
      link: `https://wire.example/story/${i}`,
      contentHtml: `<p>Story ${i}: ${'officials said the talks would resume next week. '.repeat(6)}</p>`,
      categories: ['World'],
    },
  };
  return {
    id: `story${String(i).padStart(12, '0')}`,
    headline: `Talks on budget ${i} resume in town${i % 3_000}`,
    feedId: raw.feedId,
    urls: [raw.item.link, raw.item.guid],
    contentHash: String(i % 10).repeat(32),
    normalizeJobId: `n-${i}`,
    raw,
    at: new Date(Date.UTC(2026, 10, 27) + i * 1_000).toISOString(),
  };
}

function recordRange(index: StoryIndex, from: number, to: number): Promise<void> {
  return inWaves(from, to, 64, (i) => index.record(entry(i)));
}

describe('story index memory under a sustained feed', () => {
  const url = testRedisUrl();
  const name = uniquePrefix('story-index-memory');
  const prefix = `{${name}}`;
  let redis: RedisClient;

  beforeAll(() => {
    redis = createRedis(url, 'worker');
  });
  afterAll(async () => {
    redis.disconnect();
    await dropPrefix(url, name);
  });

  it(
    `holds flat once the cap is hit: ${STORIES.toLocaleString('en')} stories through a ${CAP.toLocaleString('en')}-story index`,
    async ({ annotate }) => {
      const index = createStoryIndex({ redis, prefix, maxStories: CAP });
      await recordRange(index, 0, 20_000);
      const early = await heldBy(redis, prefix);
      await recordRange(index, 20_000, STORIES / 2);
      const half = await heldBy(redis, prefix);
      await recordRange(index, STORIES / 2, STORIES);
      const full = await heldBy(redis, prefix);
      // The figure, shown by `--reporter=verbose` (and beside a failure).
      await annotate(
        `${CAP} stories kept: ${early.bytes} B in ${early.keys} keys after 20k stories, ` +
          `${half.bytes} B in ${half.keys} keys after 100k, ${full.bytes} B in ${full.keys} keys after 200k`,
        'memory',
      );
      expect(await index.size()).toBe(CAP);
      // Flat: what 100,000 more stories add is within 3 % of what the first 100,000 left.
      expect(Math.abs(full.bytes - half.bytes) / half.bytes).toBeLessThan(0.03);
      expect(Math.abs(full.bytes - early.bytes) / early.bytes).toBeLessThan(0.03);
      expect(Math.abs(full.keys - half.keys)).toBeLessThan(CAP * 0.03);
      // The byte count the cap is checked against is what the kept stories hold.
      const usage = await index.usage();
      const ids = await redis.zrange(`${prefix}:si:recent`, 0, -1);
      const records = await Promise.all(ids.map((id) => redis.get(`${prefix}:si:s:${id}`)));
      expect(records.reduce((sum, r) => sum + Number(r?.split('\n')[0]), 0)).toBe(usage.bytes);
      // The newest are the ones kept, and still found.
      expect((await index.search(`https://wire.example/story/${STORIES - 1}`)).map((s) => s.id)).toEqual([
        entry(STORIES - 1).id,
      ]);
      expect(await index.search('https://wire.example/story/0')).toEqual([]);
    },
    15 * 60_000,
  );
});
