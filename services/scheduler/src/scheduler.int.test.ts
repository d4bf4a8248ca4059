import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host } from '@wirefeed/core';
import {
  createProducer,
  createRedis,
  isWirefeedError,
  loadConfig,
  nullLogger,
  startHost,
} from '@wirefeed/core';
import type { SubscriptionStore } from '@wirefeed/feeds/subscriptions';
import { createSubscriptionStore, unscheduleSubscription } from '@wirefeed/feeds/subscriptions';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler } from './scheduler.ts';

describe('scheduler service on a real Redis', () => {
  const url = testRedisUrl();
  const bare = uniquePrefix('scheduler');
  const prefix = `{${bare}}`;
  let dir: string;
  let file: string;
  const hosts: Host[] = [];
  const redis = createRedis(url, 'producer');
  const producer = createProducer({ connection: redis, prefix });
  const queue = producer.queue('fetch');
  let store: SubscriptionStore;

  const config = () =>
    loadConfig({
      REDIS_URL: url,
      WIREFEED_PREFIX: bare,
      WIREFEED_FEEDS_FILE: file,
      WIREFEED_POLL_INTERVAL: '5m',
    });
  const startScheduler = async () => {
    const host = await startHost({
      config: config(),
      log: nullLogger(),
      redisUrl: url,
      factories: [(deps) => createScheduler(deps, { watchMs: 100, pollMs: 50, resyncMs: 500 })],
    });
    hosts.push(host);
    return host;
  };
  const keys = async () => (await queue.getJobSchedulers(0, -1)).map((s) => s.key).sort();
  const writeFeeds = async (text: string) => {
    await writeFile(file, text);
    // Some filesystems keep whole-second mtimes: make each write visibly newer.
    const t = new Date(Date.now() + hosts.length * 1000 + Math.random() * 1000);
    await utimes(file, t, t);
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-scheduler-'));
    file = join(dir, 'feeds.yaml');
    store = createSubscriptionStore({ redis: createRedis(url, 'worker'), prefix });
  });
  afterAll(async () => {
    for (const host of hosts.reverse()) await host.close(1_000);
    await producer.close();
    await dropPrefix(url, bare);
    redis.disconnect();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses to start on a broken feeds.yaml, naming the file', async () => {
    await writeFeeds('feeds:\n  - url: https://a.example/\n    interval: sometimes\n');
    const err = await startScheduler().catch((e: unknown) => e);
    expect(isWirefeedError(err) && err.code).toBe('WF_E_CONFIG');
    expect((err as Error).message).toContain(file);
  });

  it('syncs feeds.yaml into the store at start and schedules it, dropping the yaml-* schedulers of old', async () => {
    await queue.upsertJobScheduler('yaml-legacy', { every: 60_000 }, { name: 'poll', data: {} });
    await writeFeeds(
      'feeds:\n  - url: https://world.example/rss\n    id: world\n    interval: 1m\n  - url: https://biz.example/rss\n    id: biz\n',
    );
    await startScheduler();
    expect((await store.list()).map((s) => [s.id, s.origin, s.minIntervalMs])).toEqual([
      ['world', 'yaml', 60_000],
      ['biz', 'yaml', 300_000],
    ]);
    expect(await keys()).toEqual(['sub:biz', 'sub:world']);
  });

  it('picks up an add, a pause, a resume and a removal from the store without a restart', async () => {
    await store.add({ id: 'added', url: 'https://added.example/rss', origin: 'cli' });
    await expect.poll(keys, { timeout: 5_000 }).toEqual(['sub:added', 'sub:biz', 'sub:world']);
    await store.setPaused('world', true, 'by hand');
    await expect.poll(keys, { timeout: 5_000 }).toEqual(['sub:added', 'sub:biz']);
    await store.setPaused('world', false);
    await expect.poll(keys, { timeout: 5_000 }).toEqual(['sub:added', 'sub:biz', 'sub:world']);
    await store.remove('added');
    await expect.poll(keys, { timeout: 5_000 }).toEqual(['sub:biz', 'sub:world']);
  });

  it('follows an interval the fetcher saved but did not schedule, at the periodic re-sync', async () => {
    const biz = await store.get('biz');
    await store.saveState('biz', {
      ...(biz?.state ?? { consecutiveErrors: 0, itemsSeen: 0 }),
      intervalMs: 900_000,
    });
    await expect
      .poll(async () => (await queue.getJobScheduler('sub:biz'))?.every, { timeout: 5_000 })
      .toBe(900_000);
  });

  it('follows feeds.yaml when it changes', async () => {
    await writeFeeds('feeds:\n  - url: https://biz.example/rss\n    id: biz\n    title: Biz\n');
    await expect.poll(keys, { timeout: 5_000 }).toEqual(['sub:biz']);
    expect(await store.get('world')).toBeUndefined();
    await expect
      .poll(async () => (await queue.getJobScheduler('sub:biz'))?.template?.data, { timeout: 5_000 })
      .toEqual({ feedId: 'biz', url: 'https://biz.example/rss', title: 'Biz' });
  });

  it('puts back a scheduler removed behind its back, at the periodic re-sync', async () => {
    expect(await unscheduleSubscription(queue, 'biz')).toBe(true);
    await expect.poll(keys, { timeout: 5_000 }).toEqual(['sub:biz']);
  });

  it('runs beside another replica: one scheduler per feed, one pending run each', async () => {
    await startScheduler();
    await Promise.all(
      ['r1', 'r2', 'r3'].map((id) => store.add({ id, url: `https://${id}.example/rss`, origin: 'api' })),
    );
    await expect.poll(keys, { timeout: 5_000 }).toEqual(['sub:biz', 'sub:r1', 'sub:r2', 'sub:r3']);
    await new Promise((r) => setTimeout(r, 600));
    const pending = await queue.getJobs(['waiting', 'delayed', 'prioritized']);
    const perFeed = new Map<string, number>();
    for (const job of pending) perFeed.set(job.data.feedId, (perFeed.get(job.data.feedId) ?? 0) + 1);
    expect(Object.fromEntries(perFeed)).toEqual({ biz: 1, r1: 1, r2: 1, r3: 1 });
  });

  it('leaves subscriptions alone while feeds.yaml is missing; removes them when it says feeds: []', async () => {
    await rm(file);
    // Running replicas notice within watchMs (100 ms); give them several checks.
    await new Promise((r) => setTimeout(r, 600));
    expect((await store.get('biz'))?.origin).toBe('yaml');
    // Nor does a start from a directory without the file (the sync at start is done when start returns).
    await startScheduler();
    expect(await store.get('biz')).toBeDefined();
    expect(await keys()).toContain('sub:biz');
    await writeFeeds('feeds: []\n');
    await expect.poll(async () => store.get('biz'), { timeout: 5_000 }).toBeUndefined();
    await expect.poll(keys, { timeout: 5_000 }).toEqual(['sub:r1', 'sub:r2', 'sub:r3']);
  });
});
