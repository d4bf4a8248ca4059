import { WirefeedError } from '@wirefeed/core';
import { readCapped } from './read-capped.ts';

export interface HttpGetOptions {
  /** Total budget in ms for the whole exchange: every hop, headers and body. Default 30 000. */
  deadlineMs?: number;
  /** Cap on the body after decompression. Default 15 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up with WF_E_FETCH_REDIRECTS. Default 5. */
  maxRedirects?: number;
  /** Extra request headers; they override the defaults (User-Agent, Accept-Encoding). */
  headers?: Record<string, string>;
  /** Caller's cancellation (shutdown, an outer deadline); reported as WF_E_FETCH_TIMEOUT. */
  signal?: AbortSignal;
  userAgent?: string;
}

export interface HttpRedirect {
  status: number;
  from: string;
  to: string;
}

export interface HttpResponse {
  status: number;
  /** The URL that finally answered, after redirects. */
  url: string;
  redirects: HttpRedirect[];
  headers: Headers;
  /** The body after decompression. */
  body: Uint8Array;
}

/** Sent unless the caller overrides it, so feed owners can tell who polls them. */
export const DEFAULT_USER_AGENT = 'Wirefeed/0.1 (+https://github.com/wirefeed/wirefeed)';

const DEFAULT_DEADLINE_MS = 30_000;
const DEFAULT_MAX_BYTES = 15 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// A caller's credentials are meant for the origin it named, not for wherever that origin redirects.
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

function checkAllowed(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WirefeedError('WF_E_FETCH_BLOCKED', `scheme ${url.protocol} is not allowed`, {
      details: { url: url.href },
    });
  }
  if (url.username !== '' || url.password !== '') {
    // fetch refuses these anyway; saying so here keeps it from passing for a retryable network error.
    throw new WirefeedError('WF_E_FETCH_BLOCKED', 'credentials in the URL are not allowed', {
      details: { url: `${url.protocol}//${url.host}${url.pathname}` },
    });
  }
  // why: the private-network guard (refuse loopback, private and link-local addresses at connect time,
  // on every hop, unless listed in WIREFEED_ALLOW_PRIVATE_NETWORKS) belongs here and lands in a later
  // issue. Until then a feed URL, or any redirect it answers with, can reach hosts inside our network.
}

function startUrl(raw: string): URL {
  const url = URL.parse(raw);
  if (!url) {
    throw new WirefeedError('WF_E_FETCH_BLOCKED', 'not a valid absolute URL', { details: { url: raw } });
  }
  checkAllowed(url);
  return url;
}

function requestHeaders(options: HttpGetOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    'accept-encoding': 'gzip, deflate, br',
  };
  // Lower-cased so a caller's `User-Agent` replaces ours instead of joining it as a second value.
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  return headers;
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())),
  );
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // undici says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a TLS error) is in `cause`.
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err.message}${cause}`;
}

interface FailureContext {
  deadline: AbortSignal;
  deadlineMs: number;
  caller: AbortSignal | undefined;
  url: string;
}

function asFetchError(err: unknown, ctx: FailureContext): WirefeedError {
  if (err instanceof WirefeedError) return err;
  if (ctx.deadline.aborted) {
    return new WirefeedError('WF_E_FETCH_TIMEOUT', `no complete response within ${ctx.deadlineMs} ms`, {
      cause: err,
      details: { url: ctx.url, deadlineMs: ctx.deadlineMs },
    });
  }
  if (ctx.caller?.aborted) {
    return new WirefeedError('WF_E_FETCH_TIMEOUT', 'fetch aborted by the caller', {
      cause: ctx.caller.reason,
      details: { url: ctx.url },
    });
  }
  return new WirefeedError('WF_E_FETCH_NETWORK', describe(err), { cause: err, details: { url: ctx.url } });
}

/**
 * GET a URL under one total deadline, following up to `maxRedirects` redirects by hand (each target
 * re-checked), and read the body up to `maxBytes` after decompression. Resolves with any HTTP status:
 * the caller decides what a status means (see `classifyStatus`). Rejects only with WirefeedError:
 * WF_E_FETCH_BLOCKED, WF_E_FETCH_REDIRECTS, WF_E_FETCH_TIMEOUT, WF_E_FETCH_TOO_LARGE, WF_E_FETCH_NETWORK.
 */
export async function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpResponse> {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = startUrl(url);
  const deadline = AbortSignal.timeout(deadlineMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  let headers = requestHeaders(options);
  const redirects: HttpRedirect[] = [];
  try {
    for (;;) {
      const res = await fetch(current.href, { redirect: 'manual', signal, headers });
      const location = res.headers.get('location');
      if (!REDIRECT_STATUSES.has(res.status) || location === null) {
        const body = await readCapped(res, maxBytes, current.href);
        return { status: res.status, url: current.href, redirects, headers: res.headers, body };
      }
      void res.body?.cancel().catch(() => undefined);
      if (redirects.length >= maxRedirects) {
        throw new WirefeedError('WF_E_FETCH_REDIRECTS', `more than ${maxRedirects} redirects`, {
          details: { url: current.href, redirects },
        });
      }
      const next = URL.parse(location, current.href);
      if (!next) {
        throw new WirefeedError('WF_E_FETCH_REDIRECTS', 'redirect to an invalid URL', {
          details: { url: current.href, location },
        });
      }
      checkAllowed(next);
      redirects.push({ status: res.status, from: current.href, to: next.href });
      if (next.origin !== current.origin) headers = withoutCredentials(headers);
      current = next;
    }
  } catch (err) {
    throw asFetchError(err, { deadline, deadlineMs, caller: options.signal, url: current.href });
  }
}
