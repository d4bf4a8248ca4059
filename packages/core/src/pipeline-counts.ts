import type { Queue } from 'bullmq';
import type { SinkSpec } from './config-sinks.ts';
import type { Producer } from './producer.ts';
import { STAGES } from './stages.ts';
import { sinkQueueName } from './topology.ts';

export const STATES = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
  'failed',
  'completed',
] as const;
export type JobState = (typeof STATES)[number];

export interface StageCounts {
  name: string;
  queue: string;
  counts: Record<JobState, number>;
}

/** A queue of the pipeline: a stage, or a sink's queue. */
export interface PipelineQueue {
  name: string;
  queue: string;
  kind: 'stage' | 'sink';
}

/** Every stage in flow order, then each sink. */
export function pipelineQueues(sinks: readonly Pick<SinkSpec, 'name'>[]): PipelineQueue[] {
  return [
    ...STAGES.map((s) => ({ name: s, queue: s, kind: 'stage' as const })),
    ...sinks.map((s) => ({ name: `sink ${s.name}`, queue: sinkQueueName(s.name), kind: 'sink' as const })),
  ];
}

/** One queue's job counts in every state. */
export async function countsOf(queue: Queue): Promise<StageCounts['counts']> {
  const counts = await queue.getJobCounts(...STATES);
  return Object.fromEntries(STATES.map((s) => [s, counts[s] ?? 0])) as StageCounts['counts'];
}

/** Every stage in flow order, then each sink, with its job counts per state (`wirefeed queues`, the dashboard). */
export async function pipelineCounts(producer: Producer, sinks: readonly SinkSpec[]): Promise<StageCounts[]> {
  return Promise.all(
    pipelineQueues(sinks).map(async ({ name, queue }) => ({
      name,
      queue,
      counts: await countsOf(producer.queue(queue)),
    })),
  );
}
