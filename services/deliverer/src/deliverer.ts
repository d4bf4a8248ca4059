import type {
  Logger,
  Producer,
  RedisClient,
  ServiceDeps,
  SinkSpec,
  StageHandler,
  Story,
  StoryJob,
  WirefeedService,
} from '@wirefeed/core';
import { createStageWorker, jobIds, Stage, sinkQueueName, traced } from '@wirefeed/core';
import type { Sink } from '@wirefeed/sinks';
import { createSink, markWithdrawn, routeStory } from '@wirefeed/sinks';
import { createSinkWorker } from './sink-worker.ts';

/** Key of the count of stories that matched no sink (services; one-shot runs count them per run). */
export function unroutedCountKey(keyPrefix: string): string {
  return `${keyPrefix}:deliver:unrouted`;
}

/** Milliseconds until a story's embargo lifts; 0 when it has none or it has passed. */
export function embargoDelay(story: Story, now: number): number {
  if (!story.embargoedUntil || story.signals.canceled) return 0;
  return Math.max(0, Date.parse(story.embargoedUntil) - now);
}

/**
 * Remove the held (delayed) sink jobs of a story's earlier versions: a kill during an embargo cancels
 * them. The delayed set is scanned rather than the ids derived, because the held job may belong to
 * another one-shot run than the kill; it holds embargoed stories and retries, so it stays small.
 */
async function dropHeldVersions(
  producer: Producer,
  sinks: readonly Pick<SinkSpec, 'name'>[],
  story: Story,
  log: Logger,
): Promise<number> {
  let dropped = 0;
  const PAGE = 500;
  for (const sink of sinks) {
    const queue = producer.queue(sinkQueueName(sink.name));
    const held = [];
    for (let start = 0; ; start += PAGE) {
      const jobs = await queue.getDelayed(start, start + PAGE - 1);
      held.push(...jobs.filter((j) => (j?.data as StoryJob | undefined)?.story?.id === story.id));
      if (jobs.length < PAGE) break;
    }
    for (const job of held) {
      if ((job.data as StoryJob).story.version >= story.version) continue;
      // A job that just became active is locked and cannot be removed; the withdrawn mark stops it.
      await job
        .remove()
        .then(() => (dropped += 1))
        .catch(() => undefined);
    }
  }
  if (dropped > 0) log.info({ storyId: story.id, dropped }, 'held versions withdrawn');
  return dropped;
}

export interface DeliverHandlerDeps {
  sinks: readonly Pick<SinkSpec, 'name' | 'rules'>[];
  redis: RedisClient;
  producer: Producer;
  keyPrefix: string;
  statePrefix: string;
  now?: () => number;
}

/**
 * Fan-out: one job per sink whose rules the story matches, so a slow or failing sink never holds
 * back the others. A story under embargo is added delayed until the embargo lifts; a kill marks the
 * story withdrawn and removes versions still held.
 */
export function createDeliverHandler(deps: DeliverHandlerDeps): StageHandler<StoryJob> {
  const now = deps.now ?? Date.now;
  return async (job, ctx) => {
    const story = traced(job.story, Stage.deliver, ctx);
    if (story.signals.canceled) {
      await markWithdrawn(deps.redis, deps.statePrefix, story.id);
      await dropHeldVersions(deps.producer, deps.sinks, story, ctx.log);
    }
    const targets = routeStory(story, deps.sinks);
    if (targets.length === 0) {
      await deps.redis.incr(unroutedCountKey(deps.keyPrefix));
      ctx.log.info({ version: story.version, language: story.language }, 'story unrouted');
      return { outcome: 'unrouted' };
    }
    const delay = embargoDelay(story, now());
    if (delay > 0) ctx.log.info({ embargoedUntil: story.embargoedUntil, delay }, 'story held for embargo');
    const data: StoryJob = { story, ...(job.run ? { run: job.run } : {}) };
    return {
      emits: targets.map((s) => ({
        queue: sinkQueueName(s.name),
        jobId: jobIds.sink(s.name, story.id, story.version, job.run),
        data,
        ...(delay > 0 ? { opts: { delay } } : {}),
      })),
    };
  };
}

/** The deliverer service: consumes `deliver` and every `sink.<name>` queue, writes to the sinks. */
export function createDeliverer(deps: ServiceDeps): WirefeedService {
  const log = deps.log.child({ service: 'deliverer' });
  const specs = deps.config.WIREFEED_SINKS;
  const sinks: { spec: SinkSpec; sink: Sink }[] = specs.map((spec) => ({
    spec,
    sink: createSink(spec, {
      redis: deps.connection,
      prefix: deps.statePrefix,
      format: deps.config.WIREFEED_FORMAT,
      allowPrivate: deps.config.WIREFEED_ALLOW_PRIVATE_NETWORKS,
      allowedPorts: deps.config.WIREFEED_ALLOWED_PORTS,
      log,
    }),
  }));
  const workers = [
    createStageWorker({
      connection: deps.connection,
      producer: deps.producer,
      prefix: deps.queuePrefix,
      keyPrefix: deps.keyPrefix,
      log,
      queue: Stage.deliver,
      handler: createDeliverHandler({
        sinks: specs,
        redis: deps.connection,
        producer: deps.producer,
        keyPrefix: deps.keyPrefix,
        statePrefix: deps.statePrefix,
      }),
      concurrency: deps.config.WIREFEED_CONCURRENCY,
    }),
    ...sinks.map(({ sink }) =>
      createSinkWorker({
        sink,
        connection: deps.connection,
        producer: deps.producer,
        prefix: deps.queuePrefix,
        keyPrefix: deps.keyPrefix,
        log,
        concurrency: deps.config.WIREFEED_SINK_CONCURRENCY,
      }),
    ),
  ];
  return {
    name: 'deliverer',
    workers,
    async start() {
      // Migrations run before any worker takes a job; a database that is down fails start-up loudly.
      await Promise.all(sinks.map(({ sink }) => sink.start?.()));
    },
    async close() {
      await Promise.all(sinks.map(({ sink }) => sink.close()));
    },
  };
}
