import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import type { Worker } from 'bullmq';
import { QueueEvents } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WirefeedError } from './errors.ts';
import { createLocalStages, watchPausedQueues } from './fused-stages.ts';
import { nullLogger } from './logger.ts';
import type { Producer } from './producer.ts';
import { createProducer } from './producer.ts';
import type { RedisClient } from './redis.ts';
import { createRedis } from './redis.ts';
import { closeWorker } from './shutdown.ts';
import type { StageContext, StageHandler } from './stage-worker.ts';
import { createStageWorker, jobNotes } from './stage-worker.ts';
import type { Story } from './story.ts';
import { makeStory } from './story-fixtures.ts';
import type { StoryJob } from './topology.ts';
import { jobIds, Stage } from './topology.ts';

describe('stages fused in one process (runChain on a real Redis)', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('fused-stages');
  const prefix = `{${raw}}`;
  let connection: RedisClient;
  let producer: Producer;
  let events: QueueEvents;
  let workers: Worker[] = [];

  beforeAll(() => {
    connection = createRedis(url, 'worker');
    producer = createProducer({ connection: createRedis(url, 'producer'), prefix });
    events = new QueueEvents(Stage.dedup, { connection: createRedis(url, 'worker'), prefix });
  });
  afterEach(async () => {
    await Promise.all(workers.map((w) => closeWorker(w, 2_000)));
    workers = [];
  });
  afterAll(async () => {
    await events.close();
    await producer.close();
    connection.disconnect();
    await dropPrefix(url, raw);
  });

  /** dedup → enrich → deliver → sink.out, each stage's worker offered to the others (as startHost does). */
  function startChain(handlers: {
    dedup?: StageHandler<StoryJob>;
    enrich?: StageHandler<StoryJob>;
    deliver?: StageHandler<StoryJob>;
  }) {
    const local = createLocalStages();
    const pass =
      (to: string): StageHandler<StoryJob> =>
      async ({ story }) => ({ next: [{ queue: to, story }] });
    const chain: [string, StageHandler<StoryJob>][] = [
      [Stage.dedup, handlers.dedup ?? pass(Stage.enrich)],
      [Stage.enrich, handlers.enrich ?? pass(Stage.deliver)],
      [Stage.deliver, handlers.deliver ?? pass('sink.out')],
    ];
    workers = chain.map(([queue, handler]) =>
      createStageWorker({
        queue,
        connection,
        producer,
        prefix,
        keyPrefix: prefix,
        log: nullLogger(),
        handler,
        local,
        concurrency: 2,
      }),
    );
    for (const w of workers) void w.run();
    return local;
  }

  async function addDedupJob(story: Story) {
    const job = await producer
      .queue(Stage.dedup)
      .add('x', { story }, { jobId: jobIds.dedup(story.id, story.contentHash), attempts: 2 });
    await job.waitUntilFinished(events, 15_000);
    return job;
  }

  async function sinkJob(story: Story) {
    for (let i = 0; i < 100; i++) {
      const job = await producer.queue('sink.out').getJob(jobIds.sink('out', story.id, story.version));
      if (job) return job;
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined;
  }

  it('carries a story across the stages it holds as one job: one trace entry each, no job in between', async () => {
    const story = makeStory({ source: { guid: 'fused-1' } });
    const tokens: Record<string, string> = {};
    const order: string[] = [];
    const seen =
      (stage: string, to: string): StageHandler<StoryJob> =>
      async (job, ctx: StageContext) => {
        tokens[stage] = ctx.token;
        ctx.note(`${stage} saw it`);
        return {
          next: [{ queue: to, story: job.story }],
          afterEmit: async () => {
            const queued = await producer.queue('sink.out').getJob(jobIds.sink('out', story.id, 1));
            order.push(`${stage}:${queued ? 'after' : 'before'}`);
          },
        };
      };
    startChain({ dedup: seen('dedup', Stage.enrich), enrich: seen('enrich', Stage.deliver) });
    const job = await addDedupJob(story);

    const out = await sinkJob(story);
    const carried = (out?.data as StoryJob | undefined)?.story as Story;
    expect(carried.trace.slice(story.trace.length).map((t) => t.stage)).toEqual([
      'dedup',
      'enrich',
      'deliver',
    ]);
    for (const entry of carried.trace.slice(story.trace.length)) expect(entry.ms).toBeGreaterThanOrEqual(0);
    for (const queue of [Stage.enrich, Stage.deliver]) {
      const counts = await producer.queue(queue).getJobCounts('waiting', 'active', 'completed', 'failed');
      expect(
        Object.values(counts).every((n) => n === 0),
        queue,
      ).toBe(true);
    }
    // Each inline stage gets the token its own job would have had: stable across this job's retries.
    expect(tokens.enrich).toBe(`${jobIds.enrich(story.id, 1)}@${job.timestamp}`);
    // Every stage's afterEmit runs once the story is safely queued past the last of them.
    expect(order).toEqual(['dedup:after', 'enrich:after']);
    const done = await producer.queue(Stage.dedup).getJob(job.id ?? '');
    expect(jobNotes([], done?.returnvalue)).toEqual(['dedup saw it', 'enrich: enrich saw it']);
  });

  it('hands a story whose inline stage fails for good to that stage’s queue, where it fails attributed to it', async () => {
    const story = makeStory({ source: { guid: 'fused-poison' } });
    let afterDedup = 0;
    startChain({
      dedup: async ({ story: s }) => ({
        next: [{ queue: Stage.enrich, story: s }],
        afterEmit: async () => {
          afterDedup += 1;
        },
      }),
      enrich: async () => {
        throw new WirefeedError('WF_E_ITEM_INVALID', 'enrich cannot take it');
      },
    });
    const job = await addDedupJob(story);
    expect(await job.getState()).toBe('completed');
    const enrichId = jobIds.enrich(story.id, 1);
    let state = '';
    for (let i = 0; i < 100 && state !== 'failed'; i++) {
      state = await producer.queue(Stage.enrich).getJobState(enrichId);
      if (state !== 'failed') await new Promise((r) => setTimeout(r, 50));
    }
    expect(state).toBe('failed');
    const failed = await producer.queue(Stage.enrich).getJob(enrichId);
    expect(failed?.failedReason).toMatch(/^WF_E_ITEM_INVALID: enrich cannot take it/);
    // The handed-off job is the one dedup would have added: traced by dedup, not by enrich.
    expect((failed?.data as StoryJob | undefined)?.story.trace.at(-1)?.stage).toBe('dedup');
    expect(afterDedup).toBe(1);
    expect(await producer.queue(Stage.dedup).getFailedCount()).toBe(0);
    expect(await producer.queue('sink.out').getJob(jobIds.sink('out', story.id, 1))).toBeUndefined();
  });

  it('lets the stage’s own worker retry a story its inline run failed on, and the story goes on from there', async () => {
    const story = makeStory({ source: { guid: 'fused-flaky' } });
    let enrichCalls = 0;
    startChain({
      enrich: async ({ story: s }) => {
        enrichCalls += 1;
        if (enrichCalls === 1) throw new WirefeedError('WF_E_REDIS', 'flaky');
        return { next: [{ queue: Stage.deliver, story: s }] };
      },
    });
    await addDedupJob(story);
    const out = await sinkJob(story);
    expect(enrichCalls).toBe(2);
    const carried = (out?.data as StoryJob | undefined)?.story as Story;
    expect(carried.trace.slice(story.trace.length).map((t) => t.stage)).toEqual([
      'dedup',
      'enrich',
      'deliver',
    ]);
    // The retry ran as enrich's own job, and deliver ran inline in it. The sink job is added before
    // that job finishes: wait for its finish.
    await expect.poll(() => producer.queue(Stage.enrich).getCompletedCount()).toBe(1);
    expect(await producer.queue(Stage.deliver).getCompletedCount()).toBe(0);
  });

  it('leaves a paused stage paused: its story waits in its queue instead of running inline, and goes on once resumed', async () => {
    const story = makeStory({ source: { guid: 'fused-paused' } });
    let enrichCalls = 0;
    const local = startChain({
      enrich: async ({ story: s }) => {
        enrichCalls += 1;
        return { next: [{ queue: Stage.deliver, story: s }] };
      },
    });
    const enrich = producer.queue(Stage.enrich);
    // The dashboard's "Pause stage" on enrich.
    await enrich.pause();
    const watch = watchPausedQueues(local, (queue) => producer.queue(queue).isPaused(), 50);
    try {
      await watch.refresh();
      await addDedupJob(story);
      expect(await enrich.getJobState(jobIds.enrich(story.id, 1))).toBe('waiting');
      expect(enrichCalls).toBe(0);
      expect(await producer.queue('sink.out').getJob(jobIds.sink('out', story.id, 1))).toBeUndefined();
      await enrich.resume();
      expect(await sinkJob(story)).toBeDefined();
      expect(enrichCalls).toBe(1);
    } finally {
      watch.stop();
      await enrich.resume();
    }
  });
});
