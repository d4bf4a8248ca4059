import { readFile } from 'node:fs/promises';
import type { Producer } from '@wirefeed/core';
import type { JobType } from 'bullmq';
import { expect } from 'vitest';

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

export interface DeliveredOnceOptions<T> {
  /** Reads what the sink holds now. */
  read: () => Promise<T[]>;
  /** How many deliveries make the whole set. */
  expected: number;
  producer: Producer;
  /** The queues an item passes through, sinks' included. */
  queues: readonly string[];
  /** How long the last delivery may take to land (the pipeline's work, not a speed bound). */
  timeoutMs?: number;
  /** Jobs expected in the failed sets (a poison job the test put there); default none. */
  failed?: number;
}

/**
 * The delivery guarantee as a user sees it: every story reaches the sink, nothing is left pending in
 * any queue, then no (id, version) is in the sink twice, nothing more arrived, and no job failed.
 * Returns the sink's lines for the test's own checks.
 */
export async function expectDeliveredOnce<T extends Pick<SinkLine, 'id' | 'version'>>(
  options: DeliveredOnceOptions<T>,
): Promise<T[]> {
  const { read, expected, producer, queues, timeoutMs = 120_000, failed = 0 } = options;
  await expect
    .poll(async () => (await read()).length, { timeout: timeoutMs, interval: 500 })
    .toBeGreaterThanOrEqual(expected);
  // Let anything still in flight land, then look again: no story may arrive twice.
  await expect.poll(() => pendingJobs(producer, queues), { timeout: 60_000, interval: 500 }).toBe(0);
  const lines = await read();
  expect(repeated(lines)).toEqual([]);
  expect(lines).toHaveLength(expected);
  expect((await jobCounts(producer, queues, 'failed')).failed ?? 0).toBe(failed);
  return lines;
}
