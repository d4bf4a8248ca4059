import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Logger, ServiceDeps } from '@wirefeed/core';
import { nullLogger } from '@wirefeed/core';
import type { HubResult, PostForm } from './hub-client.ts';
import { guardedPost, newSecret, subscribe, unsubscribe } from './hub-client.ts';
import { verifyIntent } from './intent.ts';
import { leasePlan } from './lease.ts';
import type { HubState, WebSubStore } from './store.ts';
import { createRedisWebSubStore } from './store.ts';
import type { IsWanted } from './wanted.ts';

/** The hub and topic a feed advertised (see `discoverHub`). */
export interface HubTarget {
  hub: string;
  topic: string;
}

/**
 * - `unchanged`: that hub and topic are already subscribed or on their way; the schedule renews them
 * - `requested`: the hub accepted a subscription request; it verifies intent against the callback next
 * - `failed`: the hub refused or was unreachable; retried after `retryMs`
 * - `disabled`: no public URL, so no hub could reach us
 */
export type EnsureOutcome = 'unchanged' | 'requested' | 'failed' | 'disabled';

/** What the callback answers to a verification request. */
export interface VerificationAnswer {
  status: 200 | 404;
  body: string;
}

export interface WebSubOptions {
  store: WebSubStore;
  /** Base URL hubs reach the dashboard at (WIREFEED_PUBLIC_URL). Needed to subscribe, not to answer. */
  publicUrl?: string | undefined;
  /** Sends hub requests. Default: `guardedPost()` with no private networks allowed. */
  post?: PostForm;
  now?: () => number;
  newSecret?: () => string;
  /** The random last segment of a new subscription's callback path. Default 128 random bits. */
  newCallbackKey?: () => string;
  /** Lease asked of hubs; the hub decides. Default 10 days. */
  leaseSeconds?: number;
  /** See `leasePlan`. Default 60 s. */
  minRenewMs?: number;
  /** Wait before retrying a refused or failed request, or after a hub's denial. Default 15 min. */
  retryMs?: number;
  /** A request the hub accepted but never verified is sent again after this. Default 10 min. */
  verifyWithinMs?: number;
  /** How long a sent unsubscription is remembered for the hub to verify. Default 1 h. */
  unsubscribeWithinMs?: number;
  /**
   * Whether a feed still wants pushes (its subscription exists and is not paused): see
   * `wantedBySubscriptions`. Verification refuses, and renewal forgets, feeds that do not. Default:
   * every feed is wanted, which suits a caller that only subscribes (the fetcher); the callback and
   * the renewal sweep must pass it, or a removed feed is renewed for ever.
   */
  isWanted?: IsWanted;
  log?: Logger;
}

/** WebSub for the subscriber side: subscribe through hubs, answer their verifications, renew leases. */
export interface WebSub {
  /**
   * `${publicUrl}/websub/<feedId>/<key>`, the key random per subscription so that nobody but its hub
   * can reach it (`/websub/<feedId>` for a subscription made before keys); undefined without a
   * public URL.
   */
  callbackUrl(feedId: string, key: string | undefined): string | undefined;
  /**
   * Subscribes `feedId` through the hub its feed advertised, unless that hub and topic already have a
   * subscription (live, pending or waiting for a retry). Cheap when nothing changed: call it after
   * every successful fetch that found a hub.
   */
  ensureSubscribed(feedId: string, target: HubTarget): Promise<EnsureOutcome>;
  /**
   * Asks the hub to stop, and forgets the subscription; the hub's verification is still answered.
   * Rejects when the store does (WF_E_REDIS); the hub's answer is in the result.
   */
  unsubscribe(feedId: string): Promise<HubResult | undefined>;
  /**
   * The same for a feed that no longer wants pushes (paused, removed, gone): the hub is asked to stop
   * (best effort) and the feed's hub state and renewal are dropped. Never rejects, so a poll does not
   * fail over it: a failure is logged, and the renewal sweep forgets the feed later.
   */
  forget(feedId: string): Promise<void>;
  /** Whether pushes for `feedId` are still wanted (`WebSubOptions.isWanted`). */
  wanted(feedId: string): Promise<boolean>;
  /** The feed's hub state: pushes are accepted only for feeds that have one. */
  lookup(feedId: string): Promise<HubState | undefined>;
  /** Whether the callback answers anything for `feedId` (a subscription, or an unsubscription pending). */
  knows(feedId: string): Promise<boolean>;
  /**
   * Answers a hub's intent verification (`GET callback?hub.mode=…`) on the callback path with `key`
   * (undefined: a path without one) and records what it confirms. A key other than the one the
   * subscription gave its hub gets 404, as a feed with no subscription does.
   */
  verify(feedId: string, key: string | undefined, query: URLSearchParams): Promise<VerificationAnswer>;
  /**
   * Renews leases and retries requests that are due; returns how many subscription requests were
   * sent. A due feed no longer wanted is forgotten instead, its hub asked to unsubscribe.
   */
  renewDue(limit?: number): Promise<number>;
}

