/**
 * Redis memory bounded by configuration, on a private redis-server (so `used_memory` is ours alone):
 *
 * - the story index at its defaults (WIREFEED_STORY_INDEX_MAX 20,000 stories, _MAX_BYTES 128 MiB) fed
 *   BENCH_MEMORY_N realistic ~3 KB wire stories (default 200,000), each headline with a word of its own;
 *   used_memory after 20 %, 50 % and 100 % of them, and the index's cost per 1,000 stories kept;
 * - BullMQ's retention with the pipeline's job options (completed jobs: 1 h, ≤ 1,000 per queue), 20,000
 *   story-sized jobs through one queue; used_memory after half and all of them.
 *
 * - a sink's delivery records at their default cap (WIREFEED_SINK_RECORDS_MAX, 100,000 stories): written
 *   marks and latest versions of BENCH_MEMORY_N stories, each begun and committed as the file sink does.
 *
 * Fails (throws) when the second half of a run grows used_memory by more than 5 %: memory must follow
 * the caps, not the number of stories seen. The dedup index is bounded by its window (issue 13) and
 * is not fed here.
 */
import { randomBytes } from 'node:crypto';
import type { NormalizeJob, RedisClient, StoryJob } from '@wirefeed/core';
import { createRedis, jobOptionsFor, loadConfig, startLocalRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { createSinkRecords } from '@wirefeed/sinks';
import { createStoryIndex } from '@wirefeed/story-index';
import { Queue, Worker } from 'bullmq';
import { memoryByFamily } from './redis-cost.ts';
import { wireStory } from './wire-stories.ts';

const N = Number(process.env.BENCH_MEMORY_N ?? 200_000);
const JOBS = 20_000;
const MAX_GROWTH = 0.05;

async function usedMemory(redis: RedisClient): Promise<number> {
  return Number(/^used_memory:(\d+)/m.exec(String(await redis.info('memory')))?.[1] ?? 0);
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;

function growth(label: string, before: number, after: number): void {
  const g = (after - before) / before;
  const verdict = g <= MAX_GROWTH ? 'flat' : 'NOT FLAT';
  console.log(`  ${label}: ${mb(before)} → ${mb(after)} (${(g * 100).toFixed(1)} %, ${verdict})`);
  if (g > MAX_GROWTH) throw new Error(`${label}: used_memory grew ${(g * 100).toFixed(1)} %`);
}

async function storyIndex(redis: RedisClient, url: string): Promise<void> {
  const config = loadConfig({});
  const prefix = `{mem-${randomBytes(3).toString('hex')}}`;
  const index = createStoryIndex({
    redis,
    prefix,
    maxStories: config.WIREFEED_STORY_INDEX_MAX,
    maxBytes: config.WIREFEED_STORY_INDEX_MAX_BYTES,
  });
  console.log(
    `story index, defaults (${config.WIREFEED_STORY_INDEX_MAX.toLocaleString('en')} stories, ` +
      `${mb(config.WIREFEED_STORY_INDEX_MAX_BYTES)}), ${N.toLocaleString('en')} wire stories of ~3 KB:`,
  );
  const base = await usedMemory(redis);
  const marks = new Map<number, number>();
  let capped = false;
  const at0 = Date.parse('2026-11-27T00:00:00.000Z');
  const t0 = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < N; i++) {
    const s = wireStory(i);
    const raw: NormalizeJob = {
      feedId: `wire-${i % 25}`,
      feedUrl: 'https://wire.example.com/world.rss',
      fetchedAt: new Date(at0 + i * 1000).toISOString(),
      item: {
        guid: `wire-${i}`,
        title: s.title,
        link: `https://wire.example.com/world/${i}`,
        contentHtml: s.html,
        summary: s.summary,
        categories: ['World'],
      },
    };
    inFlight.push(
      index.record({
        id: `mem${String(i).padStart(12, '0')}`,
        headline: `${s.title} (${i})`,
        feedId: raw.feedId,
        urls: [raw.item.link, raw.item.guid],
        contentHash: randomBytes(16).toString('hex'),
        normalizeJobId: `n-${i}`,
        raw,
        at: raw.fetchedAt,
      }),
    );
    if (inFlight.length === 64) await Promise.all(inFlight.splice(0));
    if ((i + 1) % (N / 10) === 0) {
      await Promise.all(inFlight.splice(0));
      marks.set(i + 1, (await usedMemory(redis)) - base);
      if (i + 1 === N / 2) {
        const half = await index.usage();
        capped =
          half.stories >= config.WIREFEED_STORY_INDEX_MAX ||
          half.bytes >= config.WIREFEED_STORY_INDEX_MAX_BYTES * 0.95;
      }
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const usage = await index.usage();
  const held = await memoryByFamily(url, prefix);
  const indexBytes = Object.values(held).reduce((sum, v) => sum + v.bytes, 0);
  console.log(
    `  used_memory above the empty server: ${[...marks].map(([n, b]) => `${(n / 1000).toFixed(0)}k ${mb(b)}`).join(', ')}`,
  );
  console.log(
    `  kept ${usage.stories.toLocaleString('en')} stories, ${mb(usage.bytes)} of records (the byte cap's count); ` +
      `MEMORY USAGE of the index's keys ${mb(indexBytes)}: ${(((indexBytes / usage.stories) * 1000) / 1024 ** 2).toFixed(2)} MB per 1,000 stories kept ` +
      `(${(N / seconds).toFixed(0)} records/s, one round trip each)`,
  );
  if (!capped) {
    console.log(
      `  (the caps are not reached by ${N / 2} stories: no verdict; BENCH_MEMORY_N ≥ 40,000 gives one)`,
    );
    return;
  }
  growth(
    `growth from ${(N / 2 / 1000).toFixed(0)}k to ${(N / 1000).toFixed(0)}k stories`,
    marks.get(N / 2) ?? 0,
    marks.get(N) ?? 0,
  );
}

async function jobRetention(redis: RedisClient): Promise<void> {
  const prefix = `{memq-${randomBytes(3).toString('hex')}}`;
  const queue = new Queue('enrich', {
    connection: redis,
    prefix,
    defaultJobOptions: jobOptionsFor('enrich'),
  });
  const worker = new Worker('enrich', async () => undefined, { connection: redis, prefix, concurrency: 16 });
  const story = makeStory({ body: { text: wireStory(1).summary.repeat(8), html: wireStory(1).html } });
  console.log(
    `BullMQ retention, the pipeline's job options (completed: 1 h, ≤ 1,000 per queue), ${JOBS.toLocaleString('en')} jobs of ${JSON.stringify(story).length} B:`,
  );
  let done = 0;
  worker.on('completed', () => (done += 1));
  const base = await usedMemory(redis);
  const marks: number[] = [];
  for (let half = 0; half < 2; half++) {
    for (let i = 0; i < JOBS / 2; i += 500) {
      const batch = Array.from({ length: 500 }, (_, k) => {
        const data: StoryJob = { story: { ...story, id: `job${half}x${i + k}xxxxx` } };
        return { name: 'enrich', data, opts: { jobId: `e-${half}-${i + k}` } };
      });
      await queue.addBulk(batch);
      while (done < half * (JOBS / 2) + i) await new Promise((r) => setTimeout(r, 5));
    }
    while (done < (half + 1) * (JOBS / 2)) await new Promise((r) => setTimeout(r, 5));
    marks.push((await usedMemory(redis)) - base);
  }
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  growth(`growth from ${JOBS / 2000}k to ${JOBS / 1000}k jobs`, marks[0] ?? 0, marks[1] ?? 0);
}

async function sinkRecords(redis: RedisClient, url: string): Promise<void> {
  const max = loadConfig({}).WIREFEED_SINK_RECORDS_MAX;
  const prefix = `{mems-${randomBytes(3).toString('hex')}}`;
  const sinkKey = `${prefix}:sink:file:x`;
  const records = createSinkRecords({
    redis,
    statePrefix: prefix,
    sinkKey,
    writtenKey: `${sinkKey}:written`,
  });
  console.log(
    `sink records, default cap (${max.toLocaleString('en')} stories), ${N.toLocaleString('en')} stories written:`,
  );
  const story = makeStory();
  const base = await usedMemory(redis);
  const marks: number[] = [];
  const t0 = performance.now();
  for (let half = 0; half < 2; half++) {
    for (let i = half * (N / 2); i < (half + 1) * (N / 2); i += 64) {
      await Promise.all(
        Array.from({ length: 64 }, async (_, k) => {
          const s = {
            ...story,
            id: `s${String(i + k).padStart(15, '0')}`,
            contentHash: randomBytes(32).toString('hex'),
          };
          await records.begin(s, String((i + k) * 3000));
          await records.commit(s, true);
        }),
      );
    }
    marks.push((await usedMemory(redis)) - base);
  }
  const seconds = (performance.now() - t0) / 1000;
  const held = await memoryByFamily(url, prefix);
  const bytes = Object.values(held).reduce((sum, v) => sum + v.bytes, 0);
  const kept = Math.min(max, N);
  console.log(
    `  MEMORY USAGE of the records ${mb(bytes)}: ${(((bytes / kept) * 1000) / 1024).toFixed(0)} KB per 1,000 stories kept ` +
      `(${((2 * N) / seconds).toFixed(0)} Lua calls/s, begin + commit per story)`,
  );
  if (N / 2 < max) {
    console.log(
      `  (the cap is not reached by ${N / 2} stories: no verdict; BENCH_MEMORY_N ≥ ${2 * max} gives one)`,
    );
    return;
  }
  growth(
    `growth from ${(N / 2000).toFixed(0)}k to ${(N / 1000).toFixed(0)}k stories`,
    marks[0] ?? 0,
    marks[1] ?? 0,
  );
}

export async function run(): Promise<void> {
  const local = await startLocalRedis();
  const redis = createRedis(local.url, 'worker');
  try {
    await storyIndex(redis, local.url);
    await jobRetention(redis);
    await sinkRecords(redis, local.url);
  } finally {
    redis.disconnect();
    await local.stop();
  }
}
