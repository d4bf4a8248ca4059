import type { Producer, RunRef, StageHandler, StageHooks, Story, StoryJob } from '@wirefeed/core';
import { jobIds, sinkBackoffMs, sinkQueueName, WirefeedError } from '@wirefeed/core';
import type { Queue } from 'bullmq';
import type { Sink } from './sink.ts';

const PENDING_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);
/**
 * What holds a kill back: only a version being written right now. One that has not started yet finds
 * the withdrawn mark (set before the kill was routed) and is skipped; one held for a retry or an
 * embargo is removed by the deliverer or skipped the same way. An active one may be past that check,
 * its write under way: sent at once, the kill could reach the receiver first (a webhook receiver still
 * applying the version, a PostgreSQL insert not yet committed when the withdrawal marked the rows),
 * and the story would be live after its withdrawal.
 */
const IN_FLIGHT_STATES = new Set(['active']);

/**
 * The earliest version of this story below `story.version` still on its way to this sink (waiting,
 * active, retrying), if any. A version held for its embargo does not count: a later version is not
 * kept back by an embargo it does not carry. A version in the failed set (dead letters) does not count
 * either, so one bad version cannot stop the story for good.
 */
export async function olderVersionPending(
  queue: Queue,
  sinkName: string,
  story: Story,
  run: RunRef | undefined,
  now = Date.now(),
  states: ReadonlySet<string> = PENDING_STATES,
): Promise<number | undefined> {
  for (let v = 1; v < story.version; v++) {
    const job = await queue.getJob(jobIds.sink(sinkName, story.id, v, run));
    if (!job) continue;
    const state = await job.getState();
    if (!states.has(state)) continue;
    const embargo = (job.data as { story?: Story }).story?.embargoedUntil;
    if (state === 'delayed' && embargo && Date.parse(embargo) > now) continue;
    return v;
  }
  return undefined;
}

/** One sink's stage: write the story, with one effect per (id, version), and say what the sink did. */
export function createSinkHandler(sink: Sink): StageHandler<StoryJob> {
  return async ({ story }, ctx) => {
    const noteFailure = (err: unknown) => {
      const wf = err instanceof WirefeedError ? err : undefined;
      ctx.note(`attempt ${ctx.attempt}: ${wf ? `${wf.code}: ${wf.message}` : String(err)}`);
      throw err;
    };
    const result = await sink
      .write({
        story,
        attempt: ctx.attempt,
        stillOwner: ctx.stillOwner,
        ...(ctx.lock ? { fence: ctx.lock } : {}),
      })
      .catch(noteFailure);
    ctx.log.info({ sink: sink.name, version: story.version, result }, 'story delivered');
    ctx.note(
      `${sink.kind} sink ${sink.name}: version ${story.version} ${result === 'written' ? 'written' : 'already written, skipped'}`,
    );
    return { outcome: 'delivered' };
  };
}

function retryAfterOf(err: unknown): number | undefined {
  const details = err instanceof WirefeedError ? err.details : undefined;
  return typeof details?.retryAfterMs === 'number' ? details.retryAfterMs : undefined;
}

/**
 * The sink stage's hooks on core's stage worker: a version whose older version is still pending for
 * this sink waits `holdMs` (moved back to delayed, no attempt spent), so each sink gets a story's
 * versions in order (a kill waits only for a version being written); retries back off from 2 s, never sooner than a Retry-After the sink was given.
 */
export function sinkHooks(
  sinkName: string,
  producer: Pick<Producer, 'queue'>,
  holdMs = 1_000,
): StageHooks<StoryJob> {
  const queue = producer.queue(sinkQueueName(sinkName));
  return {
    gate: async ({ story, run }, ctx) => {
      const states = story.signals.canceled ? IN_FLIGHT_STATES : PENDING_STATES;
      const older = await olderVersionPending(queue, sinkName, story, run, Date.now(), states);
      if (older === undefined) return undefined;
      ctx.log.debug({ version: story.version, waitingFor: older }, 'version held for an older one');
      return holdMs;
    },
    backoff: (attemptsMade, err) => sinkBackoffMs(attemptsMade, retryAfterOf(err)),
  };
}
