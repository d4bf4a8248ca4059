import type { FetchJob, StageContext, StageHandler, StageResult } from '@wirefeed/core';
import { isWirefeedError, toWirefeedError } from '@wirefeed/core';
import type { ParsedFeed } from '@wirefeed/feeds';
import { normalizeJobsFor, parseFeed, readFeedSource } from '@wirefeed/feeds';
import type { HostLimiter, PollPolicy, PollResult } from '@wirefeed/feeds/poll';
import { applyPollResult, maxAgeMs, retryAfterMs } from '@wirefeed/feeds/poll';
import type { Subscription, SubscriptionState } from '@wirefeed/feeds/subscriptions';
import type { HttpGetOptions, HttpResponse } from '@wirefeed/http';
import { classifyStatus, httpGet } from '@wirefeed/http';
import type { FeedLock } from './feed-lock.ts';

/** What polling needs of the subscription store. */
export interface PollStore {
  get(id: string): Promise<Subscription | undefined>;
  saveState(id: string, state: SubscriptionState): Promise<void>;
  moveUrl(id: string, url: string): Promise<void>;
  pause(id: string, reason: string): Promise<void>;
}

/** Keeps a subscription's BullMQ job scheduler in line with its interval. */
export interface PollScheduling {
  schedule(sub: Subscription, intervalMs: number): Promise<void>;
  unschedule(id: string): Promise<void>;
}

/** Subscribes a feed at its WebSub hub when it advertises one (no-op when push is off). */
export type EnsurePush = (sub: Subscription, feed: ParsedFeed, response: HttpResponse) => Promise<void>;

export interface PollHandlerDeps {
  store: PollStore;
  scheduling: PollScheduling;
  limiter: HostLimiter;
  lock: FeedLock;
  http: Pick<HttpGetOptions, 'allowPrivate' | 'allowedPorts' | 'deadlineMs' | 'maxBytes'>;
  policy: Omit<PollPolicy, 'minIntervalMs' | 'maxIntervalMs'>;
  ensurePush?: EnsurePush;
  get?: typeof httpGet;
  now?: () => Date;
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function conditionalHeaders(state: SubscriptionState): Record<string, string> {
  return {
    ...(state.etag ? { 'if-none-match': state.etag } : {}),
    ...(state.lastModified ? { 'if-modified-since': state.lastModified } : {}),
  };
}

interface Fetched {
  result: PollResult;
  feed?: ParsedFeed;
  response?: HttpResponse;
}

/** One guarded HTTP poll of a subscription, classified into a PollResult; never throws for the feed's faults. */
async function pollHttp(sub: Subscription, deps: PollHandlerDeps, now: Date): Promise<Fetched> {
  const host = new URL(sub.url).host;
  const release = await deps.limiter.acquire(host);
  let response: HttpResponse;
  try {
    response = await (deps.get ?? httpGet)(sub.url, { ...deps.http, headers: conditionalHeaders(sub.state) });
  } catch (err) {
    const wf = toWirefeedError(err, 'WF_E_FETCH_NETWORK');
    return { result: { kind: 'error', code: wf.code, message: wf.message } };
  } finally {
    await release();
  }
  const maxAge = maxAgeMs(response.headers.get('cache-control'));
  if (response.status === 304)
    return {
      result: { kind: 'not-modified', ...(maxAge !== undefined ? { maxAgeMs: maxAge } : {}) },
      response,
    };
  const code = classifyStatus(response.status);
  if (code) {
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), now);
    return {
      result: {
        kind: 'error',
        code,
        message: `HTTP ${response.status}`,
        status: response.status,
        ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
      },
      response,
    };
  }
  try {
    const contentType = response.headers.get('content-type');
    const contentLanguage = response.headers.get('content-language');
    const feed = await parseFeed(response.body, {
      url: response.url,
      ...(contentType ? { contentType } : {}),
      ...(contentLanguage ? { contentLanguage } : {}),
    });
    // The URL moves only when every hop said "permanently" and the target served a valid feed.
    const permanent =
      response.redirects.length > 0 && response.redirects.every((r) => r.status === 301 || r.status === 308);
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    const result: PollResult = {
      kind: 'ok',
      status: response.status,
      items: feed.items,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      ...(feed.ttlMinutes !== undefined ? { ttlMinutes: feed.ttlMinutes } : {}),
      ...(maxAge !== undefined ? { maxAgeMs: maxAge } : {}),
      ...(permanent ? { movedTo: response.url } : {}),
    };
    return { result, feed, response };
  } catch (err) {
    const wf = toWirefeedError(err, 'WF_E_FEED_PARSE');
    return {
      result: { kind: 'error', code: wf.code, message: wf.message, status: response.status },
      response,
    };
  }
}

