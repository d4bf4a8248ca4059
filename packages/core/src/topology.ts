import type { DefaultJobOptions } from 'bullmq';
import { z } from 'zod';
import { shortHash } from './hash.ts';
import { Stage } from './stages.ts';
import { RawItemSchema, StorySchema } from './story.ts';

export { STAGES, Stage } from './stages.ts';

/** The queue of one sink: the deliverer fans out to one per configured sink. */
export function sinkQueueName(sinkName: string): string {
  return `sink.${sinkName}`;
}

/**
 * Ties a job to a one-shot run (`wirefeed process`) so the run can tell when every item it read has
 * settled. `item` names the item within the run; services leave `run` unset.
 */
export const RunRefSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{6,40}$/),
  item: z.string().optional(),
});
export type RunRef = z.infer<typeof RunRefSchema>;

export const FetchJobSchema = z.object({
  feedId: z.string().min(1),
  url: z.string().min(1),
  title: z.string().optional(),
  run: RunRefSchema.optional(),
});
export const NormalizeJobSchema = z.object({
  feedId: z.string().min(1),
  feedUrl: z.string().min(1),
  feedTitle: z.string().optional(),
  fetchedAt: z.iso.datetime(),
  item: RawItemSchema,
  run: RunRefSchema.optional(),
  /**
   * Set by `wirefeed replay`: run the item through again even though the index has seen it. `true`
   * from the one asking; the stages hand it on as a tag that keys the replay's own job ids.
   */
  replay: z.union([z.literal(true), z.string().regex(/^[a-z0-9]{1,24}$/)]).optional(),
});
export const StoryJobSchema = z.object({
  story: StorySchema,
  run: RunRefSchema.optional(),
  replay: z.union([z.literal(true), z.string().regex(/^[a-z0-9]{1,24}$/)]).optional(),
});

export type FetchJob = z.infer<typeof FetchJobSchema>;
export type NormalizeJob = z.infer<typeof NormalizeJobSchema>;
export type StoryJob = z.infer<typeof StoryJobSchema>;

/** The payload contract of every queue, checked when a worker takes a job. */
export const JobSchemas = {
  fetch: FetchJobSchema,
  normalize: NormalizeJobSchema,
  dedup: StoryJobSchema,
  enrich: StoryJobSchema,
  deliver: StoryJobSchema,
  sink: StoryJobSchema,
} as const;

function runSuffix(run: RunRef | undefined): string {
  return run ? `-r${run.id}` : '';
}

/**
 * Deterministic job ids: a retried stage that adds its output again adds the same ids, which BullMQ
 * ignores, so nothing fans out twice. BullMQ forbids ':' in custom ids, hence the dashes.
 */
export const jobIds = {
  fetch: (feedId: string, run?: RunRef) => `f-${shortHash(feedId)}${runSuffix(run)}`,
  normalize: (feedId: string, itemKey: string, rawHash: string, run?: RunRef) =>
    `n-${shortHash(feedId, itemKey, rawHash)}${runSuffix(run)}`,
  dedup: (storyId: string, contentHash: string, run?: RunRef) =>
    `d-${storyId}-${contentHash.slice(0, 16)}${runSuffix(run)}`,
  enrich: (storyId: string, version: number, run?: RunRef) => `e-${storyId}-v${version}${runSuffix(run)}`,
  deliver: (storyId: string, version: number, run?: RunRef) => `v-${storyId}-v${version}${runSuffix(run)}`,
  sink: (sinkName: string, storyId: string, version: number, run?: RunRef) =>
    `s-${sinkName}-${storyId}-v${version}${runSuffix(run)}`,
  /** A replay's own normalize job (`wirefeed replay`, the dashboard): fresh, never one BullMQ keeps. */
  replay: (storyId: string, now = Date.now()) =>
    `n-${storyId}-rp${now.toString(36)}${Math.floor(Math.random() * 1_296).toString(36)}`,
  /** Every job after a replay's normalize job: the first pass's id with the replay's tag. */
  replayed: (jobId: string, tag: string) => `${jobId}-x${tag}`,
} as const;

/** The id of the job that carries `story` to `queue` (a story stage or a sink) within `run`. */
export function storyJobId(
  queue: string,
  story: { id: string; version: number; contentHash: string },
  run?: RunRef,
): string {
  if (queue === Stage.dedup) return jobIds.dedup(story.id, story.contentHash, run);
  if (queue === Stage.enrich) return jobIds.enrich(story.id, story.version, run);
  if (queue === Stage.deliver) return jobIds.deliver(story.id, story.version, run);
  if (queue.startsWith('sink.')) return jobIds.sink(queue.slice(5), story.id, story.version, run);
  throw new Error(`"${queue}" does not take a story`);
}

/**
 * Bounds that keep Redis memory flat: completed jobs for an hour (max 1,000), failed for a week, and
 * a job's log to its last 20 lines across retries.
 */
export const defaultJobOptions: DefaultJobOptions = {
  keepLogs: 20,
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 3_600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3_600, count: 10_000 },
};

/** Fetches retry less: the next scheduled poll is itself a retry. */
export const fetchJobOptions: DefaultJobOptions = {
  ...defaultJobOptions,
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
};

/** The backoff type of sink jobs: exponential, but never sooner than a Retry-After the sink was given. */
export const SINK_BACKOFF = 'sink';

/**
 * Sinks ride out outages: 10 attempts from 2 s doubling span about 34 minutes before a story goes to
 * the sink's failed set (dead letters), from which it can be retried. The sink worker computes the
 * `sink` backoff (`sinkBackoffMs`).
 */
export const sinkJobOptions: DefaultJobOptions = {
  ...defaultJobOptions,
  attempts: 10,
  backoff: { type: SINK_BACKOFF, delay: 2_000 },
};

/** Delay before retry `attempt` (1-based) of a sink job: 2 s doubling, or the Retry-After if longer. */
export function sinkBackoffMs(attempt: number, retryAfterMs?: number): number {
  return Math.max(retryAfterMs ?? 0, Math.round(2 ** (attempt - 1) * 2_000));
}

export function jobOptionsFor(queue: string): DefaultJobOptions {
  if (queue === Stage.fetch) return fetchJobOptions;
  return queue.startsWith('sink.') ? sinkJobOptions : defaultJobOptions;
}

export function payloadSchemaFor(queue: string): z.ZodType {
  if (queue.startsWith('sink.')) return JobSchemas.sink;
  const schema = (JobSchemas as Record<string, z.ZodType>)[queue];
  if (!schema) throw new Error(`no payload contract for queue "${queue}"`);
  return schema;
}
