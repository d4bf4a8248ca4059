import type { RedisClient, Story } from '@wirefeed/core';
import type { Fence, SinkRecords, WriteCheck } from './sink-records.ts';
import { createSinkRecords, markMember } from './sink-records.ts';

export { markMember } from './sink-records.ts';

/** What a sink writes is known by: the version and its content, so a version number reused after the dedup window is not mistaken for the old one. */
export type Written = Pick<Story, 'id' | 'version' | 'contentHash'>;

/**
 * Which stories a sink has written, shared by every deliverer replica: a sorted set scored by write
 * time, bounded by count and a window, plus the write in progress for each (its file offset), so a
 * retry after a crash looks only where the lost write would be. Marking a story written also raises
 * its latest version for the order guard (one Lua call: `SinkRecords.commit`).
 */
export interface WrittenMarks {
  /**
   * Whether this story may be written, is written, or was begun and never marked, in one round trip;
   * with `begin`, the write is also noted there when nothing stands in its way (see `SinkRecords`).
   */
  check(story: Story, begin?: { where: string; fence?: Fence }): Promise<WriteCheck>;
  has(story: Written): Promise<boolean>;
  /**
   * Note a write about to start at `offset` (of file `segment`, for sinks that rotate files); with a
   * `fence`, only while that job lock is ours: 0 (nothing noted) when another worker owns the job,
   * else how long the lock still had to run, in ms (`Infinity` without a fence).
   */
  begin(story: Story, offset: number, segment?: string, fence?: Fence): Promise<number>;
  /** Where the unfinished write of this story started, if one was begun and not marked. */
  pendingOffset(story: Written): Promise<number | undefined>;
  /** The file an unfinished write went to, when the sink named one. */
  pendingSegment(story: Written): Promise<string | undefined>;
  /** A file was renamed (rotated): unfinished writes noted against `from` now point at `to`. */
  repoint(from: string, to: string): Promise<void>;
  mark(story: Story): Promise<void>;
}

/** `<offset>` or `<offset>|<file>`, as `begin` notes a pending write. */
export function parsePending(value: string): { offset: number; segment?: string } {
  const bar = value.indexOf('|');
  return bar === -1
    ? { offset: Number(value) }
    : { offset: Number(value.slice(0, bar)), segment: value.slice(bar + 1) };
}

export function createWrittenMarks(deps: {
  redis: RedisClient;
  key: string;
  /** The sink's records (create-sink shares them with the order guard); made from `key` when absent. */
  records?: SinkRecords;
  windowMs?: number;
  maxStories?: number;
  now?: () => number;
}): WrittenMarks {
  const records =
    deps.records ??
    createSinkRecords({
      redis: deps.redis,
      statePrefix: deps.key,
      sinkKey: deps.key,
      writtenKey: deps.key,
      ...(deps.windowMs ? { windowMs: deps.windowMs } : {}),
      ...(deps.maxStories ? { maxStories: deps.maxStories } : {}),
      ...(deps.now ? { now: deps.now } : {}),
    });
  const pendingKey = records.pendingKey;
  return {
    check: (story, begin) => records.check(story, begin),
    async has(story) {
      return (await deps.redis.zscore(deps.key, markMember(story))) !== null;
    },
    begin: (story, offset, segment, fence) =>
      records.begin(story, segment ? `${offset}|${segment}` : String(offset), fence),
    async pendingOffset(story) {
      const value = await deps.redis.hget(pendingKey, markMember(story));
      return value === null ? undefined : parsePending(value).offset;
    },
    async pendingSegment(story) {
      const value = await deps.redis.hget(pendingKey, markMember(story));
      return value === null ? undefined : parsePending(value).segment;
    },
    async repoint(from, to) {
      const all = await deps.redis.hgetall(pendingKey);
      for (const [member, value] of Object.entries(all)) {
        const pending = parsePending(value);
        if (pending.segment === from) await deps.redis.hset(pendingKey, member, `${pending.offset}|${to}`);
      }
    },
    mark: (story) => records.commit(story, true),
  };
}
