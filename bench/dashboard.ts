/**
 * The dashboard's overview API (`GET /api/pipeline`, what the overview page and its live updates
 * read) with 100,000 jobs across the queues: latency p50/p99 over HTTP with a bearer token, against
 * the 50 ms the issue asks for. Also the first page of a 100k-job queue and a headline search over
 * a full story index, for scale.
 *
 *   npm run bench -- dashboard
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { NormalizeJob, RedisClient } from '@wirefeed/core';
import { createProducer, createRedis, hashTagPrefix, nullLogger, STAGES } from '@wirefeed/core';
import { createApp } from '@wirefeed/service-dashboard';
import { createStoryIndex } from '@wirefeed/story-index';
import { percentile } from './measure.ts';
import type { BenchContext } from './run.ts';

const JOBS = 100_000;
const REQUESTS = 300;
const BATCH = 1_000;
const TARGET_MS = 50;
const TOKEN = randomBytes(18).toString('base64url');

async function drop(redis: RedisClient, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}

async function timed(url: string, n: number): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    ms.push(performance.now() - t0);
  }
  return ms;
}

function report(label: string, ms: number[], target?: number): void {
  const p50 = percentile(ms, 50);
  const p99 = percentile(ms, 99);
  const verdict =
    target === undefined ? '' : `   target p99 ≤ ${target} ms: ${p99 <= target ? 'met' : 'NOT met'}`;
  console.log(
    `${label.padEnd(44)} p50 ${p50.toFixed(1).padStart(6)} ms   p99 ${p99.toFixed(1).padStart(6)} ms${verdict}`,
  );
}

export async function run(ctx: BenchContext): Promise<void> {
  const name = `bench-dash-${randomBytes(4).toString('hex')}`;
  const prefix = hashTagPrefix(name);
  const redis = createRedis(ctx.redisUrl, 'worker', 'bench-dashboard');
  const producer = createProducer({ connection: redis, prefix });
  const sinks = [{ kind: 'file' as const, name: 'file', target: '/dev/null' }];
  const queues = [...STAGES, 'sink.file'];
  let server: Server | undefined;
  try {
    const t0 = performance.now();
    for (let done = 0; done < JOBS; done += BATCH) {
      const queue = queues[(done / BATCH) % queues.length] as string;
      // A fifth of them delayed, the rest waiting: both sets the overview reads.
      const delayed = (done / BATCH) % 5 === 4;
      await producer.queue(queue).addBulk(
        Array.from({ length: Math.min(BATCH, JOBS - done) }, (_, i) => ({
          name: queue,
          data: { feedId: 'bench', n: done + i },
          opts: { jobId: `b-${done + i}`, ...(delayed ? { delay: 3_600_000 } : {}) },
        })),
      );
    }
    console.log(
      `${JOBS} jobs added across ${queues.length} queues in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const index = createStoryIndex({ redis, prefix });
    const words = ['markets', 'energy', 'election', 'storm', 'court', 'strike', 'rates', 'harbour'];
    for (let i = 0; i < 20_000; i += 500) {
      await Promise.all(
        Array.from({ length: 500 }, (_, j) => {
          const n = i + j;
          const headline = `Story ${n} on ${words[n % words.length]} and ${words[(n * 7) % words.length]}`;
          const raw: NormalizeJob = {
            feedId: `feed${n % 50}`,
            feedUrl: 'https://bench.example/feed.xml',
            fetchedAt: new Date().toISOString(),
            item: { title: headline, link: `https://bench.example/${n}`, categories: [] },
          };
          return index.record({
            id: `benchstory${n.toString().padStart(8, '0')}`,
            headline,
            feedId: raw.feedId,
            urls: [raw.item.link],
            contentHash: 'a'.repeat(32),
            normalizeJobId: `n-${n}`,
            raw,
          });
        }),
      );
    }

    const app = createApp({
      producer,
      redis,
      keyPrefix: prefix,
      sinks,
      tokens: { admin: TOKEN },
      log: nullLogger(),
      defaultIntervalMs: 300_000,
      storyIndex: index,
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    server = app.server;

    await timed(`${base}/api/pipeline`, 20);
    report(`GET /api/pipeline (${JOBS} jobs)`, await timed(`${base}/api/pipeline`, REQUESTS), TARGET_MS);
    report(
      'GET /api/queues/normalize/jobs?state=waiting',
      await timed(`${base}/api/queues/normalize/jobs?state=waiting`, 100),
    );
    report(
      'GET /api/stories/search?q=markets+energy (20k)',
      await timed(`${base}/api/stories/search?q=markets%20energy&limit=50`, 100),
    );
    report(
      'GET /api/stories/search?q=<url> (20k)',
      await timed(`${base}/api/stories/search?q=${encodeURIComponent('https://bench.example/12345')}`, 100),
    );
    await app.close();
  } finally {
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await producer.close();
    await drop(redis, prefix);
    redis.disconnect();
  }
}
