import type { HttpGetOptions, HttpResponse } from '@wirefeed/http';
import { classifyStatus, httpGet } from '@wirefeed/http';
import type { ParsedFeed } from '../feed.ts';
import type { ParseFeedOptions } from '../parse-feed.ts';
import { parseFeed } from '../parse-feed.ts';
import { FEED_ACCEPT, readFeedSource } from '../read-source.ts';
import type { Subscription, SubscriptionState } from '../subscriptions/subscription.ts';
import type { HostLimiter } from './host-limiter.ts';
import { maxAgeMs, retryAfterMs } from './http-hints.ts';
import type { PollResult } from './outcome.ts';

/** What one poll fetched: its classified result and, when a feed was read, the feed and the answer. */
export interface Fetched {
  result: PollResult;
  feed?: ParsedFeed;
  response?: HttpResponse;
  /** The error behind an error result whose message is kept generic (local files): for the log only. */
  cause?: unknown;
}

/** Reads a fetched body as a feed: `parseFeed`, or whatever the caller runs in its place (a thread). */
export type FeedParse = (body: Uint8Array, options: ParseFeedOptions) => Promise<ParsedFeed>;

export interface PollSourceDeps {
  limiter: HostLimiter;
  http: Pick<HttpGetOptions, 'allowPrivate' | 'allowedPorts' | 'deadlineMs' | 'maxBytes'>;
  get?: typeof httpGet;
  /** Default `parseFeed`. */
  parse?: FeedParse;
}

function toError(err: unknown, fallback: string): PollResult {
  const e = err as { code?: unknown; message?: unknown };
  return {
    kind: 'error',
    code: typeof e.code === 'string' && e.code.startsWith('WF_E_') ? e.code : fallback,
    message: typeof e.message === 'string' ? e.message : String(err),
  };
}

function conditionalHeaders(state: SubscriptionState): Record<string, string> {
  return {
    accept: FEED_ACCEPT,
    ...(state.etag ? { 'if-none-match': state.etag } : {}),
    ...(state.lastModified ? { 'if-modified-since': state.lastModified } : {}),
  };
}

/**
 * One guarded, conditional HTTP poll under the per-host cap, classified into a PollResult. The feed's
 * own faults (HTTP errors, unreadable bodies, blocked addresses) come back as results, never thrown;
 * only "no host slot in time" throws, so the job is retried rather than counted against the feed.
 */
export async function pollHttp(sub: Subscription, deps: PollSourceDeps, now: Date): Promise<Fetched> {
  const release = await deps.limiter.acquire(new URL(sub.url).host);
  let response: HttpResponse;
  try {
    response = await (deps.get ?? httpGet)(sub.url, { ...deps.http, headers: conditionalHeaders(sub.state) });
  } catch (err) {
    return { result: toError(err, 'WF_E_FETCH_NETWORK') };
  } finally {
    await release();
  }
  const maxAge = maxAgeMs(response.headers.get('cache-control'));
  const hints = maxAge !== undefined ? { maxAgeMs: maxAge } : {};
  if (response.status === 304) return { result: { kind: 'not-modified', ...hints }, response };
  const code = classifyStatus(response.status);
  if (code) {
    const retryAfter = retryAfterMs(response.headers.get('retry-after'), now);
    const result: PollResult = {
      kind: 'error',
      code,
      message: `HTTP ${response.status}`,
      status: response.status,
      ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
    };
    return { result, response };
  }
  try {
    const contentType = response.headers.get('content-type');
    const contentLanguage = response.headers.get('content-language');
    const feed = await (deps.parse ?? parseFeed)(response.body, {
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
      ...hints,
      ...(permanent ? { movedTo: response.url } : {}),
      ...(feed.skipped?.length ? { skipped: feed.skipped } : {}),
    };
    return { result, feed, response };
  } catch (err) {
    return {
      result: { ...toError(err, 'WF_E_FEED_PARSE'), status: response.status } as PollResult,
      response,
    };
  }
}

/**
 * A local feed file: no conditional GET, no host cap. What went wrong is said on the subscription in
 * words that do not depend on the file (a dashboard viewer must not learn whether a path exists, nor
 * what it holds); the error itself is in `cause`, for the fetcher's log.
 */
export async function pollFile(sub: Subscription, parse: FeedParse = parseFeed): Promise<Fetched> {
  let source: Awaited<ReturnType<typeof readFeedSource>>;
  try {
    source = await readFeedSource(sub.url);
  } catch (err) {
    const code = toError(err, 'WF_E_FILE_READ');
    const message = 'the local feed file could not be read (the fetcher’s log says why)';
    return {
      result: { kind: 'error', code: code.kind === 'error' ? code.code : 'WF_E_FILE_READ', message },
      cause: err,
    };
  }
  try {
    const feed = await parse(source.body, { url: source.url });
    const skipped = feed.skipped?.length ? { skipped: feed.skipped } : {};
    return { result: { kind: 'ok', status: 200, items: feed.items, ...skipped }, feed };
  } catch (err) {
    const message = 'the local feed file is not a feed Wirefeed reads (the fetcher’s log says why)';
    return { result: { kind: 'error', code: 'WF_E_FEED_PARSE', message }, cause: err };
  }
}
