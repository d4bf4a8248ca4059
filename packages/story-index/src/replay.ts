import type { NormalizeJob, Producer } from '@wirefeed/core';
import { jobIds, replayTag, Stage } from '@wirefeed/core';
import type { StoryIndex } from './story-index.ts';

/** Marks the normalize job ids of replays; the normalizer gives the dedup job a matching fresh suffix. */
export const REPLAY_MARK = '-rp'; // as jobIds.replay spells it

/** A fresh id for a replay's normalize job: a replay must never collide with a job BullMQ still keeps. */
export function replayJobId(storyId: string, now = Date.now()): string {
  return jobIds.replay(storyId, now);
}

/**
 * Run a story through the pipeline again from its kept raw item: a normalize job carrying
 * `replay: true` (dedup forwards it instead of dropping it as unchanged). Undefined when the index
 * no longer has the story (trimmed or expired).
 */
export async function replayStory(
  deps: { index: StoryIndex; producer: Pick<Producer, 'add'> },
  storyId: string,
): Promise<{ jobId: string; rawTruncated: boolean } | undefined> {
  const story = await deps.index.get(storyId);
  if (!story) return undefined;
  const jobId = replayJobId(storyId);
  const data: NormalizeJob = { ...story.raw, replay: true };
  await deps.producer.add([{ queue: Stage.normalize, jobId, data }]);
  return { jobId, rawTruncated: story.rawTruncated };
}

/**
 * The tag a replay's jobs carry after the normalize job that started it: every stage after adds
 * `-x<tag>` to the ids it emits (core's stage worker), so the replay's jobs never collide with the
 * first pass's.
 */
export function replayTagFor(normalizeJobId: string): string {
  return replayTag(normalizeJobId);
}
