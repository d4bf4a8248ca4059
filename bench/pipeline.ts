/**
 * N synthetic stories through the real pipeline, and in the same run N jobs through a raw BullMQ
 * chain with the same hops and no work. Prints both rates and their ratio; the ratio is the figure
 * to compare across machines.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPipeline } from '@wirefeed/cli';
import type { Config, FetchJob } from '@wirefeed/core';
import {
  createRedis,
  jobIds,
  loadConfig,
  nullLogger,
  readRun,
  STAGES,
  Stage,
  startHost,
  startRun,
} from '@wirefeed/core';
import { Queue, Worker } from 'bullmq';
import type { BenchContext } from './run.ts';

const N = Number(process.env.BENCH_N ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const WORDS =
  'government minister said market bank election talks city police court energy prices growth officials report week'.split(
    ' ',
  );

function syntheticFeed(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    // Distinct bodies, so dedup keeps every story and the sink writes N lines.
    const words = Array.from(
      { length: 120 },
      (_, j) => WORDS[(i * 7 + j * 13 + ((i * j) % 5)) % WORDS.length],
    );
    const body = `<p>LONDON (Reuters) - Story ${i}: ${words.slice(0, 60).join(' ')}.</p><p>${words.slice(60).join(' ')} ${i}.</p>`;
    items.push(
      `<item><title>Synthetic story ${i} on ${words[0]} ${words[1]}</title><link>https://bench.example/${i}</link><guid>bench-${i}</guid><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>${items.join('')}</channel></rss>`;
}

async function pipelineRate(redisUrl: string, feedPath: string, outPath: string): Promise<number> {
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const base = loadConfig({ WIREFEED_PREFIX: prefix, LOG_LEVEL: 'silent' });
  const config: Config = {
    ...base,
    WIREFEED_SINKS: [{ kind: 'file', name: 'out', target: outPath }],
    WIREFEED_CONCURRENCY: CONCURRENCY,
    // Synthetic bodies look alike to the near-duplicate layer: marked copies still flow through every stage.
    WIREFEED_DUPLICATES: 'mark',
  };
  const host = await startHost({ config, log: nullLogger(), redisUrl, factories: await loadPipeline() });
  const { connection, producer, keyPrefix } = host.deps;
  const run = { id: randomBytes(6).toString('hex') };
  await startRun(connection, keyPrefix, run.id, 1);
  const t0 = performance.now();
  const data: FetchJob = { feedId: 'bench', url: feedPath, run };
  await producer.add([{ queue: Stage.fetch, jobId: jobIds.fetch('bench', run), data }]);
  let summary = await readRun(connection, keyPrefix, run.id);
  while (!summary.done) {
    await new Promise((r) => setTimeout(r, 20));
    summary = await readRun(connection, keyPrefix, run.id);
  }
  const seconds = (performance.now() - t0) / 1000;
  if (summary.counts.delivered !== N)
    throw new Error(`pipeline delivered ${summary.counts.delivered} of ${N}`);
  await host.close();
  return N / seconds;
}

/** The same hops (fetch → normalize → dedup → enrich → deliver → sink) with workers that do nothing but pass on. */
async function rawChainRate(redisUrl: string): Promise<number> {
  const prefix = `{rawbench-${randomBytes(4).toString('hex')}}`;
  const hops = [...STAGES, 'sink.out'];
  const connection = createRedis(redisUrl, 'worker');
  const queues = hops.map((name) => new Queue(name, { connection, prefix }));
  let done = 0;
  let resolveDone: () => void = () => {};
  const finished = new Promise<void>((r) => (resolveDone = r));
  const workers = hops.map(
    (name, i) =>
      new Worker(
        name,
        async (job) => {
          const next = queues[i + 1];
          if (i === 0) {
            await next?.addBulk(
              Array.from({ length: N }, (_, k) => ({ name: 'x', data: { k }, opts: { jobId: `j-${k}` } })),
            );
          } else if (next) await next.add('x', job.data, { jobId: `${name}-${job.id}` });
          else if (++done === N) resolveDone();
        },
        { connection, prefix, concurrency: name.startsWith('sink') ? 1 : CONCURRENCY },
      ),
  );
  const t0 = performance.now();
  await queues[0]?.add('poll', {});
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(workers.map((w) => w.close()));
  await Promise.all(queues.map((q) => q.obliterate({ force: true }).then(() => q.close())));
  connection.disconnect();
  return N / seconds;
}

export async function run(ctx: BenchContext): Promise<void> {
  const feedPath = join(ctx.dir, 'feed.xml');
  await writeFile(feedPath, syntheticFeed(N));
  console.log(`${N} stories, concurrency ${CONCURRENCY}, Redis ${ctx.redisUrl}`);
  const raw = await rawChainRate(ctx.redisUrl);
  console.log(`raw BullMQ chain (6 hops, no work): ${raw.toFixed(0)} jobs/s`);
  const pipeline = await pipelineRate(ctx.redisUrl, feedPath, join(ctx.dir, 'out.ndjson'));
  console.log(`wirefeed pipeline (6 stages):        ${pipeline.toFixed(0)} stories/s`);
  console.log(`ratio pipeline / raw chain:          ${(pipeline / raw).toFixed(2)}`);
}
