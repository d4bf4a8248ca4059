/**
 * Every stage as its own process (`wirefeed service NAME`, as in production), fed realistic ~3 KB wire
 * items at fixed rates straight after the fetch (normalize queue), delivered to a file sink. Latency is
 * what a reader tailing the file sees: item queued → its line in the file.
 *
 * Once one story has made it through (every process loaded and connected), a warm-up (BENCH_WARMUP
 * seconds at the first rate, default 5), reported apart: fresh processes still compile their hot
 * code and fill their caches, and a user runs them for days. Then one step per rate in
 * BENCH_RATES (default 10,25,50,75,100,125,150,200 stories/s), each for BENCH_SECONDS (default 15),
 * drained before the next; steps above 100/s stop at the first whose p99 passes 250 ms. Prints
 * p50/p99/max per step, the highest rate with p99 ≤ 250 ms, the CPU each service process spent per
 * story at 100/s, each process's resident memory, and Redis memory per 1,000 stories by key family.
 *
 * The file is followed through inotify (fs.watch) with one reused buffer: the bench itself must not be
 * what makes the tail (it used to poll every 2 ms with a fresh 1 MiB buffer).
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import type { NormalizeJob, Producer } from '@wirefeed/core';
import { createProducer, createRedis, jobIds, Stage, WORKER_SERVICES } from '@wirefeed/core';
import { percentile } from './measure.ts';
import { memoryByFamily } from './redis-cost.ts';
import type { BenchContext } from './run.ts';
import { wireStory } from './wire-stories.ts';

const RATES = (process.env.BENCH_RATES ?? process.env.BENCH_RATE ?? '10,25,50,75,100,125,150,200')
  .split(',')
  .map(Number)
  .filter((r) => r > 0);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const P99_AIM_MS = 250;
// Every service with stage workers, each its own process, as the registry lists them.
/**
 * BENCH_LAYOUT=fused: the story stages in one process (`wirefeed service normalizer deduplicator
 * enricher deliverer`), where they cross as one job (ADR 0021); default: one process per service.
 */
const SERVICES: readonly string[] =
  process.env.BENCH_LAYOUT === 'fused'
    ? ['scheduler', 'fetcher', 'normalizer+deduplicator+enricher+deliverer']
    : WORKER_SERVICES;
const CLI = fileURLToPath(new URL('../packages/cli/src/bin.ts', import.meta.url));
// Linux reports process CPU in clock ticks of 1/100 s on every platform Node supports there.
const TICKS_PER_SECOND = 100;

function rssMb(pid: number | undefined): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8')
    .then((s) => Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024)
    .catch(() => Number.NaN);
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number | undefined): Promise<number> {
  return readFile(`/proc/${pid}/stat`, 'utf8')
    .then((s) => {
      // Fields after the command name (which may hold spaces) start at ")"; utime and stime are 14 and 15.
      const fields = s.slice(s.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
    })
    .catch(() => Number.NaN);
}

interface Arrival {
  ms: number;
  /** Gaps from queuing to each stage's hand-off, then to the line: where the time went. */
  gaps: [string, number][];
}

/**
 * Follows the sink's file: reads what was appended whenever inotify says it changed (and every
 * 100 ms in case an event was merged away), into one buffer reused for every read.
 */
async function followFile(path: string, onLine: (line: string, now: number) => void) {
  const file = await open(path, 'a+');
  const buf = Buffer.allocUnsafe(1 << 20);
  const decoder = new StringDecoder('utf8');
  let offset = 0;
  let carry = '';
  let reading: Promise<void> | undefined;
  let again = false;
  const readAll = async () => {
    for (;;) {
      const { bytesRead } = await file.read(buf, 0, buf.length, offset);
      if (bytesRead === 0) return;
      offset += bytesRead;
      const now = performance.now();
      const lines = (carry + decoder.write(buf.subarray(0, bytesRead))).split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) onLine(line, now);
    }
  };
  const poke = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = readAll().finally(() => {
      reading = undefined;
      if (again) {
        again = false;
        poke();
      }
    });
  };
  const watcher: FSWatcher = watch(path, poke);
  const timer = setInterval(poke, 100);
  return {
    close: async () => {
      watcher.close();
      clearInterval(timer);
      await reading;
      await file.close();
    },
  };
}

