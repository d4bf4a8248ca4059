import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { CLI_BIN } from './cli.ts';

/** A `wirefeed start` child process, what it printed, and where its dashboard listens. */
export interface StartProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** `http://127.0.0.1:<port>`, once the dashboard listens. */
  base: string;
  stdout(): string;
  stderr(): string;
  /** The pino lines (stdout) that parse, as objects. */
  logLines(): Record<string, unknown>[];
  stop(): Promise<void>;
}

/**
 * Start `wirefeed start` (or `args`, such as `service dashboard`) with `env` added; resolves once the
 * dashboard prints its address.
 */
export async function startWirefeed(
  env: Record<string, string>,
  options: { cwd?: string; args?: string[] } = {},
): Promise<StartProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, WIREFEED_DASHBOARD_PORT: '0', ...env };
  // A token from the test's own environment would hide what a start without one prints.
  if (!('WIREFEED_DASHBOARD_TOKEN' in env)) delete childEnv.WIREFEED_DASHBOARD_TOKEN;
  const child = spawn(process.execPath, [CLI_BIN, ...(options.args ?? ['start'])], {
    env: childEnv,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  let base = '';
  while (!base) {
    base = /Dashboard API: (http:\/\/127\.0\.0\.1:\d+)/.exec(err)?.[1] ?? '';
    if (child.exitCode !== null) throw new Error(`wirefeed start exited:\n${err}\n${out.slice(-4_000)}`);
    if (Date.now() - started > 90_000) throw new Error(`wirefeed start did not listen:\n${err}`);
    if (!base) await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    pid: child.pid ?? 0,
    base,
    stdout: () => out,
    stderr: () => err,
    logLines: () =>
      out.split('\n').flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** Resident memory of a process in bytes (Linux /proc), 0 once it is gone. */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/**
 * Samples, every `everyMs` until stopped: how long `GET url` took to answer (a refused or timed-out
 * request counts as its time so far), and the process's resident memory.
 */
export function startSampler(url: string, pid: number, everyMs = 200) {
  const health: number[] = [];
  const rss: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      await fetch(url, { signal: AbortSignal.timeout(30_000) })
        .then((r) => r.arrayBuffer())
        .catch(() => undefined);
      health.push(performance.now() - t);
      rss.push(await residentBytes(pid));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    health,
    rss,
    async stop() {
      running = false;
      await loop;
      return {
        samples: health.length,
        worstHealthMs: Math.round(Math.max(0, ...health)),
        firstRssMb: Math.round((rss[0] ?? 0) / 2 ** 20),
        peakRssMb: Math.round(Math.max(0, ...rss) / 2 ** 20),
      };
    },
  };
}
