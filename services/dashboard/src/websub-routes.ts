import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger, Producer, RouteHandler, ServiceDeps } from '@wirefeed/core';
import { parseDuration } from '@wirefeed/core';
import type { SeenItems } from '@wirefeed/feeds/poll';
import { createSeenItems, SEEN_ITEMS_PER_FEED } from '@wirefeed/feeds/poll';
import { createSubscriptionStore } from '@wirefeed/feeds/subscriptions';
import type { WebSub, WebSubOptions } from '@wirefeed/feeds/websub';
import {
  callbackKeyMatches,
  createServiceWebSub,
  normalizeJobsForPush,
  startSignatureCheck,
  wantedBySubscriptions,
} from '@wirefeed/feeds/websub';
import { readPushBody } from './websub-body.ts';

/** Pushed bodies above this are refused with 413: the same cap as a polled feed. */
export const WEBSUB_MAX_BODY_BYTES = 15 * 1024 * 1024;
/** Pushes handled at once per process; beyond this a hub gets 503 and comes back later. */
export const WEBSUB_MAX_CONCURRENT_PUSHES = 8;
/** Pushes handled at once for one feed: one feed's hub cannot take every slot. */
export const WEBSUB_MAX_PUSHES_PER_FEED = 2;
/** A push body not all there by then is refused with 408. */
export const WEBSUB_BODY_TIMEOUT_MS = 30_000;
const BUSY_RETRY_AFTER_S = 10;

export interface WebSubRouteDeps {
  websub: Pick<WebSub, 'lookup' | 'verify' | 'wanted' | 'forget'>;
  producer: Pick<Producer, 'add'>;
  log: Logger;
  maxBytes?: number;
  /** Default `WEBSUB_MAX_CONCURRENT_PUSHES`. */
  maxConcurrent?: number;
  /** Default `WEBSUB_MAX_PUSHES_PER_FEED`. */
  maxPerFeed?: number;
  /** Default `WEBSUB_BODY_TIMEOUT_MS`. */
  bodyTimeoutMs?: number;
  /** What polls and pushes queued before (see `createSeenItems`): a push takes only new items. */
  seen?: SeenItems;
  /** New items queued from one push, newest first (WIREFEED_MAX_ITEMS_PER_POLL); the rest come by poll. */
  maxItems?: number;
  now?: () => Date;
}

// Feed ids as the subscription schema allows them, then the subscription's callback key (none on a
// subscription made before keys); anything else cannot have a subscription.
const CALLBACK_PATH = /^\/websub\/([A-Za-z0-9_.-]{1,64})(?:\/([A-Za-z0-9_-]{16,64}))?$/;

