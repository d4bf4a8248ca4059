import type { RawItem } from '@wirefeed/core';
import type { SkippedEntry } from '../feed.ts';
import type { SubscriptionState } from '../subscriptions/subscription.ts';
import { backoffInterval, pollInterval } from './interval.ts';
import { countNewItems, newestItemTime, publishingRate } from './rate.ts';

export interface PollPolicy {
  minIntervalMs: number;
  maxIntervalMs: number;
  /** Pause after this many failed polls in a row… */
  pauseAfterErrors: number;
  /** …or after failing for this long. */
  pauseAfterMs: number;
}

/** What one poll found, as the fetcher saw it. */
export type PollResult =
  | {
      kind: 'ok';
      status: number;
      items: readonly RawItem[];
      etag?: string;
      lastModified?: string;
      ttlMinutes?: number;
      maxAgeMs?: number;
      /** Set when every redirect hop was permanent (301/308) and the target served a valid feed. */
      movedTo?: string;
      /** New items queued by this poll (at most the cap); unset when the caller does not count them. */
      taken?: number;
      /** New items left for the next poll: the feed offered more than the cap. */
      deferred?: number;
      /** Entries left out because they could not be read. */
      skipped?: readonly SkippedEntry[];
    }
  | { kind: 'not-modified'; maxAgeMs?: number }
  | { kind: 'error'; code: string; message: string; status?: number; retryAfterMs?: number };

export interface PollDecision {
  state: SubscriptionState;
  intervalMs: number;
  /** Pause the subscription, with this reason. */
  pause?: string;
  /** Replace the subscription's URL (a permanent redirect proved itself). */
  newUrl?: string;
}

const DAY = 86_400_000;

/** A feed that publishes daily or more and has been silent for three of its usual gaps. */
function quietSince(state: SubscriptionState, now: Date): string | undefined {
  const rate = state.avgItemsPerDay;
  if (!rate || rate < 1 || !state.lastItemAt) return undefined;
  const limit = Date.parse(state.lastItemAt) + (3 * DAY) / rate;
  if (now.getTime() <= limit) return undefined;
  return state.quietSince ?? new Date(limit).toISOString();
}

function scheduled(state: SubscriptionState, intervalMs: number, now: Date): SubscriptionState {
  return { ...state, intervalMs, nextFetchAt: new Date(now.getTime() + intervalMs).toISOString() };
}

/**
 * Pure: fold one poll into a subscription's state and decide when to poll next, whether to pause,
 * and whether the URL moved. Success resets the error streak; errors back off exponentially (with
 * jitter, at least Retry-After) and pause the feed after a streak or a duration; 410 Gone pauses at once.
 */
