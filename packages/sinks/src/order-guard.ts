import type { RedisClient, Story } from '@wirefeed/core';
import type { Sink } from './sink.ts';

const WINDOW_MS = 30 * 24 * 3_600_000;

// KEYS[1] latest version written; ARGV[1] version, ARGV[2] ttl ms. Keeps the highest version.
const RAISE_LATEST = `
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > cur then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
return cur`;

/** The key that says every version of a story was withdrawn (a cancel/kill passed the deliverer). */
export function withdrawnKey(statePrefix: string, storyId: string): string {
  return `${statePrefix}:withdrawn:${storyId}`;
}

/** Record a kill, for `windowMs` (30 days): held and later versions of the story are not delivered. */
export async function markWithdrawn(
  redis: RedisClient,
  statePrefix: string,
  storyId: string,
  windowMs = WINDOW_MS,
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

/** Why a guarded sink skipped a story without asking the adapter. */
export type SkipReason = 'withdrawn' | 'stale';

/**
 * Version order at one sink: a version older than one already written is skipped (it would
 * overwrite newer content), and after a kill no version of the story is written again. The cancel
 * itself always goes through. The adapter underneath keeps one effect per (id, version).
 */
export function guardOrder(
  sink: Sink,
  deps: {
    redis: RedisClient;
    statePrefix: string;
    /** Prefix of this sink's own keys. */
    key: string;
    onSkip?: (story: Story, reason: SkipReason) => void;
  },
): Sink {
  const latestKey = (id: string) => `${deps.key}:latest:${id}`;
  return {
    name: sink.name,
    kind: sink.kind,
    ...(sink.start ? { start: () => sink.start?.() ?? Promise.resolve() } : {}),
    async write(request) {
      const { story } = request;
      if (!story.signals.canceled) {
        // One round trip for both questions.
        const replies = await deps.redis
          .pipeline()
          .exists(withdrawnKey(deps.statePrefix, story.id))
          .get(latestKey(story.id))
          .exec();
        const [withdrawn, latest] = (replies ?? []).map(([err, value]) => {
          if (err) throw err;
          return value;
        });
        const reason: SkipReason | undefined =
          withdrawn === 1 ? 'withdrawn' : Number(latest ?? 0) > story.version ? 'stale' : undefined;
        if (reason) {
          deps.onSkip?.(story, reason);
          return 'skipped';
        }
      }
      const result = await sink.write(request);
      await deps.redis.eval(RAISE_LATEST, 1, latestKey(story.id), story.version, WINDOW_MS);
      if (story.signals.canceled) await markWithdrawn(deps.redis, deps.statePrefix, story.id);
      return result;
    },
    close: () => sink.close(),
  };
}
