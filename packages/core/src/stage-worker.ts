import type { Job } from 'bullmq';
import { UnrecoverableError, Worker } from 'bullmq';
import { toWirefeedError, WirefeedError } from './errors.ts';
import { shortHash } from './hash.ts';
import type { Logger } from './logger.ts';
import { observeJob } from './metrics.ts';
import type { Emit, Producer } from './producer.ts';
import type { RedisClient } from './redis.ts';
import type { ItemOutcome } from './runs.ts';
import { aboutPayload, recordFeed, recordItem } from './runs.ts';
import type { Story, TraceEntry } from './story.ts';
import { payloadSchemaFor, RunRefSchema, Stage } from './topology.ts';

/** What a stage hands back: jobs for the next queues, and for run bookkeeping how the item ended. */
export interface StageResult {
  emits?: Emit[];
  outcome?: ItemOutcome;
  /** Set by the fetch stage: how many items this poll read. */
  feedItems?: number;
  /** Runs once the emits are safely queued (or when there are none): for state that must follow them. */
  afterEmit?: () => Promise<void>;
}

export interface StageContext {
  log: Logger;
  jobId: string;
  /** 1 on the first try; higher on retries and after a stalled job is taken over. */
  attempt: number;
  /** Stable across retries of this job, different for a later job with the same id. */
  token: string;
  startedAt: number;
  /**
   * A line for the job's own log, for a person reading the job in the dashboard (the HTTP status,
   * the verdict and why): written when the job ends, whether it succeeded or failed.
   */
  note(line: string): void;
}

/** Lines one job keeps in its log, and the length of each: a handler cannot grow a job without bound. */
export const JOB_LOG_LINES = 20;
const JOB_LOG_LINE_MAX = 500;

/** Write the notes a handler made to the job's log (one call per line; BullMQ trims to keepLogs). */
async function writeNotes(job: Job, notes: readonly string[], log: Logger): Promise<void> {
  for (const line of notes.slice(0, JOB_LOG_LINES)) {
    await job
      .log(line.length > JOB_LOG_LINE_MAX ? `${line.slice(0, JOB_LOG_LINE_MAX)}…` : line)
      .catch((err) => {
        log.debug({ err }, 'job log not written');
      });
  }
}

export type StageHandler<P> = (payload: P, ctx: StageContext) => Promise<StageResult>;

export interface StageWorkerDeps<P> {
  queue: string;
  connection: RedisClient;
  producer: Producer;
  /** BullMQ prefix of the queues. */
  prefix: string;
  /** Hash-tagged prefix of Wirefeed's own keys (`{wirefeed}`), for run bookkeeping. */
  keyPrefix: string;
  log: Logger;
  handler: StageHandler<P>;
  concurrency?: number;
  lockDuration?: number;
}

interface Payload {
  run?: unknown;
  feedId?: unknown;
  story?: { id?: unknown; source?: { feedId?: unknown } };
}

/** Settle a failed job's item (or, for a fetch, its feed) in its one-shot run, if it belongs to one. */
async function recordRunFailure(
  deps: Pick<StageWorkerDeps<unknown>, 'connection' | 'keyPrefix' | 'queue'>,
  raw: Payload,
  reason: string,
): Promise<void> {
  const run = RunRefSchema.safeParse(raw.run);
  if (!run.success) return;
  const feedId = typeof raw.feedId === 'string' ? raw.feedId : undefined;
  if (deps.queue === Stage.fetch && feedId) {
    await recordFeed(deps.connection, deps.keyPrefix, run.data, feedId, { error: reason });
  } else await recordItem(deps.connection, deps.keyPrefix, run.data, 'failed', reason, aboutPayload(raw));
}

/** Append this stage's trace entry to a story on its way out. */
export function traced(story: Story, stage: string, ctx: StageContext): Story {
  const entry: TraceEntry = { stage, at: new Date().toISOString(), ms: Date.now() - ctx.startedAt };
  return { ...story, trace: [...story.trace, entry] };
}

/**
 * Binds a stage handler to its queue. The worker checks the payload contract, gives the handler a
 * child logger, adds what it emits, keeps run bookkeeping, and maps errors: permanent ones go
 * straight to the failed set (UnrecoverableError), the rest retry with backoff.
 */
