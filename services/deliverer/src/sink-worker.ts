import type { Logger, Producer, RedisClient, RunRef, Story } from '@wirefeed/core';
import {
  aboutPayload,
  jobIds,
  observeJob,
  RunRefSchema,
  recordItem,
  SINK_BACKOFF,
  StoryJobSchema,
  sinkBackoffMs,
  sinkQueueName,
  toWirefeedError,
  WirefeedError,
} from '@wirefeed/core';
import type { Sink } from '@wirefeed/sinks';
import type { Job, Queue } from 'bullmq';
import { DelayedError, UnrecoverableError, Worker } from 'bullmq';

const PENDING_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

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
): Promise<number | undefined> {
  for (let v = 1; v < story.version; v++) {
    const job = await queue.getJob(jobIds.sink(sinkName, story.id, v, run));
    if (!job) continue;
    const state = await job.getState();
    if (!PENDING_STATES.has(state)) continue;
    const embargo = (job.data as { story?: Story }).story?.embargoedUntil;
    if (state === 'delayed' && embargo && Date.parse(embargo) > now) continue;
    return v;
  }
  return undefined;
}

/** The same series the stage workers feed (/metrics); a delivered story also gives its latency. */
function observe(queue: string, sink: string, outcome: string, startedAt: number, story?: Story): void {
  const first = outcome === 'delivered' ? story?.trace[0]?.at : undefined;
  observeJob(queue, outcome, startedAt, first === undefined ? {} : { sink, firstTraceAt: first });
}

/** A line of the job's log, shown in the dashboard's job detail; a log that cannot be written is no failure. */
async function jobLog(job: Job, line: string): Promise<void> {
  await job.log(line.slice(0, 500)).catch(() => undefined);
}

function retryAfterOf(err: unknown): number | undefined {
  const details = err instanceof WirefeedError ? err.details : undefined;
  return typeof details?.retryAfterMs === 'number' ? details.retryAfterMs : undefined;
}

export interface SinkWorkerDeps {
  sink: Sink;
  connection: RedisClient;
  producer: Producer;
  prefix: string;
  keyPrefix: string;
  log: Logger;
  /** How long a version waits for an older one before looking again. Default 1 s. */
  holdMs?: number;
  /**
   * Writes in flight to this sink (default 1). Versions of one story still reach it in order (a
   * version waits while an older one is active); the file sink serializes its appends itself.
   */
  concurrency?: number;
}

/**
 * One sink's worker: `concurrency` writes at a time (the Redis round trips of one overlap the
 * others'; one by default). A version whose older version is still pending for this sink waits (the job is moved back
 * to delayed, which costs no attempt). Retryable errors back off exponentially from 2 s, never
 * sooner than a Retry-After; permanent ones go straight to the failed set, the sink's dead letters.
 */
export function createSinkWorker(deps: SinkWorkerDeps): Worker {
  const queueName = sinkQueueName(deps.sink.name);
  const queue = deps.producer.queue(queueName);
  const holdMs = deps.holdMs ?? 1_000;
  const processor = async (job: Job, token?: string): Promise<void> => {
    const startedAt = Date.now();
    let story: Story | undefined;
    const raw = (job.data ?? {}) as { run?: unknown; story?: { id?: unknown } };
    const run = RunRefSchema.safeParse(raw.run).data;
    const log = deps.log.child({
      queue: queueName,
      jobId: job.id,
      ...(typeof raw.story?.id === 'string' ? { storyId: raw.story.id } : {}),
    });
    try {
      const parsed = StoryJobSchema.safeParse(job.data);
      if (!parsed.success) {
        throw new WirefeedError(
          'WF_E_BAD_PAYLOAD',
          `payload rejected: ${parsed.error.issues[0]?.message ?? ''}`,
        );
      }
      story = parsed.data.story;
      if (!story.signals.canceled) {
        const older = await olderVersionPending(queue, deps.sink.name, story, run);
        if (older !== undefined) {
          log.debug({ version: story.version, waitingFor: older }, 'version held for an older one');
          await job.moveToDelayed(Date.now() + holdMs, token);
          throw new DelayedError();
        }
      }
      // BullMQ's lock on this job: while it holds our token, no other worker has taken the job over.
      const lockKey = `${deps.prefix}:${queueName}:${job.id}:lock`;
      const stillOwner = async () => token !== undefined && (await deps.connection.get(lockKey)) === token;
      const result = await deps.sink.write({ story, attempt: job.attemptsStarted, stillOwner });
      log.info({ sink: deps.sink.name, version: story.version, result }, 'story delivered');
      await jobLog(
        job,
        `${deps.sink.kind} sink ${deps.sink.name}: version ${story.version} ${result === 'written' ? 'written' : 'already written, skipped'}`,
      );
      observe(queueName, deps.sink.name, 'delivered', startedAt, story);
      if (run) await recordItem(deps.connection, deps.keyPrefix, run, 'delivered');
    } catch (err) {
      if (err instanceof DelayedError) throw err;
      const wf = toWirefeedError(err);
      const final = !wf.retryable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      observe(queueName, deps.sink.name, final ? 'failed' : 'retried', startedAt, story);
      log[final ? 'error' : 'warn'](
        { err: wf, code: wf.code, attempt: job.attemptsMade + 1, details: wf.details },
        'sink write failed',
      );
      await jobLog(
        job,
        `attempt ${job.attemptsMade + 1}: ${wf.code}: ${wf.message}${final ? '' : ' (will retry)'}`,
      );
      if (final && run) {
        await recordItem(
          deps.connection,
          deps.keyPrefix,
          run,
          'failed',
          `${wf.code}: ${wf.message}`,
          aboutPayload(job.data),
        ).catch(() => undefined);
      }
      if (!wf.retryable) {
        const unrecoverable = new UnrecoverableError(`${wf.code}: ${wf.message}`);
        unrecoverable.cause = wf;
        throw unrecoverable;
      }
      throw wf;
    }
  };
  const worker = new Worker(queueName, processor, {
    connection: deps.connection,
    prefix: deps.prefix,
    concurrency: deps.concurrency ?? 1,
    autorun: false,
    maxStalledCount: 3,
    metrics: { maxDataPoints: 24 * 60 },
    settings: {
      backoffStrategy: (attemptsMade: number, type?: string, err?: Error) =>
        type === SINK_BACKOFF ? sinkBackoffMs(attemptsMade, retryAfterOf(err)) : sinkBackoffMs(attemptsMade),
    },
  });
  worker.on('error', (err) => deps.log.error({ err, queue: queueName }, 'worker error'));
  // A job that stalled too often fails without its processor running: settle it for its run here.
  worker.on('failed', (job, err) => {
    if (!job || !/stalled/i.test(err.message)) return;
    deps.log.error({ err, queue: queueName, jobId: job.id }, 'job failed after stalling');
    const run = RunRefSchema.safeParse((job.data as { run?: unknown } | undefined)?.run).data;
    if (run) {
      void recordItem(
        deps.connection,
        deps.keyPrefix,
        run,
        'failed',
        `WF_E_INTERNAL: ${err.message}`,
        aboutPayload(job.data),
      ).catch(() => undefined);
    }
  });
  return worker;
}
