import { readFile } from 'node:fs/promises';
import type { Producer, RedisClient } from '@wirefeed/core';
import type { JobType } from 'bullmq';
import { expect } from 'vitest';
import { untilProgressStops } from './progress.ts';

/** One line of an NDJSON story sink, as far as the delivery invariants need it. */
export interface SinkLine {
  id: string;
  version: number;
  source: { feedId: string; guid?: string };
  headline: string;
  /** The stages the story went through (a story sink's lines; ninjs has none). */
  trace?: { stage: string; ms: number }[];
}

/** Every line of a file sink (a missing file is empty). A line that does not parse fails the test. */
export async function readSink<T = SinkLine>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`sink line ${i + 1} is not JSON: ${l.slice(0, 200)}`);
      }
    });
}

/** `id@version` keys that occur more than once. */
export function repeated(lines: readonly Pick<SinkLine, 'id' | 'version'>[]): string[] {
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(`${l.id}@${l.version}`, (seen.get(`${l.id}@${l.version}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k}×${n}`);
}

/**
 * Jobs still to run across `queues`. A fetch queue's delayed jobs are the subscriptions' next polls,
 * not work in flight, so they do not count; every other queue's delayed jobs (retries) do.
 */
export async function pendingJobs(producer: Producer, queues: readonly string[]): Promise<number> {
  const counts = await Promise.all(
    queues.map((q) =>
      producer
        .queue(q)
        .getJobCounts('waiting', 'active', 'prioritized', ...(q === 'fetch' ? [] : (['delayed'] as const))),
    ),
  );
  return counts.flatMap((c) => Object.values(c)).reduce((a, b) => a + (b ?? 0), 0);
}

/** Jobs per state summed across `queues`. */
export async function jobCounts(
  producer: Producer,
  queues: readonly string[],
  ...states: JobType[]
): Promise<Record<string, number>> {
  const all = await Promise.all(queues.map((q) => producer.queue(q).getJobCounts(...states)));
  const sum: Record<string, number> = {};
  for (const c of all) for (const [k, v] of Object.entries(c)) sum[k] = (sum[k] ?? 0) + (v ?? 0);
  return sum;
}

/** Every job state a queue keeps, for pictures of progress and for finding where an item is. */
const STATES = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
  'completed',
  'failed',
] as const;

/** Per queue, its job counts in every state: `fetch w0 a1 d3 …`, one queue a line (zero counts left out). */
export async function describeQueues(producer: Producer, queues: readonly string[]): Promise<string> {
  const all = await Promise.all(queues.map((q) => producer.queue(q).getJobCounts(...STATES)));
  return queues
    .map((q, i) => {
      const counts = Object.entries(all[i] ?? {}).filter(([, n]) => (n ?? 0) > 0);
      return `${q}: ${counts.map(([state, n]) => `${state} ${n}`).join(', ') || 'empty'}`;
    })
    .join('\n');
}

/**
 * Where each of `needles` (a guid, a story id) is in the pipeline: every job whose data names it,
 * with its queue, state, attempts, stalls and last error. A needle in no job was either never
 * produced or its jobs were removed; said as such.
 */
export async function locate(
  producer: Producer,
  queues: readonly string[],
  needles: readonly string[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>(needles.map((n) => [n, []]));
  const patterns = needles.map(
    (n) => [n, new RegExp(`${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`)] as const,
  );
  for (const q of queues) {
    for (const state of STATES) {
      const jobs = await producer.queue(q).getJobs([state], 0, -1);
      for (const job of jobs) {
        const text = JSON.stringify(job.data ?? null);
        for (const [needle, pattern] of patterns) {
          if (!pattern.test(text)) continue;
          const why = job.failedReason ? ` "${job.failedReason.slice(0, 160)}"` : '';
          found
            .get(needle)
            ?.push(
              `${q} ${state} ${job.id} attempts ${job.attemptsMade} stalled ${job.stalledCounter}${why}`,
            );
        }
      }
    }
  }
  return found;
}

/**
 * When the earliest delayed job of `queues` is due (a retry's backoff, a version held back), in ms
 * since the epoch; a fetch queue's delayed jobs are the next polls and do not count. Read from the
 * delayed set's scores, which BullMQ keeps as `due × 0x1000 + n`.
 */
export async function nextDelayedDue(
  redis: RedisClient,
  producer: Producer,
  queues: readonly string[],
): Promise<number | undefined> {
  let earliest: number | undefined;
  for (const q of queues) {
    if (q === 'fetch') continue;
    const key = producer.queue(q).keys.delayed;
    if (!key) continue;
    const [, score] = await redis.zrange(key, 0, 0, 'WITHSCORES');
    if (score === undefined) continue;
    const due = Math.floor(Number(score) / 0x1000);
    earliest = earliest === undefined ? due : Math.min(earliest, due);
  }
  return earliest;
}

/** Every queue's counts in every state, as one string: any change is progress. */
export async function queuesSnapshot(producer: Producer, queues: readonly string[]): Promise<string> {
  return JSON.stringify(await Promise.all(queues.map((q) => producer.queue(q).getJobCounts(...STATES))));
}

/**
 * Default for how long a pipeline may show no progress at all (no line in the sink, no job changing
 * state, no retry due) before a wait gives up: past a killed job's lock (30 s) and the stalled check
 * after it (30 s), with room for a loaded machine. Not a speed bound: a slow run that moves passes.
 */
export const IDLE_MS = 120_000;

/** Default upper bound on a whole wait, however slowly it progresses. */
export const CAP_MS = 600_000;

export interface DeliveredOnceOptions<T> {
  /** Reads what the sink holds now. */
  read: () => Promise<T[]>;
  /** How many deliveries make the whole set. */
  expected: number;
  producer: Producer;
  /** The queues an item passes through, sinks' included. */
  queues: readonly string[];
  /** How long the pipeline may go without any progress before the wait fails; default `IDLE_MS`. */
  idleMs?: number;
  /** An upper bound on the whole wait, however slow the progress; default `CAP_MS`. */
  capMs?: number;
  /** Jobs expected in the failed sets (a poison job the test put there); default none. */
  failed?: number;
  /** The keys the sink must end up holding, and each line's key: a failure then names the missing ones. */
  keys?: { expected: readonly string[]; of: (line: T) => string };
  /** A connection to the queues' Redis: delayed jobs then count as work due, not as no progress. */
  redis?: RedisClient;
  /** More to say when the wait fails (what the processes logged). */
  context?: () => string;
}

/**
 * Wait until `expected` lines are in the sink and nothing is pending in any queue, for as long as the
 * pipeline makes progress; a failure says which items are missing and where their jobs are. Returns
 * the sink's lines.
 */
export async function waitForDelivery<T>(options: DeliveredOnceOptions<T>): Promise<T[]> {
  const { read, expected, producer, queues, redis, idleMs = IDLE_MS, capMs = CAP_MS } = options;
  let lines: T[] = [];
  const snapshot = async () => {
    lines = await read();
    return `${lines.length} ${await queuesSnapshot(producer, queues)}`;
  };
  const nextDue = async () => (redis ? nextDelayedDue(redis, producer, queues) : undefined);
  const explain = async (why: string) => {
    lines = await read();
    const parts = [`${lines.length} of ${expected} in the sink, ${why}`];
    if (options.keys) {
      const have = new Set(lines.map(options.keys.of));
      const missing = options.keys.expected.filter((k) => !have.has(k));
      const where = await locate(producer, queues, missing.slice(0, 30));
      parts.push(
        `missing ${missing.length}:`,
        ...[...where].map(
          ([k, jobs]) => `  ${k}: ${jobs.join('; ') || 'in no job (never produced, or removed)'}`,
        ),
      );
    }
    parts.push('queues:', await describeQueues(producer, queues));
    const due = await nextDue();
    if (due !== undefined) parts.push(`next delayed job due ${new Date(due).toISOString()}`);
    if (options.context) parts.push(options.context());
    return parts.join('\n');
  };
  await untilProgressStops({
    done: async () => {
      lines = await read();
      return lines.length >= expected;
    },
    snapshot,
    nextDue,
    idleMs,
    capMs,
    explain,
  });
  // Let anything still in flight land before the caller looks: no story may arrive twice.
  await untilProgressStops({
    done: async () => (await pendingJobs(producer, queues)) === 0,
    snapshot,
    nextDue,
    idleMs,
    capMs,
    explain: async (why) => `jobs still pending, ${why}\n${await explain(why)}`,
  });
  return read();
}

/**
 * The delivery guarantee as a user sees it: every story reaches the sink, nothing is left pending in
 * any queue, then no (id, version) is in the sink twice, nothing more arrived, and no job failed.
 * Waits as long as the pipeline makes progress (`waitForDelivery`). Returns the sink's lines for the
 * test's own checks.
 */
export async function expectDeliveredOnce<T extends Pick<SinkLine, 'id' | 'version'>>(
  options: DeliveredOnceOptions<T>,
): Promise<T[]> {
  const lines = await waitForDelivery(options);
  expect(repeated(lines)).toEqual([]);
  expect(lines).toHaveLength(options.expected);
  expect((await jobCounts(options.producer, options.queues, 'failed')).failed ?? 0).toBe(options.failed ?? 0);
  return lines;
}