function reply(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(body);
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The WebSub callback, `/websub/<feedId>`: GET answers a hub's intent verification, POST takes its
 * content distribution into the pipeline. No bearer token (a hub has none): a push is trusted by its
 * `X-Hub-Signature`, made with the secret we gave that hub, and only feeds with a hub subscription
 * that are still wanted are answered at all. Memory is bounded: at most `maxConcurrent` pushes of at
 * most `maxBytes` each are read at once, each within `bodyTimeoutMs`.
 */
export function createWebSubRoutes(deps: WebSubRouteDeps): RouteHandler {
  const maxBytes = deps.maxBytes ?? WEBSUB_MAX_BODY_BYTES;
  const maxConcurrent = deps.maxConcurrent ?? WEBSUB_MAX_CONCURRENT_PUSHES;
  const maxPerFeed = deps.maxPerFeed ?? WEBSUB_MAX_PUSHES_PER_FEED;
  const timeoutMs = deps.bodyTimeoutMs ?? WEBSUB_BODY_TIMEOUT_MS;
  let handling = 0;
  const perFeed = new Map<string, number>();
  const now = deps.now ?? (() => new Date());
  const log = deps.log.child({ component: 'websub-callback' });

  /** Answers one push; 'unwanted' when its feed is to be forgotten, after the slot is freed. */
  async function distribute(
    feedId: string,
    key: string | undefined,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<'unwanted' | undefined> {
    const startedAt = Date.now();
    const hub = await deps.websub.lookup(feedId);
    if (!hub) {
      // 410 tells a hub still pushing a feed we dropped that it may end that subscription.
      reply(res, 410, '', { connection: 'close' });
      return undefined;
    }
    // Not the path its hub was given: nothing of the body is read, and the answer tells nothing.
    if (!callbackKeyMatches(hub.callbackKey, key)) {
      log.warn({ feedId }, 'websub push refused: wrong callback');
      reply(res, 404, '', { connection: 'close' });
      return undefined;
    }
    if (!(await deps.websub.wanted(feedId))) {
      // Removed or paused: nothing enters the pipeline, and the hub is told to stop twice over.
      log.info({ feedId, hub: hub.url }, 'websub push refused: feed not wanted');
      reply(res, 410, '', { connection: 'close' });
      return 'unwanted';
    }
    // The spec: a push that fails the signature check MUST be ignored, and MAY still get a 2xx, which
    // also tells a forger nothing. A subscription without a secret cannot tell pushes apart: ignored too.
    // A header that cannot match (missing, malformed, unknown method) settles it before the body: none
    // of it is read, and the connection is closed, so a slow sender holds no slot.
    const check = startSignatureCheck(header(req, 'x-hub-signature'), hub.secret);
    if (!check.ok || hub.secret === undefined) {
      log.warn(
        { feedId, reason: check.ok ? 'no secret' : check.reason },
        'websub push ignored: bad signature',
      );
      reply(res, 202, '', { connection: 'close' });
      return undefined;
    }
    const read = await readPushBody(req, {
      maxBytes,
      timeoutMs,
      keep: true,
      onChunk: (chunk: Buffer) => check.stream.update(chunk),
    });
    if (read.kind === 'too-large') {
      log.warn({ feedId, maxBytes }, 'websub push too large');
      reply(res, 413, '', { connection: 'close' });
      return undefined;
    }
    if (read.kind === 'timeout') {
      log.warn({ feedId, timeoutMs }, 'websub push body too slow');
      reply(res, 408, '', { connection: 'close' });
      return undefined;
    }
    if (read.kind === 'aborted') {
      res.destroy();
      return undefined;
    }
    const signature = check.stream.finish();
    if (!signature.ok || read.body === undefined) {
      log.warn(
        { feedId, reason: signature.ok ? 'no body' : signature.reason, bytes: read.bytes },
        'websub push ignored: bad signature',
      );
      reply(res, 202);
      return undefined;
    }
    const body = read.body;
    let pushed: Awaited<ReturnType<typeof normalizeJobsForPush>>;
    try {
      pushed = await normalizeJobsForPush(
        body,
        { feedId, topic: hub.topic, contentType: header(req, 'content-type'), receivedAt: now() },
        { ...(deps.seen ? { seen: deps.seen } : {}), ...(deps.maxItems ? { maxItems: deps.maxItems } : {}) },
      );
    } catch (err) {
      // Sending it again would not make it parse: acknowledged, and the safety-net poll reads the feed.
      log.warn({ err, feedId, bytes: body.length }, 'websub push ignored: not a feed');
      reply(res, 202);
      return undefined;
    }
    // Answered after the jobs are in Redis: a 2xx then means "queued", and a Redis failure becomes a
    // 5xx the hub retries, instead of a push acknowledged and lost. Adding is one MULTI per queue.
    await deps.producer.add(pushed.emits);
    await pushed.remember();
    reply(res, 202);
    log.info(
      { feedId, items: pushed.emits.length, deferred: pushed.deferred, ms: Date.now() - startedAt },
      'websub push queued',
    );
    return undefined;
  }

  async function onPush(
    feedId: string,
    key: string | undefined,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    // Counted from the first step: slots are taken before any await, so a burst cannot overshoot.
    const forFeed = perFeed.get(feedId) ?? 0;
    if (handling >= maxConcurrent || forFeed >= maxPerFeed) {
      log.warn({ feedId, handling, forFeed }, 'websub push refused: too many at once');
      reply(res, 503, '', { 'retry-after': String(BUSY_RETRY_AFTER_S), connection: 'close' });
      return;
    }
    handling += 1;
    perFeed.set(feedId, forFeed + 1);
    let outcome: 'unwanted' | undefined;
    try {
      outcome = await distribute(feedId, key, req, res);
    } catch (err) {
      log.error({ err, feedId }, 'websub push not queued');
      if (!res.headersSent) reply(res, 503, '', { 'retry-after': '30' });
    } finally {
      handling -= 1;
      const left = (perFeed.get(feedId) ?? 1) - 1;
      if (left > 0) perFeed.set(feedId, left);
      else perFeed.delete(feedId);
    }
    // After the reply and outside the slot: asking the hub to unsubscribe may take a while.
    if (outcome === 'unwanted') await deps.websub.forget(feedId);
  }

  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith('/websub/')) return false;
    const match = CALLBACK_PATH.exec(path);
    const feedId = match?.[1];
    const key = match?.[2];
    if (feedId === undefined) {
      reply(res, 404);
      return true;
    }
    if (req.method === 'GET') {
      const query = new URL(req.url ?? '/', 'http://callback.invalid').searchParams;
      const answer = await deps.websub.verify(feedId, key, query);
      reply(res, answer.status, answer.body);
      return true;
    }
    if (req.method === 'POST') {
      await onPush(feedId, key, req, res);
      return true;
    }
    reply(res, 405, '', { allow: 'GET, POST' });
    return true;
  };
}

/**
 * The callback routes over a service host's Redis and producer (what `runDashboard` mounts), taking
 * pushes only for feeds whose subscription exists and is not paused. `websubOptions` matter where
 * verification plans the lease (`minRenewMs`, `leaseSeconds`).
 */
export function createWebSubRoutesFor(
  deps: Pick<ServiceDeps, 'connection' | 'keyPrefix' | 'producer' | 'log' | 'config'>,
  websubOptions: Omit<WebSubOptions, 'store' | 'log'> = {},
): RouteHandler {
  const subscriptions = createSubscriptionStore({
    redis: deps.connection,
    prefix: deps.keyPrefix,
    log: deps.log,
  });
  const websub = createServiceWebSub(deps, {
    isWanted: wantedBySubscriptions(subscriptions),
    ...websubOptions,
  });
  // The fetcher's memory of what each feed queued: a push and the polls around it share it.
  const seen = createSeenItems({
    redis: deps.connection,
    prefix: deps.keyPrefix,
    windowMs: parseDuration(deps.config.WIREFEED_DEDUP_WINDOW),
    maxPerFeed: SEEN_ITEMS_PER_FEED,
  });
  return createWebSubRoutes({
    websub,
    producer: deps.producer,
    log: deps.log,
    seen,
    maxItems: deps.config.WIREFEED_MAX_ITEMS_PER_POLL,
  });
}
