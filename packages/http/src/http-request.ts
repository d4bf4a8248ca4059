import type { ClientRequestArgs, IncomingMessage, RequestOptions } from 'node:http';
import { request as plainRequest } from 'node:http';
import { request as tlsRequest } from 'node:https';
import { isIP } from 'node:net';
import { WirefeedError } from '@wirefeed/core';
import type { NetworkGuardOptions, NetworkPolicy, Resolver } from './network-guard.ts';
import { checkDestination, compileNetworkPolicy, guardedLookup } from './network-guard.ts';
import { readCapped } from './read-capped.ts';

/**
 * How names resolve and sockets open. For tests: production leaves it unset and gets the system
 * resolver and Node's own connections. `createConnection` is handed Node's connect options, the
 * guard's `lookup` among them, and must use that lookup for any name it resolves.
 */
export interface HttpTransport {
  resolve?: Resolver;
  createConnection?: ClientRequestArgs['createConnection'];
}

export interface HttpRequestOptions extends NetworkGuardOptions {
  /** Default GET. */
  method?: string;
  /** Sent with a Content-Length; kept across 307/308 redirects, dropped when a redirect turns the request into a GET. */
  body?: string | Uint8Array;
  /** Total budget in ms for the whole exchange: every hop, DNS, connect, headers and body. Default 30 000. */
  deadlineMs?: number;
  /** Cap on the response body after decompression. Default 15 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up with WF_E_FETCH_REDIRECTS. Default 5. */
  maxRedirects?: number;
  /** Extra request headers; they override the defaults (User-Agent, Accept-Encoding). */
  headers?: Record<string, string>;
  /** Caller's cancellation (shutdown, an outer deadline); reported as WF_E_FETCH_TIMEOUT. */
  signal?: AbortSignal;
  userAgent?: string;
  transport?: HttpTransport;
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
// What describes a body that a redirect to GET no longer sends (the fetch standard's list).
const BODY_HEADERS = new Set([
  'content-encoding',
  'content-language',
  'content-length',
  'content-location',
  'content-type',
]);

function checkAllowed(url: URL): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WirefeedError('WF_E_FETCH_BLOCKED', `scheme ${url.protocol} is not allowed`, {
      details: { url: url.href },
    });
  }
  if (url.username !== '' || url.password !== '') {
    // Refused rather than sent as Basic auth: feed URLs get logged and stored, secrets in them leak.
    throw new WirefeedError('WF_E_FETCH_BLOCKED', 'credentials in the URL are not allowed', {
      details: { url: `${url.protocol}//${url.host}${url.pathname}` },
    });
  }
}

function startUrl(raw: string): URL {
  const url = URL.parse(raw);
  if (!url) {
    throw new WirefeedError('WF_E_FETCH_BLOCKED', 'not a valid absolute URL', { details: { url: raw } });
  }
  checkAllowed(url);
  return url;
}

function requestHeaders(options: HttpRequestOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    'accept-encoding': 'gzip, deflate, br',
  };
  // Lower-cased so a caller's `User-Agent` replaces ours instead of joining it as a second value.
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  return headers;
}

function without(headers: Record<string, string>, names: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.has(name)));
}

function describe(err: unknown): string {
  // Happy eyeballs reports every failed address at once, with an empty message of its own.
  if (err instanceof AggregateError && err.errors.length > 0) return err.errors.map(describe).join('; ');
  if (!(err instanceof Error)) return String(err);
  const code = (err as NodeJS.ErrnoException).code;
  return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
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

function toHeaders(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] ?? '', raw[i + 1] ?? '');
  return headers;
}

interface Hop {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
  policy: NetworkPolicy;
  signal: AbortSignal;
  transport: HttpTransport;
}

