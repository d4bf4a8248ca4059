import type { RedisClient } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';

/**
 * What the fetch stage queued, per feed, kept in Redis apart from BullMQ (whose completed jobs are
 * trimmed to 1,000 per queue: a feed larger than that would be queued again on every poll).
 */
export interface SeenItems {
  /** How long an item no poll saw again is remembered. */
  readonly windowMs: number;
  /** When each key was last seen by a poll that had queued it; undefined for a key never queued. */
  lookup(feedId: string, keys: readonly string[]): Promise<(number | undefined)[]>;
  /** Every key remembered for the feed with when it was last seen (at most `maxPerFeed`). */
  all(feedId: string): Promise<Map<string, number>>;
  /** Remember keys as seen at `now`, and forget what no poll saw for the window. */
  remember(feedId: string, keys: readonly string[], now: number): Promise<void>;
}

export interface SeenItemsOptions {
  redis: RedisClient;
  /** Hash-tagged prefix (`{wirefeed}`). */
  prefix: string;
  /**
   * How long an item no poll saw again is remembered. A poll refreshes the items the feed still
   * shows (see `selectItems`), so what a feed lists is never forgotten while it lists it.
   */
  windowMs: number;
  /** At most this many keys per feed; the least recently seen go first. */
  maxPerFeed: number;
}

/** Items remembered per feed: twice the largest feed a 15 MiB document can list at ~150 bytes an item. */
export const SEEN_ITEMS_PER_FEED = 200_000;

// Commands of many keys are split, so no single command holds Redis for long.
const BATCH = 5_000;

function redisError(what: string, err: unknown): WirefeedError {
  return new WirefeedError('WF_E_REDIS', `seen items: ${what} failed: ${(err as Error).message}`, {
    cause: err,
  });
}

/**
 * Seen items in Redis: one sorted set per feed, `{p}:seen:<feedId>`, of item keys (identity and
 * content: see `keyedItems`) scored by when a poll last saw them. Bounded by the window (entries, and
 * the key itself, expire) and by `maxPerFeed`. One poll of a feed runs at a time (the feed lock), so
 * its reads and writes need no script.
 */
export function createSeenItems(options: SeenItemsOptions): SeenItems {
  const { redis } = options;
  const keyOf = (feedId: string) => `${options.prefix}:seen:${feedId}`;
  return {
    windowMs: options.windowMs,
    async lookup(feedId, keys) {
      const out: (number | undefined)[] = [];
      try {
        for (let i = 0; i < keys.length; i += BATCH) {
          const scores = await redis.zmscore(keyOf(feedId), ...keys.slice(i, i + BATCH));
          for (const score of scores) out.push(score === null ? undefined : Number(score));
        }
      } catch (err) {
        throw redisError('lookup', err);
      }
      return out;
    },
    async all(feedId) {
      const out = new Map<string, number>();
      try {
        for (let start = 0; ; start += BATCH) {
          const flat = await redis.zrange(keyOf(feedId), start, start + BATCH - 1, 'WITHSCORES');
          for (let i = 0; i + 1 < flat.length; i += 2) out.set(flat[i] as string, Number(flat[i + 1]));
          if (flat.length < 2 * BATCH) break;
        }
      } catch (err) {
        throw redisError('read', err);
      }
      return out;
    },
    async remember(feedId, keys, now) {
      const key = keyOf(feedId);
      try {
        for (let i = 0; i < keys.length; i += BATCH) {
          const args = keys.slice(i, i + BATCH).flatMap((k) => [now, k]);
          await redis.zadd(key, ...args);
        }
        const pipeline = redis.pipeline();
        pipeline.zremrangebyscore(key, '-inf', `(${now - options.windowMs}`);
        // Ranks count from the least recently seen: keep the last `maxPerFeed`.
        pipeline.zremrangebyrank(key, 0, -options.maxPerFeed - 1);
        pipeline.pexpire(key, options.windowMs);
        const replies = (await pipeline.exec()) ?? [];
        const failed = replies.find(([err]) => err);
        if (failed?.[0]) throw failed[0];
      } catch (err) {
        throw redisError('remember', err);
      }
    },
  };
}