/** Send `total` items at `rate`/s, each when its slot comes (not as fast as the loop can go). */
async function sendAt(
  producer: Producer,
  prefix: string,
  rate: number,
  total: number,
  first: number,
  sent: Map<string, { at: number; wall: number }>,
): Promise<string[]> {
  const guids: string[] = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const s = wireStory(100_000 + first + i);
    const guid = `lat-${prefix}-${first + i}`;
    const data: NormalizeJob = {
      feedId: 'latency',
      feedUrl: 'https://wire.example.com/world.rss',
      fetchedAt: new Date().toISOString(),
      item: { guid, title: s.title, contentHtml: s.html, summary: s.summary, categories: [], language: 'en' },
    };
    sent.set(guid, { at: performance.now(), wall: Date.now() });
    guids.push(guid);
    await producer.add([{ queue: Stage.normalize, jobId: jobIds.normalize('latency', guid, guid), data }]);
  }
  return guids;
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
    spawn(process.execPath, [...profiled(name), CLI, 'service', ...name.split('+')], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  // Never leave service processes behind, whatever ends the bench.
  const killAll = () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  };
  process.once('exit', killAll);
  const producerConnection = createRedis(ctx.redisUrl, 'producer');
  const producer = createProducer({ connection: producerConnection, prefix: `{${prefix}}` });
  const sent = new Map<string, { at: number; wall: number }>();
  const arrivals = new Map<string, Arrival>();
  const follower = await followFile(out, (line, now) => {
    const story = JSON.parse(line) as { source: { guid?: string }; trace: { stage: string; at: string }[] };
    const guid = story.source.guid ?? '';
    const s = sent.get(guid);
    if (s === undefined) return;
    const gaps: [string, number][] = [];
    let prev = s.wall;
    for (const entry of story.trace) {
      const at = Date.parse(entry.at);
      gaps.push([entry.stage, at - prev]);
      prev = at;
    }
    gaps.push(['sink', Date.now() - prev]);
    arrivals.set(guid, { ms: now - s.at, gaps });
  });
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const drain = async (guids: readonly string[]) => {
    const deadline = performance.now() + 60_000;
    while (guids.some((g) => !arrivals.has(g)) && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    return guids.flatMap((g) => arrivals.get(g) ?? []);
  };
  try {
    // Ready when one story makes it through: every process has loaded, connected and started its workers.
    const t0 = performance.now();
    const probe = await sendAt(producer, prefix, 1, 1, 0, sent);
    const deadline = t0 + 180_000;
    while (!arrivals.has(probe[0] ?? '') && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    console.log(`services ready: the first story took ${ms(performance.now() - t0)}`);
    let first = 1;
    const warmRate = RATES[0] ?? 25;
    const warmGuids = await sendAt(producer, prefix, warmRate, Math.round(warmRate * WARMUP), first, sent);
    first += warmGuids.length;
    const warm = (await drain(warmGuids)).map((a) => a.ms);
    console.log(
      `warm-up (first ${WARMUP} s at ${warmRate}/s, fresh processes; not in the figures below): ` +
        `p50 ${ms(percentile(warm, 50))}  p99 ${ms(percentile(warm, 99))}  max ${ms(Math.max(...warm))}`,
    );
    let best: number | undefined;
    let at100: { p50: number; p99: number; cpu: number[]; gaps: Map<string, number[]> } | undefined;
    for (const rate of RATES) {
      const total = Math.round(rate * SECONDS);
      const cpu0 = await Promise.all(children.map((c) => cpuSeconds(c.pid)));
      const guids = await sendAt(producer, prefix, rate, total, first, sent);
      first += guids.length;
      const got = await drain(guids);
      const cpu1 = await Promise.all(children.map((c) => cpuSeconds(c.pid)));
      const lat = got.map((a) => a.ms);
      const p50 = percentile(lat, 50);
      const p99 = got.length === total ? percentile(lat, 99) : Number.POSITIVE_INFINITY;
      console.log(
        `${String(rate).padStart(4)} stories/s for ${SECONDS} s: ${got.length}/${total} delivered, ` +
          `p50 ${ms(p50)}  p99 ${ms(p99)}  max ${ms(Math.max(...lat))}`,
      );
      if (p99 <= P99_AIM_MS) best = Math.max(best ?? 0, rate);
      if (rate === 100) {
        const gaps = new Map<string, number[]>();
        for (const a of got) {
          for (const [stage, v] of a.gaps) {
            const list = gaps.get(stage) ?? [];
            list.push(v);
            gaps.set(stage, list);
          }
        }
        at100 = { p50, p99, cpu: cpu1.map((c, i) => (c - (cpu0[i] ?? 0)) / total), gaps };
      }
      if (rate >= 100 && p99 > P99_AIM_MS) break;
    }
    console.log(
      `highest rate tried with p99 ≤ ${P99_AIM_MS} ms: ${best === undefined ? 'none' : `${best} stories/s`} ` +
        `(rates tried: ${RATES.join(', ')}; ${SERVICES.length} service processes on this machine)`,
    );
    if (at100) {
      console.log(
        `  at 100/s, median time to each hand-off: ${[...at100.gaps].map(([stage, v]) => `${stage} ${ms(percentile(v, 50))}`).join(', ')}`,
      );
      const total = at100.cpu.reduce((s, v) => s + v, 0);
      console.log(
        `  at 100/s, CPU per story by service process (ms): ${SERVICES.map((name, i) => `${name} ${((at100?.cpu[i] ?? 0) * 1000).toFixed(1)}`).join(', ')}; total ${(total * 1000).toFixed(1)}`,
      );
    }
    const rss = await Promise.all(children.map((c) => rssMb(c.pid)));
    const memory = await memoryByFamily(ctx.redisUrl, `{${prefix}}`);
    console.log(
      `  Redis memory per 1,000 stories (KB): ${Object.entries(memory)
        .map(([kind, m]) => `${kind} ${(((m.bytes / arrivals.size) * 1000) / 1024).toFixed(0)}`)
        .join(', ')}`,
    );
    console.log(
      `  RSS per service (MB): ${SERVICES.map((name, i) => `${name} ${rss[i]?.toFixed(0)}`).join(', ')}`,
    );
  } finally {
    await follower.close();
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(
      children.map((c) => new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(0)))),
    );
    await producer.close();
    // The producer's own connection, or it keeps reconnecting (and the process alive) once Redis stops.
    producerConnection.disconnect();
    process.removeListener('exit', killAll);
  }
}
