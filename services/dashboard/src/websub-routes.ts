import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger, Producer, RouteHandler, ServiceDeps } from '@wirefeed/core';
import type { WebSub, WebSubOptions } from '@wirefeed/feeds/websub';
import { checkSignature, createServiceWebSub, normalizeJobsForPush } from '@wirefeed/feeds/websub';

/** Pushed bodies above this are refused with 413: the same cap as a polled feed. */
export const WEBSUB_MAX_BODY_BYTES = 15 * 1024 * 1024;

export interface WebSubRouteDeps {
  websub: Pick<WebSub, 'lookup' | 'knows' | 'verify'>;
  producer: Pick<Producer, 'add'>;
  log: Logger;
  maxBytes?: number;
  now?: () => Date;
}

// Feed ids as the subscription schema allows them; anything else cannot have a subscription.
const CALLBACK_PATH = /^\/websub\/([A-Za-z0-9_.-]{1,64})$/;

function reply(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/** The request body, or undefined once it passes `maxBytes` (the rest is not read). */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The WebSub callback, `/websub/<feedId>`: GET answers a hub's intent verification, POST takes its
 * content distribution into the pipeline. No bearer token (a hub has none): a push is trusted by its
 * `X-Hub-Signature`, made with the secret we gave that hub, and only feeds with a hub subscription
 * are answered at all.
 */
export function createWebSubRoutes(deps: WebSubRouteDeps): RouteHandler {
  const maxBytes = deps.maxBytes ?? WEBSUB_MAX_BODY_BYTES;
  const now = deps.now ?? (() => new Date());
  const log = deps.log.child({ component: 'websub-callback' });

  async function distribute(feedId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const startedAt = Date.now();
    const hub = await deps.websub.lookup(feedId);
    if (!hub) {
      // 410 tells a hub still pushing a feed we dropped that it may end that subscription.
      reply(res, 410, '', { connection: 'close' });
      return;
    }
    const body = await readBody(req, maxBytes);
    if (body === undefined) {
      log.warn({ feedId, maxBytes }, 'websub push too large');
      reply(res, 413, '', { connection: 'close' });
      return;
    }
    // The spec: a push that fails the signature check MUST be ignored, and MAY still get a 2xx, which
    // also tells a forger nothing. A subscription without a secret cannot tell pushes apart: ignored too.
    const signature = checkSignature(body, header(req, 'x-hub-signature'), hub.secret);
    if (!signature.ok || hub.secret === undefined) {
      log.warn(
        { feedId, reason: signature.ok ? 'no secret' : signature.reason, bytes: body.length },
        'websub push ignored: bad signature',
      );
      reply(res, 202);
      return;
    }
    let pushed: Awaited<ReturnType<typeof normalizeJobsForPush>>;
    try {
      pushed = await normalizeJobsForPush(body, {
        feedId,
        topic: hub.topic,
        contentType: header(req, 'content-type'),
        receivedAt: now(),
      });
    } catch (err) {
      // Sending it again would not make it parse: acknowledged, and the safety-net poll reads the feed.
      log.warn({ err, feedId, bytes: body.length }, 'websub push ignored: not a feed');
      reply(res, 202);
      return;
    }
    // Answered after the jobs are in Redis: a 2xx then means "queued", and a Redis failure becomes a
    // 5xx the hub retries, instead of a push acknowledged and lost. Adding is one MULTI per queue.
    await deps.producer.add(pushed.emits);
    reply(res, 202);
    log.info({ feedId, items: pushed.emits.length, ms: Date.now() - startedAt }, 'websub push queued');
  }

  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith('/websub/')) return false;
    const feedId = CALLBACK_PATH.exec(path)?.[1];
    if (feedId === undefined) {
      reply(res, 404);
      return true;
    }
    if (req.method === 'GET') {
      if (!(await deps.websub.knows(feedId))) {
        reply(res, 404);
        return true;
      }
      const query = new URL(req.url ?? '/', 'http://callback.invalid').searchParams;
      const answer = await deps.websub.verify(feedId, query);
      reply(res, answer.status, answer.body);
      return true;
    }
    if (req.method === 'POST') {
      try {
        await distribute(feedId, req, res);
      } catch (err) {
        log.error({ err, feedId }, 'websub push not queued');
        if (!res.headersSent) reply(res, 503, '', { 'retry-after': '30' });
      }
      return true;
    }
    reply(res, 405, '', { allow: 'GET, POST' });
    return true;
  };
}

/**
 * The callback routes over a service host's Redis and producer (what `runDashboard` mounts).
 * `websubOptions` matter where verification plans the lease (`minRenewMs`, `leaseSeconds`).
 */
export function createWebSubRoutesFor(
  deps: Pick<ServiceDeps, 'connection' | 'keyPrefix' | 'producer' | 'log' | 'config'>,
  websubOptions: Omit<WebSubOptions, 'store' | 'log'> = {},
): RouteHandler {
  const websub = createServiceWebSub(deps, websubOptions);
  return createWebSubRoutes({ websub, producer: deps.producer, log: deps.log });
}
