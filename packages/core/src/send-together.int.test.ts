import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClient } from './redis.ts';
import { createRedis, sendTogether } from './redis.ts';

describe('sendTogether (one socket write for commands that need no reply from each other)', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('send-together');
  const key = `{${raw}}:list`;
  let redis: RedisClient;
  beforeAll(() => {
    redis = createRedis(url, 'worker');
  });
  afterAll(async () => {
    redis.disconnect();
    await dropPrefix(url, raw);
  });

  it('runs every call in order, and throws the first failure once all have settled', async () => {
    await redis.ping();
    // What reaches the socket: one writev of the three commands.
    const batches: number[] = [];
    const stream = (redis as unknown as { stream: { _writev: (chunks: unknown[], cb: unknown) => void } })
      .stream;
    const writev = stream._writev.bind(stream);
    stream._writev = (chunks, cb) => {
      batches.push(chunks.length);
      writev(chunks, cb);
    };
    await sendTogether(redis, [
      () => redis.rpush(key, 'a'),
      () => redis.rpush(key, 'b'),
      () => redis.rpush(key, 'c'),
    ]);
    expect(await redis.lrange(key, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(batches).toEqual([3]);
    await expect(
      sendTogether(redis, [
        () => redis.rpush(key, 'd'),
        () => redis.call('NO-SUCH-COMMAND'),
        () => redis.rpush(key, 'e'),
      ]),
    ).rejects.toThrow(/unknown command/i);
    expect(await redis.lrange(key, 0, -1)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
