import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '@wirefeed/core';
import { loadConfig, nullLogger, startHost } from '@wirefeed/core';
import type { RedisProcess } from '@wirefeed/testing/redis-process';
import { hasRedisBinaries, startRedisProcess } from '@wirefeed/testing/redis-process';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { dashboardDeps } from './run-dashboard.ts';

const TOKEN = 'admin-token-for-the-redis-away-test';

describe.skipIf(!hasRedisBinaries())('the dashboard of a started host (its own redis-server)', () => {
  let dir: string;
  let redis: RedisProcess;
  let host: Host;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-dashboard-away-'));
    redis = await startRedisProcess({ dir });
    const config = loadConfig({ REDIS_URL: redis.url, WIREFEED_PREFIX: 'away' });
    host = await startHost({ config, log: nullLogger(), redisUrl: redis.url, factories: [] });
    app = createApp(dashboardDeps(host, config, TOKEN, nullLogger()));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await host?.close(500);
    await redis?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  /** The request's status, or 'no answer' when it has none within 3 s. */
  const get = async (url: string) => {
    const answer = app.inject({ url, headers: { authorization: `Bearer ${TOKEN}` } });
    const late = new Promise<'no answer'>((r) => setTimeout(() => r('no answer'), 3_000).unref());
    return Promise.race([answer.then((res) => res.statusCode), late]);
  };

  it("sends a form whose action the job's state refuses back to its page, with the reason", async () => {
    const queue = host.deps.producer.queue('dedup');
    await queue.add('x', { story: { id: 'whatever' } }, { jobId: 'waits' });
    const form = (path: string) =>
      app.inject({
        method: 'POST',
        url: path,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: new URLSearchParams({ _back: '/jobs/dedup/waits' }).toString(),
      });
    const res = await form('/api/queues/dedup/jobs/waits/retry');
    expect(res.statusCode).toBe(303);
    const back = new URL(res.headers.location as string, 'http://x');
    expect(back.pathname).toBe('/jobs/dedup/waits');
    expect(back.searchParams.get('msg')).toBe(
      'job waits is waiting: only a failed or completed job can be retried',
    );
    // An API client still gets the status and the reason.
    const api = await app.inject({
      method: 'POST',
      url: '/api/queues/dedup/jobs/waits/retry',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect([api.statusCode, api.json()]).toEqual([
      409,
      { error: 'job waits is waiting: only a failed or completed job can be retried' },
    ]);
  });

  it('sends a feed form the dashboard refuses back to the feeds page with the reason, not a JSON page', async () => {
    const add = (contentType: string, payload: string) =>
      app.inject({
        method: 'POST',
        url: '/api/feeds',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': contentType },
        payload,
      });
    const res = await add(
      'application/x-www-form-urlencoded',
      new URLSearchParams({ _back: '/feeds', url: '/etc/hostname' }).toString(),
    );
    expect(res.statusCode).toBe(303);
    const back = new URL(res.headers.location as string, 'http://x');
    expect(back.pathname).toBe('/feeds');
    const reason = back.searchParams.get('msg');
    expect(reason).toMatch(/only http and https feed URLs/);
    // An API client still gets the status and the same reason.
    const api = await add('application/json', JSON.stringify({ url: '/etc/hostname' }));
    expect([api.statusCode, api.json()]).toEqual([400, { error: reason }]);
  });

  it('answers an error at once instead of holding the request until Redis is back', async () => {
    expect(await get('/api/pipeline')).toBe(200);
    expect(await get('/api/feeds')).toBe(200);
    await redis.stop();
    expect(await get('/api/pipeline')).toBeGreaterThanOrEqual(500);
    expect(await get('/api/feeds')).toBeGreaterThanOrEqual(500);
    // And it is itself again once Redis is.
    await redis.start();
    await expect.poll(() => get('/api/pipeline'), { timeout: 15_000, interval: 250 }).toBe(200);
  });
});
