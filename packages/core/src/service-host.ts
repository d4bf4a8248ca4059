import type { Worker } from 'bullmq';
import type { Config } from './config.ts';
import { parseDuration } from './config.ts';
import type { LocalStages } from './fused-stages.ts';
import { createLocalStages, watchPausedQueues } from './fused-stages.ts';
import type { ReadinessCheck } from './health.ts';
import { redisCheck } from './health.ts';
import type { Logger } from './logger.ts';
import { reportQueueDepth } from './metrics.ts';
import type { Producer } from './producer.ts';
import { createProducer } from './producer.ts';
import type { RedisClient } from './redis.ts';
import { createRedis, hashTagPrefix, whenReady } from './redis.ts';
import { warnAboutRedis } from './redis-sanity.ts';
import { checkRegistry, checkWorkers, concurrencyFor } from './services.ts';
import { closeWorker } from './shutdown.ts';
import type { StageHandler } from './stage-worker.ts';
import { createStageWorker } from './stage-worker.ts';
import type { TaskPool } from './task-pool.ts';
import { createTaskPool } from './task-pool.ts';
import { keepYoungGenerationSmall } from './young-generation.ts';

/** Heap of one task thread: normalize's language models and enrich's gazetteer, plus a huge item. */
const STAGE_THREAD_HEAP_MB = 1024;

/** What every service factory is given: plain typed objects, no container. */
export interface ServiceDeps {
  config: Config;
  log: Logger;
  /** Worker-role connection (never gives up on a command): for workers and for Redis work inside jobs. */
  connection: RedisClient;
  producer: Producer;
  /** Hash-tagged prefix of Wirefeed's own keys (`{wirefeed}`). */
  keyPrefix: string;
  /** BullMQ prefix of the queues; differs from keyPrefix only for isolated one-shot runs. */
  queuePrefix: string;
  /**
   * Where stage state lives (the dedup index, sinks' write records): keyPrefix for the services,
   * a namespace of its own for one-shot runs, so a `process` never eats what `start` should deliver.
   */
  statePrefix: string;
  /**
   * The process's task threads, shared by its stages: a stage loads its pure functions into them
   * (`threads.use`) and runs each item there within `WIREFEED_ITEM_BUDGET` (see `createTaskPool`).
   */
  threads: TaskPool;
  /**
   * The story stages this process runs, for stage workers (`local` of `createStageWorker`): when
   * normalize, dedup, enrich and deliver share a process, a story crosses them as one job. Unset when
   * `WIREFEED_FUSED_STAGES` is false.
   */
  local?: LocalStages;
}

/** A running part of the pipeline: its workers, plus whatever it must start and close itself. */
export interface WirefeedService {
  name: string;
  workers: Worker[];
  start?(): Promise<void>;
  close?(): Promise<void>;
}

export type ServiceFactory = (deps: ServiceDeps) => WirefeedService;

export interface Host {
  deps: ServiceDeps;
  /**
   * Producer-role connection (no offline queue, one retry) for work that answers a request, such as
   * the dashboard's: while Redis is away a command fails at once and the request says so, where the
   * worker connection would hold it until Redis is back.
   */
  requests: RedisClient;
  services: WirefeedService[];
  checks: ReadinessCheck[];
  close(deadlineMs?: number): Promise<void>;
}

/**
 * Start services in one process against one Redis: shared connections, their workers running.
 * `close` stops in reverse order: workers (active jobs finish up to the deadline), services' own
 * resources, the producer's queues, then the connections.
 */
