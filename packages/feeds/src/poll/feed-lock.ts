import type { RedisClient } from '@wirefeed/core';

/** One poll of a feed at a time across every fetcher replica. */
export interface FeedLock {
  /**
   * A release function, or undefined when another poll of the feed holds the lock. `owner` is the
   * job's token: a retry of the same job takes its own lock back instead of skipping the poll.
   */
  tryLock(feedId: string, owner: string): Promise<(() => Promise<void>) | undefined>;
}

/**
 * take-feed-lock
 * KEYS[1] {p}:fetch-lock:<feedId>   ARGV[1] owner token   ARGV[2] lease (ms)
 * Returns 1 when the lock is (now, or still) ours.
 */
const TAKE_LUA = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
`;

/**
 * release-feed-lock: only our own lock, so a poll that outlived its lease never frees the next poll's.
 * KEYS[1] {p}:fetch-lock:<feedId>   ARGV[1] owner token
 */
const RELEASE_LUA = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

type WithScripts = {
  wfTakeFeedLock(key: string, owner: string, ttlMs: number): Promise<number>;
  wfReleaseFeedLock(key: string, owner: string): Promise<number>;
};

/**
 * BullMQ keeps one job per scheduler slot, but a poll slower than its interval, or a "fetch now" during
 * a scheduled poll, could still overlap; this lock closes that. `ttlMs` must outlast a whole poll
 * (host-slot wait + fetch deadline + parsing), so a live poll never loses it.
 */
export function createFeedLock(deps: { redis: RedisClient; prefix: string; ttlMs: number }): FeedLock {
  if (!('wfTakeFeedLock' in deps.redis)) {
    deps.redis.defineCommand('wfTakeFeedLock', { numberOfKeys: 1, lua: TAKE_LUA });
    deps.redis.defineCommand('wfReleaseFeedLock', { numberOfKeys: 1, lua: RELEASE_LUA });
  }
  const client = deps.redis as unknown as WithScripts;
  return {
    async tryLock(feedId, owner) {
      const key = `${deps.prefix}:fetch-lock:${feedId}`;
      if ((await client.wfTakeFeedLock(key, owner, deps.ttlMs)) !== 1) return undefined;
      return async () => {
        await client.wfReleaseFeedLock(key, owner);
      };
    },
  };
}
