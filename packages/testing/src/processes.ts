import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { PipelineServiceName } from '@wirefeed/core';
import { freePort, PIPELINE_SERVICES, queuesOf } from '@wirefeed/core';
import { CLI_BIN } from './cli.ts';

/** The pipeline services that carry items, in flow order (the scheduler and dashboard aside). */
export const STAGE_SERVICES = PIPELINE_SERVICES;
export type StageService = PipelineServiceName;

/** The queues each stage service's workers take jobs from (the file sink's, for the deliverer). */
export const QUEUES_OF = Object.fromEntries(
  STAGE_SERVICES.map((name) => [name, queuesOf(name, ['file'])]),
) as Record<StageService, string[]>;

/** A `wirefeed service NAME` child process with its health port and what its logs said. */
export interface ServiceProcess {
  readonly name: string;
  /** A label unique among the processes of a test (`enricher#2`). */
  readonly label: string;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly healthUrl: string;
  /** `job done` log lines per queue (LOG_LEVEL=debug): every stage worker's, the sinks' included. */
  readonly jobsDone: Map<string, number>;
  /** The last log lines (stdout and stderr), for a failure message. */
  readonly tail: string[];
  /** Every warn/error log line (level ≥ 40), for a failure message. */
  readonly problems: string[];
  /** Resolves with the exit code and signal once the process is gone. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly alive: boolean;
  kill(signal?: NodeJS.Signals): void;
  /** GET /readyz: its status code, or 0 when the process does not answer. */
  readyStatus(): Promise<number>;
  /** Wait until /readyz answers 200. */
  waitReady(timeoutMs?: number): Promise<void>;
}

// A loaded machine may take seconds to answer; no answer at all is 0, which a test tells from a 503.
async function httpStatus(url: string, timeoutMs = 10_000): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

let counter = 0;

/** The story stages co-located in one process, where they cross as one job (ADR 0021). */
export const FUSED_SERVICES = 'normalizer+deduplicator+enricher+deliverer';

/**
 * Start one service as a real process on this Node (24), with a free health port; its pino lines are
 * read as they come to count finished jobs per queue.
 */
export async function spawnService(name: string, env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  counter += 1;
  const label = `${name}#${counter}`;
  // `a+b`: several services in one process (`wirefeed service a b`).
  const child = spawn(process.execPath, [CLI_BIN, 'service', ...name.split('+')], {
    env: { ...process.env, ...env, WIREFEED_HEALTH_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const jobsDone = new Map<string, number>();
  const tail: string[] = [];
  const problems: string[] = [];
  const keep = (line: string) => {
    tail.push(line.length > 600 ? `${line.slice(0, 600)}…` : line);
    if (tail.length > 40) tail.shift();
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    if (line.includes('"job done"')) {
      try {
        const entry = JSON.parse(line) as { queue?: string };
        if (entry.queue) jobsDone.set(entry.queue, (jobsDone.get(entry.queue) ?? 0) + 1);
      } catch {
        // A line cut short by a kill: not counted.
      }
      return;
    }
    if (/"level":(4|5|6)\d/.test(line) && problems.length < 500) problems.push(line.slice(0, 2_000));
    keep(line);
  });
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const healthUrl = `http://127.0.0.1:${port}`;
  const proc: ServiceProcess = {
    name,
    label,
    child,
    pid: child.pid ?? 0,
    healthUrl,
    jobsDone,
    tail,
    problems,
    exited,
    get alive() {
      return child.exitCode === null && child.signalCode === null;
    },
    kill(signal = 'SIGKILL') {
      if (proc.alive) child.kill(signal);
    },
    readyStatus: () => httpStatus(`${healthUrl}/readyz`),
    async waitReady(timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (!proc.alive) throw new Error(`${label} exited before it was ready:\n${tail.join('\n')}`);
        if ((await httpStatus(`${healthUrl}/readyz`, 1_000)) === 200) return;
        await new Promise((r) => setTimeout(r, 150));
      }
      throw new Error(`${label} not ready in ${timeoutMs} ms:\n${tail.join('\n')}`);
    },
  };
  return proc;
}

/**
 * Start several services at once and wait until every one is ready (a service started on a loaded
 * machine, two cores shared with a whole test suite, can take a minute or more to import its code).
 */
export async function spawnReady(
  names: readonly string[],
  env: Record<string, string>,
  timeoutMs = 180_000,
): Promise<ServiceProcess[]> {
  // In the order named; a process that came up is stopped again if another never does.
  const started: ServiceProcess[] = [];
  const ready = names.map(async (n) => {
    const proc = await readyService(n, env, timeoutMs);
    started.push(proc);
    return proc;
  });
  try {
    return await Promise.all(ready);
  } catch (err) {
    await Promise.allSettled(ready);
    await stopAll(started, 'SIGKILL');
    throw err;
  }
}

/**
 * One service, started again on another port when the free port it was given was taken before it
 * could listen (other processes on a shared machine pick ports too): the test is about the service,
 * not about that race.
 */
async function readyService(name: string, env: Record<string, string>, timeoutMs: number) {
  for (let tries = 1; ; tries++) {
    const proc = await spawnService(name, env);
    try {
      await proc.waitReady(timeoutMs);
      return proc;
    } catch (err) {
      const portTaken = proc.tail.some((line) => line.includes('EADDRINUSE'));
      if (!portTaken || tries >= 3) {
        proc.kill('SIGKILL');
        throw err;
      }
    }
  }
}

/** Signal every process still alive and wait for all of them to exit. */
export async function stopAll(
  procs: readonly ServiceProcess[],
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  for (const p of procs) p.kill(signal);
  await Promise.all(
    procs.map((p) =>
      Promise.race([
        p.exited,
        new Promise((r) => setTimeout(r, 15_000)).then(() => {
          p.kill('SIGKILL');
          return p.exited;
        }),
      ]),
    ),
  );
}

/** Each process: alive or how it exited, and its last warnings, for a failure message. */
export function describeProcesses(procs: readonly ServiceProcess[], lines = 5): string {
  return procs
    .map((p) => {
      const state = p.alive ? 'alive' : `exited ${p.child.exitCode ?? p.child.signalCode}`;
      const said = p.problems.slice(-lines).map((l) => `    ${l.slice(0, 400)}`);
      return [`${p.label} ${state}, ${p.problems.length} warnings`, ...said].join('\n');
    })
    .join('\n');
}
