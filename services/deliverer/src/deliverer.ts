import type { ServiceDeps, SinkSpec, StageHandler, StoryJob, WirefeedService } from '@wirefeed/core';
import { createStageWorker, jobIds, Stage, sinkQueueName, traced } from '@wirefeed/core';
import type { Sink } from '@wirefeed/sinks';
import { createSink } from '@wirefeed/sinks';

/** Fan-out: one job per configured sink, so a slow or failing sink never holds back the others. */
export function createDeliverHandler(sinks: readonly Pick<SinkSpec, 'name'>[]): StageHandler<StoryJob> {
  return async (job, ctx) => {
    if (sinks.length === 0) return { outcome: 'unrouted' };
    const story = traced(job.story, Stage.deliver, ctx);
    const data: StoryJob = { story, ...(job.run ? { run: job.run } : {}) };
    return {
      emits: sinks.map((s) => ({
        queue: sinkQueueName(s.name),
        jobId: jobIds.sink(s.name, story.id, story.version, job.run),
        data,
      })),
    };
  };
}

/** Write one story to one sink; the sink guarantees one effect per (id, version). */
export function createSinkHandler(sink: Sink): StageHandler<StoryJob> {
  return async (job, ctx) => {
    const result = await sink.write({ story: job.story, attempt: ctx.attempt });
    ctx.log.info({ sink: sink.name, version: job.story.version, result }, 'story delivered');
    return { outcome: 'delivered' };
  };
}

/** The deliverer service: consumes `deliver` and every `sink.<name>` queue, writes to the sinks. */
export function createDeliverer(deps: ServiceDeps): WirefeedService {
  const log = deps.log.child({ service: 'deliverer' });
  const specs = deps.config.WIREFEED_SINKS;
  const sinks = specs.map((spec) =>
    createSink(spec, {
      redis: deps.connection,
      prefix: deps.statePrefix,
      format: deps.config.WIREFEED_FORMAT,
    }),
  );
  const common = {
    connection: deps.connection,
    producer: deps.producer,
    prefix: deps.queuePrefix,
    keyPrefix: deps.keyPrefix,
    log,
  };
  const workers = [
    createStageWorker({
      ...common,
      queue: Stage.deliver,
      handler: createDeliverHandler(specs),
      concurrency: deps.config.WIREFEED_CONCURRENCY,
    }),
    // One write at a time per sink keeps NDJSON lines in arrival order; the queue absorbs bursts.
    ...sinks.map((sink) =>
      createStageWorker({
        ...common,
        queue: sinkQueueName(sink.name),
        handler: createSinkHandler(sink),
        concurrency: 1,
      }),
    ),
  ];
  return {
    name: 'deliverer',
    workers,
    async close() {
      await Promise.all(sinks.map((s) => s.close()));
    },
  };
}
