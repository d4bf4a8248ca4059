/**
 * N synthetic stories through the real pipeline, and in the same run N jobs through a raw BullMQ
 * chain with the same hops and no work. Prints both rates and their ratio (the figure to compare
 * across machines), then the cost table of both side by side: per story and per hop, main-thread
 * CPU, the commands and round trips this process writes, what redis-server does (commands counted
 * inside scripts too, main-thread CPU), job bytes, Redis bytes at rest by key family, and where a
 * CPU profile of each finds the main thread. BENCH_COSTS=0 prints the rates alone.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPipeline } from '@wirefeed/cli';
import type { Config, FetchJob, Host } from '@wirefeed/core';
import {
  createRedis,
  INLINE_QUEUES,
  jobIds,
  loadConfig,
  nullLogger,
  readRun,
  STAGES,
  Stage,
  sinkQueueName,
  startHost,
  startRun,
} from '@wirefeed/core';
import { Queue, Worker } from 'bullmq';
import type { Probe, RunTotals } from './cost-table.ts';
import {
  measureRun,
  printCostTable,
  printMemory,
  printOrigins,
  printShares,
  stagedCosts,
} from './cost-table.ts';
import { profileShares } from './cpu-profile.ts';
import { countCommands, memoryByFamily } from './redis-cost.ts';
import type { BenchContext } from './run.ts';

const N = Number(process.env.BENCH_N ?? 1000);
/**
 * Stories (raw: jobs) each streamed run drains first, not counted: a long-running process has its
 * code compiled and its models loaded; the first stories of a fresh one pay for that (reported apart).
 */
const WARMUP = Number(process.env.BENCH_WARMUP_STORIES ?? 2000);
/** Both chains run at the configuration's default `WIREFEED_CONCURRENCY` unless BENCH_CONCURRENCY says. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? loadConfig({}).WIREFEED_CONCURRENCY);
/** BENCH_FUSED=0: a job per hop, as separate service processes run it (ADR 0021). */
const FUSED = process.env.BENCH_FUSED !== '0';
/** BENCH_INLINE_SINK=0: fused, but the file sink keeps a job per story (ADR 0024). */
const INLINE_SINK = FUSED && process.env.BENCH_INLINE_SINK !== '0';
const WORDS =
  'government minister said market bank election talks city police court energy prices growth officials report week'.split(
    ' ',
  );

