import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { WirefeedError } from './errors.ts';

/** A redis-server child process that this process started and owns. */
export interface LocalRedis {
  url: string;
  port: number;
  pid: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface LocalRedisOptions {
  /** Data directory; persistence (AOF everysec) is on when set, off when not. */
  dir?: string;
  port?: number;
  binary?: string;
  extraArgs?: readonly string[];
  /**
   * Run it in a process group of its own, so that a terminal's Ctrl-C (SIGINT to the foreground group)
   * reaches only the wirefeed process, which stops it when no other process uses it.
   */
  detached?: boolean;
}

/** Ask the kernel for a free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

export function hasRedisServer(binary = 'redis-server'): boolean {
  return spawnSync(binary, ['--version'], { stdio: 'ignore' }).status === 0;
}

const HOW_TO_GET_REDIS =
  'redis-server was not found on PATH. Install Redis 7 (Debian/Ubuntu: `sudo apt-get install redis-server`; ' +
  'macOS: `brew install redis`), or point REDIS_URL at a running Redis (for example `docker compose up -d redis` ' +
  'and REDIS_URL=redis://127.0.0.1:6379).';

/**
 * Start a private redis-server on loopback and wait until it answers. Used by `wirefeed start` and
 * `process` when REDIS_URL is unset, and by the test harness when no container runtime answers.
 */
export async function startLocalRedis(options: LocalRedisOptions = {}): Promise<LocalRedis> {
  const binary = options.binary ?? 'redis-server';
  if (!hasRedisServer(binary)) throw new WirefeedError('WF_E_CONFIG', HOW_TO_GET_REDIS);
  const port = options.port ?? (await freePort());
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--maxmemory-policy',
    'noeviction',
  ];
  if (options.dir) {
    const dir = resolve(options.dir);
    mkdirSync(dir, { recursive: true });
    args.push('--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec');
  } else args.push('--appendonly', 'no');
  args.push(...(options.extraArgs ?? []));
  const child = spawn(binary, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    if (output.length < 8_000) output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start in 10 s:\n${output}`)),
      10_000,
    );
    const onData = () => {
      if (/Ready to accept connections/i.test(output)) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with code ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? 0,
    process: child,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        // SIGTERM makes redis-server flush the AOF before it exits.
        child.kill('SIGTERM');
      }),
  };
}
