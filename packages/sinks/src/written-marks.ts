import type { RedisClient, Story } from '@wirefeed/core';

/** What a sink writes is known by: the version and its content, so a version number reused after the dedup window is not mistaken for the old one. */
export type Written = Pick<Story, 'id' | 'version' | 'contentHash'>;

/**
 * Which stories a sink has written, shared by every deliverer replica: a sorted set scored by write
 * time, trimmed to a window so memory stays bounded, plus the write in progress for each (its file
 * offset), so a retry after a crash looks only where the lost write would be.
 */
export interface WrittenMarks {
  has(story: Written): Promise<boolean>;
  /** Note a write about to start at `offset`. */
  begin(story: Written, offset: number): Promise<void>;
  /** Where the unfinished write of this story started, if one was begun and not marked. */
  pendingOffset(story: Written): Promise<number | undefined>;
  mark(story: Written): Promise<void>;
}

export function markMember(story: Written): string {
  return `${story.id}@${story.version}#${story.contentHash.slice(0, 16)}`;
}

export function createWrittenMarks(deps: {
  redis: RedisClient;
  key: string;
  windowMs?: number;
  now?: () => number;
}): WrittenMarks {
  const window = deps.windowMs ?? 30 * 24 * 3_600_000;
  const now = deps.now ?? Date.now;
  const pendingKey = `${deps.key}:pending`;
  return {
    async has(story) {
      return (await deps.redis.zscore(deps.key, markMember(story))) !== null;
    },
    async begin(story, offset) {
      await deps.redis.hset(pendingKey, markMember(story), offset);
    },
    async pendingOffset(story) {
      const value = await deps.redis.hget(pendingKey, markMember(story));
      return value === null ? undefined : Number(value);
    },
    async mark(story) {
      const t = now();
      await deps.redis
        .multi()
        .zadd(deps.key, t, markMember(story))
        .hdel(pendingKey, markMember(story))
        .zremrangebyscore(deps.key, '-inf', t - window)
        // A sink taken out of the config leaves nothing behind for longer than the window.
        .pexpire(deps.key, window)
        .pexpire(pendingKey, window)
        .exec();
    },
  };
}
