import type { RedisClient } from '@wirefeed/core';
import { jobNotes } from '@wirefeed/core';
import type { Job, JobType, Queue } from 'bullmq';

/** States a job list can show; `waiting` is BullMQ's `wait`. */
export const LIST_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'] as const;
export type ListState = (typeof LIST_STATES)[number];

/** Job data above this many characters (as JSON) is cut in views unless asked for in full. */
export const DATA_PREVIEW_CHARS = 8_000;
/** Jobs one batch of a bulk action touches: one short Lua call each, so Redis never stalls. */
export const BULK_BATCH = 500;
/** Batches one bulk clean request runs at most; the answer says whether more are left. */
export const MAX_BATCHES_PER_REQUEST = 200;

export interface JobSummary {
  id: string;
  name: string;
  storyId?: string;
  headline?: string;
  feedId?: string;
  attemptsMade: number;
  timestamp: number;
  processedOn?: number;
  finishedOn?: number;
  delay?: number;
  failedReason?: string;
}

export interface JobDetail extends JobSummary {
  queue: string;
  state: string;
  /** JSON of the job's data, cut at DATA_PREVIEW_CHARS unless `full`. */
  data: string;
  dataChars: number;
  truncated: boolean;
  maxAttempts: number;
  attemptsStarted: number;
  stacktrace: string[];
  returnvalue: unknown;
  logs: string[];
  progress: unknown;
}

interface Payload {
  story?: { id?: unknown; headline?: unknown; source?: { feedId?: unknown } };
  item?: { title?: unknown };
  feedId?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function summarize(
  job: Pick<
    Job,
    | 'id'
    | 'name'
    | 'data'
    | 'attemptsMade'
    | 'timestamp'
    | 'processedOn'
    | 'finishedOn'
    | 'delay'
    | 'failedReason'
  >,
): JobSummary {
  const data = (job.data ?? {}) as Payload;
  const storyId = str(data.story?.id);
  const headline = str(data.story?.headline) ?? str(data.item?.title);
  const feedId = str(data.feedId) ?? str(data.story?.source?.feedId);
  return {
    id: job.id ?? '',
    name: job.name,
    ...(storyId ? { storyId } : {}),
    ...(headline ? { headline: headline.slice(0, 300) } : {}),
    ...(feedId ? { feedId } : {}),
    attemptsMade: job.attemptsMade,
    timestamp: job.timestamp,
    ...(job.processedOn ? { processedOn: job.processedOn } : {}),
    ...(job.finishedOn ? { finishedOn: job.finishedOn } : {}),
    ...(job.delay ? { delay: job.delay } : {}),
    ...(job.failedReason ? { failedReason: job.failedReason.slice(0, 500) } : {}),
  };
}

const bullState = (state: ListState): JobType => (state === 'waiting' ? 'wait' : state);

/** One page of a queue's jobs in one state, newest first unless `order` is asc. */
export async function listJobs(
  queue: Queue,
  state: ListState,
  options: { page: number; size: number; order: 'asc' | 'desc' },
): Promise<{ jobs: JobSummary[]; total: number; page: number; size: number; pages: number }> {
  // Whole numbers only: they become LRANGE/ZRANGE indexes, which Redis refuses as fractions.
  const size = Math.min(Math.max(Math.floor(options.size) || 1, 1), 200);
  const counts = await queue.getJobCounts(bullState(state));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(Math.floor(options.page) || 1, 1), pages);
  const start = (page - 1) * size;
  const jobs = await queue.getJobs([bullState(state)], start, start + size - 1, options.order === 'asc');
  return { jobs: jobs.filter((j): j is Job => !!j).map(summarize), total, page, size, pages };
}

/** A job with everything the detail view shows; undefined when BullMQ no longer keeps it. */
export async function jobDetail(queue: Queue, id: string, full = false): Promise<JobDetail | undefined> {
  const job = await queue.getJob(id);
  if (!job) return undefined;
  const [state, logs] = await Promise.all([job.getState(), queue.getJobLogs(id, 0, 199, true)]);
  const json = JSON.stringify(job.data, null, 2) ?? 'null';
  const truncated = !full && json.length > DATA_PREVIEW_CHARS;
  return {
    ...summarize(job),
    queue: queue.name,
    state,
    data: truncated ? json.slice(0, DATA_PREVIEW_CHARS) : json,
    dataChars: json.length,
    truncated,
    maxAttempts: job.opts.attempts ?? 1,
    attemptsStarted: job.attemptsStarted,
    stacktrace: job.stacktrace ?? [],
    // A stage job's return value is its notes (shown as its log lines below): not shown twice.
    returnvalue: jobNotes([], job.returnvalue).length > 0 ? null : (job.returnvalue ?? null),
    logs: jobNotes(logs.logs, job.returnvalue),
    progress: job.progress,
  };
}

