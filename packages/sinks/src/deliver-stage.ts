import type { Logger, Producer, RedisClient, SinkSpec, StageHandler, Story, StoryJob } from '@wirefeed/core';
import { sinkQueueName } from '@wirefeed/core';
import { markWithdrawn } from './order-guard.ts';
import { routeStory } from './routing.ts';

/** Key of the count of stories that matched no sink (services; one-shot runs count them per run). */
export function unroutedCountKey(keyPrefix: string): string {
  return `${keyPrefix}:deliver:unrouted`;
}

/** Milliseconds until a story's embargo lifts; 0 when it has none or it has passed. */
export function embargoDelay(story: Story, now: number): number {
  if (!story.embargoedUntil || story.signals.canceled) return 0;
  return Math.max(0, Date.parse(story.embargoedUntil) - now);
}

/**
 * Remove the held (delayed) sink jobs of a story's earlier versions (those `which` picks; all by
 * default): a kill during an embargo cancels them, a newer embargoed version supersedes them. The
 * delayed set is scanned rather than the ids derived, because the held job may belong to another
 * one-shot run than the kill; it holds embargoed stories and retries, so it stays small.
 */
export async function dropHeldVersions(
  producer: Producer,
  sinks: readonly Pick<SinkSpec, 'name'>[],
  story: Story,
  log: Logger,
  which: (older: Story) => boolean = () => true,
): Promise<number> {
  let dropped = 0;
  const PAGE = 500;
  for (const sink of sinks) {
    const queue = producer.queue(sinkQueueName(sink.name));
    const held = [];
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getDelayed(start, start + PAGE - 1);
      held.push(...jobs.filter((j) => (j?.data as StoryJob | undefined)?.story?.id === story.id));
      if (jobs.length < PAGE) break;
    }
    for (const job of held) {
      const older = (job.data as StoryJob).story;
      if (older.version >= story.version || !which(older)) continue;
      // A job that just became active is locked and cannot be removed; the withdrawn mark stops it.
      await job
        .remove()
        .then(() => (dropped += 1))
        .catch(() => undefined);
    }
  }
  if (dropped > 0) log.info({ storyId: story.id, dropped }, 'held older versions removed');
  return dropped;
}

export interface DeliverHandlerDeps {
  sinks: readonly Pick<SinkSpec, 'name' | 'rules'>[];
  redis: RedisClient;
  producer: Producer;
  keyPrefix: string;
  statePrefix: string;
  now?: () => number;
}

/**
 * The deliver stage: one job per sink whose rules the story matches, so a slow or failing sink never
 * holds back the others. A story under embargo is handed on held until the embargo lifts; a kill
 * marks the story withdrawn and removes versions still held.
 */
export function createDeliverHandler(deps: DeliverHandlerDeps): StageHandler<StoryJob> {
  const now = deps.now ?? Date.now;
  return async ({ story }, ctx) => {
    if (story.signals.canceled) {
      await markWithdrawn(deps.redis, deps.statePrefix, story.id);
      const dropped = await dropHeldVersions(deps.producer, deps.sinks, story, ctx.log);
      ctx.note(`kill: story withdrawn, ${dropped} held version(s) removed`);
    }
    const targets = routeStory(story, deps.sinks);
    if (targets.length === 0) {
      await deps.redis.incr(unroutedCountKey(deps.keyPrefix));
      ctx.log.info({ version: story.version, language: story.language }, 'story unrouted');
      ctx.note('no sink matched its rules');
      return { outcome: 'unrouted' };
    }
    const delayMs = embargoDelay(story, now());
    if (delayMs > 0)
      ctx.log.info({ embargoedUntil: story.embargoedUntil, delay: delayMs }, 'story held for embargo');
    if (delayMs > 0 && story.version > 1) {
      // This version's embargo is the story's now: an older version still held for its own embargo
      // would be released at that time, before this one's if the agency moved the embargo later
      // (an embargo breach). Superseded before it was published, it is removed from the sinks this
      // version goes to (a held job that just became active cannot be; the window is its release).
      const superseded = await dropHeldVersions(
        deps.producer,
        targets,
        story,
        ctx.log,
        (older) => embargoDelay(older, now()) > 0,
      );
      if (superseded > 0) ctx.note(`${superseded} older version(s) held for an embargo superseded`);
    }
    // Only the stories a person would ask about get a note (kept with the job, read in the dashboard).
    if (delayMs > 0) ctx.note(`held until ${story.embargoedUntil} (embargo)`);
    return { next: targets.map((s) => ({ queue: sinkQueueName(s.name), story, delayMs })) };
  };
}
