import type { Job } from 'bullmq';
import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import type { StageContext, StageHandler, StageHooks } from './envelope.ts';
import { toWirefeedError, WirefeedError } from './errors.ts';
import type { InlineDelivery, LocalStages } from './fused-stages.ts';
import { runChain } from './fused-stages.ts';
import type { Logger } from './logger.ts';
import { observeJob } from './metrics.ts';
import type { Producer } from './producer.ts';
import type { RedisClient } from './redis.ts';
import { sendTogether } from './redis.ts';
import { aboutPayload, recordFeed, recordItem } from './runs.ts';
import type { StoryJob } from './topology.ts';
import { payloadSchemaFor, RunRefSchema, Stage } from './topology.ts';

export type {
  EnvelopeFrom,
  NextStory,
  StageContext,
  StageHandler,
  StageHooks,
  StageResult,
} from './envelope.ts';
export { envelope, replayTag, traced } from './envelope.ts';

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
  /**
   * The story stages this process runs (`startHost` makes one per process): a story this stage hands
   * to one of them runs inline in this job (see `runChain`), and this stage's handler is offered to
   * the others. Unset: every hop is a job.
   */
  local?: LocalStages;
  /**
   * A sink's stage that jobs before it run inline (with its gate) when this process holds it: the
   * one local sink of a co-located process (ADR 0024). Its queue still takes hand-offs and retries.
   */
  inline?: boolean;
}

/** BullMQ's reason for a job failed by its stalled check (`maxStalledCount` exceeded). */
const STALLED_TOO_OFTEN = 'job stalled more than allowable limit';

/** Lines one job keeps in its log, and the length of each: a handler cannot grow a job without bound. */
export const JOB_LOG_LINES = 20;
const JOB_LOG_LINE_MAX = 500;

const clip = (line: string) =>
  line.length > JOB_LOG_LINE_MAX ? `${line.slice(0, JOB_LOG_LINE_MAX)}…` : line;

/** Write the notes of a failed attempt to the job's log (one call per line; BullMQ trims to keepLogs). */
async function writeNotes(job: Job, notes: readonly string[], log: Logger): Promise<void> {
  for (const line of notes.slice(0, JOB_LOG_LINES)) {
    await job.log(clip(line)).catch((err) => log.debug({ err }, 'job log not written'));
  }
}

/** What a job that succeeded returns when its handlers made notes: stored with the job, no round trip of its own. */
export interface JobReturn {
  notes?: string[];
  /** Stories written by a sink inline in this job (ADR 0024), as the sink's own job would hold them. */
  delivered?: InlineDelivery[];
}

/**
 * The notes of a job: its log (the attempts that failed, each line a call to Redis when it failed) then
 * what the attempt that succeeded noted, which rides in the job's return value (`moveToFinished`
 * carries it: a job log line per story would be a round trip per story).
 */
export function jobNotes(logs: readonly string[], returnvalue: unknown): string[] {
  const notes = (returnvalue as Partial<JobReturn> | null | undefined)?.notes;
  return Array.isArray(notes) ? [...logs, ...notes.filter((n) => typeof n === 'string')] : [...logs];
}

