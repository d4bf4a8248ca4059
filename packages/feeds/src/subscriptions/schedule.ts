import { isDeepStrictEqual } from 'node:util';
import type { FetchJob } from '@wirefeed/core';
import { fetchJobOptions } from '@wirefeed/core';
import type { JobSchedulerJson, Queue } from 'bullmq';
import type { Subscription } from './subscription.ts';

/** Job schedulers owned by subscriptions are `sub:<id>`; anything else on the queue is left alone… */
export const SCHEDULER_PREFIX = 'sub:';
/** …except the feeds.yaml schedulers of before subscriptions, which sync removes. */
const LEGACY_PREFIX = 'yaml-';
const JOB_NAME = 'poll';

export function schedulerIdFor(id: string): string {
  return `${SCHEDULER_PREFIX}${id}`;
}

/**
 * The interval a subscription is polled at: the one asked for, else the fetcher's, within the bounds.
 * The one place the bounds are applied: what the fetcher saves as `state.intervalMs` must be this, or
 * the periodic re-sync (which reads the state) would schedule something else than the fetcher did.
 */
export function pollIntervalFor(sub: Subscription, intervalMs?: number): number {
  const wanted = intervalMs ?? sub.state.intervalMs ?? sub.minIntervalMs;
  return Math.min(Math.max(wanted, sub.minIntervalMs), sub.maxIntervalMs);
}

export function fetchJobFor(sub: Subscription): FetchJob {
  return { feedId: sub.id, url: sub.url, ...(sub.title ? { title: sub.title } : {}) };
}

function sameJob(a: FetchJob | undefined, b: FetchJob): boolean {
  return a?.feedId === b.feedId && a.url === b.url && a.title === b.title;
}

/**
 * The scheduler's stored job options are today's: an upgrade that changes the fetch jobs' attempts,
 * backoff or retention must reach schedulers made by an older version, which BullMQ keeps as written.
 */
function sameOptions(stored: unknown): boolean {
  return isDeepStrictEqual(stored, fetchJobOptions);
}

async function upsert(
  queue: Queue,
  sub: Subscription,
  every: number,
  existing: JobSchedulerJson | undefined,
): Promise<void> {
  // BullMQ runs a scheduler whose `every` changed at once, one fetch too many for a feed already on a
  // schedule (the fetcher adapting its interval would cause one per change). A longer interval (backoff,
  // Retry-After, a slower feed) moves the next run out to a full new interval from now: the run queued
  // at the old interval is what the server asked us not to make. A shorter one keeps the next run, or
  // brings it closer if now + the new interval is sooner.
  const now = Date.now();
  let startDate: number | undefined;
  if (existing?.every !== undefined && existing.every !== every)
    startDate =
      every > existing.every ? now + every : Math.min(Math.max(existing.next ?? now, now), now + every);
  await queue.upsertJobScheduler(
    schedulerIdFor(sub.id),
    { every, ...(startDate === undefined ? {} : { startDate }) },
    { name: JOB_NAME, data: fetchJobFor(sub), opts: fetchJobOptions },
  );
}

/**
 * Upsert the job scheduler `sub:<id>` on the fetch queue: a `poll` job every `intervalMs` (default: the
 * fetcher's interval from the state, else the subscription's minimum), carrying the FetchJob. BullMQ
 * names each run `repeat:sub:<id>:<time>`, so replicas upserting the same scheduler make one job per run.
 * A new scheduler runs at once. Returns the interval scheduled (`pollIntervalFor`: within the bounds).
 */
export async function scheduleSubscription(
  fetchQueue: Queue,
  sub: Subscription,
  intervalMs?: number,
): Promise<number> {
  const every = pollIntervalFor(sub, intervalMs);
  await upsert(fetchQueue, sub, every, await fetchQueue.getJobScheduler(schedulerIdFor(sub.id)));
  return every;
}

/**
 * Remove the scheduler of a subscription and its pending run, delayed or already waiting (a run being
 * fetched finishes). False when there was none.
 */
export async function unscheduleSubscription(fetchQueue: Queue, id: string): Promise<boolean> {
  return removeScheduler(fetchQueue, schedulerIdFor(id));
}

async function removeScheduler(fetchQueue: Queue, key: string): Promise<boolean> {
  const next = (await fetchQueue.getJobScheduler(key))?.next;
  const removed = await fetchQueue.removeJobScheduler(key);
  // BullMQ removes the next run only while it is delayed; a first run (due at once) sits in `wait`.
  if (next !== undefined) await fetchQueue.remove(`repeat:${key}:${next}`).catch(() => 0);
  return removed;
}

export interface ScheduleSyncResult {
  /** Schedulers created or changed. */
  upserted: string[];
  unchanged: number;
  /** Scheduler ids removed: paused or removed subscriptions, and feeds.yaml's old `yaml-*` ones. */
  removed: string[];
}

/**
 * Make the fetch queue's `sub:*` schedulers match exactly the subscriptions that are not paused, and
 * remove the `yaml-*` schedulers of old. A scheduler already right (same interval, job and options) is not
 * touched, so a periodic re-sync costs one read. Idempotent: replicas may sync at once.
 */
export async function syncSchedules(
  fetchQueue: Queue,
  subs: readonly Subscription[],
): Promise<ScheduleSyncResult> {
  const existing = new Map(
    (await fetchQueue.getJobSchedulers(0, -1)).map((s: JobSchedulerJson<FetchJob>) => [s.key, s]),
  );
  const result: ScheduleSyncResult = { upserted: [], unchanged: 0, removed: [] };
  const wanted = new Set<string>();
  for (const sub of subs) {
    if (sub.paused) continue;
    const key = schedulerIdFor(sub.id);
    wanted.add(key);
    const every = pollIntervalFor(sub);
    const current = existing.get(key);
    if (
      current?.every === every &&
      sameJob(current.template?.data, fetchJobFor(sub)) &&
      sameOptions(current.template?.opts)
    ) {
      result.unchanged += 1;
      continue;
    }
    await upsert(fetchQueue, sub, every, current);
    result.upserted.push(sub.id);
  }
  for (const key of existing.keys()) {
    const ours = key.startsWith(SCHEDULER_PREFIX) || key.startsWith(LEGACY_PREFIX);
    if (ours && !wanted.has(key) && (await removeScheduler(fetchQueue, key))) result.removed.push(key);
  }
  return result;
}

/**
 * Poll a feed now, outside its schedule. The job carries BullMQ deduplication by feed id: while one
 * such job is waiting or running, asking again adds nothing. Returns the id of the job that will run.
 */
export async function fetchNow(fetchQueue: Queue, sub: Subscription): Promise<string> {
  const job = await fetchQueue.add(JOB_NAME, fetchJobFor(sub), {
    ...fetchJobOptions,
    deduplication: { id: sub.id },
  });
  return job.id ?? '';
}