export function createStageWorker<P>(deps: StageWorkerDeps<P>): Worker {
  const schema = payloadSchemaFor(deps.queue);
  const processor = async (job: Job): Promise<void> => {
    const startedAt = Date.now();
    const raw = (job.data ?? {}) as Payload;
    // Read before validation, so only plain strings are picked out of an untrusted payload.
    const storyId = typeof raw.story?.id === 'string' ? raw.story.id : undefined;
    const feedId = typeof raw.feedId === 'string' ? raw.feedId : raw.story?.source?.feedId;
    const log = deps.log.child({
      queue: deps.queue,
      jobId: job.id,
      ...(typeof feedId === 'string' ? { feedId } : {}),
      ...(storyId ? { storyId } : {}),
    });
    const parsedRun = RunRefSchema.safeParse(raw.run);
    const run = parsedRun.success ? parsedRun.data : undefined;
    const recordFailure = (reason: string) => recordRunFailure(deps, raw, reason);
    const notes: string[] = [];
    try {
      const parsed = schema.safeParse(job.data);
      if (!parsed.success) {
        throw new WirefeedError(
          'WF_E_BAD_PAYLOAD',
          `payload rejected: ${parsed.error.issues[0]?.message ?? ''}`,
          {
            cause: parsed.error,
          },
        );
      }
      const ctx: StageContext = {
        log,
        jobId: job.id ?? '',
        attempt: job.attemptsStarted,
        token: `${job.id}@${job.timestamp}`,
        startedAt,
        note: (line) => void notes.push(line),
      };
      const result = await deps.handler(parsed.data as P, ctx).finally(() => writeNotes(job, notes, log));
      if (result.emits?.length) await deps.producer.add(withReplayTag(result.emits, job.id, job.data));
      await result.afterEmit?.();
      if (run && result.feedItems !== undefined && typeof feedId === 'string') {
        await recordFeed(deps.connection, deps.keyPrefix, run, feedId, { items: result.feedItems });
      }
      if (run && result.outcome) await recordItem(deps.connection, deps.keyPrefix, run, result.outcome);
      observe(deps.queue, result.outcome ?? (result.emits?.length ? 'forwarded' : 'done'), startedAt, raw);
      log.debug(
        { ms: Date.now() - startedAt, emitted: result.emits?.length ?? 0, outcome: result.outcome },
        'job done',
      );
    } catch (err) {
      const wf = toWirefeedError(err);
      const final = !wf.retryable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      log[final ? 'error' : 'warn']({ err: wf, code: wf.code, attempt: job.attemptsMade + 1 }, 'job failed');
      observe(deps.queue, final ? 'failed' : 'retried', startedAt, raw);
      if (final && run) await recordFailure(`${wf.code}: ${wf.message}`).catch(() => undefined);
      if (!wf.retryable) {
        const unrecoverable = new UnrecoverableError(`${wf.code}: ${wf.message}`);
        unrecoverable.cause = wf;
        throw unrecoverable;
      }
      throw wf;
    }
  };
  const worker = new Worker(deps.queue, processor, {
    connection: deps.connection,
    prefix: deps.prefix,
    concurrency: deps.concurrency ?? 4,
    lockDuration: deps.lockDuration ?? 30_000,
    // A job whose worker died twice (a crash loop elsewhere, two kills in a row) is still retried; only
    // the third stall sends it to the failed set.
    maxStalledCount: 3,
    autorun: false,
    // Per-minute completed/failed counts, a day of them, for the dashboard's throughput chart.
    metrics: { maxDataPoints: 24 * 60 },
  });
  worker.on('error', (err) => deps.log.error({ err, queue: deps.queue }, 'worker error'));
  // A job that stalled too often fails without its processor running: settle it for its run here.
  worker.on('failed', (job, err) => {
    if (!job || !/stalled/i.test(err.message)) return;
    deps.log.error({ err, queue: deps.queue, jobId: job.id }, 'job failed after stalling');
    void recordRunFailure(deps, (job.data ?? {}) as Payload, `WF_E_INTERNAL: ${err.message}`).catch(
      () => undefined,
    );
  });
  return worker;
}

/** Count and time the job; a fetch also counts under its feed. */
function observe(queue: string, outcome: string, startedAt: number, raw: Payload): void {
  const feedId = queue === Stage.fetch && typeof raw.feedId === 'string' ? raw.feedId : undefined;
  observeJob(queue, outcome, startedAt, feedId === undefined ? {} : { feedId });
}

/** The tag a replay started by job `jobId` carries: the suffix `-x<tag>` of every job id after it. */
export function replayTag(jobId: string): string {
  return shortHash('replay', jobId).slice(0, 12);
}

/**
 * A replayed item (`replay` in its payload) flows again under job ids of its own — the first pass's
 * ids may still be held by BullMQ — and each stage hands the replay on. The tag is fixed by the job
 * that started the replay, so a retried stage still adds the same ids.
 */
function withReplayTag(emits: readonly Emit[], jobId: string | undefined, data: unknown): readonly Emit[] {
  const replay = (data as { replay?: unknown } | null)?.replay;
  if (replay !== true && typeof replay !== 'string') return emits;
  const tag = typeof replay === 'string' ? replay : replayTag(jobId ?? '');
  return emits.map((e) => ({
    ...e,
    jobId: `${e.jobId}-x${tag}`,
    data: e.data !== null && typeof e.data === 'object' ? { ...e.data, replay: tag } : e.data,
  }));
}
