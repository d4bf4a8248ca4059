import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSink, writtenMarksKey } from './create-sink.ts';
import { createRedisStreamSink } from './redis-stream-sink.ts';

describe('redis-stream sink on a real Redis', () => {
  const url = testRedisUrl();
  const prefix = uniquePrefix('stream');
  const stream = `{${prefix}}:stories`;
  let redis: RedisClient;

  beforeAll(() => {
    redis = createRedis(url, 'worker');
  });
  afterAll(async () => {
    await dropPrefix(url, prefix);
    redis.disconnect();
  });

  it('adds one entry per (id, version), even when the job runs twice, readable by a consumer group', async () => {
    const sink = createRedisStreamSink({
      name: 'stream',
      redis,
      stream,
      marksKey: `{${prefix}}:marks`,
      format: 'ninjs',
    });
    const v1 = makeStory({ source: { guid: 'stream-1' } });
    const kill = {
      ...v1,
      version: 2,
      contentHash: 'a'.repeat(24),
      signals: { ...v1.signals, canceled: true },
    };
    expect(await sink.write({ story: v1, attempt: 1 })).toBe('written');
    expect(await sink.write({ story: v1, attempt: 2 })).toBe('skipped');
    expect(await sink.write({ story: kill, attempt: 1 })).toBe('written');
    await redis.xgroup('CREATE', stream, 'archive', '0');
    const read = (await redis.xreadgroup('GROUP', 'archive', 'c1', 'COUNT', 10, 'STREAMS', stream, '>')) as [
      string,
      [string, string[]][],
    ][];
    const entries = read[0]?.[1] ?? [];
    const fields = entries.map(([, f]) => {
      const pairs: Record<string, string> = {};
      for (let i = 0; i + 1 < f.length; i += 2) pairs[f[i] as string] = f[i + 1] as string;
      return pairs;
    });
    expect(fields.map((f) => [f.type, f.id, f.version])).toEqual([
      ['story', v1.id, '1'],
      ['cancel', v1.id, '2'],
    ]);
    expect(JSON.parse(fields[1]?.doc ?? '{}').pubStatus).toBe('canceled');
  });

  it('keeps the stream near its MAXLEN', async () => {
    const capped = `{${prefix}}:capped`;
    const sink = createRedisStreamSink({
      name: 'capped',
      redis,
      stream: capped,
      marksKey: `{${prefix}}:marks-capped`,
      format: 'story',
      maxLen: 10,
    });
    for (let i = 0; i < 300; i++)
      await sink.write({ story: makeStory({ source: { guid: `cap-${i}` } }), attempt: 1 });
    // MAXLEN ~ trims whole radix-tree nodes (100 entries by default), never below the cap.
    const len = await redis.xlen(capped);
    expect(len).toBeGreaterThanOrEqual(10);
    expect(len).toBeLessThan(300);
  });

  it('keeps its written marks bounded by WIREFEED_SINK_RECORDS_MAX, as the other sinks do (ADR 0022)', async () => {
    const spec = { kind: 'redis-stream' as const, name: 'bounded', target: `{${prefix}}:bounded` };
    const statePrefix = `{${prefix}}`;
    const sink = createSink(spec, { redis, prefix: statePrefix, format: 'story', maxStories: 5 });
    for (let i = 0; i < 20; i++)
      await sink.write({ story: makeStory({ source: { guid: `bounded-${i}` } }), attempt: 1 });
    // Without a cap by count the marks grow with every story for 30 days (GBs at 10 stories/s).
    expect(await redis.zcard(writtenMarksKey(statePrefix, spec))).toBeLessThanOrEqual(5);
    // The newest stories keep their marks: a retry of one is still skipped.
    const last = makeStory({ source: { guid: 'bounded-19' } });
    expect(await sink.write({ story: last, attempt: 2 })).toBe('skipped');
    expect(await redis.xlen(spec.target)).toBe(20);
  });
});
