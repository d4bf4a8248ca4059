import type { Job } from 'bullmq';
import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import { toWirefeedError, WirefeedError } from './errors.ts';
import { shortHash } from './hash.ts';
import type { Logger } from './logger.ts';
import { observeJob } from './metrics.ts';
import type { Emit, Producer } from './producer.ts';
import type { RedisClient } from './redis.ts';
import type { ItemOutcome } from './runs.ts';
import { aboutPayload, recordFeed, recordItem } from './runs.ts';
import type { Story, TraceEntry } from './story.ts';
import type { RunRef, StoryJob } from './topology.ts';
import { jobIds, payloadSchemaFor, RunRefSchema, Stage, storyJobId } from './topology.ts';

/**
 * A story a stage hands on to `queue` (the next stage, or a sink's queue). The worker does the rest
 * of the envelope: this stage's trace entry, the run and the replay the job came with, and the
 * deterministic job id (`storyJobId`), so a retried stage adds the same jobs again.
 */
export interface NextStory {
  queue: string;
  story: Story;
  /** Held back this long before the next stage may take it (an embargo). */
  delayMs?: number;
}

/** What a stage decides: the stories it hands on, and for run bookkeeping how the item ended. */
export interface StageResult {
  next?: NextStory[];
  /**
   * Jobs whose payload is not a story (the fetch stage's raw items), each with its own id; the run
   * and replay are still the worker's to carry.
   */
  emits?: Emit[];
  outcome?: ItemOutcome;
  /** Set by the fetch stage: how many items this poll read. */
  feedItems?: number;
  /** Runs once the next jobs are safely queued (or when there are none): state that must follow them. */
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
  /**
   * Whether this worker still holds the job's lock, asked just before an effect that must happen
   * once (a sink's write): a worker frozen past its lock must not repeat what the replica that took
   * the job over did. Always true outside a worker.
   */
  stillOwner(): Promise<boolean>;
}

export type StageHandler<P> = (payload: P, ctx: StageContext) => Promise<StageResult>;

/** Hooks for a queue whose jobs wait on others or back off on the far side's word (the sinks). */
export interface StageHooks<P> {
  /**
   * Before the handler: milliseconds to hold this job back (moved to delayed, no attempt spent),
   * or undefined to run it now. The sinks' ordering gate: a version waits for an older one.
   */
  gate?: (payload: P, ctx: StageContext) => Promise<number | undefined>;
  /** The delay before retry `attemptsMade` after `err` (a Retry-After the far side gave). */
  backoff?: (attemptsMade: number, err: Error | undefined) => number;
}

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
  hooks?: StageHooks<P>;
  concurrency?: number;
  lockDuration?: number;
}

/** Lines one job keeps in its log, and the length of each: a handler cannot grow a job without bound. */
export const JOB_LOG_LINES = 20;
const JOB_LOG_LINE_MAX = 500;

/** Write the notes a handler made to the job's log (one call per line; BullMQ trims to keepLogs). */
async function writeNotes(job: Job, notes: readonly string[], log: Logger): Promise<void> {
  for (const line of notes.slice(0, JOB_LOG_LINES)) {
    await job
      .log(line.length > JOB_LOG_LINE_MAX ? `${line.slice(0, JOB_LOG_LINE_MAX)}…` : line)
      .catch((err) => log.debug({ err }, 'job log not written'));
  }
}

