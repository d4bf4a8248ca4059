/**
 * The cost of one story, hop by hop, for the pipeline and for a raw BullMQ chain in the same run.
 * "Staged": every queue is paused, the first job is added, then one queue at a time is resumed and
 * drained while nothing else runs — so the main thread's CPU, the commands this process writes and
 * what redis-server does in that window belong to that hop alone. Counts are exact; CPU times move
 * with whatever else the machine runs (compare the two columns, not runs on different days).
 */
import type { RedisClient } from '@wirefeed/core';
import type { Queue, Worker } from 'bullmq';
import type { CommandCounter, ServerSnapshot, Tally } from './redis-cost.ts';
import { diffServer, diffTally, serverSnapshot } from './redis-cost.ts';
import type { ThreadCpu } from './thread-cpu.ts';
import { threadCpu, threadCpuSince } from './thread-cpu.ts';

export interface HopCost {
  hop: string;
  /** Jobs the hop's worker completed. */
  jobs: number;
  wallMs: number;
  /** This process's main-thread CPU. */
  cpuMs: number;
  client: Tally;
  server: ReturnType<typeof diffServer>;
  /** Mean size of the job's `data` as stored, and of its whole job hash (MEMORY USAGE), sampled. */
  jobBytes?: { data: number; hash: number };
}

/** What one whole run (every stage at once, as in production) cost. */
export interface RunTotals {
  stories: number;
  seconds: number;
  cpuMs: number;
  /** The whole process's CPU, task threads included (so work moved to a thread is still counted). */
  processCpuMs?: number;
  /** The same by kind of thread (Linux). */
  byThread?: ThreadCpu;
  client: Tally;
  server: ReturnType<typeof diffServer>;
}

export interface Probe {
  counter: CommandCounter;
  /** A connection the counter leaves out, for INFO and sampling. */
  redis: RedisClient;
}

/** Measure `work` as a whole: main-thread CPU, client commands, server work. */
export async function measureRun(
  probe: Probe,
  stories: number,
  work: () => Promise<void>,
): Promise<RunTotals> {
  const s0 = await serverSnapshot(probe.redis);
  const c0 = probe.counter.snapshot();
  const cpu0 = process.threadCpuUsage();
  const all0 = process.cpuUsage();
  const threads0 = threadCpu();
  const t0 = performance.now();
  await work();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.threadCpuUsage(cpu0);
  const all = process.cpuUsage(all0);
  const byThread = threadCpuSince(threads0);
  const client = diffTally(probe.counter.snapshot(), c0);
  const server = diffServer(await serverSnapshot(probe.redis), s0);
  return {
    stories,
    seconds,
    cpuMs: (cpu.user + cpu.system) / 1000,
    processCpuMs: (all.user + all.system) / 1000,
    byThread,
    client,
    server,
  };
}

