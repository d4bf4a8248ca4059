import type { JobsOptions } from 'bullmq';
import { Queue } from 'bullmq';
import type { RedisClient } from './redis.ts';
import { jobOptionsFor } from './topology.ts';

/** One job a stage hands to the next queue. `jobId` must be deterministic (see `jobIds`). */
export interface Emit {
  queue: string;
  jobId: string;
  data: unknown;
  name?: string;
  opts?: Omit<JobsOptions, 'jobId'>;
}

/** Adds jobs to any pipeline queue; holds one BullMQ Queue per name, created on first use. */
export interface Producer {
  queue(name: string): Queue;
  add(emits: readonly Emit[]): Promise<void>;
  close(): Promise<void>;
}

export function createProducer(deps: { connection: RedisClient; prefix: string }): Producer {
  const queues = new Map<string, Queue>();
  const queue = (name: string): Queue => {
    let q = queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: deps.connection,
        prefix: deps.prefix,
        defaultJobOptions: jobOptionsFor(name),
      });
      queues.set(name, q);
    }
    return q;
  };
  return {
    queue,
    async add(emits) {
      const byQueue = new Map<string, Emit[]>();
      for (const e of emits) byQueue.set(e.queue, [...(byQueue.get(e.queue) ?? []), e]);
      // addBulk is one MULTI per queue: all of a stage's output lands, or none does and the job retries.
      // A lone job is one `add` (one EVALSHA): a MULTI on BullMQ's connection builds a pipeline object
      // that copies every script BullMQ loaded onto it, the dearest part of a hop.
      await Promise.all(
        [...byQueue].map(async ([name, list]) => {
          const [only] = list;
          if (list.length === 1 && only) {
            await queue(name).add(only.name ?? name, only.data, { ...only.opts, jobId: only.jobId });
            return;
          }
          await queue(name).addBulk(
            list.map((e) => ({ name: e.name ?? name, data: e.data, opts: { ...e.opts, jobId: e.jobId } })),
          );
        }),
      );
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
      queues.clear();
    },
  };
}
