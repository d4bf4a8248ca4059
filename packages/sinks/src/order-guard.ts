import type { RedisClient, Story } from '@wirefeed/core';
import type { Sink } from './sink.ts';
import type { SinkRecords, SkipReason } from './sink-records.ts';
import { createSinkRecords, RECORDS_WINDOW_MS, withdrawnKey } from './sink-records.ts';

export type { SkipReason } from './sink-records.ts';
export { withdrawnKey } from './sink-records.ts';

/** Record a kill, for `windowMs` (30 days): held and later versions of the story are not delivered. */
export async function markWithdrawn(
  redis: RedisClient,
  statePrefix: string,
  storyId: string,
  windowMs = RECORDS_WINDOW_MS,
): Promise<void> {
  await redis.set(withdrawnKey(statePrefix, storyId), Date.now(), 'PX', windowMs);
}

export async function isWithdrawn(
  redis: RedisClient,
  statePrefix: string,
  storyId: string,
): Promise<boolean> {
  return (await redis.exists(withdrawnKey(statePrefix, storyId))) === 1;
}

/**
 * Version order at one sink: a version older than one already written is skipped (it would
 * overwrite newer content), and after a kill no version of the story is written again. The cancel
 * itself always goes through. The adapter underneath keeps one effect per (id, version).
 *
 * One Lua call before the write answers every question (withdrawn, stale, and for an adapter with
 * written marks whether it is written or half-written: handed to it as `known`; the file sink asks it
 * itself, in the call that notes where its line starts); after the write, an
 * adapter with marks commits the latest version with its mark, and for the others (PostgreSQL, a
 * stream) the guard commits it, one call either way.
 */
export function guardOrder(
  sink: Sink,
  deps: {
    redis: RedisClient;
    statePrefix: string;
    /** Prefix of this sink's own keys. */
    key: string;
    /** The sink's records, shared with its written marks (create-sink); made from `key` when absent. */
    records?: SinkRecords;
    onSkip?: (story: Story, reason: SkipReason) => void;
  },
): Sink {
  const records =
    deps.records ??
    createSinkRecords({
      redis: deps.redis,
      statePrefix: deps.statePrefix,
      sinkKey: deps.key,
      writtenKey: `${deps.key}:written`,
    });
  return {
    name: sink.name,
    kind: sink.kind,
    ...(sink.start ? { start: () => sink.start?.() ?? Promise.resolve() } : {}),
    async write(request) {
      const { story } = request;
      if (sink.checksRecords) {
        const result = await sink.write(request);
        if (!sink.commitsRecords) await records.commit(story, false);
        return result;
      }
      const known = await records.check(story);
      if (known.skip && !story.signals.canceled) {
        deps.onSkip?.(story, known.skip);
        return 'skipped';
      }
      const result = await sink.write({ ...request, known });
      if (!sink.commitsRecords) await records.commit(story, false);
      return result;
    },
    close: () => sink.close(),
  };
}
