import { randomBytes } from 'node:crypto';
import type { RedisClient } from '@wirefeed/core';

/** One poll of a feed at a time across every fetcher replica. */
export interface FeedLock {
  /** A release function, or undefined when another poll of the feed is under way. */
  tryLock(feedId: string): Promise<(() => Promise<void>) | undefined>;
}

// Release only our own lock: a poll that outlived its lease must not free the next poll's.
const RELEASE_LUA = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

type WithRelease = { wfReleaseFeedLock(key: string, token: string): Promise<number> };

/**
 * BullMQ keeps one job per scheduler slot, but a poll slower than its interval, or a "fetch now" during
 * a scheduled poll, could still overlap; this lock (SET NX PX, expiring after `ttlMs`) closes that.
 */
export function createFeedLock(deps: { redis: RedisClient; prefix: string; ttlMs: number }): FeedLock {
  if (!('wfReleaseFeedLock' in deps.redis))
    deps.redis.defineCommand('wfReleaseFeedLock', { numberOfKeys: 1, lua: RELEASE_LUA });
  const client = deps.redis as unknown as WithRelease;
  return {
    async tryLock(feedId) {
      const key = `${deps.prefix}:fetch-lock:${feedId}`;
      const token = randomBytes(8).toString('hex');
      const ok = await deps.redis.set(key, token, 'PX', deps.ttlMs, 'NX');
      if (ok !== 'OK') return undefined;
      return async () => {
        await client.wfReleaseFeedLock(key, token);
      };
    },
  };
}