interface Payload {
  run?: unknown;
  feedId?: unknown;
  replay?: unknown;
  story?: { id?: unknown; source?: { feedId?: unknown }; trace?: unknown };
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
export function traced(story: Story, stage: string, startedAt: number): Story {
  const entry: TraceEntry = { stage, at: new Date().toISOString(), ms: Date.now() - startedAt };
  return { ...story, trace: [...story.trace, entry] };
}

/** The jobs a result adds: each next story in its envelope, then the raw emits, all tagged for a replay. */
export function envelope(
  result: StageResult,
  from: { stage: string; startedAt: number; jobId: string; run?: RunRef; replay?: unknown },
): Emit[] {
  const stories = (result.next ?? []).map((n): Emit => {
    const story = traced(n.story, from.stage, from.startedAt);
    const data: StoryJob = { story, ...(from.run ? { run: from.run } : {}) };
    return {
      queue: n.queue,
      jobId: storyJobId(n.queue, story, from.run),
      data,
      ...(n.delayMs && n.delayMs > 0 ? { opts: { delay: n.delayMs } } : {}),
    };
  });
  return withReplayTag([...stories, ...(result.emits ?? [])], from.jobId, from.replay);
}

/**
 * Binds a stage handler to its queue and owns the whole envelope around it: the payload contract,
 * a child logger, the next jobs (trace entry, run, replay, deterministic ids), run bookkeeping, job
 * logs and metrics; errors map to retries (with the hooks' backoff) or, when permanent, straight to
 * the failed set (UnrecoverableError). A handler returns only what it decides.
 */
export function createStageWorker<P>(deps: StageWorkerDeps<P>): Worker {
  const schema = payloadSchemaFor(deps.queue);
  const processor = async (job: Job, token?: string): Promise<void> => {
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
    const run = RunRefSchema.safeParse(raw.run).data;
    const notes: string[] = [];
    // BullMQ's lock on this job: while it holds our token, no other worker has taken the job over.
    const lockKey = `${deps.prefix}:${deps.queue}:${job.id}:lock`;
    const ctx: StageContext = {
      log,
      jobId: job.id ?? '',
      attempt: job.attemptsStarted,
      token: `${job.id}@${job.timestamp}`,
      startedAt,
      note: (line) => void notes.push(line),
      stillOwner: async () => token !== undefined && (await deps.connection.get(lockKey)) === token,
    };
    try {
      const parsed = schema.safeParse(job.data);
      if (!parsed.success) {
        throw new WirefeedError(
          'WF_E_BAD_PAYLOAD',
          `payload rejected: ${parsed.error.issues[0]?.message ?? ''}`,
          { cause: parsed.error },
        );
      }
      const holdMs = await deps.hooks?.gate?.(parsed.data as P, ctx);
      if (holdMs !== undefined) {
        await job.moveToDelayed(Date.now() + holdMs, token);
        throw new DelayedError();
      }
      const result = await deps.handler(parsed.data as P, ctx).finally(() => writeNotes(job, notes, log));
      const next = envelope(result, {
        stage: deps.queue,
        startedAt,
        jobId: ctx.jobId,
        run,
        replay: raw.replay,
      });
      if (next.length) await deps.producer.add(next);
      await result.afterEmit?.();
      if (run && result.feedItems !== undefined && typeof feedId === 'string') {
        await recordFeed(deps.connection, deps.keyPrefix, run, feedId, { items: result.feedItems });
      }
      if (run && result.outcome) await recordItem(deps.connection, deps.keyPrefix, run, result.outcome);
      observe(deps.queue, result.outcome ?? (next.length ? 'forwarded' : 'done'), startedAt, raw);
      log.debug({ ms: Date.now() - startedAt, emitted: next.length, outcome: result.outcome }, 'job done');
    } catch (err) {
      if (err instanceof DelayedError) throw err;
      const wf = toWirefeedError(err);
      const final = !wf.retryable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      log[final ? 'error' : 'warn'](
        { err: wf, code: wf.code, attempt: job.attemptsMade + 1, details: wf.details },
        'job failed',
      );
      observe(deps.queue, final ? 'failed' : 'retried', startedAt, raw);
      if (final && run) await recordRunFailure(deps, raw, `${wf.code}: ${wf.message}`).catch(() => undefined);
      if (!wf.retryable) {
        const unrecoverable = new UnrecoverableError(`${wf.code}: ${wf.message}`);
        unrecoverable.cause = wf;
        throw unrecoverable;
      }
      throw wf;
    }
  };
  const backoff = deps.hooks?.backoff;
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
    ...(backoff
      ? { settings: { backoffStrategy: (made: number, _t?: string, err?: Error) => backoff(made, err) } }
      : {}),
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

/** Count and time the job; a fetch also counts under its feed, a delivery gives its latency. */
function observe(queue: string, outcome: string, startedAt: number, raw: Payload): void {
  if (queue === Stage.fetch && typeof raw.feedId === 'string') {
    observeJob(queue, outcome, startedAt, { feedId: raw.feedId });
    return;
  }
  const trace = Array.isArray(raw.story?.trace) ? (raw.story.trace as { at?: unknown }[]) : [];
  const first = trace[0]?.at;
  if (queue.startsWith('sink.') && outcome === 'delivered' && typeof first === 'string') {
    observeJob(queue, outcome, startedAt, { sink: queue.slice(5), firstTraceAt: first });
    return;
  }
  observeJob(queue, outcome, startedAt);
}

/** The tag a replay started by job `jobId` carries: the suffix of every job id after it. */
export function replayTag(jobId: string): string {
  return shortHash('replay', jobId).slice(0, 12);
}

/**
 * A replayed item (`replay` in its payload) flows again under job ids of its own — the first pass's
 * ids may still be held by BullMQ — and each stage hands the replay on. The tag is fixed by the job
 * that started the replay, so a retried stage still adds the same ids.
 */
function withReplayTag(emits: readonly Emit[], jobId: string, replay: unknown): Emit[] {
  if (replay !== true && typeof replay !== 'string') return [...emits];
  const tag = typeof replay === 'string' ? replay : replayTag(jobId);
  return emits.map((e) => ({
    ...e,
    jobId: jobIds.replayed(e.jobId, tag),
    data: e.data !== null && typeof e.data === 'object' ? { ...e.data, replay: tag } : e.data,
  }));
}