export async function startHost(options: {
  config: Config;
  log: Logger;
  redisUrl: string;
  factories: readonly ServiceFactory[];
  queuePrefix?: string;
  statePrefix?: string;
}): Promise<Host> {
  keepYoungGenerationSmall();
  const keyPrefix = hashTagPrefix(options.config.WIREFEED_PREFIX);
  const connection = createRedis(options.redisUrl, 'worker', 'wirefeed-worker', options.log);
  const producerConnection = createRedis(options.redisUrl, 'producer', 'wirefeed-producer', options.log);
  const queuePrefix = options.queuePrefix ?? keyPrefix;
  const producer = createProducer({ connection: producerConnection, prefix: queuePrefix });
  // One budget for every stage's items; the heap fits the gazetteer and language models with room
  // for a 15 MB body, and a thread that needs more fails its item.
  const threads = createTaskPool({
    name: 'stage',
    threads: options.config.WIREFEED_STAGE_THREADS,
    budgetMs: parseDuration(options.config.WIREFEED_ITEM_BUDGET),
    maxHeapMb: STAGE_THREAD_HEAP_MB,
    log: options.log,
  });
  const deps: ServiceDeps = {
    config: options.config,
    log: options.log,
    connection,
    producer,
    keyPrefix,
    queuePrefix,
    statePrefix: options.statePrefix ?? keyPrefix,
    threads,
    ...(options.config.WIREFEED_FUSED_STAGES ? { local: createLocalStages() } : {}),
  };
  // The producer fails fast when Redis is away (no offline queue), so a stage's first output must not
  // race its connection: on a Cluster the slots take a moment to load.
  await whenReady(producerConnection, options.redisUrl).catch(() => undefined);
  await warnAboutRedis(connection, options.log).catch(() => undefined);
  checkRegistry();
  const services: WirefeedService[] = [];
  let pausedWatch: ReturnType<typeof watchPausedQueues> | undefined;
  const close = async (deadlineMs = 10_000) => {
    pausedWatch?.stop();
    // All workers at once under one deadline, so shutdown fits a container's grace period.
    await Promise.all(services.flatMap((s) => s.workers).map((w) => closeWorker(w, deadlineMs)));
    for (const service of [...services].reverse()) await service.close?.();
    await threads.close();
    await producer.close();
    await Promise.allSettled([connection.quit(), producerConnection.quit()]);
  };
  try {
    // Inside the try: a factory that throws (a webhook sink without its secret) must not leave the
    // services made before it, the threads and the connections open, or the process never exits.
    for (const factory of options.factories) services.push(factory(deps));
    if (deps.local) {
      widenFusedWorkers(services, deps.local);
      // A stage paused from the dashboard stays paused when its work runs inline in another's job.
      pausedWatch = watchPausedQueues(deps.local, (queue) => producer.queue(queue).isPaused());
      await pausedWatch.refresh().catch(() => undefined);
    }
    // The stages' modules load in their threads meanwhile (the gazetteer, language models): no job is
    // taken before, so none waits for them.
    await threads.ready();
    checkWorkers(services);
    for (const service of services) {
      await service.start?.();
      for (const worker of service.workers) {
        worker
          .run()
          .catch((err: unknown) => options.log.error({ err, queue: worker.name }, 'worker stopped'));
      }
      await Promise.all(service.workers.map((w) => w.waitUntilReady()));
      options.log.info(
        { service: service.name, queues: service.workers.map((w) => w.name) },
        'service started',
      );
    }
  } catch (err) {
    await close(1_000).catch(() => undefined);
    throw err;
  }
  const stopDepth = reportQueueDepth(() =>
    services.flatMap((svc) => svc.workers).map((w) => producer.queue(w.name)),
  );
  const closeAll = close;
  const closeWithDepth = async (deadlineMs?: number) => {
    stopDepth();
    await closeAll(deadlineMs);
  };
  const workersRunning: ReadinessCheck = {
    name: 'workers',
    check: () => services.every((s) => s.workers.every((w) => w.isRunning())),
  };
  return {
    deps,
    requests: producerConnection,
    services,
    checks: [redisCheck(connection), workersRunning],
    close: closeWithDepth,
  };
}

/**
 * A service that is one stage worker: `handler` bound to `queue` with the deps' connections and
 * prefixes, a child logger named for the service, and the concurrency the registry's variable sets.
 */
export function createStageService<P>(
  deps: ServiceDeps,
  options: { name: string; queue: string; handler: StageHandler<P>; concurrency?: number },
): WirefeedService {
  const worker = createStageWorker({
    queue: options.queue,
    connection: deps.connection,
    producer: deps.producer,
    prefix: deps.queuePrefix,
    keyPrefix: deps.keyPrefix,
    log: deps.log.child({ service: options.name }),
    handler: options.handler,
    ...(deps.local ? { local: deps.local } : {}),
    concurrency:
      options.concurrency ??
      concurrencyFor(deps.config, options.name, options.queue) ??
      deps.config.WIREFEED_CONCURRENCY,
  });
  return { name: options.name, workers: [worker] };
}

/**
 * A worker whose jobs carry a story through k stages here holds each story k times as long as one
 * stage's worker would: it runs k times the jobs at once, so the process keeps as many stories in
 * flight as the same stages run one job each (`WIREFEED_CONCURRENCY` stays per stage, ADR 0021).
 */
function widenFusedWorkers(services: readonly WirefeedService[], local: LocalStages): void {
  for (const worker of services.flatMap((s) => s.workers)) {
    const carried = local.carried(worker.name);
    if (carried > 1) worker.concurrency *= carried;
  }
}
