import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Producer, RouteHandler, SinkSpec } from '@wirefeed/core';
import { pipelineCounts } from './pipeline.ts';

export interface DashboardDeps {
  producer: Producer;
  sinks: readonly SinkSpec[];
  token: string;
}

function authorized(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The dashboard's JSON API (first form: the pipeline overview). Mounted as a route of the health
 * server, so one port serves /healthz, /readyz and /api. Every /api call needs the bearer token.
 */
export function createDashboardRoutes(deps: DashboardDeps): RouteHandler {
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith('/api/') && path !== '/') return false;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(
        'Wirefeed. API: GET /api/pipeline with Authorization: Bearer <token>. Health: /healthz, /readyz.\n',
      );
      return true;
    }
    if (!authorized(req, deps.token)) {
      json(res, 401, { error: 'missing or wrong bearer token' });
      return true;
    }
    if (req.method === 'GET' && path === '/api/pipeline') {
      json(res, 200, { stages: await pipelineCounts(deps.producer, deps.sinks) });
      return true;
    }
    json(res, 404, { error: 'not found' });
    return true;
  };
}