export const JobAction = { retry: 'retry', remove: 'remove', promote: 'promote' } as const;
export type JobAction = (typeof JobAction)[keyof typeof JobAction];

/** BullMQ's code for a job its scheduler holds as its next run (`ErrorCode.JobBelongsToJobScheduler`). */
const BELONGS_TO_SCHEDULER = -8;

/** An action the job's state does not allow: 409, with what to do instead, not a 500. */
function refused(message: string, cause?: unknown): Error & { statusCode: number } {
  return Object.assign(new Error(message, cause === undefined ? undefined : { cause }), { statusCode: 409 });
}

const shownState = (state: string) => (state === 'wait' ? 'waiting' : state);

/**
 * Retry a failed (or completed) job, remove one, or promote a delayed one. A retried job gets its
 * attempts back: BullMQ keeps `attemptsMade` by default, so a job that had used them all would be
 * failed for good by its first error, with none of its backoff. An action the job's state refuses
 * (or a race with a worker) is answered 409 with the reason.
 */
export async function actOnJob(queue: Queue, id: string, action: JobAction): Promise<'done' | 'not-found'> {
  const job = await queue.getJob(id);
  if (!job) return 'not-found';
  const state = await job.getState();
  if (action === 'retry') {
    if (state !== 'failed' && state !== 'completed')
      throw refused(`job ${id} is ${shownState(state)}: only a failed or completed job can be retried`);
    await job
      .retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true })
      .catch(async (err: unknown) => {
        throw refused(`job ${id} was not retried: it is now ${shownState(await job.getState())}`, err);
      });
  } else if (action === 'promote') {
    if (state !== 'delayed')
      throw refused(`job ${id} is ${shownState(state)}: only a delayed job can be run now`);
    await job.promote().catch(async (err: unknown) => {
      throw refused(`job ${id} was not run now: it is now ${shownState(await job.getState())}`, err);
    });
  } else {
    if (state === 'active')
      throw refused(`job ${id} is active: a worker is running it; remove it once it has finished`);
    await job.remove().catch(async (err: unknown) => {
      if ((err as { code?: unknown }).code === BELONGS_TO_SCHEDULER)
        throw refused(
          `job ${id} is the next run of a feed's schedule: pause or remove the feed to stop its polls`,
          err,
        );
      throw refused(`job ${id} was not removed: it is now ${shownState(await job.getState())}`, err);
    });
  }
  return 'done';
}

/**
 * Retry every failed (or completed) job of a queue, BULK_BATCH per Lua call: each call is short, so
 * other clients are served between them even when a million jobs wait to be retried. Each job gets
 * its attempts back first (BullMQ's bulk retry keeps them): the jobs are those finished by `now`.
 */
export async function retryAll(
  queue: Queue,
  state: 'failed' | 'completed',
  redis: RedisClient,
): Promise<{ before: number }> {
  const before = (await queue.getJobCounts(state))[state] ?? 0;
  const now = Date.now();
  // A cursor, not offsets: a million failed jobs cost one pass over the set, not one per batch.
  let cursor = '0';
  do {
    const [next, flat] = await redis.zscan(queue.toKey(state), cursor, 'COUNT', BULK_BATCH);
    cursor = next;
    const reset = redis.pipeline();
    for (let i = 0; i + 1 < flat.length; i += 2)
      if (Number(flat[i + 1]) <= now) reset.hdel(queue.toKey(flat[i] as string), 'atm', 'ats');
    if (reset.length) await reset.exec();
  } while (cursor !== '0');
  await queue.retryJobs({ state, count: BULK_BATCH, timestamp: now });
  return { before };
}

/** Run every delayed job now (a sink back up need not wait out its backoff), BULK_BATCH per call. */
export async function promoteAll(queue: Queue): Promise<{ before: number }> {
  const before = (await queue.getJobCounts('delayed')).delayed ?? 0;
  await queue.promoteJobs({ count: BULK_BATCH });
  return { before };
}

/**
 * Remove a queue's jobs in one state older than `graceMs`, BULK_BATCH per call and at most
 * MAX_BATCHES_PER_REQUEST calls; `more` says whether a further request has work left.
 */
export async function cleanJobs(
  queue: Queue,
  state: 'failed' | 'completed' | 'delayed' | 'waiting',
  graceMs: number,
): Promise<{ removed: number; more: boolean }> {
  let removed = 0;
  for (let batch = 0; batch < MAX_BATCHES_PER_REQUEST; batch++) {
    const ids = await queue.clean(graceMs, BULK_BATCH, state === 'waiting' ? 'wait' : state);
    removed += ids.length;
    if (ids.length < BULK_BATCH) return { removed, more: false };
  }
  return { removed, more: true };
}
