import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { createHealthServer } from './health.ts';
import { nullLogger } from './logger.ts';
import type { LocalRedis } from './redis-server.ts';
import { hasRedisServer, startLocalRedis } from './redis-server.ts';
import type { Host } from './service-host.ts';
import { startHost } from './service-host.ts';

// This test stops and restarts Redis, so it runs its own redis-server rather than the shared one.
describe.skipIf(!hasRedisServer())('readiness follows Redis (own redis-server)', () => {
  let redis: LocalRedis;
  let host: Host;
  let server: Server;
  let base = '';

  afterAll(async () => {
    server?.close();
    await host?.close(1_000);
    await redis?.stop();
  });

  it('is ready with Redis up, not ready while it is down, and ready again once it is back', async () => {
    redis = await startLocalRedis();
    host = await startHost({ config: loadConfig({}), log: nullLogger(), redisUrl: redis.url, factories: [] });
    server = createHealthServer({ checks: host.checks });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const status = async (path: string) => (await fetch(`${base}${path}`)).status;
    expect(await status('/healthz')).toBe(200);
    expect(await status('/readyz')).toBe(200);

    await redis.stop();
    await expect.poll(() => status('/readyz'), { timeout: 10_000 }).toBe(503);
    expect(await status('/healthz')).toBe(200);
    const body = (await (await fetch(`${base}/readyz`)).json()) as { checks: Record<string, boolean> };
    expect(body.checks.redis).toBe(false);

    redis = await startLocalRedis({ port: redis.port });
    await expect.poll(() => status('/readyz'), { timeout: 15_000 }).toBe(200);
    expect(await status('/nope')).toBe(404);
  });
});