const DAY_SECONDS = 86_400;

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether a callback path's key is the subscription's: compared in constant time. A subscription
 * made before keys (none stored) matches only a path without one.
 */
export function callbackKeyMatches(expected: string | undefined, given: string | undefined): boolean {
  if (expected === undefined || given === undefined) return expected === given;
  return timingSafeEqual(digest(expected), digest(given));
}

const randomKey = () => randomBytes(16).toString('base64url');

export function createWebSub(options: WebSubOptions): WebSub {
  const { store } = options;
  const post = options.post ?? guardedPost();
  const now = options.now ?? Date.now;
  const makeSecret = options.newSecret ?? newSecret;
  const leaseSeconds = options.leaseSeconds ?? 10 * DAY_SECONDS;
  const retryMs = options.retryMs ?? 15 * 60_000;
  const verifyWithinMs = options.verifyWithinMs ?? 10 * 60_000;
  const log = (options.log ?? nullLogger()).child({ component: 'websub' });
  const isWanted: IsWanted = options.isWanted ?? (async () => true);
  const unsubscribeWithinMs = options.unsubscribeWithinMs ?? 3_600_000;
  const makeKey = options.newCallbackKey ?? randomKey;
  const base = options.publicUrl?.replace(/\/+$/, '');
  const callbackUrl = (feedId: string, key: string | undefined) =>
    base === undefined
      ? undefined
      : `${base}/websub/${encodeURIComponent(feedId)}${key === undefined ? '' : `/${key}`}`;

  // A renewal keeps the subscription live (the old lease still runs), its secret (pushes in flight
  // are signed with it) and its callback (the hub knows the subscription by it); a fresh request
  // starts pending, with a new key.
  async function request(feedId: string, target: HubTarget, current: HubState | undefined) {
    const same = current?.url === target.hub && current.topic === target.topic;
    const renewing = same && current?.state === 'subscribed' && current.callbackKey !== undefined;
    const secret = (current?.url === target.hub && current.secret) || makeSecret();
    const callbackKey = (same && current?.callbackKey) || makeKey();
    const callback = callbackUrl(feedId, callbackKey) ?? '';
    const hub: HubState = renewing
      ? { ...current, secret, callbackKey }
      : { url: target.hub, topic: target.topic, secret, state: 'pending', callbackKey };
    // Saved before the request: some hubs verify before they answer it.
    await store.save(feedId, hub);
    await store.scheduleAt(feedId, now() + verifyWithinMs);
    const result = await subscribe({ ...target, callback, secret, leaseSeconds }, post);
    if (result.ok) {
      log.info({ feedId, hub: target.hub, topic: target.topic, renewing }, 'websub subscription requested');
      return result;
    }
    log.warn(
      { feedId, hub: target.hub, status: result.status, reason: result.error },
      'websub request failed',
    );
    const latest = await store.load(feedId);
    // Only a request still unanswered turns failed: the hub may have verified it despite the error.
    if (latest?.state === 'pending' && latest.url === target.hub)
      await store.save(feedId, { ...latest, state: 'failed' });
    await store.scheduleAt(feedId, now() + retryMs);
    return result;
  }

  // Dropped before the hub is asked: whatever it answers, nothing renews or accepts pushes any more.
  async function stop(feedId: string): Promise<HubResult | undefined> {
    const current = await store.load(feedId);
    await store.unschedule(feedId);
    if (!current) return undefined;
    await store.markUnsubscribing(feedId, pendingOf(current), unsubscribeWithinMs);
    await store.save(feedId, undefined);
    const callback = callbackUrl(feedId, current.callbackKey);
    if (callback === undefined) return { ok: false, error: 'no public URL to name the callback' };
    const result = await unsubscribe({ hub: current.url, topic: current.topic, callback }, post);
    log.info({ feedId, hub: current.url, ok: result.ok }, 'websub unsubscription requested');
    return result;
  }

  const pendingOf = (hub: HubState) => ({
    hub: hub.url,
    topic: hub.topic,
    ...(hub.callbackKey ? { callbackKey: hub.callbackKey } : {}),
  });

  // A refused verification needs no request: the hub does not activate it, and pushes meet a 410.
  async function drop(feedId: string): Promise<void> {
    await store.unschedule(feedId);
    await store.save(feedId, undefined);
  }

  return {
    callbackUrl,

    async ensureSubscribed(feedId, target) {
      if (base === undefined) return 'disabled';
      const current = await store.load(feedId);
      const sameTarget = current?.url === target.hub && current.topic === target.topic;
      // Known: the schedule owns renewals and retries, unless its entry was lost. A subscription made
      // before callback keys is made again, with one.
      if (sameTarget && current?.callbackKey && (await store.scheduledAt(feedId)) !== undefined)
        return 'unchanged';
      if (!sameTarget && current?.state === 'subscribed') {
        // The feed moved to another hub or topic: stop the old pushes, best effort.
        await store.markUnsubscribing(feedId, pendingOf(current), unsubscribeWithinMs);
        const callback = callbackUrl(feedId, current.callbackKey) ?? '';
        await unsubscribe({ hub: current.url, topic: current.topic, callback }, post);
      }
      return (await request(feedId, target, sameTarget ? current : undefined)).ok ? 'requested' : 'failed';
    },

    unsubscribe: stop,

    async forget(feedId) {
      try {
        const result = await stop(feedId);
        if (result?.ok === false) log.warn({ feedId, reason: result.error }, 'websub hub not told to stop');
      } catch (err) {
        log.warn({ err, feedId }, 'websub state not forgotten; the renewal sweep forgets it later');
      }
    },

    wanted: (feedId) => isWanted(feedId),

    lookup: (feedId) => store.load(feedId),

    async knows(feedId) {
      return (await store.load(feedId)) !== undefined || (await store.unsubscribing(feedId)) !== undefined;
    },

    async verify(feedId, key, query) {
      const stored = await store.load(feedId);
      const pending = await store.unsubscribing(feedId);
      // Only the path given to the hub: anyone who guesses a feed id cannot confirm a subscription.
      const hub = stored && callbackKeyMatches(stored.callbackKey, key) ? stored : undefined;
      const unsubscribing = pending && callbackKeyMatches(pending.callbackKey, key) ? pending : undefined;
      if (!hub && !unsubscribing) {
        if (stored || pending)
          log.warn({ feedId, mode: query.get('hub.mode') }, 'websub verification refused: wrong callback');
        return { status: 404, body: '' };
      }
      const answer = verifyIntent(query, { hub, unsubscribing });
      if (!answer.accept) {
        log.warn(
          { feedId, mode: query.get('hub.mode'), reason: answer.reason },
          'websub verification refused',
        );
        return { status: 404, body: '' };
      }
      if (answer.mode === 'unsubscribe') {
        await store.clearUnsubscribing(feedId);
        log.info({ feedId }, 'websub unsubscription verified');
        return { status: 200, body: answer.challenge };
      }
      // verifyIntent accepts subscribe and denied only for a feed with hub state.
      if (!hub) return { status: 404, body: '' };
      // Checked only now: a forged or stale request costs no subscription read.
      if (!(await isWanted(feedId))) {
        await drop(feedId);
        log.info({ feedId, hub: hub.url, mode: answer.mode }, 'websub verification refused: feed not wanted');
        return answer.mode === 'denied' ? { status: 200, body: '' } : { status: 404, body: '' };
      }
      if (answer.mode === 'denied') {
        await store.save(feedId, { ...hub, state: 'failed' });
        await store.scheduleAt(feedId, now() + retryMs);
        log.warn({ feedId, hub: hub.url, reason: answer.reason }, 'websub subscription denied by hub');
        return { status: 200, body: '' };
      }
      const plan = leasePlan({
        // Never trusted beyond what we asked for: a forged verification with a year-long lease would
        // otherwise push the renewal past the hub's real lease, and pushes would stop unnoticed.
        leaseSeconds: Math.min(answer.leaseSeconds ?? leaseSeconds, leaseSeconds),
        verifiedAt: now(),
        ...(options.minRenewMs === undefined ? {} : { minRenewMs: options.minRenewMs }),
      });
      const leaseUntil = new Date(plan.leaseUntil).toISOString();
      await store.save(feedId, { ...hub, state: 'subscribed', leaseUntil });
      await store.scheduleAt(feedId, plan.renewAt);
      log.info(
        { feedId, hub: hub.url, leaseUntil, renewAt: new Date(plan.renewAt).toISOString() },
        'websub subscription verified',
      );
      return { status: 200, body: answer.challenge };
    },

    async renewDue(limit = 50) {
      if (base === undefined) return 0;
      const due = await store.claimDue(now(), now() + verifyWithinMs, limit);
      let sent = 0;
      for (const feedId of due) {
        if (!(await isWanted(feedId))) {
          // Renewing a removed or paused feed would keep it, and its keys, for ever.
          const result = await stop(feedId);
          log.info(
            { feedId, hubTold: result?.ok ?? false },
            'websub subscription forgotten: feed not wanted',
          );
          continue;
        }
        const current = await store.load(feedId);
        if (!current) {
          await store.unschedule(feedId);
          continue;
        }
        await request(feedId, { hub: current.url, topic: current.topic }, current);
        sent += 1;
      }
      return sent;
    },
  };
}

/**
 * WebSub over a service's Redis, as every service builds it (the dashboard's callback and renewals,
 * the fetcher). The one place that picks where hub state lives: swap the subscription store in here
 * (`hubStateInSubscriptions`) and every service follows. Where verification or renewal runs (the
 * dashboard), pass `isWanted: wantedBySubscriptions(subscriptionStore)` in `options`.
 */
export function createServiceWebSub(
  deps: Pick<ServiceDeps, 'connection' | 'keyPrefix' | 'log' | 'config'>,
  options: Omit<WebSubOptions, 'store' | 'log'> = {},
): WebSub {
  return createWebSub({
    publicUrl: deps.config.WIREFEED_PUBLIC_URL,
    post: guardedPost({
      allowPrivate: deps.config.WIREFEED_ALLOW_PRIVATE_NETWORKS,
      allowedPorts: deps.config.WIREFEED_ALLOWED_PORTS,
    }),
    ...options,
    store: createRedisWebSubStore(deps.connection, deps.keyPrefix),
    log: deps.log,
  });
}
