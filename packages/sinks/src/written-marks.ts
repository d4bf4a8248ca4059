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
  /** Note a write about to start at `offset` (of file `segment`, for sinks that rotate files). */
  begin(story: Written, offset: number, segment?: string): Promise<void>;
  /** Where the unfinished write of this story started, if one was begun and not marked. */
  pendingOffset(story: Written): Promise<number | undefined>;
  /** The file an unfinished write went to, when the sink named one. */
  pendingSegment(story: Written): Promise<string | undefined>;
  /** A file was renamed (rotated): unfinished writes noted against `from` now point at `to`. */
  repoint(from: string, to: string): Promise<void>;
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
    async begin(story, offset, segment) {
      await deps.redis.hset(pendingKey, markMember(story), segment ? `${offset}|${segment}` : offset);
    },
    async pendingOffset(story) {
      const value = await deps.redis.hget(pendingKey, markMember(story));
      return value === null ? undefined : Number(value.split('|')[0]);
    },
    async pendingSegment(story) {
      const value = await deps.redis.hget(pendingKey, markMember(story));
      const bar = value?.indexOf('|') ?? -1;
      return value && bar !== -1 ? value.slice(bar + 1) : undefined;
    },
    async repoint(from, to) {
      const all = await deps.redis.hgetall(pendingKey);
      for (const [member, value] of Object.entries(all)) {
        const bar = value.indexOf('|');
        if (bar !== -1 && value.slice(bar + 1) === from) {
          await deps.redis.hset(pendingKey, member, `${value.slice(0, bar)}|${to}`);
        }
      }
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
