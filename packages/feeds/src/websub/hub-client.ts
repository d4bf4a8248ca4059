import { randomBytes } from 'node:crypto';
import type { NetworkGuardOptions } from '@wirefeed/http';
import { httpRequest } from '@wirefeed/http';

/** Sends an `application/x-www-form-urlencoded` POST and reports the status; rejects on network errors. */
export type PostForm = (url: string, form: URLSearchParams) => Promise<{ status: number }>;

/** One (un)subscription request to a hub. */
export interface HubRequest {
  hub: string;
  topic: string;
  callback: string;
  /** Sent as `hub.secret`: the hub then signs every push with it. Under 200 bytes, as the spec asks. */
  secret?: string;
  leaseSeconds?: number;
}

export type HubResult = { ok: true; status: number } | { ok: false; status?: number; error: string };

/** A per-subscription secret: 32 random bytes, hex. */
export function newSecret(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The default `PostForm`: the guarded client (hub URLs come from feeds, which anyone may publish, so
 * the private-network guard applies as for fetching), with a deadline, redirects not followed (a hub
 * that moves should be rediscovered from the feed, not followed blindly).
 */
export function guardedPost(
  options: NetworkGuardOptions & { deadlineMs?: number; userAgent?: string } = {},
): PostForm {
  return async (url, form) => {
    try {
      const res = await httpRequest(url, {
        ...options,
        method: 'POST',
        body: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        maxRedirects: 0,
        maxBytes: 64 * 1024,
        deadlineMs: options.deadlineMs ?? 10_000,
      });
      return { status: res.status };
    } catch (err) {
      // A redirect is an answer, not a failure: report its status rather than following it.
      const status = (err as { details?: { status?: unknown } }).details?.status;
      if (typeof status === 'number') return { status };
      throw err;
    }
  };
}

function formFor(mode: 'subscribe' | 'unsubscribe', request: HubRequest): URLSearchParams {
  const form = new URLSearchParams({
    'hub.mode': mode,
    'hub.topic': request.topic,
    'hub.callback': request.callback,
  });
  if (request.secret !== undefined) form.set('hub.secret', request.secret);
  if (request.leaseSeconds !== undefined) form.set('hub.lease_seconds', String(request.leaseSeconds));
  return form;
}

// 202 is the spec's answer; 204 is what PubSubHubbub 0.3 hubs answer after verifying synchronously.
const ACCEPTED = new Set([202, 204]);

async function send(
  mode: 'subscribe' | 'unsubscribe',
  request: HubRequest,
  post: PostForm,
): Promise<HubResult> {
  try {
    const { status } = await post(request.hub, formFor(mode, request));
    return ACCEPTED.has(status)
      ? { ok: true, status }
      : { ok: false, status, error: `hub answered ${status}` };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Asks a hub to subscribe `callback` to `topic`. Resolves ok on 202/204; the subscription is live
 * only once the hub has verified intent against the callback. Never rejects.
 */
export function subscribe(request: HubRequest, post: PostForm = guardedPost()): Promise<HubResult> {
  return send('subscribe', request, post);
}

/** Asks a hub to stop pushing `topic` to `callback`; the hub verifies this intent too. Never rejects. */
export function unsubscribe(request: HubRequest, post: PostForm = guardedPost()): Promise<HubResult> {
  return send('unsubscribe', request, post);
}
