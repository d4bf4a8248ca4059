import type { Producer, RedisClient } from '@wirefeed/core';
import { createProducer, createRedis } from '@wirefeed/core';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  fetchNow,
  schedulerIdFor,
  scheduleSubscription,
  syncSchedules,
  unscheduleSubscription,
} from './schedule.ts';
import type { Subscription } from './subscription.ts';

function sub(id: string, overrides: Partial<Subscription> = {}): Subscription {
  return {
    id,
    url: `https://${id}.example/feed.xml`,
    tags: [],
    origin: 'cli',
    minIntervalMs: 60_000,
    maxIntervalMs: 3_600_000,
    paused: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
    state: { consecutiveErrors: 0, itemsSeen: 0, ...overrides.state },
  };
}

describe('fetch schedules on a real Redis', () => {
  const url = testRedisUrl();
  const bare = uniquePrefix('subscription-schedule');
  let connection: RedisClient;
  let producers: Producer[] = [];
  let queue: Queue;
  let n = 0;

  // Each test gets a queue of its own, so job counts are its own.
  const freshQueue = () => {
    const producer = createProducer({ connection, prefix: `{${bare}}:${n++}` });
    producers.push(producer);
    return producer.queue('fetch');
  };
  const pending = async (q: Queue) => (await q.getJobs(['waiting', 'delayed', 'prioritized'])).length;

  beforeAll(() => {
    connection = createRedis(url, 'producer');
  });
  beforeEach(() => {
    queue = freshQueue();
  });
  afterAll(async () => {
    await Promise.all(producers.map((p) => p.close()));
    producers = [];
    await dropPrefix(url, bare);
    connection.disconnect();
  });

  it('upserts sub:<id> polling at the minimum interval, its first run at once', async () => {
    const s = sub('alpha', { title: 'Alpha' });
    await scheduleSubscription(queue, s);
    const scheduler = await queue.getJobScheduler(schedulerIdFor('alpha'));
    expect(scheduler).toMatchObject({
      key: 'sub:alpha',
      name: 'poll',
      every: 60_000,
      template: { data: { feedId: 'alpha', url: s.url, title: 'Alpha' } },
    });
    const jobs = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.data).toEqual({ feedId: 'alpha', url: s.url, title: 'Alpha' });
    expect(jobs[0]?.opts.attempts).toBe(3);
    // Upserting again (another replica, a re-sync) adds no second job.
    await scheduleSubscription(queue, s);
    expect(await pending(queue)).toBe(1);
  });

  it('uses the interval given, else the fetcher’s, within the subscription’s bounds', async () => {
    await scheduleSubscription(queue, sub('given'), 120_000);
    await scheduleSubscription(
      queue,
      sub('adapted', { state: { consecutiveErrors: 0, itemsSeen: 0, intervalMs: 300_000 } }),
    );
    await scheduleSubscription(queue, sub('low'), 1_000);
    await scheduleSubscription(queue, sub('high'), 99 * 3_600_000);
    const every = async (id: string) => (await queue.getJobScheduler(schedulerIdFor(id)))?.every;
    expect(await every('given')).toBe(120_000);
    expect(await every('adapted')).toBe(300_000);
    expect(await every('low')).toBe(60_000);
    expect(await every('high')).toBe(3_600_000);
  });

  // A scheduler as BullMQ leaves it mid-schedule: `every` ms apart, the next run at `next`.
  const planned = async (id: string, every: number, next: number) => {
    await queue.upsertJobScheduler(
      schedulerIdFor(id),
      { every, startDate: next },
      { name: 'poll', data: { feedId: id, url: sub(id).url } },
    );
    expect((await queue.getJobScheduler(schedulerIdFor(id)))?.next).toBe(next);
  };
  const nextRun = async (id: string) => (await queue.getJobScheduler(schedulerIdFor(id)))?.next ?? 0;

  it('moves the next run out to now + the new interval when the interval lengthens', async () => {
    // A 429 with Retry-After 3600 s: the run BullMQ queued at the old 60 s interval must not happen.
    await planned('backoff', 60_000, Date.now() + 50_000);
    const before = Date.now();
    await scheduleSubscription(queue, sub('backoff'), 3_600_000);
    const scheduler = await queue.getJobScheduler(schedulerIdFor('backoff'));
    expect(scheduler?.every).toBe(3_600_000);
    expect(scheduler?.next).toBeGreaterThanOrEqual(before + 3_600_000);
    // The old run is gone, not left beside the new one.
    expect(await pending(queue)).toBe(1);
    // The periodic re-sync does the same for a lengthened interval it finds in the state.
    await planned('slower', 60_000, Date.now() + 50_000);
    const syncedAt = Date.now();
    const adapted = sub('slower', { state: { consecutiveErrors: 0, itemsSeen: 0, intervalMs: 600_000 } });
    expect((await syncSchedules(queue, [adapted])).upserted).toEqual(['slower']);
    expect(await nextRun('slower')).toBeGreaterThanOrEqual(syncedAt + 600_000);
  });

  it('keeps the next run when the interval shortens, unless now + the new interval is sooner', async () => {
    // Already due sooner than the new interval: it stays, rather than polling at once.
    const soon = Date.now() + 50_000;
    await planned('soon', 120_000, soon);
    await scheduleSubscription(queue, sub('soon'), 60_000);
    expect(await queue.getJobScheduler(schedulerIdFor('soon'))).toMatchObject({ every: 60_000, next: soon });
    expect(await queue.getJobs(['waiting'])).toHaveLength(0);
    // Due later than now + the new interval: it comes closer.
    await planned('far', 600_000, Date.now() + 500_000);
    await scheduleSubscription(queue, sub('far'), 60_000);
    expect(await nextRun('far')).toBeLessThanOrEqual(Date.now() + 60_000);
    expect(await pending(queue)).toBe(2);
  });

  it('returns the interval it scheduled, clamped to the bounds, for the caller to save', async () => {
    expect(await scheduleSubscription(queue, sub('clamp-high'), 99 * 3_600_000)).toBe(3_600_000);
    expect(await scheduleSubscription(queue, sub('clamp-low'), 1_000)).toBe(60_000);
    expect(await scheduleSubscription(queue, sub('as-is'), 90_000)).toBe(90_000);
  });

  it('syncs to exactly the active subscriptions, removing strays and old yaml-* ones only', async () => {
    await queue.upsertJobScheduler('sub:gone', { every: 60_000 }, { name: 'poll', data: {} });
    await queue.upsertJobScheduler('yaml-old', { every: 60_000 }, { name: 'poll', data: {} });
    await queue.upsertJobScheduler('someone-else', { every: 60_000 }, { name: 'other', data: {} });
    const subs = [sub('a'), sub('b', { paused: true }), sub('c')];
    await scheduleSubscription(queue, sub('b'));
    const first = await syncSchedules(queue, subs);
    expect(first.upserted.sort()).toEqual(['a', 'c']);
    expect(first.removed.sort()).toEqual(['sub:b', 'sub:gone', 'yaml-old']);
    const keys = (await queue.getJobSchedulers(0, -1)).map((s) => s.key).sort();
    expect(keys).toEqual(['someone-else', 'sub:a', 'sub:c']);
    // Nothing changed: nothing is written.
    expect(await syncSchedules(queue, subs)).toEqual({ upserted: [], unchanged: 2, removed: [] });
    // A changed title or URL reaches the job template.
    const renamed = [sub('a', { title: 'A!' }), subs[1] as Subscription, sub('c', { url: '/srv/c.xml' })];
    expect((await syncSchedules(queue, renamed)).upserted.sort()).toEqual(['a', 'c']);
    expect((await queue.getJobScheduler('sub:c'))?.template?.data).toEqual({
      feedId: 'c',
      url: '/srv/c.xml',
    });
  });

  it('brings a scheduler made with other job options (an older version) to today’s', async () => {
    await queue.upsertJobScheduler(
      'sub:old',
      { every: 60_000 },
      { name: 'poll', data: { feedId: 'old', url: 'https://old.example/feed.xml' }, opts: { attempts: 1 } },
    );
    expect(await syncSchedules(queue, [sub('old')])).toMatchObject({ upserted: ['old'], unchanged: 0 });
    expect((await queue.getJobScheduler('sub:old'))?.template?.opts).toMatchObject({
      attempts: 3,
      backoff: { type: 'exponential', delay: 5_000 },
    });
    expect(await syncSchedules(queue, [sub('old')])).toMatchObject({ upserted: [], unchanged: 1 });
  });

  it('makes one job per run when replicas sync at once', async () => {
    const subs = ['r1', 'r2', 'r3'].map((id) => sub(id));
    const other = freshQueue();
    const twin = createProducer({ connection, prefix: (queue.opts.prefix ?? '') as string });
    producers.push(twin);
    await Promise.all([syncSchedules(queue, subs), syncSchedules(twin.queue('fetch'), subs)]);
    expect(await queue.getJobSchedulersCount()).toBe(3);
    expect(await pending(queue)).toBe(3);
    expect(await other.getJobSchedulersCount()).toBe(0);
  });

  it('unschedules, taking the pending run with it', async () => {
    await scheduleSubscription(queue, sub('bye'));
    expect(await unscheduleSubscription(queue, 'bye')).toBe(true);
    expect(await unscheduleSubscription(queue, 'bye')).toBe(false);
    expect(await pending(queue)).toBe(0);
  });

  it('fetches now once however often asked while the job waits, and again once it is done', async () => {
    const s = sub('now');
    const id1 = await fetchNow(queue, s);
    const id2 = await fetchNow(queue, s);
    expect(id2).toBe(id1);
    expect(await queue.getJobs(['waiting'])).toHaveLength(1);
    const job = await queue.getJob(id1);
    expect(job?.data).toEqual({ feedId: 'now', url: s.url });
    // Done (here: removed) frees the deduplication key.
    await job?.remove();
    const id3 = await fetchNow(queue, s);
    expect(id3).not.toBe(id1);
  });
});