function syntheticFeed(n: number, from = 0): string {
  const items: string[] = [];
  for (let i = from; i < from + n; i++) {
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

const SINK = 'out';
const HOPS = [...STAGES, sinkQueueName(SINK)];

/** The pipeline in this process, as `wirefeed start` runs it, writing to one file sink. */
async function startPipeline(redisUrl: string, outPath: string) {
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const base = loadConfig({ WIREFEED_PREFIX: prefix, LOG_LEVEL: 'silent' });
  const config: Config = {
    ...base,
    WIREFEED_SINKS: [{ kind: 'file', name: SINK, target: outPath }],
    WIREFEED_CONCURRENCY: CONCURRENCY,
    WIREFEED_FUSED_STAGES: FUSED,
    WIREFEED_INLINE_SINK: INLINE_SINK,
    // Synthetic bodies look alike to the near-duplicate layer: marked copies still flow through every stage.
    WIREFEED_DUPLICATES: 'mark',
  };
  const host: Host = await startHost({
    config,
    log: nullLogger(),
    redisUrl,
    factories: await loadPipeline(),
  });
  const { connection, producer, keyPrefix } = host.deps;
  const runs: { id: string }[] = [];
  const workers = host.services.flatMap((s) => s.workers);
  // Written inline, a story is delivered when its normalize job completes.
  const lastWorker = workers.find((w) => w.name === (INLINE_SINK ? Stage.normalize : sinkQueueName(SINK)));
  let delivered = 0;
  lastWorker?.on('completed', () => (delivered += 1));
  return {
    host,
    keyPrefix,
    workers,
    /** A one-shot poll of `feedPath` (its own run), as `wirefeed process` makes. */
    addFetch: async (feedPath: string) => {
      const run = { id: randomBytes(6).toString('hex') };
      runs.push(run);
      await startRun(connection, keyPrefix, run.id, 1);
      const data: FetchJob = { feedId: 'bench', url: feedPath, run };
      await producer.add([{ queue: Stage.fetch, jobId: jobIds.fetch('bench', run), data }]);
    },
    /** Resolves once `total` stories were written: counted from the worker's events, not by asking Redis. */
    drained: async (total: number) => {
      while (delivered < total) await new Promise((r) => setTimeout(r, 2));
    },
    /** The last run's own record agrees: every item delivered. */
    check: async () => {
      const last = runs.at(-1);
      const summary = last ? await readRun(connection, keyPrefix, last.id) : undefined;
      if (summary?.counts.delivered !== N)
        throw new Error(`pipeline delivered ${summary?.counts.delivered} of ${N}`);
    },
  };
}

/** The same hops (fetch → normalize → dedup → enrich → deliver → sink) with workers that do nothing but pass on. */
function startRawChain(redisUrl: string) {
  const prefix = `{rawbench-${randomBytes(4).toString('hex')}}`;
  const connection = createRedis(redisUrl, 'worker');
  const queues = HOPS.map((name) => new Queue(name, { connection, prefix }));
  let done = 0;
  let round = 0;
  const workers = HOPS.map(
    (name, i) =>
      new Worker(
        name,
        async (job) => {
          const next = queues[i + 1];
          if (i === 0) {
            const { round, n } = job.data as { round: number; n: number };
            await next?.addBulk(
              Array.from({ length: n }, (_, k) => ({
                name: 'x',
                data: { k },
                opts: { jobId: `j-${round}-${k}` },
              })),
            );
          } else if (next) await next.add('x', job.data, { jobId: `${name}-${job.id}` });
          else done += 1;
        },
        { connection, prefix, concurrency: name.startsWith('sink') ? 1 : CONCURRENCY },
      ),
  );
  return {
    prefix,
    queues,
    workers,
    /** A poll job that adds `n` jobs to the chain (a feed of n items). */
    addFirst: async (n = N) => {
      round += 1;
      await queues[0]?.add('poll', { round, n }, { jobId: `poll-${round}` });
    },
    drained: async (total = N) => {
      while (done < total) await new Promise((r) => setTimeout(r, 2));
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.close()));
      await Promise.all(queues.map((q) => q.obliterate({ force: true }).then(() => q.close())));
      connection.disconnect();
    },
  };
}

async function rawStreamed(redisUrl: string, probe: Probe, profile = false) {
  const chain = startRawChain(redisUrl);
  const warm = await measureRun(probe, WARMUP, async () => {
    await chain.addFirst(WARMUP);
    await chain.drained(WARMUP);
  });
  const go = async () => {
    await chain.addFirst();
    await chain.drained(WARMUP + N);
  };
  let shares: Awaited<ReturnType<typeof profileShares>> | undefined;
  const totals = await measureRun(probe, N, async () => {
    if (profile) shares = await profileShares(go, 'raw-chain');
    else await go();
  });
  await chain.close();
  return { totals, shares, warm };
}

async function pipelineStreamed(
  redisUrl: string,
  feeds: { warmup: string; measured: string },
  outPath: string,
  probe: Probe,
  profile = false,
) {
  const p = await startPipeline(redisUrl, outPath);
  const warm = await measureRun(probe, WARMUP, async () => {
    await p.addFetch(feeds.warmup);
    await p.drained(WARMUP);
  });
  const go = async () => {
    await p.addFetch(feeds.measured);
    await p.drained(WARMUP + N);
  };
  let shares: Awaited<ReturnType<typeof profileShares>> | undefined;
  const totals = await measureRun(probe, N, async () => {
    if (profile) shares = await profileShares(go, 'pipeline');
    else await go();
  });
  await p.check();
  await p.host.close();
  return { totals, shares, warm };
}

async function rawStaged(redisUrl: string, probe: Probe) {
  const chain = startRawChain(redisUrl);
  const hops = await stagedCosts({
    probe,
    queuePrefix: chain.prefix,
    hops: HOPS,
    queue: (name) => chain.queues[HOPS.indexOf(name)] as Queue,
    workers: chain.workers,
    start: chain.addFirst,
    expected: (i) => (i === 0 ? 1 : N),
  });
  const memory = await memoryByFamily(redisUrl, chain.prefix);
  await chain.close();
  return { hops, memory };
}

