import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeenItems } from './seen-items.ts';

describe('seen items in Redis', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('seen-items');
  const prefix = `{${raw}}`;
  let redis: RedisClient;
  beforeAll(() => {
    redis = createRedis(url, 'worker');
  });
  afterAll(async () => {
    redis.disconnect();
    await dropPrefix(url, raw);
  });

  it('answers for many keys at once, in order, in batches', async () => {
    const seen = createSeenItems({ redis, prefix, windowMs: 3_600_000, maxPerFeed: 50_000 });
    const keys = Array.from({ length: 12_000 }, (_, i) => `k${i}`);
    await seen.remember('big', keys.slice(0, 6_000), 1_000);
    const at = await seen.lookup('big', keys);
    expect(at.slice(0, 6_000).every((t) => t === 1_000)).toBe(true);
    expect(at.slice(6_000).every((t) => t === undefined)).toBe(true);
  });

  it('stays bounded: forgets what no poll saw for the window, and the least recently seen past the cap', async () => {
    const seen = createSeenItems({ redis, prefix, windowMs: 10_000, maxPerFeed: 3 });
    await seen.remember('feed', ['old'], 1_000);
    await seen.remember('feed', ['a', 'b'], 20_000);
    expect(await seen.lookup('feed', ['old', 'a', 'b'])).toEqual([undefined, 20_000, 20_000]);
    await seen.remember('feed', ['c', 'd'], 21_000);
    expect(await redis.zcard(`${prefix}:seen:feed`)).toBe(3);
    expect((await seen.lookup('feed', ['a', 'b', 'c', 'd'])).filter((t) => t !== undefined)).toHaveLength(3);
    expect(await redis.pttl(`${prefix}:seen:feed`)).toBeGreaterThan(9_000);
  });
});
