import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClient } from './redis.ts';
import { createRedis } from './redis.ts';
import { checkRedisSanity } from './redis-sanity.ts';
import type { LocalRedis } from './redis-server.ts';
import { hasRedisServer, startLocalRedis } from './redis-server.ts';

describe.skipIf(!hasRedisServer())('Redis sanity at start (needs redis-server on PATH)', () => {
  let local: LocalRedis;
  let redis: RedisClient;
  let dir: string;

  beforeAll(async () => {
    // A Redis of our own, in a directory of its own: the test changes its settings and turns on AOF.
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-sanity-'));
    local = await startLocalRedis({ dir });
    redis = createRedis(local.url, 'worker');
  });
  afterAll(async () => {
    redis.disconnect();
    await local.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('warns when Redis may evict jobs or keeps nothing on disk, and names the fix', async () => {
    await redis.call('CONFIG', 'SET', 'maxmemory-policy', 'allkeys-lru');
    await redis.call('CONFIG', 'SET', 'appendonly', 'no');
    const bad = await checkRedisSanity(redis);
    expect(bad).toMatchObject({ evictionPolicy: 'allkeys-lru', persistent: false });
    expect(bad.warnings.join('\n')).toMatch(/set it to noeviction/);
    expect(bad.warnings.join('\n')).toMatch(/turn on appendonly/);
  });

  it('is quiet for noeviction with AOF on', async () => {
    await redis.call('CONFIG', 'SET', 'maxmemory-policy', 'noeviction');
    await redis.call('CONFIG', 'SET', 'appendonly', 'yes');
    await expect.poll(async () => (await checkRedisSanity(redis)).warnings).toEqual([]);
    // Redis will not stop while it writes the first AOF: let that finish before the test stops it.
    await expect
      .poll(async () =>
        /aof_rewrite_in_progress:0[\s\S]*aof_rewrite_scheduled:0/.test(await redis.info('persistence')),
      )
      .toBe(true);
  });
});