async function sampleJobBytes(
  redis: RedisClient,
  queuePrefix: string,
  queue: string,
): Promise<HopCost['jobBytes']> {
  const ids = await redis.lrange(`${queuePrefix}:${queue}:wait`, 0, 49);
  if (ids.length === 0) return undefined;
  let data = 0;
  let hash = 0;
  for (const id of ids) {
    const key = `${queuePrefix}:${queue}:${id}`;
    data += await redis.hstrlen(key, 'data');
    hash += Number(await redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0'));
  }
  return { data: data / ids.length, hash: hash / ids.length };
}

/**
 * Drain `hops` one at a time. `queue(name)` gives a Queue to pause/resume, `workers` the Workers
 * (their local `completed` events tell when a hop is done, without asking Redis), `start` adds the
 * first job, `expected(i)` is how many jobs hop i completes (0: none, it runs inline in another).
 */
export async function stagedCosts(options: {
  probe: Probe;
  queuePrefix: string;
  hops: readonly string[];
  queue(name: string): Queue;
  workers: readonly Worker[];
  start(): Promise<void>;
  expected(index: number): number;
  timeoutMs?: number;
}): Promise<HopCost[]> {
  const { probe, hops } = options;
  // Only hops that get jobs: a paused stage is not run inline either (ADR 21), so pausing a fused
  // stage's queue would send its stories there instead of measuring the fused job.
  await Promise.all(hops.filter((_, i) => options.expected(i) > 0).map((h) => options.queue(h).pause()));
  const completed = new Map<string, number>();
  for (const w of options.workers) {
    w.on('completed', () => completed.set(w.name, (completed.get(w.name) ?? 0) + 1));
  }
  await options.start();
  const costs: HopCost[] = [];
  for (const [i, hop] of hops.entries()) {
    const expected = options.expected(i);
    const jobBytes = await sampleJobBytes(probe.redis, options.queuePrefix, hop);
    const s0: ServerSnapshot = await serverSnapshot(probe.redis);
    const c0 = probe.counter.snapshot();
    const cpu0 = process.threadCpuUsage();
    const t0 = performance.now();
    await options.queue(hop).resume();
    const deadline = t0 + (options.timeoutMs ?? 120_000);
    while ((completed.get(hop) ?? 0) < expected) {
      if (performance.now() > deadline)
        throw new Error(`hop ${hop}: ${completed.get(hop) ?? 0} of ${expected} jobs completed`);
      await new Promise((r) => setTimeout(r, 2));
    }
    const wallMs = performance.now() - t0;
    const cpu = process.threadCpuUsage(cpu0);
    const client = diffTally(probe.counter.snapshot(), c0);
    const server = diffServer(await serverSnapshot(probe.redis), s0);
    costs.push({
      hop,
      jobs: expected,
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1000,
      client,
      server,
      ...(jobBytes ? { jobBytes } : {}),
    });
  }
  return costs;
}

const f = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

/** One cell: raw chain value / pipeline value. */
function pair(raw: number | undefined, wf: number | undefined, digits: number): string {
  return `${raw === undefined ? '—' : f(raw, digits)} / ${wf === undefined ? '—' : f(wf, digits)}`;
}

/** Print the per-story cost table: each hop's row, the staged total, and the streamed run's total. */
export function printCostTable(
  n: number,
  raw: { hops: HopCost[]; streamed: RunTotals },
  wf: { hops: HopCost[]; streamed: RunTotals },
): void {
  const cols = [
    'main CPU ms',
    'client cmds',
    'round trips',
    'Redis cmds',
    'Redis CPU ms',
    'Redis cmd µs',
    'job data B',
  ];
  const width = 15;
  console.log(`\ncost per story, raw chain / pipeline (${n} stories; per hop: that hop drained alone)`);
  console.log(`${'hop'.padEnd(11)}${cols.map((c) => c.padStart(width)).join('')}`);
  const row = (label: string, r: HopCost | RunTotals | undefined, w: HopCost | RunTotals | undefined) => {
    const per = (x: HopCost | RunTotals | undefined, pick: (y: HopCost | RunTotals) => number) =>
      x === undefined ? undefined : pick(x) / n;
    const bytes = (x: HopCost | RunTotals | undefined) =>
      x && 'jobBytes' in x && x.jobBytes ? x.jobBytes.data : undefined;
    const cells = [
      pair(
        per(r, (x) => x.cpuMs),
        per(w, (x) => x.cpuMs),
        2,
      ),
      pair(
        per(r, (x) => x.client.commands),
        per(w, (x) => x.client.commands),
        2,
      ),
      pair(
        per(r, (x) => x.client.roundTrips),
        per(w, (x) => x.client.roundTrips),
        2,
      ),
      pair(
        per(r, (x) => x.server.calls),
        per(w, (x) => x.server.calls),
        0,
      ),
      pair(
        per(r, (x) => x.server.cpuMs),
        per(w, (x) => x.server.cpuMs),
        2,
      ),
      pair(
        per(r, (x) => x.server.usec),
        per(w, (x) => x.server.usec),
        0,
      ),
      pair(bytes(r), bytes(w), 0),
    ];
    console.log(`${label.padEnd(11)}${cells.map((c) => c.padStart(width)).join('')}`);
  };
  const hopNames = wf.hops.map((h) => h.hop);
  for (const [i, name] of hopNames.entries()) row(name, raw.hops[i], wf.hops[i]);
  const sum = (hops: HopCost[]): RunTotals => ({
    stories: n,
    seconds: hops.reduce((s, h) => s + h.wallMs / 1000, 0),
    cpuMs: hops.reduce((s, h) => s + h.cpuMs, 0),
    client: {
      commands: hops.reduce((s, h) => s + h.client.commands, 0),
      roundTrips: hops.reduce((s, h) => s + h.client.roundTrips, 0),
      byOrigin: {},
      byName: {},
    },
    server: {
      calls: hops.reduce((s, h) => s + h.server.calls, 0),
      usec: hops.reduce((s, h) => s + h.server.usec, 0),
      cpuMs: hops.reduce((s, h) => s + h.server.cpuMs, 0),
      byCommand: {},
    },
  });
  const rawSum = sum(raw.hops);
  const wfSum = sum(wf.hops);
  row('all hops', rawSum, wfSum);
  row('streamed', raw.streamed, wf.streamed);
  const bytesTotal = (hops: HopCost[]) => hops.reduce((s, h) => s + (h.jobBytes?.data ?? 0), 0);
  console.log(
    `job data summed over the hops: ${f(bytesTotal(raw.hops), 0)} / ${f(bytesTotal(wf.hops), 0)} B per story; ` +
      `job hash in Redis per hop (MEMORY USAGE): ${wf.hops.map((h) => `${h.hop} ${f(h.jobBytes?.hash ?? Number.NaN, 0)}`).join(', ')} B`,
  );
  console.log(
    `drain rate of each hop alone, jobs/s: ${wf.hops
      .map(
        (h, i) =>
          `${h.hop} ${f((raw.hops[i]?.jobs ?? 0) / ((raw.hops[i]?.wallMs ?? 0) / 1000), 0)} / ${f(h.jobs / (h.wallMs / 1000), 0)}`,
      )
      .join(', ')}`,
  );
  const perCore = (t: RunTotals) => 1000 / (t.server.cpuMs / n);
  console.log(
    `stories/s one Redis core carries (1,000 ms / Redis main-thread CPU per story): raw ${f(perCore(rawSum), 0)} / pipeline ${f(perCore(wfSum), 0)} (staged); ` +
      `${f(perCore(raw.streamed), 0)} / ${f(perCore(wf.streamed), 0)} (streamed)`,
  );
  console.log(
    `main-thread CPU per story, streamed: raw ${f(raw.streamed.cpuMs / n, 2)} ms / pipeline ${f(wf.streamed.cpuMs / n, 2)} ms ` +
      `(ratio of the two: ${f(raw.streamed.cpuMs / wf.streamed.cpuMs, 2)})`,
  );
  const whole = (t: RunTotals) => (t.processCpuMs ?? Number.NaN) / n;
  console.log(
    `process CPU per story (main thread + task threads), streamed: raw ${f(whole(raw.streamed), 2)} ms / pipeline ${f(whole(wf.streamed), 2)} ms ` +
      `(ratio of the two: ${f(whole(raw.streamed) / whole(wf.streamed), 2)})`,
  );
  const kinds = (t: RunTotals) =>
    Object.entries(t.byThread ?? {})
      .filter(([, ms]) => ms / n >= 0.005)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, ms]) => `${kind} ${f(ms / n, 2)}`)
      .join(', ');
  if (wf.streamed.byThread) {
    console.log(`  by thread, ms per story: raw: ${kinds(raw.streamed)}; pipeline: ${kinds(wf.streamed)}`);
  }
}