/** One request to one URL, guarded: resolves at the response head, the body still to read. */
function send(url: URL, hop: Hop): Promise<IncomingMessage> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  // Node connects to an IP literal without calling `lookup`, so literals are checked here; the URL
  // parser has already turned every IPv4 spelling (2130706433, 0x7f.1, 0177.0.0.1) into dotted form.
  if (isIP(host) !== 0) {
    const refusal = checkDestination(hop.policy, { host: url.hostname, address: host, port });
    if (refusal) return Promise.reject(refusal);
  }
  const headers = { ...hop.headers };
  if (hop.body !== undefined) headers['content-length'] = String(hop.body.byteLength);
  const options: RequestOptions = {
    method: hop.method,
    hostname: host,
    port,
    path: `${url.pathname}${url.search}`,
    headers,
    signal: hop.signal,
    lookup: guardedLookup(hop.policy, port, hop.transport.resolve),
    // A fresh agent per hop: a pooled socket would skip the lookup, and with it the guard.
    ...(hop.transport.createConnection
      ? { createConnection: hop.transport.createConnection }
      : { agent: false }),
  };
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? tlsRequest : plainRequest)(options);
    req.once('response', resolve);
    // `on`, not `once`: an abort after the response head still emits here, and an unheard 'error'
    // would crash the process; a settled promise ignores the extra reject.
    req.on('error', reject);
    req.end(hop.body);
  });
}

function encodeBody(body: string | Uint8Array | undefined): Uint8Array | undefined {
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/**
 * Send one request under one total deadline, refusing private-network destinations and unlisted
 * ports at connect time, following up to `maxRedirects` redirects by hand (each hop a new guarded
 * request), and read the body up to `maxBytes` after decompression. Resolves with any HTTP status:
 * the caller decides what a status means (see `classifyStatus`). Rejects only with WirefeedError:
 * WF_E_CONFIG (a bad allow-list entry), WF_E_FETCH_BLOCKED, WF_E_FETCH_REDIRECTS, WF_E_FETCH_TIMEOUT,
 * WF_E_FETCH_TOO_LARGE, WF_E_FETCH_NETWORK.
 */
export async function httpRequest(url: string, options: HttpRequestOptions = {}): Promise<HttpResponse> {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const policy = compileNetworkPolicy(options);
  let current = startUrl(url);
  const deadline = AbortSignal.timeout(deadlineMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const hop: Hop = {
    method: (options.method ?? 'GET').toUpperCase(),
    headers: requestHeaders(options),
    body: encodeBody(options.body),
    policy,
    signal,
    transport: options.transport ?? {},
  };
  const redirects: HttpRedirect[] = [];
  try {
    for (;;) {
      const res = await send(current, hop);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (!REDIRECT_STATUSES.has(status) || location === undefined) {
        const body = await readCapped(res, maxBytes, current.href, signal).catch((err: unknown) => {
          // The status arrived before the body overflowed: a caller may still act on it (a webhook
          // that accepted a POST and echoed a large document back did accept it).
          if (err instanceof WirefeedError && err.code === 'WF_E_FETCH_TOO_LARGE') {
            throw new WirefeedError(err.code, err.message, { details: { ...err.details, status } });
          }
          throw err;
        });
        return { status, url: current.href, redirects, headers: toHeaders(res.rawHeaders), body };
      }
      res.destroy();
      if (redirects.length >= maxRedirects) {
        throw new WirefeedError('WF_E_FETCH_REDIRECTS', `more than ${maxRedirects} redirects`, {
          details: { url: current.href, redirects, status },
        });
      }
      const next = URL.parse(location, current.href);
      if (!next) {
        throw new WirefeedError('WF_E_FETCH_REDIRECTS', 'redirect to an invalid URL', {
          details: { url: current.href, location },
        });
      }
      checkAllowed(next);
      redirects.push({ status, from: current.href, to: next.href });
      if (next.origin !== current.origin) hop.headers = without(hop.headers, CREDENTIAL_HEADERS);
      // As fetch does: 303 always, and 301/302 after a POST, turn the request into a body-less GET.
      if (
        (status === 303 && hop.method !== 'HEAD') ||
        ((status === 301 || status === 302) && hop.method === 'POST')
      ) {
        hop.method = 'GET';
        hop.body = undefined;
        hop.headers = without(hop.headers, BODY_HEADERS);
      }
      current = next;
    }
  } catch (err) {
    throw asFetchError(err, { deadline, deadlineMs, caller: options.signal, url: current.href });
  }
}
