import { randomBytes } from 'node:crypto';
import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { Redis } from 'ioredis';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    redisSource: 'env' | 'container' | 'local';
  }
}

/** The Redis URL the global setup chose for this run (see global-setup.ts). */
export function testRedisUrl(): string {
  return inject('redisUrl');
}

/** A prefix no other test file uses, so files never see each other's keys or queues. */
export function uniquePrefix(name: string): string {
  return `t-${name}-${randomBytes(4).toString('hex')}`;
}

/** Delete every key under a prefix (hash-tagged or not); `derived`: also under `<prefix>-…`. */
export async function dropPrefix(
  url: string,
  prefix: string,
  options: { derived?: boolean } = {},
): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  const patterns = [`{${prefix}}:*`, `${prefix}:*`];
  if (options.derived) patterns.push(`{${prefix}-*`, `${prefix}-*`);
  try {
    for (const pattern of patterns) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}

/**
 * The test Redis under a prefix of its own, with two worker connections that stand for two replicas
 * of a service. Disposing it closes both and deletes every key under the prefix.
 */
export interface TestRedis extends AsyncDisposable {
  url: string;
  /** The bare prefix (`t-name-1a2b3c4d`): what `WIREFEED_PREFIX` takes. */
  name: string;
  /** The hash-tagged prefix (`{t-name-1a2b3c4d}`) Wirefeed's keys and queues live under. */
  prefix: string;
  /** Replica A's connection (worker role). */
  a: RedisClient;
  /** Replica B's connection (worker role). */
  b: RedisClient;
}

export async function testRedis(name: string): Promise<TestRedis> {
  const url = testRedisUrl();
  const bare = uniquePrefix(name);
  const a = createRedis(url, 'worker');
  const b = createRedis(url, 'worker');
  return {
    url,
    name: bare,
    prefix: `{${bare}}`,
    a,
    b,
    async [Symbol.asyncDispose]() {
      a.disconnect();
      b.disconnect();
      await dropPrefix(url, bare);
    },
  };
}
