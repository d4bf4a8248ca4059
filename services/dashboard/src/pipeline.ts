import type { Producer, RedisClient, SinkSpec, StageCounts } from '@wirefeed/core';
import { countsOf, pipelineQueues } from '@wirefeed/core';
import type { Queue } from 'bullmq';

/** One stage of the overview: counts, throughput, the oldest waiting job, workers. */
export interface StageOverview extends StageCounts {
  kind: 'stage' | 'sink';
  paused: boolean;
  /** Jobs completed and failed per minute, the current minute first (BullMQ metrics; empty before any). */
  throughput: { completed: number[]; failed: number[] };
  /** Completed in the last 60 minutes. */
  completedLastHour: number;
  failedLastHour: number;
  /** Age in ms of the job that has waited longest, or null when none waits. */
  oldestWaitingMs: number | null;
  workers: number;
}

export interface Overview {
  at: string;
  stages: StageOverview[];
}

/** Minutes of throughput the overview carries: the last three hours. */
export const THROUGHPUT_MINUTES = 180;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** BullMQ's metrics as `Queue.getMetrics` returns them. */
export interface QueueMetrics {
  meta: { count: number; prevTS: number; prevCount: number };
  data: number[];
}

/**
 * Jobs per minute, newest first, index 0 being the current minute. BullMQ pushes a minute's count
 * only when a job finishes in a later minute: the minute in progress is `count - prevCount`, and the
 * minutes since the last job finished (none pushed yet) were empty.
 */
export function perMinute(metrics: QueueMetrics, now: number, minutes = THROUGHPUT_MINUTES): number[] {
  if (!metrics.meta.prevTS) return [];
  const gap = Math.max(0, Math.floor(now / 60_000) - Math.floor(metrics.meta.prevTS / 60_000));
  const series = [
    ...new Array<number>(Math.min(gap, minutes)).fill(0),
    Math.max(0, metrics.meta.count - metrics.meta.prevCount),
    ...metrics.data,
  ];
  return series.slice(0, minutes);
}

async function oldestWaiting(client: RedisClient, queue: Queue, now: number): Promise<number | null> {
  // The wait list takes new jobs at its head: its tail is the job that has waited longest. O(1).
  const id = await client.lindex(queue.keys.wait as string, -1);
  if (!id) return null;
  const timestamp = Number(await client.hget(queue.toKey(id), 'timestamp'));
  return Number.isFinite(timestamp) && timestamp > 0 ? Math.max(0, now - timestamp) : null;
}

/**
 * The pipeline overview: every queue's counts, per-minute throughput over the last hours, its
 * oldest waiting job's age and its workers. Each part is O(1) or bounded in Redis (LLEN/ZCARD,
 * LRANGE over the metrics, one LINDEX), so it stays fast however many jobs the queues hold.
 */
export async function pipelineOverview(
  producer: Producer,
  sinks: readonly Pick<SinkSpec, 'name'>[],
  redis: RedisClient,
  now = Date.now(),
): Promise<Overview> {
  const stages = await Promise.all(
    pipelineQueues(sinks).map(async ({ name, queue: queueName, kind }): Promise<StageOverview> => {
      const queue = producer.queue(queueName);
      const [counts, paused, completed, failed, oldestWaitingMs, workers] = await Promise.all([
        countsOf(queue),
        queue.isPaused(),
        queue.getMetrics('completed', 0, THROUGHPUT_MINUTES - 1).then((m) => perMinute(m, now)),
        queue.getMetrics('failed', 0, THROUGHPUT_MINUTES - 1).then((m) => perMinute(m, now)),
        oldestWaiting(redis, queue, now),
        queue.getWorkersCount(),
      ]);
      return {
        name,
        queue: queueName,
        kind,
        counts,
        paused,
        throughput: { completed, failed },
        completedLastHour: sum(completed.slice(0, 60)),
        failedLastHour: sum(failed.slice(0, 60)),
        oldestWaitingMs,
        workers,
      };
    }),
  );
  return { at: new Date(now).toISOString(), stages };
}
