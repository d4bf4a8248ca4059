import { createHmac } from 'node:crypto';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emit } from '@wirefeed/core';
import { createHealthServer, nullLogger } from '@wirefeed/core';
import type { WebSub } from '@wirefeed/feeds/websub';
import { createMemoryWebSubStore, createWebSub } from '@wirefeed/feeds/websub';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebSubRouteDeps } from './websub-routes.ts';
import { createWebSubRoutes } from './websub-routes.ts';

const TOPIC = 'https://news.example.com/feed.xml';
const KEY = 'world-key-0123456789';
const SECRET = 'f'.repeat(64);
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><guid>g1</guid><description>first</description></item>
<item><title>Two</title><guid>g2</guid><description>second</description></item></channel></rss>`;

const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('WebSub callback routes', () => {
  let base: string;
  let added: Emit[][];
  let failAdd: boolean;
  let websub: WebSub;
  let wanted: Set<string>;
  let lookups: number;
  let server: Server | undefined;

  /** (Re)starts the callback server with these route options. */
  async function serve(
    options: Pick<WebSubRouteDeps, 'maxConcurrent' | 'maxPerFeed' | 'bodyTimeoutMs'> = {},
  ) {
    await stop();
    const route = createWebSubRoutes({
      websub: {
        ...websub,
        lookup: (feedId) => {
          lookups += 1;
          return websub.lookup(feedId);
        },
      },
      producer: {
        add: async (emits) => {
          if (failAdd) throw new Error('redis down');
          added.push([...emits]);
        },
      },
      log: nullLogger(),
      maxBytes: 4_096,
      ...options,
    });
    server = createHealthServer({ checks: [], routes: [route] });
    const listening = server;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  }

  async function stop() {
    const running = server;
    server = undefined;
    if (!running) return;
    running.closeAllConnections();
    await new Promise((resolve) => running.close(resolve));
  }

  beforeEach(async () => {
    const store = createMemoryWebSubStore();
    await store.save('world', {
      url: 'https://hub.example/',
      topic: TOPIC,
      secret: SECRET,
      state: 'subscribed',
      callbackKey: KEY,
    });
    await store.save('other', {
      url: 'https://hub.example/',
      topic: TOPIC,
      secret: SECRET,
      state: 'subscribed',
      callbackKey: 'other-key-0123456789',
    });
    await store.save('nosecret', {
      url: 'https://hub.example/',
      topic: TOPIC,
      state: 'subscribed',
      callbackKey: 'nosecret-key-0123456',
    });
    // Subscribed before callback keys: its hub still has the path without one.
    await store.save('legacy', {
      url: 'https://hub.example/',
      topic: TOPIC,
      secret: SECRET,
      state: 'subscribed',
    });
    wanted = new Set(['world', 'other', 'nosecret', 'legacy']);
    websub = createWebSub({ store, isWanted: async (feedId) => wanted.has(feedId) });
    added = [];
    failAdd = false;
    lookups = 0;
    await serve();
  });
  afterEach(stop);

  const KEYS: Record<string, string> = {
    world: KEY,
    other: 'other-key-0123456789',
    nosecret: 'nosecret-key-0123456',
  };
  const path = (feedId: string) => `/websub/${feedId}${KEYS[feedId] ? `/${KEYS[feedId]}` : ''}`;
  const push = (feedId: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path(feedId)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/rss+xml', ...headers },
      body,
    });

  it('queues one normalize job per item of a signed push, without a bearer token', async () => {
    const res = await push('world', FEED, { 'x-hub-signature': sign(FEED) });
    expect(res.status).toBe(202);
    expect(added).toHaveLength(1);
    expect(added[0]?.map((e) => e.queue)).toEqual(['normalize', 'normalize']);
    expect(added[0]?.[0]?.data).toMatchObject({ feedId: 'world', feedUrl: TOPIC, item: { title: 'One' } });
  });

  it('acknowledges but ignores bad, missing and unknown-method signatures', async () => {
    for (const signature of [sign(FEED, 'wrong'), undefined, `md5=${'0'.repeat(32)}`, 'garbage']) {
      const res = await push('world', FEED, signature === undefined ? {} : { 'x-hub-signature': signature });
      expect(res.status).toBe(202);
    }
    expect(added).toEqual([]);
  });

  it('ignores pushes for a subscription without a secret', async () => {
    expect((await push('nosecret', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(202);
    expect(added).toEqual([]);
  });

  it('acknowledges a signed body that is not a feed, and queues nothing', async () => {
    const body = '<html><body>hello</body></html>';
    expect((await push('world', body, { 'x-hub-signature': sign(body) })).status).toBe(202);
    expect(added).toEqual([]);
  });

  it('refuses bodies over the cap with 413, declared or streamed', async () => {
    const big = `${FEED}${' '.repeat(5_000)}`;
    expect((await push('world', big, { 'x-hub-signature': sign(big) })).status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new Uint8Array(1_000).fill(32));
        controller.close();
      },
    });
    const streamed = await fetch(`${base}${path('world')}`, {
      method: 'POST',
      headers: { 'x-hub-signature': sign('whatever') },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(added).toEqual([]);
  });

  it('answers 503 when the jobs cannot be queued, so the hub retries', async () => {
    failAdd = true;
    const res = await push('world', FEED, { 'x-hub-signature': sign(FEED) });
    expect(res.status).toBe(503);
  });

  it('answers only feeds with a subscription', async () => {
    expect((await push('nobody', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(410);
    const query = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.challenge': 'c' });
    expect((await fetch(`${base}/websub/nobody?${query}`)).status).toBe(404);
    expect((await fetch(`${base}/websub/a/b/c?${query}`)).status).toBe(404);
    expect((await fetch(`${base}/websub/${'x'.repeat(65)}?${query}`)).status).toBe(404);
  });

  it('echoes the challenge of a verification for its topic', async () => {
    const query = new URLSearchParams({
      'hub.mode': 'subscribe',
      'hub.topic': TOPIC,
      'hub.challenge': 'ch-42',
      'hub.lease_seconds': '600',
    });
    const res = await fetch(`${base}${path('world')}?${query}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ch-42');
    expect((await websub.lookup('world'))?.leaseUntil).toBeDefined();
    query.set('hub.topic', 'https://other.example/');
    expect((await fetch(`${base}${path('world')}?${query}`)).status).toBe(404);
  });

  it('refuses other methods and leaves other paths to other routes', async () => {
    const res = await fetch(`${base}${path('world')}`, { method: 'PUT', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(await (await fetch(`${base}/elsewhere`)).json()).toEqual({ error: 'not found' });
  });

  /** A push whose body is sent by hand: `send` more of it, or `end` it. */
  function openPush(feedId: string, body: string) {
    const req = request(`${base}${path(feedId)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/rss+xml',
        'content-length': String(Buffer.byteLength(body)),
        'x-hub-signature': sign(body),
      },
    });
    const response = new Promise<{ status: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
      req.on('response', (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers });
      });
      req.on('error', reject);
    });
    // A push cut off on purpose rejects; the test that does so does not look.
    response.catch(() => {});
    req.write(body.slice(0, 10));
    return { req, response, end: () => req.end(body.slice(10)) };
  }

  it('refuses with 410 and forgets a push for a feed removed or paused since', async () => {
    wanted.delete('world');
    const res = await push('world', FEED, { 'x-hub-signature': sign(FEED) });
    expect(res.status).toBe(410);
    expect(added).toEqual([]);
    await vi.waitFor(async () => expect(await websub.lookup('world')).toBeUndefined());
    // And the next one is refused without a look at the subscriptions.
    expect((await push('world', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(410);
  });

  it('refuses the verification of a subscription for a feed no longer wanted', async () => {
    wanted.delete('world');
    const query = new URLSearchParams({
      'hub.mode': 'subscribe',
      'hub.topic': TOPIC,
      'hub.challenge': 'c-1',
    });
    const res = await fetch(`${base}${path('world')}?${query}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('c-1');
    expect(await websub.lookup('world')).toBeUndefined();
  });

  it('refuses a forged verification: a path without the subscription’s key confirms nothing', async () => {
    const query = new URLSearchParams({
      'hub.mode': 'subscribe',
      'hub.topic': TOPIC,
      'hub.challenge': 'forged',
    });
    for (const forged of ['/websub/world', '/websub/world/guessed-key-0123456789', `/websub/world/${KEY}x`]) {
      const res = await fetch(`${base}${forged}?${query}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('');
    }
    expect((await websub.lookup('world'))?.leaseUntil).toBeUndefined();
    // The legacy path answers only a subscription made before keys.
    expect((await fetch(`${base}/websub/legacy?${query}`)).status).toBe(200);
  });

  it('refuses pushes on a wrong path, and with a header that cannot match, before reading any body', async () => {
    await serve({ maxConcurrent: 2, maxPerFeed: 2 });
    // Bodies that never end: an answer proves nothing waited for them.
    const held = (url: string, headers: Record<string, string>) => {
      const req = request(`${base}${url}`, {
        method: 'POST',
        headers: { 'content-length': '100000', ...headers },
      });
      const answered = new Promise<number>((resolve, reject) => {
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
      });
      answered.catch(() => {});
      req.write('<rss');
      return { answered, req };
    };
    const attempts = [
      ...Array.from({ length: 8 }, (_, i) =>
        held(`/websub/world/guessed-key-01234567${i}`, { 'x-hub-signature': sign('x') }),
      ),
      held(path('world'), {}),
      held(path('world'), { 'x-hub-signature': 'md5=00' }),
    ];
    const statuses = await Promise.all(attempts.map((a) => a.answered));
    expect(statuses).toEqual([...Array(8).fill(404), 202, 202]);
    for (const a of attempts) a.req.destroy();
    // None of them held a slot: a valid push goes through.
    expect((await push('world', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(202);
    expect(added).toHaveLength(1);
  });

  it('gives each feed at most its own share of the push slots', async () => {
    await serve({ maxConcurrent: 8, maxPerFeed: 2 });
    const first = openPush('other', FEED);
    const second = openPush('other', FEED);
    await vi.waitFor(() => expect(lookups).toBe(2));
    expect((await push('other', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(503);
    // Another feed is not held up by the one whose hub is slow.
    expect((await push('world', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(202);
    first.end();
    second.end();
    expect((await first.response).status).toBe(202);
    expect((await second.response).status).toBe(202);
  });

  it('reads only so many pushes at once, and answers the rest 503 with Retry-After', async () => {
    await serve({ maxConcurrent: 2, maxPerFeed: 2 });
    const first = openPush('world', FEED);
    const second = openPush('world', FEED);
    await vi.waitFor(() => expect(lookups).toBe(2));
    const busy = await push('world', FEED, { 'x-hub-signature': sign(FEED) });
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    first.end();
    expect((await first.response).status).toBe(202);
    // A finished push frees its slot.
    expect((await push('world', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(202);
    second.end();
    expect((await second.response).status).toBe(202);
    expect(added).toHaveLength(3);
  });

  it('gives up on a body that does not arrive in time with 408, and frees its slot', async () => {
    await serve({ maxConcurrent: 1, bodyTimeoutMs: 200 });
    const slow = openPush('world', FEED);
    expect((await slow.response).status).toBe(408);
    expect((await push('world', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(202);
    expect(added).toHaveLength(1);
  }, 5_000);

  it('frees the slot of a push whose sender hangs up mid-body', async () => {
    await serve({ maxConcurrent: 1 });
    const cut = openPush('world', FEED);
    await vi.waitFor(() => expect(lookups).toBe(1));
    cut.req.destroy();
    await vi.waitFor(async () => {
      expect((await push('world', FEED, { 'x-hub-signature': sign(FEED) })).status).toBe(202);
    });
    expect(added).toHaveLength(1);
  }, 5_000);
});