/** Round trips and commands per story by origin, hop by hop (pipeline only). */
export function printOrigins(n: number, hops: HopCost[]): void {
  const origins = [...new Set(hops.flatMap((h) => Object.keys(h.client.byOrigin)))].sort();
  console.log('\npipeline round trips (commands) per story, by hop and by what sent them:');
  console.log(`${'hop'.padEnd(11)}${origins.map((o) => o.padStart(16)).join('')}`);
  for (const h of hops) {
    const cells = origins.map((o) => {
      const v = h.client.byOrigin[o];
      return v ? `${f(v.roundTrips / n, 2)} (${f(v.commands / n, 1)})` : '—';
    });
    console.log(`${h.hop.padEnd(11)}${cells.map((c) => c.padStart(16)).join('')}`);
  }
  console.log('pipeline client commands per story by name (≥ 0.5 per story):');
  for (const h of hops) {
    const names = Object.entries(h.client.byName)
      .filter(([, c]) => c / n >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .map(([name, c]) => `${name} ${f(c / n, 1)}`);
    console.log(`  ${h.hop.padEnd(10)} ${names.join(', ')}`);
  }
}

/** Bytes at rest per story by key family, after the run. */
export function printMemory(
  n: number,
  raw: Record<string, { bytes: number; keys: number }>,
  wf: Record<string, { bytes: number; keys: number }>,
): void {
  const families = [...new Set([...Object.keys(raw), ...Object.keys(wf)])].sort();
  console.log('\nRedis bytes at rest per story after the run (MEMORY USAGE by key family), raw / pipeline:');
  const total = (m: Record<string, { bytes: number }>) => Object.values(m).reduce((s, v) => s + v.bytes, 0);
  for (const fam of families) {
    const r = raw[fam];
    const w = wf[fam];
    console.log(
      `  ${fam.padEnd(22)} ${pair(r && r.bytes / n, w && w.bytes / n, 0).padStart(16)} B   (keys ${r?.keys ?? 0} / ${w?.keys ?? 0})`,
    );
  }
  console.log(`  ${'total'.padEnd(22)} ${pair(total(raw) / n, total(wf) / n, 0).padStart(16)} B`);
}

/** A CPU profile's shares, largest first. */
export function printShares(label: string, shares: Record<string, number>, busy: number): void {
  const parts = Object.entries(shares)
    .sort((a, b) => b[1] - a[1])
    .filter(([, v]) => v >= 0.005)
    .map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`);
  console.log(`  ${label} (main thread busy ${(busy * 100).toFixed(0)}%): ${parts.join(', ')}`);
}
