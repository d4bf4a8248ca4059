export type { Config } from './config.ts';
export { loadConfig, parseDuration } from './config.ts';
export type { SinkMatch, SinkRules, SinkSpec } from './config-sinks.ts';
export { loadSinksFile, SinkKind } from './config-sinks.ts';
// The Story contract, errors, ids and the task-module type: the light half, shared with task threads.
export * from './contracts.ts';
export type { RedisHandle } from './ensure-redis.ts';
export { ensureRedis, processAlive } from './ensure-redis.ts';
export type { InlineDelivery, LocalStages, Preparation } from './fused-stages.ts';
export { createLocalStages, INLINE_QUEUES, runChain } from './fused-stages.ts';
export type { ReadinessCheck, RouteHandler } from './health.ts';
export { createHealthServer, hostAllowed, hostName, redisCheck, runChecks } from './health.ts';
export type { Logger } from './logger.ts';
export { createLogger, nullLogger } from './logger.ts';
export type { WirefeedMetrics } from './metrics.ts';
export { metricsText, observeJob, reportQueueDepth, wirefeedMetrics } from './metrics.ts';
export type { NinjsDocument } from './ninjs.ts';
export { ninjsStoryUri, toNinjs } from './ninjs.ts';
export type { JobState, PipelineQueue, StageCounts } from './pipeline-counts.ts';
export { countsOf, pipelineCounts, pipelineQueues, STATES } from './pipeline-counts.ts';
export type { Emit, Producer } from './producer.ts';
export { createProducer } from './producer.ts';
export type { ConnectionRole, RedisClient } from './redis.ts';
export { createRedis, hashTagPrefix, isClusterUrl, sendTogether, whenReady } from './redis.ts';
export type { RedisSanity } from './redis-sanity.ts';
export { checkRedisSanity } from './redis-sanity.ts';
export type { LocalRedis, LocalRedisOptions } from './redis-server.ts';
export { freePort, hasRedisServer, startLocalRedis } from './redis-server.ts';
export type { ItemAbout, ItemOutcome, RunSummary } from './runs.ts';
export { aboutPayload, readRun, recordFeed, recordItem, startRun } from './runs.ts';
export type { Host, ServiceDeps, ServiceFactory, WirefeedService } from './service-host.ts';
export { createStageService, startHost } from './service-host.ts';
export type { RunServicesOptions } from './service-main.ts';
export { runMain, runServices } from './service-main.ts';
export type {
  ConcurrencyVariable,
  PipelineServiceName,
  QueuePattern,
  ServiceName,
  ServiceSpec,
  WorkerServiceName,
} from './services.ts';
export {
  checkRegistry,
  checkWorkers,
  concurrencyFor,
  consumerOf,
  isServiceName,
  PIPELINE_SERVICES,
  queuesOf,
  SERVICE_NAMES,
  SERVICES,
  WORKER_SERVICES,
} from './services.ts';
export type { Shutdown } from './shutdown.ts';
export { closeWorker, createShutdown, installSignalHandlers } from './shutdown.ts';
export type {
  JobReturn,
  NextStory,
  StageContext,
  StageHandler,
  StageHooks,
  StageResult,
  StageWorkerDeps,
} from './stage-worker.ts';
export {
  createStageWorker,
  envelope,
  inlineDeliveries,
  jobNotes,
  replayTag,
  traced,
} from './stage-worker.ts';
export type { TaskPool, TaskPoolOptions } from './task-pool.ts';
export { createTaskPool } from './task-pool.ts';
export type { FetchJob, StoryJob } from './topology.ts';
export {
  defaultJobOptions,
  FetchJobSchema,
  fetchJobOptions,
  JobSchemas,
  jobIds,
  jobOptionsFor,
  NormalizeJobSchema,
  payloadSchemaFor,
  RunRefSchema,
  SINK_BACKOFF,
  STAGES,
  Stage,
  StoryJobSchema,
  sinkBackoffMs,
  sinkJobOptions,
  sinkQueueName,
} from './topology.ts';
