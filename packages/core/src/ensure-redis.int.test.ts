import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Config } from './config.ts';
import { loadConfig } from './config.ts';
import type { RedisHandle } from './ensure-redis.ts';
import { processAlive as alive, ensureRedis } from './ensure-redis.ts';
import { nullLogger } from './logger.ts';
import { createRedis, whenReady } from './redis.ts';
import { hasRedisServer } from './redis-server.ts';

async function ping(url: string): Promise<string> {
  const client = createRedis(url, 'producer', 'wirefeed-test-ping');
  try {
    await whenReady(client, url, 2_000);
    return await client.ping();
  } catch {
    return 'down';
  } finally {
    client.disconnect();
  }
}

/** The redis-server's pid, from the state file the processes share. */
function redisPid(dir: string): number {
  return (JSON.parse(readFileSync(join(dir, 'redis', 'wirefeed-redis.json'), 'utf8')) as { pid: number }).pid;
}

// Each case runs its own private redis-server (no REDIS_URL), as `start` and the CLI do.
describe.skipIf(!hasRedisServer())('the private Redis: the last wirefeed process out stops it', () => {
  const dirs: string[] = [];
  const handles: RedisHandle[] = [];
  afterAll(async () => {
    // A failed case must not leave its redis-server behind: releasing twice is harmless.
    for (const handle of handles) await handle.release();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const ensure = async (c: Config) => {
    const handle = await ensureRedis(c, nullLogger());
    handles.push(handle);
    return handle;
  };
  const config = () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirefeed-ensure-redis-'));
    dirs.push(dir);
    return { dir, config: loadConfig({ WIREFEED_DATA_DIR: dir }) };
  };

  it('stops it when the process that started it is the only one using it', async () => {
    const { dir, config: c } = config();
    const first = await ensure(c);
    const pid = redisPid(dir);
    expect(await ping(first.url)).toBe('PONG');
    await first.release();
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dir, 'redis', 'wirefeed-redis.json'))).toBe(false);
  });

  it('keeps it for a later process when the one that started it leaves first', async () => {
    const { dir, config: c } = config();
    const starter = await ensure(c); // say a long `process`
    const later = await ensure(c); // then `start`, reusing it
    expect(later.url).toBe(starter.url);
    const pid = redisPid(dir);
    await starter.release();
    // Its log pipe to the starter is gone: a rewrite makes it log, and it must keep serving.
    const client = createRedis(later.url, 'producer', 'wirefeed-test-rewrite');
    await whenReady(client, later.url, 2_000);
    await client.bgrewriteaof();
    client.disconnect();
    await new Promise((r) => setTimeout(r, 500));
    expect(await ping(later.url)).toBe('PONG');
    await later.release();
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dir, 'redis', 'wirefeed-redis.json'))).toBe(false);
  });

  it('keeps it for the process that started it when a later one leaves first', async () => {
    const { dir, config: c } = config();
    const starter = await ensure(c); // `start`
    const later = await ensure(c); // `feeds add` meanwhile
    const pid = redisPid(dir);
    await later.release();
    expect(await ping(starter.url)).toBe('PONG');
    await starter.release();
    expect(alive(pid)).toBe(false);
  });
});
