import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emit } from '@wirefeed/core';
import { createHealthServer, nullLogger } from '@wirefeed/core';
import type { WebSub } from '@wirefeed/feeds/websub';
import { createMemoryWebSubStore, createWebSub } from '@wirefeed/feeds/websub';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebSubRoutes } from './websub-routes.ts';

const TOPIC = 'https://news.example.com/feed.xml';
const SECRET = 'f'.repeat(64);
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><guid>g1</guid><description>first</description></item>
<item><title>Two</title><guid>g2</guid><description>second</description></item></channel></rss>`;

const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('WebSub callback routes', () => {
  let server: Server;
  let base: string;
  let added: Emit[][];
  let failAdd: boolean;
  let websub: WebSub;

  beforeEach(async () => {
    const store = createMemoryWebSubStore();
    await store.save('world', {
      url: 'https://hub.example/',
      topic: TOPIC,
      secret: SECRET,
      state: 'subscribed',
    });
    await store.save('nosecret', { url: 'https://hub.example/', topic: TOPIC, state: 'subscribed' });
    websub = createWebSub({ store });
    added = [];
    failAdd = false;
    const route = createWebSubRoutes({
      websub,
      producer: {
        add: async (emits) => {
          if (failAdd) throw new Error('redis down');
          added.push([...emits]);
        },
      },
      log: nullLogger(),
      maxBytes: 4_096,
    });
    server = createHealthServer({ checks: [], routes: [route] });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const push = (feedId: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/websub/${feedId}`, {
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
    const streamed = await fetch(`${base}/websub/world`, {
      method: 'POST',
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
    expect((await fetch(`${base}/websub/a/b?${query}`)).status).toBe(404);
    expect((await fetch(`${base}/websub/${'x'.repeat(65)}?${query}`)).status).toBe(404);
  });

  it('echoes the challenge of a verification for its topic', async () => {
    const query = new URLSearchParams({
      'hub.mode': 'subscribe',
      'hub.topic': TOPIC,
      'hub.challenge': 'ch-42',
      'hub.lease_seconds': '600',
    });
    const res = await fetch(`${base}/websub/world?${query}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ch-42');
    expect((await websub.lookup('world'))?.leaseUntil).toBeDefined();
    query.set('hub.topic', 'https://other.example/');
    expect((await fetch(`${base}/websub/world?${query}`)).status).toBe(404);
  });

  it('refuses other methods and leaves other paths to other routes', async () => {
    const res = await fetch(`${base}/websub/world`, { method: 'PUT', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(await (await fetch(`${base}/elsewhere`)).json()).toEqual({ error: 'not found' });
  });
});
