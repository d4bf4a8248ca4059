import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { metricsText } from './metrics.ts';
import type { RedisClient } from './redis.ts';

/** A readiness check: resolves true when its part is usable. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<boolean> | boolean;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return Promise.race([p, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref())]);
}

/** Redis answers PING within a second. */
export function redisCheck(redis: RedisClient, name = 'redis'): ReadinessCheck {
  return {
    name,
    check: () =>
      withTimeout(
        redis.ping().then((r) => r === 'PONG'),
        1_000,
        false,
      ).catch(() => false),
  };
}

export async function runChecks(
  checks: readonly ReadinessCheck[],
): Promise<{ ok: boolean; checks: Record<string, boolean> }> {
  const results = await Promise.all(
    checks.map(
      async (c) =>
        [c.name, await withTimeout(Promise.resolve(c.check()), 2_000, false).catch(() => false)] as const,
    ),
  );
  return { ok: results.every(([, ok]) => ok), checks: Object.fromEntries(results) };
}

/** The name of a Host header (`name:port`, `[v6]:port`), lower-cased, without the port. */
export function hostName(header: string | undefined): string | undefined {
  const m = /^(\[[^\]]*\]|[^:]+)(?::\d*)?$/.exec(header?.trim() ?? '');
  return m?.[1]?.toLowerCase();
}

/** Whether a Host header names one of `allowed`; a request without one is refused. */
export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  const name = hostName(header);
  return name !== undefined && allowed.has(name);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * `/healthz` says the process is alive; `/readyz` runs the checks (Redis reachable, workers running)
 * and answers 503 while any fails; `/metrics` is the Prometheus exposition (see metrics.ts). Returned unstarted: the caller decides where it listens.
 */
export function createHealthServer(options: {
  checks: readonly ReadinessCheck[];
  routes?: readonly RouteHandler[];
  /** Host names answered (see `hostAllowed`), on every path; unset: any. */
  allowedHosts?: readonly string[];
}): Server {
  const allowed = options.allowedHosts && new Set(options.allowedHosts.map((h) => h.toLowerCase()));
  return createServer((req, res) => {
    void (async () => {
      if (allowed && !hostAllowed(req.headers.host, allowed)) {
        // 421 Misdirected Request: a page on another site that rebinds its name to us gets nothing.
        return json(res, 421, { error: 'this server does not answer for that host name' });
      }
      const path = (req.url ?? '/').split('?')[0];
      if (path === '/healthz') return json(res, 200, { status: 'ok' });
      if (path === '/metrics') {
        const { contentType, body } = await metricsText();
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        return res.end(body);
      }
      if (path === '/readyz') {
        const r = await runChecks(options.checks);
        return json(res, r.ok ? 200 : 503, { status: r.ok ? 'ready' : 'not ready', checks: r.checks });
      }
      for (const route of options.routes ?? []) if (await route(req, res)) return;
      json(res, 404, { error: 'not found' });
    })().catch((err: unknown) => {
      if (!res.headersSent) json(res, 500, { error: err instanceof Error ? err.message : 'internal error' });
      else res.destroy();
    });
  });
}
