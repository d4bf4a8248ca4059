import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WirefeedError } from './errors.ts';
import { nullLogger } from './logger.ts';
import type { Producer } from './producer.ts';
import { createProducer } from './producer.ts';
import type { RedisClient } from './redis.ts';
import { createRedis } from './redis.ts';
import { readRun, recordItem, startRun } from './runs.ts';
import { closeWorker } from './shutdown.ts';
import type { StageHandler } from './stage-worker.ts';
import { createStageWorker, JOB_LOG_LINES, jobNotes } from './stage-worker.ts';
import { makeStory } from './story-fixtures.ts';

describe('stage worker on a real Redis', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('stage-worker');
  const prefix = `{${raw}}`;
  let connection: RedisClient;
  let producer: Producer;

  beforeAll(() => {
    connection = createRedis(url, 'worker');
    producer = createProducer({ connection: createRedis(url, 'producer'), prefix });
  });
  afterAll(async () => {
    await producer.close();
    connection.disconnect();
    await dropPrefix(url, raw);
  });

  const start = (queue: string, handler: StageHandler<unknown>) => {
    const worker = createStageWorker({
      queue,
      connection,
      producer,
      prefix,
      keyPrefix: prefix,
      log: nullLogger(),
      handler,
      concurrency: 2,
    });
    void worker.run();
    return worker;
  };

  it('hands what a stage emits to the next queue once, even when the stage runs twice', async () => {
    const story = makeStory();
    let calls = 0;
    const worker = start('enrich', async () => {
      calls += 1;
      if (calls === 1) {
        // Emit, then fail: the retry emits the same job id again, which must not add a second job.
        await producer.add([{ queue: 'deliver', jobId: 'e2e-once', data: { story } }]);
        throw new Error('transient');
      }
      return { emits: [{ queue: 'deliver', jobId: 'e2e-once', data: { story } }] };
    });
    const events = new QueueEvents('enrich', { connection: createRedis(url, 'worker'), prefix });
    const job = await producer
      .queue('enrich')
      .add('x', { story }, { attempts: 3, backoff: { type: 'fixed', delay: 10 } });
    await job.waitUntilFinished(events, 10_000);
    expect(calls).toBe(2);
    expect(await producer.queue('deliver').getJobCounts('waiting')).toEqual({ waiting: 1 });
    await closeWorker(worker, 2_000);
    await events.close();
  });

  it('fails a permanent error at once, with its code, and retries a transient one', async () => {
    let permanentCalls = 0;
    const worker = start('normalize', async (payload) => {
      const kind = (payload as { item: { title?: string } }).item.title;
      if (kind === 'permanent') {
        permanentCalls += 1;
        throw new WirefeedError('WF_E_ITEM_INVALID', 'no headline and no body');
      }
      throw new WirefeedError('WF_E_REDIS', 'flaky');
    });
    const data = (title: string) => ({
      feedId: 'f',
      feedUrl: 'u',
      fetchedAt: new Date().toISOString(),
      item: { title, categories: [] },
    });
    const q = producer.queue('normalize');
    const opts = { attempts: 3, backoff: { type: 'fixed' as const, delay: 10 } };
    const p = await q.add('p', data('permanent'), opts);
    const t = await q.add('t', data('transient'), opts);
    await expect.poll(async () => (await q.getJobCounts('failed')).failed, { timeout: 10_000 }).toBe(2);
    const failedP = await q.getJob(p.id ?? '');
    const failedT = await q.getJob(t.id ?? '');
    expect(failedP?.failedReason).toBe('WF_E_ITEM_INVALID: no headline and no body');
    expect(failedP?.attemptsMade).toBe(1);
    expect(permanentCalls).toBe(1);
    expect(failedT?.attemptsMade).toBe(3);
    await closeWorker(worker, 2_000);
  });

  it("writes the handler's notes to the job's log, on success and on failure, bounded", async () => {
    const worker = start('enrich', async (payload, ctx) => {
      const headline = (payload as { story: { headline: string } }).story.headline;
      ctx.note(`looked at "${headline}"`);
      if (headline === 'fails') throw new WirefeedError('WF_E_ITEM_INVALID', 'no');
      for (let i = 0; i < 30; i++) ctx.note(`line ${i} ${'x'.repeat(1_000)}`);
      return {};
    });
    const q = producer.queue('enrich');
    const ok = await q.add('ok', { story: makeStory({ headline: 'works' }) });
    const bad = await q.add('bad', { story: makeStory({ headline: 'fails' }) });
    const states = async () => [await ok.getState(), await bad.getState()];
    await expect.poll(states, { timeout: 10_000 }).toEqual(['completed', 'failed']);
    // A job that succeeded keeps its notes in its return value (no log round trip); one that failed, in its log.
    const done = await q.getJob(ok.id ?? '');
    expect((await q.getJobLogs(ok.id ?? '')).logs).toEqual([]);
    const okLogs = jobNotes([], done?.returnvalue);
    expect(okLogs[0]).toBe('looked at "works"');
    expect(okLogs).toHaveLength(JOB_LOG_LINES);
    expect(Math.max(...okLogs.map((l) => l.length))).toBeLessThanOrEqual(501);
    expect((await q.getJobLogs(bad.id ?? '')).logs).toEqual(['looked at "fails"']);
    await closeWorker(worker, 2_000);
  });

  it('rejects a payload that breaks its queue contract into the failed set', async () => {
    const worker = start('dedup', async () => ({}));
    const q = producer.queue('dedup');
    const job = await q.add('bad', { story: { id: 'NOT VALID' } });
    await expect
      .poll(async () => (await q.getJob(job.id ?? ''))?.failedReason, { timeout: 10_000 })
      .toMatch(/^WF_E_BAD_PAYLOAD/);
    await closeWorker(worker, 2_000);
  });

  it('keeps run bookkeeping: settled items and the reason of each failure', async () => {
    const run = { id: 'run0001', item: 'item-a' };
    await startRun(connection, prefix, run.id, 0);
    const worker = start('deliver', async (payload) => {
      if ((payload as { run: { item: string } }).run.item === 'item-b')
        throw new WirefeedError('WF_E_SINK_CONFIG', 'no sink');
      return { outcome: 'delivered' };
    });
    const story = makeStory();
    await producer.queue('deliver').add('a', { story, run });
    await producer.queue('deliver').add('b', { story, run: { ...run, item: 'item-b' } });
    await expect
      .poll(async () => (await readRun(connection, prefix, run.id)).settled, { timeout: 10_000 })
      .toBe(2);
    const summary = await readRun(connection, prefix, run.id);
    expect(summary.counts.delivered).toBe(1);
    // Named by what a user knows: the story's headline and its feed.
    expect(summary.failures).toEqual([
      {
        item: 'item-b',
        reason: 'WF_E_SINK_CONFIG: no sink',
        headline: story.headline,
        feedId: story.source.feedId,
      },
    ]);
    await closeWorker(worker, 2_000);
  });

  it("keeps a failed item's own reason when that reason mentions a stall", async () => {
    const run = { id: 'run0003', item: 'item-s' };
    await startRun(connection, prefix, run.id, 0);
    const worker = start('deliver', async () => {
      throw new WirefeedError('WF_E_SINK_REJECTED', 'HTTP 422: upload stalled, story refused');
    });
    await producer.queue('deliver').add('s', { story: makeStory(), run });
    await expect
      .poll(async () => (await readRun(connection, prefix, run.id)).failures[0]?.reason, { timeout: 10_000 })
      .toBe('WF_E_SINK_REJECTED: HTTP 422: upload stalled, story refused');
    // The worker's 'failed' event comes after the processor's own record: give it the time to land.
    await new Promise((r) => setTimeout(r, 200));
    expect((await readRun(connection, prefix, run.id)).failures[0]?.reason).toBe(
      'WF_E_SINK_REJECTED: HTTP 422: upload stalled, story refused',
    );
    await closeWorker(worker, 2_000);
  });

  it('keeps a failed item failed when another sink settles it later', async () => {
    const run = { id: 'run0002', item: 'item-x' };
    await startRun(connection, prefix, run.id, 0);
    await recordItem(connection, prefix, run, 'failed', 'WF_E_SINK_REJECTED: HTTP 400', { headline: 'H' });
    await recordItem(connection, prefix, run, 'delivered');
    await recordItem(connection, prefix, { ...run, item: 'item-y' }, 'delivered');
    await recordItem(connection, prefix, { ...run, item: 'item-y' }, 'delivered');
    const summary = await readRun(connection, prefix, run.id);
    expect(summary.counts).toMatchObject({ delivered: 1, failed: 1 });
    expect(summary.failures).toEqual([
      { item: 'item-x', reason: 'WF_E_SINK_REJECTED: HTTP 400', headline: 'H' },
    ]);
  });

  it('lets an active job finish when closed, and takes no new ones', async () => {
    let finished = 0;
    const worker = start('fetch', async () => {
      await new Promise((r) => setTimeout(r, 300));
      finished += 1;
      return {};
    });
    const q = producer.queue('fetch');
    await q.add('slow', { feedId: 'f', url: 'file:///x' });
    await expect.poll(async () => (await q.getJobCounts('active')).active, { timeout: 5_000 }).toBe(1);
    expect(await closeWorker(worker, 5_000)).toBe('drained');
    expect(finished).toBe(1);
    await q.add('after', { feedId: 'g', url: 'file:///y' });
    await new Promise((r) => setTimeout(r, 200));
    expect(await q.getJobCounts('active', 'waiting')).toEqual({ active: 0, waiting: 1 });
  });

  it('keeps to the shutdown deadline when a job will not finish, and the job is not lost', async () => {
    const worker = start('enrich', () => new Promise(() => {}));
    const q = producer.queue('enrich');
    const job = await q.add('stuck', { story: makeStory() }, { jobId: 'stuck-job' });
    await expect.poll(async () => (await q.getJobCounts('active')).active, { timeout: 5_000 }).toBe(1);
    const t0 = Date.now();
    expect(await closeWorker(worker, 300)).toBe('forced');
    expect(Date.now() - t0).toBeLessThan(3_000);
    // The job is still there to be taken over (active until its lock lapses, then stalled → waiting).
    expect(['active', 'waiting']).toContain(await q.getJobState(job.id ?? ''));
  });
});
