import type { HubState } from './store.ts';

/** When a verified lease ends, and when to renew it. */
export interface LeasePlan {
  leaseUntil: number;
  renewAt: number;
}

export interface LeasePlanOptions {
  /** The lease the hub granted (`hub.lease_seconds` of its verification request). */
  leaseSeconds: number;
  /** When the hub verified it (ms since the epoch). */
  verifiedAt: number;
  /** Share of the lease to let pass before renewing. Default 0.8. */
  renewFraction?: number;
  /**
   * Never renew sooner than this after a verification. Default 60 s: anyone can send a verification
   * request naming a public topic, and a forged 1-second lease must not make us hammer the hub.
   */
  minRenewMs?: number;
}

/**
 * Renew at 80 % of the lease: the remaining fifth leaves room for a slow hub, a failed attempt and
 * its retry before the hub stops pushing. Pure.
 */
export function leasePlan(options: LeasePlanOptions): LeasePlan {
  const leaseMs = options.leaseSeconds * 1_000;
  const renewIn = Math.max(
    Math.floor(leaseMs * (options.renewFraction ?? 0.8)),
    options.minRenewMs ?? 60_000,
  );
  return { leaseUntil: options.verifiedAt + leaseMs, renewAt: options.verifiedAt + renewIn };
}

/** True while pushes can be expected: the hub verified the subscription and its lease has not ended. */
export function isPushLive(hub: HubState | undefined, now: number): boolean {
  if (hub?.state !== 'subscribed' || hub.leaseUntil === undefined) return false;
  return Date.parse(hub.leaseUntil) > now;
}

/** The safety-net poll interval while a feed is pushed to us. */
export const PUSHED_POLL_INTERVAL_MS = 6 * 3_600_000;

/**
 * The interval the fetcher should poll a feed at: its usual one, stretched to `pushedMs` (default
 * 6 h) while a live WebSub lease delivers its items, so polling stays only as a safety net for
 * pushes a hub drops. Pure.
 */
export function pollIntervalWithPush(
  intervalMs: number,
  hub: HubState | undefined,
  now: number,
  pushedMs: number = PUSHED_POLL_INTERVAL_MS,
): number {
  return isPushLive(hub, now) ? Math.max(intervalMs, pushedMs) : intervalMs;
}