async function pipelineStaged(redisUrl: string, feedPath: string, outPath: string, probe: Probe) {
  const p = await startPipeline(redisUrl, outPath);
  const hops = await stagedCosts({
    probe,
    queuePrefix: p.keyPrefix,
    hops: HOPS,
    queue: (name) => p.host.deps.producer.queue(name),
    workers: p.workers,
    start: () => p.addFetch(feedPath),
    // Fused, the stories cross dedup, enrich and deliver (and, inline, the sink) inside the normalize
    // jobs: those queues stay empty.
    expected: (i) =>
      i === 0
        ? 1
        : (FUSED && INLINE_QUEUES.includes(HOPS[i] ?? '')) || (INLINE_SINK && HOPS[i] === sinkQueueName(SINK))
          ? 0
          : N,
  });
  await p.check();
  const memory = await memoryByFamily(redisUrl, p.keyPrefix);
  await p.host.close();
  return { hops, memory };
}

export async function run(ctx: BenchContext): Promise<void> {
  const feedPath = join(ctx.dir, 'feed.xml');
  await writeFile(feedPath, syntheticFeed(N));
  // Other stories than the measured ones, so none of those is a copy of a warm-up story.
  const feeds = { warmup: join(ctx.dir, 'warmup.xml'), measured: feedPath };
  await writeFile(feeds.warmup, syntheticFeed(WARMUP, N));
  const out = (name: string) => join(ctx.dir, `${name}-${randomBytes(3).toString('hex')}.ndjson`);
  console.log(
    `${N} stories after ${WARMUP} not counted (warm-up), concurrency ${CONCURRENCY}, Redis ${ctx.redisUrl}`,
  );
  const excluded = new WeakSet<object>();
  const probeRedis = createRedis(ctx.redisUrl, 'worker');
  excluded.add(probeRedis);
  const probe: Probe = { counter: countCommands(excluded), redis: probeRedis };
  try {
    const raw = await rawStreamed(ctx.redisUrl, probe);
    console.log(`raw BullMQ chain (6 hops, no work): ${(N / raw.totals.seconds).toFixed(0)} jobs/s`);
    const wf = await pipelineStreamed(ctx.redisUrl, feeds, out('streamed'), probe);
    console.log(
      `wirefeed pipeline (6 stages${FUSED ? (INLINE_SINK ? ', 2 jobs: normalize→sink fused' : ', 3 jobs: normalize→deliver fused') : ''}): ${(N / wf.totals.seconds).toFixed(0)} stories/s`,
    );
    console.log(
      `ratio pipeline / raw chain:          ${(raw.totals.seconds / wf.totals.seconds).toFixed(2)}`,
    );
    console.log(
      `warm-up (the first ${WARMUP} of a fresh process, not counted above): raw ${rate(raw.warm)} jobs/s, ` +
        `pipeline ${rate(wf.warm)} stories/s, ratio ${(raw.warm.seconds / wf.warm.seconds).toFixed(2)}`,
    );
    if (process.env.BENCH_COSTS === '0') return;
    if (process.env.REDIS_URL) {
      console.log('(REDIS_URL is set: Redis-side figures include whatever else uses that server)');
    }
    const rawHops = await rawStaged(ctx.redisUrl, probe);
    const wfHops = await pipelineStaged(ctx.redisUrl, feedPath, out('staged'), probe);
    printCostTable(
      N,
      { hops: rawHops.hops, streamed: raw.totals },
      { hops: wfHops.hops, streamed: wf.totals },
    );
    printOrigins(N, wfHops.hops);
    printMemory(N, rawHops.memory, wfHops.memory);
    console.log(
      '\nmain-thread CPU profile of a streamed run, by component (innermost frame that names one):',
    );
    const rawProfile = await rawStreamed(ctx.redisUrl, probe, true);
    if (rawProfile.shares) printShares('raw chain', rawProfile.shares.shares, rawProfile.shares.busy);
    const wfProfile = await pipelineStreamed(ctx.redisUrl, feeds, out('profiled'), probe, true);
    if (wfProfile.shares) printShares('pipeline ', wfProfile.shares.shares, wfProfile.shares.busy);
    printNotes();
  } finally {
    probe.counter.stop();
    probeRedis.disconnect();
  }
}

const rate = (t: RunTotals) => (t.stories / t.seconds).toFixed(0);

/** A reminder printed under the table: what its columns count. */
function printNotes(): void {
  console.log(
    '\nclient cmds/round trips: written by this process (a pipeline or MULTI batch is one round trip); ' +
      'Redis cmds: counted by redis-server, commands inside scripts included; Redis CPU: its main thread. ' +
      "Counts are exact; CPU times move with the machine's load — compare the two columns of one run.",
  );
}
