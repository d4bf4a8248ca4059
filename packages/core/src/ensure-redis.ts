import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { createRedis, whenReady } from './redis.ts';
import { startLocalRedis } from './redis-server.ts';

export interface RedisHandle {
  url: string;
  /** Stop the private Redis if this process started it; a no-op otherwise. */
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * REDIS_URL when set. Otherwise the private redis-server under <data>/redis: reused when another
 * wirefeed process already runs it (say `start` while you `process`), else started here with AOF on
 * and stopped when this process is done.
 */
export async function ensureRedis(config: Config, log: Logger): Promise<RedisHandle> {
  if (config.REDIS_URL) return { url: config.REDIS_URL, release: async () => {} };
  const dir = resolve(config.WIREFEED_DATA_DIR, 'redis');
  const stateFile = join(dir, 'wirefeed-redis.json');
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { url: string; pid: number };
    if (alive(state.pid) && (await answers(state.url))) {
      log.info(
        { url: state.url, pid: state.pid },
        'using the private redis-server another wirefeed process started',
      );
      return { url: state.url, release: async () => {} };
    }
  } catch {
    // No usable state file: start our own below.
  }
  const redis = await startLocalRedis({ dir });
  writeFileSync(stateFile, JSON.stringify({ url: redis.url, pid: redis.pid }));
  log.info({ url: redis.url, dir, pid: redis.pid }, 'REDIS_URL is unset: started a private redis-server');
  return {
    url: redis.url,
    async release() {
      rmSync(stateFile, { force: true });
      await redis.stop();
    },
  };
}