/** The stories an inline sink delivered in a job, from its return value (empty for any other job). */
export function inlineDeliveries(returnvalue: unknown): InlineDelivery[] {
  const delivered = (returnvalue as Partial<JobReturn> | null | undefined)?.delivered;
  if (!Array.isArray(delivered)) return [];
  return delivered.filter(
    (d): d is InlineDelivery =>
      typeof d?.queue === 'string' && typeof d.story?.id === 'string' && typeof d.story.version === 'number',
  );
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

/**
 * Binds a stage handler to its queue and owns the whole envelope around it: the payload contract,
 * a child logger, the next jobs (trace entry, run, replay, deterministic ids), run bookkeeping, job
 * logs and metrics; errors map to retries (with the hooks' backoff) or, when permanent, straight to
 * the failed set (UnrecoverableError). A handler returns only what it decides.
 */
export function createStageWorker<P>(deps: StageWorkerDeps<P>): Worker {
  const schema = payloadSchemaFor(deps.queue);
  const processor = async (job: Job, token?: string): Promise<JobReturn | undefined> => {
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
      ...(token !== undefined ? { lock: { key: lockKey, token } } : {}),
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
      const from = { stage: deps.queue, startedAt, jobId: ctx.jobId, run, replay: raw.replay };
      const chain = await deps
        .handler(parsed.data as P, ctx)
        .then((first) => runChain(first, from, ctx, { local: deps.local, timestamp: job.timestamp }));
      const { emits: next, last: result } = chain;
      if (next.length) await deps.producer.add(next);
      // Once the next jobs are queued: each stage's afterEmit in flow order, then the run's record,
      // sent as one write (ADR 0024). None waits on another's reply: the story index's failure is only
      // logged, and the run's record of the item is a plain overwrite, so a retry after any of them
      // failed writes the same again.
      const { feedItems, outcome } = result;
      await sendTogether(deps.connection, [
        ...chain.afterEmits,
        ...(run && feedItems !== undefined && typeof feedId === 'string'
          ? [() => recordFeed(deps.connection, deps.keyPrefix, run, feedId, { items: feedItems })]
          : []),
        ...(run && outcome ? [() => recordItem(deps.connection, deps.keyPrefix, run, outcome)] : []),
      ]);
      for (const s of chain.stages) observe(s.stage, s.outcome, s.startedAt, raw, s.firstTraceAt);
      log.debug(
        {
          ms: Date.now() - startedAt,
          emitted: next.length,
          outcome: result.outcome,
          ...(chain.stages.length > 1 ? { stages: chain.stages.map((s) => s.stage) } : {}),
        },
        'job done',
      );
      if (!notes.length && !chain.delivered.length) return undefined;
      return {
        ...(notes.length ? { notes: notes.slice(0, JOB_LOG_LINES).map(clip) } : {}),
        ...(chain.delivered.length ? { delivered: chain.delivered } : {}),
      };
    } catch (err) {
      await writeNotes(job, notes, log);
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
  // Offered to the stages before it in this process, which then run it inline (the sinks, gated, never).
  const handler = deps.handler as StageHandler<StoryJob>;
  if (deps.local && !deps.hooks) deps.local.register(deps.queue, handler);
  else if (deps.local && deps.inline) {
    const gate = deps.hooks?.gate as
      | ((p: StoryJob, c: StageContext) => Promise<number | undefined>)
      | undefined;
    deps.local.register(deps.queue, handler, { sink: true, ...(gate ? { gate } : {}) });
  }
  worker.on('error', (err) => deps.log.error({ err, queue: deps.queue }, 'worker error'));
  // A job that stalled too often fails without its processor running: settle it for its run here.
  // Only BullMQ's own reason: a handler's error that happens to say "stalled" was settled already.
  worker.on('failed', (job, err) => {
    if (!job || err.message !== STALLED_TOO_OFTEN) return;
    deps.log.error({ err, queue: deps.queue, jobId: job.id }, 'job failed after stalling');
    void recordRunFailure(deps, (job.data ?? {}) as Payload, `WF_E_INTERNAL: ${err.message}`).catch(
      () => undefined,
    );
  });
  return worker;
}

/** Count and time the job; a fetch also counts under its feed, a delivery gives its latency. */
function observe(
  queue: string,
  outcome: string,
  startedAt: number,
  raw: Payload,
  inlineFirstTraceAt?: string,
): void {
  if (queue === Stage.fetch && typeof raw.feedId === 'string') {
    observeJob(queue, outcome, startedAt, { feedId: raw.feedId });
    return;
  }
  const trace = Array.isArray(raw.story?.trace) ? (raw.story.trace as { at?: unknown }[]) : [];
  const first = inlineFirstTraceAt ?? trace[0]?.at;
  if (queue.startsWith('sink.') && outcome === 'delivered' && typeof first === 'string') {
    observeJob(queue, outcome, startedAt, { sink: queue.slice(5), firstTraceAt: first });
    return;
  }
  observeJob(queue, outcome, startedAt);
}
