import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchJob, Producer, RedisClient } from '@wirefeed/core';
import { createProducer, createRedis, Stage } from '@wirefeed/core';
import { fifoTripwire } from '@wirefeed/testing/fifo-tripwire';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { stageContext } from '@wirefeed/testing/stage';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubscriptionStore } from '../subscriptions/index.ts';
import {
  createSubscriptionStore,
  SubscriptionStatus,
  schedulerIdFor,
  scheduleSubscription,
  subscriptionStatus,
  unscheduleSubscription,
} from '../subscriptions/index.ts';
import { createFeedLock } from './feed-lock.ts';
import { createHostLimiter } from './host-limiter.ts';
import type { PollHandlerDeps } from './poll-handler.ts';
import { createPollHandler } from './poll-handler.ts';
import { createSeenItems } from './seen-items.ts';

type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

function rss(items: { guid: string; hoursAgo: number }[], extra = ''): string {
  const now = Date.now();
  const body = items
    .map(
      (i) =>
        `<item><title>Story ${i.guid}</title><guid>${i.guid}</guid><link>https://wire.example/${i.guid}</link>` +
        `<pubDate>${new Date(now - i.hoursAgo * 3_600_000).toUTCString()}</pubDate><description>Body of ${i.guid}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test wire</title>${extra}${body}</channel></rss>`;
}
const hourly = (n: number) => rss(Array.from({ length: n }, (_, i) => ({ guid: `h${i}`, hoursAgo: i })));

describe('polling subscriptions against a local HTTP server and a real Redis', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('poll-handler');
  const prefix = `{${raw}}`;
  const routes = new Map<string, Route>();
  const seen: { path: string; headers: IncomingMessage['headers'] }[] = [];
  let server: Server;
  let base = '';
  let redis: RedisClient;
  let other: RedisClient;
  let producer: Producer;
  let queue: Queue;
  let store: SubscriptionStore;

  const ctx = () => stageContext();
  const depsFor = (connection: RedisClient, over: Partial<PollHandlerDeps> = {}): PollHandlerDeps => ({
    store: {
      get: (id) => store.get(id),
      saveState: async (id, state) => void (await store.saveState(id, state)),
      moveUrl: async (id, to) => void (await store.update(id, { url: to })),
      pause: async (id, reason) => void (await store.setPaused(id, true, reason)),
    },
    scheduling: {
      schedule: (sub, intervalMs) => scheduleSubscription(queue, sub, intervalMs),
      unschedule: async (id) => void (await unscheduleSubscription(queue, id)),
    },
    limiter: createHostLimiter({ redis: connection, prefix, limit: 2, waitMs: 20_000 }),
    lock: createFeedLock({ redis: connection, prefix, ttlMs: 60_000 }),
    http: { allowPrivate: ['127.0.0.1'], deadlineMs: 5_000 },
    policy: { pauseAfterErrors: 3, pauseAfterMs: 7 * 86_400_000 },
    ...over,
  });
  // As the stage worker does: queue the emits (here: hand them back), then run afterEmit.
  const poll = async (id: string, deps = depsFor(redis)) => {
    const job: FetchJob = { feedId: id, url: 'ignored: the subscription has the URL' };
    const result = await createPollHandler(deps)(job, ctx());
    await result.afterEmit?.();
    return { emits: result.emits ?? [] };
  };
  const subscribe = async (id: string, path: string) => {
    await store.add({ id, url: `${base}${path}`, origin: 'cli', minIntervalMs: 60_000 });
    return id;
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      seen.push({ path, headers: req.headers });
      const route = routes.get(path);
      if (!route) return void res.writeHead(404).end();
      void route(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    redis = createRedis(url, 'worker');
    other = createRedis(url, 'worker');
    producer = createProducer({ connection: createRedis(url, 'producer'), prefix });
    queue = producer.queue(Stage.fetch);
    store = createSubscriptionStore({ redis, prefix });
  });
  afterAll(async () => {
    await producer.close();
    redis.disconnect();
    other.disconnect();
    await new Promise((resolve) => server.close(resolve));
    await dropPrefix(url, raw);
  });

  it('sends the validators back and spends no parsing on a 304', async () => {
    routes.set('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Thu, 26 Nov 2026 10:00:00 GMT' }).end(hourly(3));
    });
    const id = await subscribe('etag', '/etag.xml');
    const first = await poll(id);
    expect(first.emits).toHaveLength(3);
    const second = await poll(id);
    expect(second.emits).toHaveLength(0);
    const last = seen.filter((s) => s.path === '/etag.xml').at(-1);
    expect(last?.headers['if-none-match']).toBe('"v1"');
    expect(last?.headers['if-modified-since']).toBe('Thu, 26 Nov 2026 10:00:00 GMT');
    expect((await store.getState(id))?.lastOutcome).toBe('not-modified');
  });

  it('delivers the good entries of a feed with an empty one, and keeps the skip on the subscription', async () => {
    const atom = (entries: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Skip wire</title>${entries}</feed>`;
    const good = '<entry><id>urn:good</id><title>Good story</title><content>Body.</content></entry>';
    let body = atom(`<entry></entry>${good}`);
    routes.set('/skip.xml', (_req, res) => void res.writeHead(200).end(body));
    const id = await subscribe('skip', '/skip.xml');
    const first = await poll(id);
    expect(first.emits).toHaveLength(1);
    expect(first.emits[0]?.data).toMatchObject({ item: { guid: 'urn:good', title: 'Good story' } });
    const state = await store.getState(id);
    expect(state).toMatchObject({
      lastOutcome: 'ok',
      lastSkipped: { count: 1, reasons: ['entry 1 is empty: no title, link, id or content'] },
    });
    expect(state?.lastError).toBeUndefined();
    // Fixed at the source: the next poll clears it.
    body = atom(good);
    await poll(id);
    expect((await store.getState(id))?.lastSkipped).toBeUndefined();
  });

  it('adapts the interval to the publishing rate and reschedules the feed', async () => {
    routes.set('/hourly.xml', (_req, res) => void res.writeHead(200).end(hourly(48)));
    const id = await subscribe('hourly', '/hourly.xml');
    await poll(id);
    const state = await store.getState(id);
    expect(state?.avgItemsPerDay).toBeGreaterThan(20);
    expect(state?.intervalMs).toBe(1_800_000);
    expect((await queue.getJobScheduler(schedulerIdFor(id)))?.every).toBe(1_800_000);
  });

  it('waits as long as Retry-After says after a 429', async () => {
    routes.set('/busy.xml', (_req, res) => void res.writeHead(429, { 'retry-after': '7200' }).end());
    const id = await subscribe('busy', '/busy.xml');
    expect((await poll(id)).emits).toEqual([]);
    const state = await store.getState(id);
    expect(state?.lastError).toMatchObject({ code: 'WF_E_FETCH_HTTP_429', status: 429 });
    expect(state?.intervalMs).toBe(7_200_000);
    expect((await queue.getJobScheduler(schedulerIdFor(id)))?.every).toBe(7_200_000);
  });

  it('backs off on errors and pauses the feed after the streak, with the reason kept', async () => {
    routes.set('/broken.xml', (_req, res) => void res.writeHead(500).end('oops'));
    const id = await subscribe('broken', '/broken.xml');
    await scheduleSubscription(queue, (await store.get(id)) ?? expect.fail(), 60_000);
    const intervals: number[] = [];
    for (let i = 0; i < 3; i++) {
      await poll(id);
      intervals.push((await store.getState(id))?.intervalMs ?? 0);
    }
    expect(intervals[1]).toBeGreaterThan(intervals[0] ?? 0);
    expect(intervals[2]).toBeGreaterThan(intervals[1] ?? 0);
    const sub = await store.get(id);
    expect(sub?.paused).toBe(true);
    expect(sub?.pausedReason).toMatch(/^paused after 3 failed polls since .*WF_E_FETCH_HTTP_5XX HTTP 500/);
    expect(await queue.getJobScheduler(schedulerIdFor(id))).toBeUndefined();
    const before = seen.length;
    await poll(id);
    expect(seen.length).toBe(before);
  });

  it('moves the URL after a permanent redirect to a valid feed, but not for a temporary one', async () => {
    routes.set('/old.xml', (_req, res) => void res.writeHead(301, { location: '/new.xml' }).end());
    routes.set('/new.xml', (_req, res) => void res.writeHead(200).end(hourly(2)));
    routes.set('/temp.xml', (_req, res) => void res.writeHead(302, { location: '/new.xml' }).end());
    routes.set('/gone-to-junk.xml', (_req, res) => void res.writeHead(308, { location: '/junk' }).end());
    routes.set(
      '/junk',
      (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>nope</html>'),
    );
    const moved = await subscribe('moved', '/old.xml');
    const temp = await subscribe('temp', '/temp.xml');
    const junk = await subscribe('junk', '/gone-to-junk.xml');
    await poll(moved);
    await poll(temp);
    await poll(junk);
    expect((await store.get(moved))?.url).toBe(`${base}/new.xml`);
    expect((await store.get(temp))?.url).toBe(`${base}/temp.xml`);
    expect((await store.get(junk))?.url).toBe(`${base}/gone-to-junk.xml`);
    expect((await store.getState(junk))?.lastError?.code).toBe('WF_E_FEED_PARSE');
  });

  it('unsubscribes a feed that answers 410 Gone, saying why', async () => {
    routes.set('/gone.xml', (_req, res) => void res.writeHead(410).end());
    const id = await subscribe('gone', '/gone.xml');
    await poll(id);
    const sub = await store.get(id);
    expect(sub?.paused).toBe(true);
    expect(sub?.pausedReason).toMatch(/gone \(HTTP 410\)/);
  });

  it('keeps two fetcher replicas within the per-host cap', async () => {
    let inFlight = 0;
    let peak = 0;
    routes.set('/slow.xml', async (_req, res) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 150));
      inFlight -= 1;
      res.writeHead(200).end(hourly(1));
    });
    const ids = await Promise.all(
      Array.from({ length: 6 }, (_, i) => subscribe(`slow-${i}`, `/slow.xml?feed=${i}`)),
    );
    const replicaA = depsFor(redis);
    const replicaB = depsFor(other);
    await Promise.all(ids.map((id, i) => poll(id, i % 2 ? replicaA : replicaB)));
    expect(peak).toBe(2);
  });

  it('refuses a feed on a private network unless allowed, and records why', async () => {
    routes.set('/private.xml', (_req, res) => void res.writeHead(200).end(hourly(1)));
    const id = await subscribe('private', '/private.xml');
    const before = seen.length;
    await poll(id, depsFor(redis, { http: { deadlineMs: 5_000 } }));
    expect(seen.length).toBe(before);
    expect((await store.getState(id))?.lastError).toMatchObject({ code: 'WF_E_FETCH_BLOCKED' });
  });

  it('skips a poll while another poll of the same feed holds its lock', async () => {
    routes.set('/locked.xml', (_req, res) => void res.writeHead(200).end(hourly(1)));
    const id = await subscribe('locked', '/locked.xml');
    const held = await createFeedLock({ redis, prefix, ttlMs: 60_000 }).tryLock(id, 'another-job');
    expect((await poll(id)).emits).toEqual([]);
    await held?.();
    expect((await poll(id)).emits).toHaveLength(1);
  });

  it('saves the new validators only once the items are queued, so a crash in between loses nothing', async () => {
    routes.set('/crash.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"c1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"c1"' }).end(hourly(2));
    });
    const id = await subscribe('crash', '/crash.xml');
    const job: FetchJob = { feedId: id, url: '' };
    // The first attempt fetched, then died before its items were queued (afterEmit never ran).
    const lost = await createPollHandler(depsFor(redis))(job, { ...ctx(), token: 'same-job' });
    expect(lost.emits).toHaveLength(2);
    expect((await store.getState(id))?.etag).toBeUndefined();
    // Its retry (same job token, so it takes its own lock back) fetches the items again.
    const retry = await createPollHandler(depsFor(redis))(job, { ...ctx(), token: 'same-job' });
    expect(retry.emits).toHaveLength(2);
    await retry.afterEmit?.();
    expect((await store.getState(id))?.etag).toBe('"c1"');
  });

  it('keeps polling the old URL when a permanent redirect points at a feed already subscribed, and says why', async () => {
    routes.set('/dupe-old.xml', (_req, res) => void res.writeHead(301, { location: '/dupe-new.xml' }).end());
    routes.set('/dupe-new.xml', (_req, res) => void res.writeHead(200).end(hourly(2)));
    await subscribe('dupe-new', '/dupe-new.xml');
    const id = await subscribe('dupe-old', '/dupe-old.xml');
    const { emits } = await poll(id);
    expect(emits).toHaveLength(2);
    expect((await store.get(id))?.url).toBe(`${base}/dupe-old.xml`);
    expect((await store.getState(id))?.lastError?.message).toMatch(
      /moved permanently to .*dupe-new\.xml, not followed/,
    );
  });

  it('takes a flood in bounded slices, newest first, flags it, and queues nothing twice: the memory is its own, not BullMQ’s', async () => {
    // 25 items an hour apart (the same bytes every time), with an ETag not to be sent back while items wait.
    const body = hourly(25);
    routes.set('/flood.xml', (_req, res) => void res.writeHead(200, { etag: '"f1"' }).end(body));
    const id = await subscribe('flood', '/flood.xml');
    const seenItems = createSeenItems({ redis, prefix, windowMs: 86_400_000, maxPerFeed: 1_000 });
    const deps = depsFor(redis, { seen: seenItems, maxItemsPerPoll: 10 });
    const guids = (emits: { data: unknown }[]) =>
      emits.map((e) => (e.data as { item: { guid: string } }).item.guid);

    // Nothing is added to BullMQ here: only the seen memory can keep a poll from taking an item twice.
    const first = await poll(id, deps);
    expect(guids(first.emits)).toEqual(Array.from({ length: 10 }, (_, i) => `h${i}`));
    let sub = await store.get(id);
    expect(sub?.state).toMatchObject({ deferredItems: 15, itemsSeen: 10 });
    expect(sub?.state.etag).toBeUndefined();
    expect(sub && subscriptionStatus(sub)).toBe(SubscriptionStatus.flooding);
    // Drained at the subscription's shortest interval, never sooner.
    expect(sub?.state.intervalMs).toBe(60_000);

    const second = await poll(id, deps);
    expect(guids(second.emits)).toEqual(Array.from({ length: 10 }, (_, i) => `h${i + 10}`));
    const third = await poll(id, deps);
    expect(guids(third.emits)).toEqual(Array.from({ length: 5 }, (_, i) => `h${i + 20}`));
    sub = await store.get(id);
    expect(sub?.state.deferredItems).toBeUndefined();
    expect(sub?.state.floodingSince).toBeUndefined();
    expect(sub?.state.etag).toBe('"f1"');
    expect(sub && subscriptionStatus(sub)).toBe(SubscriptionStatus.active);

    // Unchanged and fully taken: with no 304 in the way (another server), a poll queues nothing.
    routes.set('/flood.xml', (_req, res) => void res.writeHead(200).end(body));
    expect((await poll(id, deps)).emits).toEqual([]);
    expect(await redis.zcard(`${prefix}:seen:${id}`)).toBe(25);
    expect(await redis.pttl(`${prefix}:seen:${id}`)).toBeGreaterThan(86_000_000);
  });

  it('reads local files only for the CLI’s and feeds.yaml’s subscriptions, checked again at every poll', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wirefeed-poll-local-'));
    const wire = fifoTripwire(dir);
    try {
      // Records as an older version stored them from OPML: the raw text, which reads as a local path.
      const legacy = [
        { id: 'legacy-opml', url: wire.path, origin: 'opml' },
        { id: 'legacy-tab', url: `ht\ttp://x/../../../..${wire.path}`, origin: 'opml' },
        { id: 'legacy-api', url: `file://${wire.path}`, origin: 'api' },
      ];
      for (const { id, url: feedUrl, origin } of legacy) {
        const config = {
          id,
          url: feedUrl,
          origin,
          tags: [],
          minIntervalMs: 60_000,
          maxIntervalMs: 86_400_000,
          paused: false,
          createdAt: new Date().toISOString(),
        };
        await redis.hset(
          `${prefix}:sub:${id}`,
          'config',
          JSON.stringify(config),
          'state',
          JSON.stringify({ consecutiveErrors: 0, itemsSeen: 0 }),
        );
        expect((await poll(id)).emits).toEqual([]);
        expect((await store.getState(id))?.lastError?.code).toBe('WF_E_FETCH_BLOCKED');
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(wire.opened()).toBe(false);
      // The tripwire works: the first open for reading lets its writer through.
      const { open, constants } = await import('node:fs/promises');
      await (await open(wire.path, constants.O_RDONLY | constants.O_NONBLOCK)).close();
      await expect.poll(() => wire.opened(), { timeout: 5_000 }).toBe(true);
      // The operator's own file subscription: what went wrong is said without the path or what is there.
      await store.add({ id: 'cli-missing', url: join(dir, 'missing.xml'), origin: 'cli' });
      await poll('cli-missing');
      const error = (await store.getState('cli-missing'))?.lastError;
      expect(error).toMatchObject({
        code: 'WF_E_FILE_READ',
        message: 'the local feed file could not be read (the fetcher’s log says why)',
      });
    } finally {
      wire.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
