/**
 * Every stage as its own process (`wirefeed service NAME`, as in production), fed realistic ~3 KB wire
 * items at a fixed rate straight after the fetch (normalize queue), delivered to a file sink. Prints
 * the fetch→sink latency p50/p99 (item queued → its line in the file) at BENCH_RATE stories/s
 * (default 100) for BENCH_SECONDS (default 20), and each service process's resident memory.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NormalizeJob } from '@wirefeed/core';
import { createProducer, createRedis, jobIds, Stage, WORKER_SERVICES } from '@wirefeed/core';
import { percentile } from './measure.ts';
import type { BenchContext } from './run.ts';
import { wireStory } from './wire-stories.ts';

const RATE = Number(process.env.BENCH_RATE ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
// Every service with stage workers, each its own process, as the registry lists them.
const SERVICES = WORKER_SERVICES;
const CLI = fileURLToPath(new URL('../packages/cli/src/bin.ts', import.meta.url));

function rssMb(pid: number | undefined): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8')
    .then((s) => Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024)
    .catch(() => Number.NaN);
}

/**
 * Redis memory held under a prefix, by what holds it: retained jobs per queue, the dedup index, the
 * story index (trace search and raw items for replay), sink write records.
 */
async function memoryByKind(redisUrl: string, prefix: string): Promise<Record<string, number>> {
  const redis = createRedis(redisUrl, 'worker');
  const totals: Record<string, number> = {};
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      const sizes = await Promise.all(keys.map((k) => redis.call('MEMORY', 'USAGE', k, 'SAMPLES', '0')));
      keys.forEach((key, i) => {
        const rest = key.slice(prefix.length + 1);
        const kind = rest.startsWith('dedup:')
          ? 'dedup index'
          : rest.startsWith('si:')
            ? 'story index'
            : rest.startsWith('sink:')
              ? 'sink records'
              : `jobs in ${rest.split(':')[0]}`;
        totals[kind] = (totals[kind] ?? 0) + Number(sizes[i] ?? 0);
      });
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return totals;
}

export async function run(ctx: BenchContext): Promise<void> {
  const prefix = `lat-${randomBytes(4).toString('hex')}`;
  const out = join(ctx.dir, `latency-${prefix}.ndjson`);
  const env = {
    ...process.env,
    REDIS_URL: ctx.redisUrl,
    WIREFEED_PREFIX: prefix,
    WIREFEED_SINKS: `file:${out}`,
    // Generated stories share phrasing; marked duplicates still take every stage, as new stories do.
    WIREFEED_DUPLICATES: 'mark',
    WIREFEED_HEALTH_PORT: '0',
    WIREFEED_FEEDS_FILE: join(ctx.dir, 'no-feeds.yaml'),
    LOG_LEVEL: 'warn',
  };
  // BENCH_PROFILE=deliverer writes a CPU profile of that service to ./profiles on exit.
  const profiled = (name: string) =>
    process.env.BENCH_PROFILE === name ? ['--cpu-prof', '--cpu-prof-dir=profiles'] : [];
  const children: ChildProcess[] = SERVICES.map((name) =>
    spawn(process.execPath, [...profiled(name), CLI, 'service', name], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  // Never leave service processes behind, whatever ends the bench.
  const killAll = () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  };
  process.once('exit', killAll);
  const producer = createProducer({
    connection: createRedis(ctx.redisUrl, 'producer'),
    prefix: `{${prefix}}`,
  });
  try {
    await new Promise((r) => setTimeout(r, 4_000)); // let every process connect and start its workers
    const sent = new Map<string, number>();
    const arrived: number[] = [];
    const sentAt = new Map<string, number>();
    const gaps = new Map<string, number[]>();
    const file = await open(out, 'a+');
    let offset = 0;
    let carry = '';
    let reading = false;
    const watcher = setInterval(() => {
      // One read at a time: overlapping reads would hand back the same bytes twice.
      if (reading) return;
      reading = true;
      void (async () => {
        const buf = Buffer.alloc(1 << 20);
        const { bytesRead } = await file.read(buf, 0, buf.length, offset);
        if (bytesRead === 0) return;
        offset += bytesRead;
        const now = performance.now();
        const lines = (carry + buf.subarray(0, bytesRead).toString()).split('\n');
        carry = lines.pop() ?? '';
        for (const line of lines) {
          const story = JSON.parse(line) as {
            source: { guid?: string };
            trace: { stage: string; at: string }[];
          };
          const t = sent.get(story.source.guid ?? '');
          if (t === undefined) continue;
          arrived.push(now - t);
          // Where the time went: from queuing to each stage's hand-off, then to the line in the file.
          let prev = sentAt.get(story.source.guid ?? '') ?? 0;
          for (const entry of story.trace) {
            const at = Date.parse(entry.at);
            gaps.set(entry.stage, [...(gaps.get(entry.stage) ?? []), at - prev]);
            prev = at;
          }
          gaps.set('sink', [...(gaps.get('sink') ?? []), Date.now() - prev]);
        }
      })().finally(() => {
        reading = false;
      });
    }, 2);
    const total = RATE * SECONDS;
    const t0 = performance.now();
    for (let i = 0; i < total; i++) {
      // Hold the rate: each item goes when its slot comes, not as fast as the loop can go.
      const due = t0 + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const s = wireStory(100_000 + i);
      const guid = `lat-${prefix}-${i}`;
      const data: NormalizeJob = {
        feedId: 'latency',
        feedUrl: 'https://wire.example.com/world.rss',
        fetchedAt: new Date().toISOString(),
        item: {
          guid,
          title: s.title,
          contentHtml: s.html,
          summary: s.summary,
          categories: [],
          language: 'en',
        },
      };
      sent.set(guid, performance.now());
      sentAt.set(guid, Date.now());
      await producer.add([{ queue: Stage.normalize, jobId: jobIds.normalize('latency', guid, guid), data }]);
    }
    const deadline = performance.now() + 60_000;
    while (arrived.length < total && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    clearInterval(watcher);
    await file.close();
    const rss = await Promise.all(children.map((c) => rssMb(c.pid)));
    const memory = await memoryByKind(ctx.redisUrl, `{${prefix}}`);
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    console.log(
      `${total} stories at ${RATE}/s through ${SERVICES.length} service processes: ${arrived.length} delivered`,
    );
    console.log(
      `  fetch→sink latency p50 ${ms(percentile(arrived, 50))}  p99 ${ms(percentile(arrived, 99))}  max ${ms(Math.max(...arrived))}`,
    );
    console.log(
      `  median time to each hand-off: ${[...gaps].map(([stage, v]) => `${stage} ${ms(percentile(v, 50))}`).join(', ')}`,
    );
    console.log(
      `  Redis memory per 1,000 stories (KB): ${Object.entries(memory)
        .map(([kind, bytes]) => `${kind} ${(((bytes / arrived.length) * 1000) / 1024).toFixed(0)}`)
        .join(', ')}`,
    );
    console.log(
      `  RSS per service (MB): ${SERVICES.map((name, i) => `${name} ${rss[i]?.toFixed(0)}`).join(', ')}`,
    );
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(
      children.map((c) => new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(0)))),
    );
    await producer.close();
    process.removeListener('exit', killAll);
  }
}
