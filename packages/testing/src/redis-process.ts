import { spawnSync } from 'node:child_process';
import type { LocalRedis } from '@wirefeed/core';
import { freePort, startLocalRedis } from '@wirefeed/core';

/** True when both redis-server and redis-cli are on PATH: the fault, replica and cluster suites need them. */
export function hasRedisBinaries(): boolean {
  return ['redis-server', 'redis-cli'].every(
    (bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0,
  );
}

/**
 * A redis-server a test owns: AOF on (`appendonly yes`, `appendfsync everysec`) in its own directory,
 * on a port that stays the same across SIGKILL, stop and start, so clients reconnect to the same URL
 * and find what the AOF kept.
 */
export interface RedisProcess {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** True while a redis-server is running. */
  readonly running: boolean;
  /** SIGKILL: no AOF flush, what `appendfsync everysec` did not yet write is lost. */
  kill(): Promise<void>;
  /** SIGTERM: redis-server flushes the AOF and exits. */
  stop(): Promise<void>;
  /** Start again on the same port and directory (after kill or stop). */
  start(): Promise<void>;
  /** kill, then start. */
  restart(): Promise<void>;
}

function exited(redis: LocalRedis): Promise<void> {
  const child = redis.process;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Start a persistent redis-server on a free (or the given) loopback port with its data under `dir`. */
export async function startRedisProcess(options: { dir: string; port?: number }): Promise<RedisProcess> {
  const port = options.port ?? (await freePort());
  let current: LocalRedis | undefined = await startLocalRedis({ dir: options.dir, port });
  const start = async () => {
    if (current) return;
    // The port may be briefly held after a kill; redis-server sets SO_REUSEADDR, so a retry is enough.
    for (let attempt = 1; ; attempt++) {
      try {
        current = await startLocalRedis({ dir: options.dir, port });
        return;
      } catch (err) {
        if (attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  };
  const kill = async () => {
    const redis = current;
    current = undefined;
    if (!redis) return;
    const done = exited(redis);
    redis.process.kill('SIGKILL');
    await done;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir: options.dir,
    get running() {
      return current !== undefined;
    },
    kill,
    async stop() {
      const redis = current;
      current = undefined;
      await redis?.stop();
    },
    start,
    async restart() {
      await kill();
      await start();
    },
  };
}
