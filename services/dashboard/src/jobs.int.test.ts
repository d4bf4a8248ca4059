import type { Producer, RedisClient } from '@wirefeed/core';
import {
  closeWorker,
  createProducer,
  createRedis,
  createStageWorker,
  nullLogger,
  WirefeedError,
} from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import type { Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOnJob, listJobs, retryAll } from './jobs.ts';

describe('dashboard job actions on a real Redis', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('dashboard-jobs');
  const prefix = `{${raw}}`;
  let connection: RedisClient;
  let producer: Producer;
  const workers: Worker[] = [];

  beforeAll(() => {
    connection = createRedis(url, 'worker');
    producer = createProducer({ connection: createRedis(url, 'producer'), prefix });
  });
  afterAll(async () => {
    for (const w of workers) await closeWorker(w, 500);
    await producer.close();
    connection.disconnect();
    await dropPrefix(url, raw);
  });

  /** An enrich worker whose handler fails (transiently) while `failures` says so. */
  const flaky = (queue: string) => {
    const calls = new Map<string, number>();
    const failUntil = new Map<string, number>();
    const worker = createStageWorker({
      queue,
      connection,
      producer,
      prefix,
      keyPrefix: prefix,
      log: nullLogger(),
      handler: async (_p, ctx) => {
        const n = (calls.get(ctx.jobId) ?? 0) + 1;
        calls.set(ctx.jobId, n);
        if (n <= (failUntil.get(ctx.jobId) ?? 0)) throw new WirefeedError('WF_E_ENRICH', `call ${n} failed`);
        return {};
      },
    });
    workers.push(worker);
    void worker.run();
    return { worker, calls, failUntil };
  };
  const opts = { attempts: 2, backoff: { type: 'fixed' as const, delay: 20 } };
  const stateOf = (queue: string, id: string) => async () => producer.queue(queue).getJobState(id);

  it('gives a retried job its attempts back: an error after the retry is retried, not failed for good', async () => {
    const { calls, failUntil } = flaky('enrich');
    const q = producer.queue('enrich');
    // Fails both its attempts (the sink was down), then once more after the retry (still warming up).
    failUntil.set('once', 3);
    await q.add('x', { story: makeStory() }, { ...opts, jobId: 'once' });
    await expect.poll(stateOf('enrich', 'once'), { timeout: 10_000 }).toBe('failed');
    expect(await actOnJob(q, 'once', 'retry')).toBe('done');
    await expect.poll(stateOf('enrich', 'once'), { timeout: 10_000 }).toBe('completed');
    expect(calls.get('once')).toBe(4);
  });

  it('gives every job of a bulk retry its attempts back', async () => {
    const { calls, failUntil } = flaky('deliver');
    const q = producer.queue('deliver');
    for (const id of ['b1', 'b2']) {
      failUntil.set(id, 3);
      await q.add('x', { story: makeStory() }, { ...opts, jobId: id });
    }
    await expect.poll(async () => (await q.getJobCounts('failed')).failed, { timeout: 10_000 }).toBe(2);
    expect(await retryAll(q, 'failed', connection)).toEqual({ before: 2 });
    await expect.poll(async () => (await q.getJobCounts('completed')).completed, { timeout: 10_000 }).toBe(2);
    expect([calls.get('b1'), calls.get('b2')]).toEqual([4, 4]);
  });

  it("answers 409 with the reason when the job's state refuses the action, and leaves the job be", async () => {
    const q = producer.queue('dedup');
    await q.add('x', { story: makeStory() }, { jobId: 'waits' });
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (err: Error & { statusCode?: number }) => ({ status: err.statusCode, message: err.message }),
      );
    expect(await refusal(actOnJob(q, 'waits', 'retry'))).toEqual({
      status: 409,
      message: 'job waits is waiting: only a failed or completed job can be retried',
    });
    expect(await refusal(actOnJob(q, 'waits', 'promote'))).toEqual({
      status: 409,
      message: 'job waits is waiting: only a delayed job can be run now',
    });
    expect(await q.getJobState('waits')).toBe('waiting');

    // A job a worker is running.
    const held = producer.queue('sink.held');
    const worker = createStageWorker({
      queue: 'sink.held',
      connection,
      producer,
      prefix,
      keyPrefix: prefix,
      log: nullLogger(),
      handler: () => new Promise(() => {}),
    });
    workers.push(worker);
    void worker.run();
    await held.add('x', { story: makeStory() }, { jobId: 'runs' });
    await expect.poll(stateOf('sink.held', 'runs'), { timeout: 5_000 }).toBe('active');
    expect(await refusal(actOnJob(held, 'runs', 'remove'))).toMatchObject({ status: 409 });
    expect(await held.getJobState('runs')).toBe('active');

    // The next run of a feed's schedule.
    const fetch = producer.queue('fetch');
    const next = await fetch.upsertJobScheduler(
      'sub:feed',
      { every: 3_600_000 },
      { name: 'poll', data: { feedId: 'feed', url: 'https://feed.example/rss' } },
    );
    const id = next?.id ?? '';
    expect(await refusal(actOnJob(fetch, id, 'remove'))).toEqual({
      status: 409,
      message: `job ${id} is the next run of a feed's schedule: pause or remove the feed to stop its polls`,
    });
    expect(await fetch.getJobState(id)).not.toBe('unknown');
  });

  it('lists a page whatever numbers the query gave', async () => {
    const q = producer.queue('sink.pages');
    for (let i = 0; i < 5; i++) await q.add('x', { i });
    const list = await listJobs(q, 'waiting', { page: 1.5, size: 2.5, order: 'desc' });
    expect(list).toMatchObject({ page: 1, size: 2, pages: 3, total: 5 });
    expect(list.jobs).toHaveLength(2);
  });
});
