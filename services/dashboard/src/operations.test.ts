import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { healthPlugin, ownHostNamesOnly, webSubPlugin } from './operations.ts';

describe("the dashboard process's health, readiness and WebSub routes, on its one Fastify app", () => {
  it('answers /healthz, and /readyz with each check, 503 while one fails', async () => {
    let redisUp = true;
    const app = Fastify();
    app.register(
      healthPlugin([
        { name: 'redis', check: () => redisUp },
        { name: 'workers', check: async () => true },
      ]),
    );
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', checks: { redis: true, workers: true } });
    redisUp = false;
    const down = await app.inject('/readyz');
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'not ready', checks: { redis: false, workers: true } });
    expect(down.headers['cache-control']).toBe('no-store');
    await app.close();
  });

  it('hands the WebSub callback the raw request, its body unread, and 404s what the handler leaves', async () => {
    const seen: string[] = [];
    const handler = async (req: IncomingMessage, res: ServerResponse) => {
      if (!req.url?.startsWith('/websub/known')) return false;
      let body = '';
      for await (const chunk of req) body += String(chunk);
      seen.push(`${req.method} ${req.url} ${req.headers['content-type']} ${body}`);
      res.writeHead(202).end();
      return true;
    };
    const app = Fastify();
    app.register(webSubPlugin(handler));
    const pushed = await app.inject({
      method: 'POST',
      url: '/websub/known',
      headers: { 'content-type': 'application/rss+xml' },
      payload: '<rss/>',
    });
    expect(pushed.statusCode).toBe(202);
    expect(seen).toEqual(['POST /websub/known application/rss+xml <rss/>']);
    const other = await app.inject({ method: 'POST', url: '/websub/unknown', payload: 'x' });
    expect(other.statusCode).toBe(404);
    await app.close();
  });

  it('answers only its own Host names, on every path', async () => {
    const app = Fastify();
    app.addHook('onRequest', ownHostNamesOnly(['localhost', '127.0.0.1']));
    app.register(healthPlugin([]));
    expect((await app.inject({ url: '/healthz', headers: { host: '127.0.0.1:3000' } })).statusCode).toBe(200);
    const rebound = await app.inject({ url: '/healthz', headers: { host: 'evil.example' } });
    expect(rebound.statusCode).toBe(421);
    expect((await app.inject({ url: '/nowhere', headers: { host: 'evil.example' } })).statusCode).toBe(421);
    await app.close();
  });
});
