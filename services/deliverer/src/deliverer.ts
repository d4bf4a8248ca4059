import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { createStageWorker, Stage, sinkQueueName } from '@wirefeed/core';
import { createDeliverHandler, createSink, createSinkHandler, sinkHooks } from '@wirefeed/sinks';

/**
 * The deliverer service: consumes `deliver` (fan-out by routing rules, embargo holds, kills) and
 * every `sink.<name>` queue (one write per story version, in version order), all on core's stage
 * worker. What each does lives in @wirefeed/sinks; this binds it to the queues and the config.
 */
export function createDeliverer(deps: ServiceDeps): WirefeedService {
  const log = deps.log.child({ service: 'deliverer' });
  const specs = deps.config.WIREFEED_SINKS;
  const sinks = specs.map((spec) =>
    createSink(spec, {
      redis: deps.connection,
      prefix: deps.statePrefix,
      format: deps.config.WIREFEED_FORMAT,
      allowPrivate: deps.config.WIREFEED_ALLOW_PRIVATE_NETWORKS,
      allowedPorts: deps.config.WIREFEED_ALLOWED_PORTS,
      maxStories: deps.config.WIREFEED_SINK_RECORDS_MAX,
      log,
    }),
  );
  const worker = {
    connection: deps.connection,
    producer: deps.producer,
    prefix: deps.queuePrefix,
    keyPrefix: deps.keyPrefix,
    log,
    ...(deps.local ? { local: deps.local } : {}),
  };
  const deliver = createDeliverHandler({
    sinks: specs,
    redis: deps.connection,
    producer: deps.producer,
    keyPrefix: deps.keyPrefix,
    statePrefix: deps.statePrefix,
  });
  // Co-located with the stages before it, a lone file sink is written in the job that made the story
  // (ADR 0024): no job of its own unless its gate holds a version back or a write fails.
  const inline =
    deps.local !== undefined &&
    deps.config.WIREFEED_INLINE_SINK &&
    specs.length === 1 &&
    specs[0]?.kind === 'file';
  const workers = [
    createStageWorker({
      ...worker,
      queue: Stage.deliver,
      handler: deliver,
      concurrency: deps.config.WIREFEED_CONCURRENCY,
    }),
    ...sinks.map((sink) =>
      createStageWorker({
        ...worker,
        queue: sinkQueueName(sink.name),
        handler: createSinkHandler(sink),
        hooks: sinkHooks(sink.name, deps.producer),
        concurrency: deps.config.WIREFEED_SINK_CONCURRENCY,
        inline,
      }),
    ),
  ];
  return {
    name: 'deliverer',
    workers,
    // Migrations run before any worker takes a job; a database that is down fails start-up loudly.
    start: async () => void (await Promise.all(sinks.map((sink) => sink.start?.()))),
    close: async () => void (await Promise.all(sinks.map((sink) => sink.close()))),
  };
}
