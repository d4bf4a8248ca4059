import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSinkRecords, markMember } from './sink-records.ts';

describe('sink records (one Lua call per step, bounded by count)', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('sink-records');
  const prefix = `{${raw}}`;
  let redis: RedisClient;
  let n = 0;
  const records = (maxStories?: number) => {
    const sinkKey = `${prefix}:sink:s${n++}`;
    return {
      sinkKey,
      writtenKey: `${sinkKey}:written`,
      records: createSinkRecords({
        redis,
        statePrefix: prefix,
        sinkKey,
        writtenKey: `${sinkKey}:written`,
        ...(maxStories ? { maxStories } : {}),
      }),
    };
  };

  beforeAll(() => {
    redis = createRedis(url, 'worker');
  });
  afterAll(async () => {
    await dropPrefix(url, raw);
    redis.disconnect();
  });

  it('answers every question before a write in one call, and commits mark and latest version in one', async () => {
    const { records: r } = records();
    const v1 = makeStory({ source: { guid: 'rec-1' } });
    const v2 = { ...v1, version: 2, contentHash: 'b'.repeat(64) };
    expect(await r.check(v1)).toEqual({ written: false });
    // Without a fence there is no lock to run out: no deadline.
    expect(await r.begin(v1, '120|/tmp/x.ndjson')).toBe(Number.POSITIVE_INFINITY);
    expect(await r.check(v1)).toEqual({ written: false, pending: '120|/tmp/x.ndjson' });
    await r.commit(v2, true);
    // v2 written: v1 is stale now, whatever its marks say.
    expect(await r.check(v1)).toEqual({ skip: 'stale', written: false });
    expect(await r.check(v2)).toEqual({ written: true });
    await r.commit(v1, true);
    expect(await r.check(v2)).toEqual({ written: true });
  });

  it('notes a write only while the job lock is ours, and says how long that lock still runs', async () => {
    const { records: r, writtenKey } = records();
    const story = makeStory({ source: { guid: 'rec-fence' } });
    const lock = `${prefix}:job:1:lock`;
    await redis.set(lock, 'token-a', 'PX', 30_000);
    expect(await r.begin(story, '0', { key: lock, token: 'token-b' })).toBe(0);
    expect(await redis.hget(`${writtenKey}:pending`, markMember(story))).toBeNull();
    const ttl = await r.begin(story, '0', { key: lock, token: 'token-a' });
    expect(ttl).toBeGreaterThan(25_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
    expect(await redis.hget(`${writtenKey}:pending`, markMember(story))).toBe('0');
    const other = makeStory({ source: { guid: 'rec-fence-2' } });
    const checked = await r.check(other, { where: '5', fence: { key: lock, token: 'token-a' } });
    expect(checked).toMatchObject({ begun: true, written: false });
    expect(checked.lockTtlMs).toBeGreaterThan(25_000);
  });

  it('skips every version after a kill, but lets the kill itself through', async () => {
    const { records: r } = records();
    const story = makeStory({ source: { guid: 'rec-kill' } });
    const kill = { ...story, version: 2, signals: { ...story.signals, canceled: true } };
    await r.commit(kill, true);
    expect((await r.check(story)).skip).toBe('withdrawn');
    expect((await r.check({ ...story, version: 3 })).skip).toBe('withdrawn');
    expect((await r.check(kill)).skip).toBeUndefined();
  });

  it('reads a latest version recorded before the hash (a key per story, from an older release)', async () => {
    const { records: r, sinkKey } = records();
    const story = makeStory({ source: { guid: 'rec-legacy' } });
    await redis.set(`${sinkKey}:latest:${story.id}`, 5, 'PX', 60_000);
    expect((await r.check(story)).skip).toBe('stale');
  });

  it('keeps at most maxStories marks and latest versions: memory flat once the cap is hit', async () => {
    const max = 1_000;
    const { records: r, sinkKey, writtenKey } = records(max);
    const usage = async () => {
      let bytes = 0;
      for (const key of [
        writtenKey,
        `${writtenKey}:pending`,
        `${sinkKey}:latest-v`,
        `${sinkKey}:latest-seen`,
      ])
        bytes += Number((await redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')) ?? 0);
      return bytes;
    };
    const write = async (from: number, count: number) => {
      for (let i = from; i < from + count; i += 100) {
        await Promise.all(
          Array.from({ length: 100 }, async (_, k) => {
            const story = makeStory({ source: { guid: `cap-${i + k}` } });
            await r.begin(story, '0');
            await r.commit(story, true);
          }),
        );
      }
    };
    await write(0, 2_000);
    const atCap = await usage();
    expect(await redis.zcard(writtenKey)).toBe(max);
    expect(await redis.hlen(`${sinkKey}:latest-v`)).toBe(max);
    await write(2_000, 4_000);
    const after = await usage();
    expect(await redis.zcard(writtenKey)).toBe(max);
    expect(await redis.zcard(`${sinkKey}:latest-seen`)).toBe(max);
    expect(await redis.hlen(`${sinkKey}:latest-v`)).toBe(max);
    expect(await redis.hlen(`${writtenKey}:pending`)).toBe(0);
    // Flat: 3x the stories once the cap was hit, within 5 % (hash tables grow in steps).
    expect(after).toBeLessThanOrEqual(atCap * 1.05);
    process.stderr.write(
      `sink records at the cap of ${max}: ${atCap} B, after 3x more stories ${after} B (${Math.round(after / max)} B per story kept)\n`,
    );
  });
});
