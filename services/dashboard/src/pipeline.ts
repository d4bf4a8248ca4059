import type { Producer, SinkSpec } from '@wirefeed/core';
import { STAGES, sinkQueueName } from '@wirefeed/core';

const STATES = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'waiting-children',
  'failed',
  'completed',
] as const;

export interface StageCounts {
  name: string;
  queue: string;
  counts: Record<(typeof STATES)[number], number>;
}

/** Every stage in flow order, then each sink, with its job counts per state. */
export async function pipelineCounts(producer: Producer, sinks: readonly SinkSpec[]): Promise<StageCounts[]> {
  const queues = [
    ...STAGES.map((s) => ({ name: s, queue: s })),
    ...sinks.map((s) => ({ name: `sink ${s.name}`, queue: sinkQueueName(s.name) })),
  ];
  return Promise.all(
    queues.map(async ({ name, queue }) => {
      const counts = await producer.queue(queue).getJobCounts(...STATES);
      return {
        name,
        queue,
        counts: Object.fromEntries(STATES.map((s) => [s, counts[s] ?? 0])) as StageCounts['counts'],
      };
    }),
  );
}
