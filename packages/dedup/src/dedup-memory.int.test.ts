import type { RedisClient, Story } from '@wirefeed/core';
import { createRedis, sha256Hex } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { heldBy, inWaves } from '@wirefeed/testing/redis-memory';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DedupIndex } from './dedup-index.ts';
import { createDedupIndex } from './dedup-index.ts';

const STORIES = 24_000;
const CAP = 2_000;

const WORDS = Array.from({ length: 5_000 }, (_, i) => `w${(i * 7_919) % 5_000}x`);

/** Story i: 40 words of its own; every tenth is another feed's copy of the one before (a cluster). */
function story(i: number): Story {
  const base = i % 10 === 9 ? i - 1 : i;
  let h = base + 1;
  const words = Array.from({ length: 40 }, () => {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    return WORDS[h % WORDS.length] as string;
  });
  const feedId = i % 10 === 9 ? 'copier' : `feed${i % 7}`;
  return makeStory({
    id: sha256Hex('story', feedId, `g-${i}`).slice(0, 24),
    source: { feedId, guid: `g-${i}`, canonicalUrl: `https://wire.example/${base}` },
    body: { text: `${words.join(' ')}.`, html: '' },
    contentHash: sha256Hex('c', String(i)).slice(0, 32),
  });
}

function feed(index: DedupIndex, from: number, to: number): Promise<void> {
  return inWaves(from, to, 32, (i) => index.checkAndInsert(story(i), `t-${i}`));
}

describe('dedup index memory under a sustained feed', () => {
  const url = testRedisUrl();
  const name = uniquePrefix('dedup-memory');
  const prefix = `{${name}}`;
  let redis: RedisClient;

  beforeAll(() => {
    redis = createRedis(url, 'worker');
  });
  afterAll(async () => {
    redis.disconnect();
    await dropPrefix(url, name);
  });

  it(`holds flat once the cap is hit: ${STORIES.toLocaleString('en')} stories through a ${CAP.toLocaleString('en')}-story index`, async ({
    annotate,
  }) => {
    const index = createDedupIndex({ redis, prefix, maxStories: CAP });
    await feed(index, 0, 8_000);
    const early = await heldBy(redis, prefix);
    await feed(index, 8_000, STORIES);
    const late = await heldBy(redis, prefix);
    const growth = (late.bytes - early.bytes) / early.bytes;
    await annotate(
      `${early.bytes} B in ${early.keys} keys after 8,000; ${late.bytes} B in ${late.keys} keys after ${STORIES} (${(growth * 100).toFixed(1)} %)`,
    );
    // A quarter of the cap is the current generation, filling: between ¾ and all of it is held.
    expect(Math.abs(growth)).toBeLessThan(0.35);
    expect(late.bytes).toBeLessThan(CAP * 400);
    expect(late.keys).toBeLessThanOrEqual(early.keys + 8);
    // The latest stories are still known; the first are long gone.
    const last = story(STORIES - 1);
    expect((await index.checkAndInsert(last, `t-${STORIES - 1}`)).kind).toBe('replay');
    expect((await index.checkAndInsert(story(0), 't-again')).kind).toBe('unique');
  }, 600_000);

  it('rotates by bytes too: a byte cap holds the index under it whatever the count', async () => {
    const p = `${prefix}:bytes`;
    const index = createDedupIndex({ redis, prefix: p, maxStories: 1_000_000, maxBytes: 64 * 1024 });
    await feed(index, 0, 5_000);
    const held = await heldBy(redis, p);
    // 64 KiB of records and entries: a few hundred stories, plus key overhead and one log chunk a slot.
    expect(held.bytes).toBeLessThan(64 * 1024 + 4 * 70_000 + held.keys * 120);
  });
});