/** A local feed file: no conditional GET, no host cap; read errors and parse errors are the feed's faults. */
async function pollFile(sub: Subscription): Promise<Fetched> {
  try {
    const source = await readFeedSource(sub.url);
    const feed = await parseFeed(source.body, { url: source.url });
    return { result: { kind: 'ok', status: 200, items: feed.items }, feed };
  } catch (err) {
    const wf = toWirefeedError(err, 'WF_E_FILE_READ');
    return { result: { kind: 'error', code: wf.code, message: wf.message } };
  }
}

/** A one-shot run (`wirefeed process`): no subscription state; a broken feed fails the fetch with its reason. */
async function oneShot(job: FetchJob, deps: PollHandlerDeps, now: Date): Promise<StageResult> {
  const source = await readFeedSource(job.url, deps.http);
  const feed = await parseFeed(source.body, {
    url: source.url,
    ...(source.contentType ? { contentType: source.contentType } : {}),
    ...(source.contentLanguage ? { contentLanguage: source.contentLanguage } : {}),
  });
  const emits = normalizeJobsFor(feed, {
    feedId: job.feedId,
    feedUrl: source.url,
    fetchedAt: now.toISOString(),
    ...(job.title ? { feedTitle: job.title } : {}),
    ...(job.run ? { run: job.run } : {}),
  });
  return { emits, feedItems: emits.length };
}

async function applyDecision(
  sub: Subscription,
  fetched: Fetched,
  deps: PollHandlerDeps,
  now: Date,
  ctx: StageContext,
) {
  const policy: PollPolicy = {
    ...deps.policy,
    minIntervalMs: sub.minIntervalMs,
    maxIntervalMs: sub.maxIntervalMs,
  };
  const decision = applyPollResult(sub.state, fetched.result, policy, now);
  await deps.store.saveState(sub.id, decision.state);
  const log = {
    outcome: fetched.result.kind,
    intervalMs: decision.intervalMs,
    ms: Date.now() - ctx.startedAt,
  };
  if (fetched.result.kind === 'error') {
    ctx.log.warn(
      {
        ...log,
        code: fetched.result.code,
        status: fetched.result.status,
        errors: decision.state.consecutiveErrors,
      },
      'poll failed',
    );
  } else ctx.log.info({ ...log, items: fetched.feed?.items.length ?? 0 }, 'feed polled');
  if (decision.pause) {
    await deps.store.pause(sub.id, decision.pause);
    await deps.scheduling.unschedule(sub.id);
    ctx.log.warn({ reason: decision.pause }, 'subscription paused');
    return;
  }
  let current = sub;
  if (decision.newUrl && decision.newUrl !== sub.url) {
    await deps.store.moveUrl(sub.id, decision.newUrl);
    ctx.log.info({ from: sub.url, to: decision.newUrl }, 'feed moved permanently');
    current = { ...sub, url: decision.newUrl };
  }
  if (decision.intervalMs !== sub.state.intervalMs || current !== sub) {
    await deps.scheduling.schedule({ ...current, state: decision.state }, decision.intervalMs);
  }
}

/**
 * The fetch stage for subscriptions: conditional GET through the guarded client under the per-host
 * cap, parse, emit one normalize job per item, and fold the outcome into the subscription (validators,
 * rate, interval, error streak, pause, moved URL). A feed's own faults are recorded on its
 * subscription and do not fail the job; the next poll is the retry.
 */
export function createPollHandler(deps: PollHandlerDeps): StageHandler<FetchJob> {
  const now = deps.now ?? (() => new Date());
  return async (job, ctx) => {
    if (job.run) return oneShot(job, deps, now());
    const sub = await deps.store.get(job.feedId);
    if (!sub) {
      // A scheduler left behind by a removed subscription: remove it rather than poll forever.
      await deps.scheduling.unschedule(job.feedId);
      ctx.log.warn({ feedId: job.feedId }, 'no such subscription; scheduler removed');
      return {};
    }
    if (sub.paused) return {};
    const unlock = await deps.lock.tryLock(sub.id);
    if (!unlock) {
      ctx.log.info({ feedId: sub.id }, 'feed already being polled; skipped');
      return {};
    }
    const at = now();
    let fetched: Fetched;
    try {
      fetched = isHttp(sub.url) ? await pollHttp(sub, deps, at) : await pollFile(sub);
      await applyDecision(sub, fetched, deps, at, ctx);
    } finally {
      await unlock();
    }
    if (!fetched.feed) return {};
    if (fetched.response && deps.ensurePush) {
      await deps.ensurePush(sub, fetched.feed, fetched.response).catch((err: unknown) => {
        ctx.log.warn(
          { err: isWirefeedError(err) ? err : toWirefeedError(err) },
          'websub subscription failed',
        );
      });
    }
    return {
      emits: normalizeJobsFor(fetched.feed, {
        feedId: sub.id,
        feedUrl: fetched.response?.url ?? sub.url,
        fetchedAt: at.toISOString(),
        ...(sub.title ? { feedTitle: sub.title } : {}),
      }),
    };
  };
}