export function applyPollResult(
  prev: SubscriptionState,
  result: PollResult,
  policy: PollPolicy,
  now: Date,
  random: () => number = Math.random,
): PollDecision {
  const at = now.toISOString();
  const bounds = { minMs: policy.minIntervalMs, maxMs: policy.maxIntervalMs };
  if (result.kind === 'error') {
    const errors = prev.consecutiveErrors + 1;
    const firstErrorAt = prev.firstErrorAt ?? at;
    const state: SubscriptionState = {
      ...prev,
      lastFetchAt: at,
      lastOutcome: 'error',
      ...(result.status !== undefined ? { lastStatus: result.status } : {}),
      consecutiveErrors: errors,
      firstErrorAt,
      lastError: {
        code: result.code,
        message: result.message,
        at,
        ...(result.status ? { status: result.status } : {}),
      },
    };
    // A failure with no HTTP answer (refused by the guard, a timeout) must not show the status of
    // an earlier poll beside it ("error 304" in feeds list and the dashboard).
    if (result.status === undefined) delete state.lastStatus;
    // Retry-After is honoured up to the subscription's longest interval, which is what gets scheduled.
    const intervalMs = Math.min(
      bounds.maxMs,
      Math.max(backoffInterval(errors, bounds.minMs, bounds.maxMs, random), result.retryAfterMs ?? 0),
    );
    let pause: string | undefined;
    if (result.status === 410) pause = 'unsubscribed: the feed is gone (HTTP 410)';
    else if (
      errors >= policy.pauseAfterErrors ||
      now.getTime() - Date.parse(firstErrorAt) >= policy.pauseAfterMs
    ) {
      pause = `paused after ${errors} failed polls since ${firstErrorAt}: ${result.code} ${result.message}`;
    }
    return { state: scheduled(state, intervalMs, now), intervalMs, ...(pause ? { pause } : {}) };
  }
  const base: SubscriptionState = { ...prev, lastFetchAt: at, consecutiveErrors: 0 };
  delete base.firstErrorAt;
  if (result.kind === 'not-modified') {
    const state: SubscriptionState = { ...base, lastOutcome: 'not-modified', lastStatus: 304 };
    if (result.maxAgeMs !== undefined) state.maxAgeMs = result.maxAgeMs;
    const quiet = quietSince(state, now);
    const rate = quiet ? (state.avgItemsPerDay ?? 0) / 3 : state.avgItemsPerDay;
    // A 304 carries no <ttl>: the one the feed last gave still holds.
    const intervalMs = pollInterval({
      ...bounds,
      ...(rate ? { avgItemsPerDay: rate } : {}),
      ...(state.ttlMinutes !== undefined ? { ttlMinutes: state.ttlMinutes } : {}),
      ...(state.maxAgeMs !== undefined ? { maxAgeMs: state.maxAgeMs } : {}),
    });
    return { state: scheduled({ ...withQuiet(state, quiet) }, intervalMs, now), intervalMs };
  }
  const newest = newestItemTime(result.items, now);
  const rate = publishingRate(result.items, now, prev.avgItemsPerDay);
  const fresh = countNewItems(result.items, prev.lastItemAt);
  // Every item new on a feed seen before: the window may have scrolled past items between polls.
  const overflowing =
    prev.lastItemAt !== undefined && result.items.length >= 2 && fresh === result.items.length;
  const flooding = (result.deferred ?? 0) > 0;
  const skipped = result.skipped ?? [];
  delete base.lastSkipped;
  const state: SubscriptionState = {
    ...base,
    ...(skipped.length > 0
      ? { lastSkipped: { count: skipped.length, reasons: skipped.slice(0, 5).map((s) => s.reason) } }
      : {}),
    lastOutcome: 'ok',
    lastStatus: result.status,
    // Counted as queued when the poll says: a flood's items arrive a slice at a time.
    itemsSeen: prev.itemsSeen + Math.min(fresh, result.taken ?? fresh),
    ...(rate !== undefined ? { avgItemsPerDay: Math.round(rate * 100) / 100 } : {}),
    ...(newest !== undefined && (!prev.lastItemAt || newest > Date.parse(prev.lastItemAt))
      ? { lastItemAt: new Date(newest).toISOString() }
      : {}),
  };
  // Validators follow the server: one it stopped sending must not be sent back.
  delete state.etag;
  delete state.lastModified;
  delete state.ttlMinutes;
  delete state.maxAgeMs;
  delete state.deferredItems;
  delete state.floodingSince;
  // While items wait, the next poll must read the whole feed again: a 304 would leave them behind.
  if (result.etag && !flooding) state.etag = result.etag;
  if (result.lastModified && !flooding) state.lastModified = result.lastModified;
  if (flooding) {
    state.deferredItems = result.deferred;
    state.floodingSince = prev.floodingSince ?? at;
  }
  if (result.ttlMinutes !== undefined) state.ttlMinutes = result.ttlMinutes;
  if (result.maxAgeMs !== undefined) state.maxAgeMs = result.maxAgeMs;
  const quiet = quietSince(state, now);
  const effectiveRate = quiet ? (state.avgItemsPerDay ?? 0) / 3 : state.avgItemsPerDay;
  // A flood is drained a slice per poll at the shortest interval the subscription allows (10 s at
  // least), never sooner; it stays flagged (floodingSince) until a poll takes every new item.
  const intervalMs =
    overflowing || flooding
      ? bounds.minMs
      : pollInterval({
          ...bounds,
          ...(effectiveRate ? { avgItemsPerDay: effectiveRate } : {}),
          ...(result.ttlMinutes !== undefined ? { ttlMinutes: result.ttlMinutes } : {}),
          ...(result.maxAgeMs !== undefined ? { maxAgeMs: result.maxAgeMs } : {}),
        });
  return {
    state: scheduled(withQuiet(state, quiet), intervalMs, now),
    intervalMs,
    ...(result.movedTo ? { newUrl: result.movedTo } : {}),
  };
}

function withQuiet(state: SubscriptionState, quiet: string | undefined): SubscriptionState {
  const next = { ...state };
  if (quiet) next.quietSince = quiet;
  else delete next.quietSince;
  return next;
}

/**
 * Pure: one poll in words, for the fetch job's log in the dashboard ("HTTP 200: 25 items, 3 new
 * queued, 1 entry skipped"; "HTTP 304: not modified"; "failed: WF_E_HTTP: HTTP 503").
 */
export function describePoll(result: PollResult): string {
  if (result.kind === 'not-modified') return 'HTTP 304: not modified';
  if (result.kind === 'error') return `failed: ${result.code}: ${result.message}`;
  const parts = [`${result.items.length} items`];
  if (result.taken !== undefined) parts.push(`${result.taken} new queued`);
  if (result.deferred) parts.push(`${result.deferred} left for the next poll`);
  if (result.skipped?.length) parts.push(`${result.skipped.length} entries skipped`);
  return `HTTP ${result.status}: ${parts.join(', ')}${result.movedTo ? `; moved to ${result.movedTo}` : ''}`;
}
