import type { ReadinessCheck, RouteHandler } from '@wirefeed/core';
import { hostAllowed, runChecks } from '@wirefeed/core';
import type { FastifyPluginAsync, onRequestHookHandler } from 'fastify';

/**
 * `/healthz` (the process answers) and `/readyz` (Redis reachable, every worker running; 503 while a
 * check fails): what core's health server answers a service process, here as routes of the
 * dashboard's own Fastify app, outside its login. `/metrics` is the app's own route.
 */
export function healthPlugin(checks: readonly ReadinessCheck[]): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', async (_req, reply) =>
      reply.header('cache-control', 'no-store').send({ status: 'ok' }),
    );
    app.get('/readyz', async (_req, reply) => {
      const r = await runChecks(checks);
      return reply
        .code(r.ok ? 200 : 503)
        .header('cache-control', 'no-store')
        .send({ status: r.ok ? 'ready' : 'not ready', checks: r.checks });
    });
  };
}

/**
 * The WebSub callback (`/websub/<feed>`): its handler reads the body itself, within its own caps
 * (size, time, pushes per feed), so this context leaves the body unread and hands the handler the
 * raw request and response.
 */
export function webSubPlugin(handler: RouteHandler): FastifyPluginAsync {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    app.route({
      method: ['GET', 'POST'],
      url: '/websub/*',
      handler: async (req, reply) => {
        reply.hijack();
        if (await handler(req.raw, reply.raw)) return;
        reply.raw.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        reply.raw.end(JSON.stringify({ error: 'not found' }));
      },
    });
  };
}

/**
 * Every path answers only the dashboard's own Host names: a page on another site that rebinds its
 * name to this address gets 421 Misdirected Request, health and WebSub included.
 */
export function ownHostNamesOnly(allowed: readonly string[]): onRequestHookHandler {
  const names = new Set(allowed.map((h) => h.toLowerCase()));
  return async (req, reply) => {
    if (hostAllowed(req.headers.host, names)) return;
    return reply
      .code(421)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ error: 'this server does not answer for that host name' });
  };
}
