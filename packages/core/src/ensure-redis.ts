import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { createRedis, whenReady } from './redis.ts';
import { startLocalRedis } from './redis-server.ts';

export interface RedisHandle {
  url: string;
  /**
   * Done with Redis. The private redis-server is stopped by the last wirefeed process using it,
   * whichever started it; REDIS_URL's Redis is never touched.
   */
  release(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const probe = createRedis(url, 'producer', 'wirefeed-probe');
  try {
    await whenReady(probe, url, 2_000);
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

/** Whether a process of that pid is running (signal 0 tests it without touching it). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Who uses the private Redis: one file per handle, `<pid>-<random>`, under <data>/redis/users. A file
 * whose process is gone (killed, crashed) does not count and is removed.
 */
function usersOf(dir: string) {
  const users = join(dir, 'users');
  return {
    join(): string {
      mkdirSync(users, { recursive: true });
      const file = join(users, `${process.pid}-${randomBytes(4).toString('hex')}`);
      writeFileSync(file, '');
      return file;
    },
    othersThan(file: string): boolean {
      rmSync(file, { force: true });
      let others = false;
      for (const name of readdirSync(users)) {
        if (processAlive(Number(name.split('-')[0]))) others = true;
        else rmSync(join(users, name), { force: true });
      }
      return others;
    },
  };
}

async function stopPid(pid: number): Promise<void> {
  try {
    // SIGTERM makes redis-server flush its AOF before it exits.
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * REDIS_URL when set. Otherwise the private redis-server under <data>/redis: reused when another
 * wirefeed process already runs it (`feeds add` while `start` runs, `start` while a `process` runs),
 * else started here with AOF on. The last process to release it stops it, so a short command that
 * started it never pulls it from under a `start` that came later.
 */
export async function ensureRedis(config: Config, log: Logger): Promise<RedisHandle> {
  if (config.REDIS_URL) return { url: config.REDIS_URL, release: async () => {} };
  const dir = resolve(config.WIREFEED_DATA_DIR, 'redis');
  const stateFile = join(dir, 'wirefeed-redis.json');
  const users = usersOf(dir);
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { url: string; pid: number };
    if (processAlive(state.pid) && (await answers(state.url))) {
      const me = users.join();
      log.info(
        { url: state.url, pid: state.pid },
        'using the private redis-server another wirefeed process started',
      );
      return {
        url: state.url,
        async release() {
          if (users.othersThan(me)) return;
          rmSync(stateFile, { force: true });
          await stopPid(state.pid);
        },
      };
    }
  } catch {
    // No usable state file: start our own below.
  }
  const redis = await startLocalRedis({ dir, detached: true });
  const me = users.join();
  writeFileSync(stateFile, JSON.stringify({ url: redis.url, pid: redis.pid }));
  log.info({ url: redis.url, dir, pid: redis.pid }, 'REDIS_URL is unset: started a private redis-server');
  return {
    url: redis.url,
    async release() {
      if (users.othersThan(me)) {
        // Others still use it: leave it running for the last of them to stop, and let this process
        // exit without waiting on the child (redis-server ignores SIGPIPE once its log pipe is gone).
        redis.process.stdout?.destroy();
        redis.process.stderr?.destroy();
        redis.process.unref();
        log.info(
          { url: redis.url, pid: redis.pid },
          'left the private redis-server to the processes using it',
        );
        return;
      }
      rmSync(stateFile, { force: true });
      await redis.stop();
    },
  };
}
