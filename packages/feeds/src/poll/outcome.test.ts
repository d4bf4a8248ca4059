import type { RawItem } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import type { SubscriptionState } from '../subscriptions/subscription.ts';
import type { PollPolicy } from './outcome.ts';
import { applyPollResult, describePoll } from './outcome.ts';

const policy: PollPolicy = {
  minIntervalMs: 60_000,
  maxIntervalMs: 86_400_000,
  pauseAfterErrors: 5,
  pauseAfterMs: 7 * 86_400_000,
};
const now = new Date('2026-11-26T12:00:00Z');
const fresh: SubscriptionState = { consecutiveErrors: 0, itemsSeen: 0 };
const half = () => 0.5;

function hourly(hours: number, from = now): RawItem[] {
  return Array.from({ length: hours }, (_, i) => ({
    categories: [],
    guid: `i${i}`,
    published: new Date(from.getTime() - i * 3_600_000).toISOString(),
  }));
}

describe('applyPollResult', () => {
  it('flags a flood, keeps no validators while items wait, drains at the shortest interval, and clears it once drained', () => {
    const items = hourly(48);
    const flooded = applyPollResult(
      fresh,
      { kind: 'ok', status: 200, items, etag: '"v1"', taken: 10, deferred: 38 },
      policy,
      now,
    );
    expect(flooded.state).toMatchObject({
      deferredItems: 38,
      floodingSince: now.toISOString(),
      itemsSeen: 10,
    });
    expect(flooded.state.etag).toBeUndefined();
    expect(flooded.intervalMs).toBe(policy.minIntervalMs);
    const later = new Date(now.getTime() + 60_000);
    const still = applyPollResult(
      flooded.state,
      { kind: 'ok', status: 200, items, taken: 10, deferred: 28 },
      policy,
      later,
    );
    expect(still.state.floodingSince).toBe(now.toISOString());
    const drained = applyPollResult(
      still.state,
      { kind: 'ok', status: 200, items, etag: '"v1"', taken: 28, deferred: 0 },
      policy,
      later,
    );
    expect(drained.state.deferredItems).toBeUndefined();
    expect(drained.state.floodingSince).toBeUndefined();
    expect(drained.state.etag).toBe('"v1"');
  });

  it('learns the publishing rate and keeps the validators from a good poll', () => {
    const d = applyPollResult(
      fresh,
      {
        kind: 'ok',
        status: 200,
        items: hourly(48),
        etag: '"v1"',
        lastModified: 'Thu, 26 Nov 2026 11:00:00 GMT',
      },
      policy,
      now,
    );
    // 47 gaps over the 47 hours the items span.
    expect(d.state.avgItemsPerDay).toBe(24);
    expect(d.intervalMs).toBe(1_800_000);
    expect(d.state.etag).toBe('"v1"');
    expect(d.state.itemsSeen).toBe(48);
    expect(d.state.lastItemAt).toBe(now.toISOString());
    expect(d.state.nextFetchAt).toBe(new Date(now.getTime() + 1_800_000).toISOString());
  });

  it('counts only items newer than the newest seen before', () => {
    const first = applyPollResult(fresh, { kind: 'ok', status: 200, items: hourly(10) }, policy, now);
    const later = new Date(now.getTime() + 2 * 3_600_000);
    const second = applyPollResult(
      first.state,
      { kind: 'ok', status: 200, items: hourly(10, later) },
      policy,
      later,
    );
    expect(second.state.itemsSeen).toBe(12);
  });

  it('treats 304 as healthy, keeping validators and the rate', () => {
    const ok = applyPollResult(
      fresh,
      { kind: 'ok', status: 200, items: hourly(48), etag: '"v1"' },
      policy,
      now,
    );
    const d = applyPollResult({ ...ok.state, consecutiveErrors: 2 }, { kind: 'not-modified' }, policy, now);
    expect(d.state.lastOutcome).toBe('not-modified');
    expect(d.state.consecutiveErrors).toBe(0);
    expect(d.state.etag).toBe('"v1"');
    expect(d.intervalMs).toBe(1_800_000);
  });

  it('backs off on errors, honouring Retry-After, and pauses after the streak', () => {
    let state = fresh;
    const intervals: number[] = [];
    let pause: string | undefined;
    for (let i = 0; i < 5; i++) {
      const d = applyPollResult(
        state,
        { kind: 'error', code: 'WF_E_FETCH_HTTP_5XX', message: 'HTTP 503', status: 503 },
        policy,
        now,
        half,
      );
      state = d.state;
      intervals.push(d.intervalMs);
      pause = d.pause;
    }
    expect(intervals).toEqual([120_000, 240_000, 480_000, 960_000, 1_920_000]);
    expect(state.consecutiveErrors).toBe(5);
    expect(state.lastError).toMatchObject({ code: 'WF_E_FETCH_HTTP_5XX', status: 503 });
    expect(pause).toMatch(/^paused after 5 failed polls since .*WF_E_FETCH_HTTP_5XX HTTP 503$/);
    const limited = applyPollResult(
      fresh,
      {
        kind: 'error',
        code: 'WF_E_FETCH_HTTP_429',
        message: 'HTTP 429',
        status: 429,
        retryAfterMs: 3_600_000,
      },
      policy,
      now,
      half,
    );
    expect(limited.intervalMs).toBe(3_600_000);
    expect(limited.pause).toBeUndefined();
  });

  it('pauses a feed that has failed for longer than the limit, however few the polls', () => {
    const state = {
      ...fresh,
      consecutiveErrors: 1,
      firstErrorAt: new Date(now.getTime() - 8 * 86_400_000).toISOString(),
    };
    expect(
      applyPollResult(state, { kind: 'error', code: 'WF_E_FETCH_TIMEOUT', message: 'deadline' }, policy, now)
        .pause,
    ).toMatch(/paused after 2 failed polls/);
  });

  it('keeps no HTTP status of an earlier poll beside a failure that had none', () => {
    const was = applyPollResult(fresh, { kind: 'not-modified' }, policy, now).state;
    expect(was.lastStatus).toBe(304);
    const blocked = applyPollResult(
      was,
      { kind: 'error', code: 'WF_E_FETCH_BLOCKED', message: 'refused 127.0.0.1 (loopback)' },
      policy,
      now,
    ).state;
    expect(blocked).toMatchObject({ lastOutcome: 'error', consecutiveErrors: 1 });
    expect(blocked.lastStatus).toBeUndefined();
  });

  it('unsubscribes on 410 Gone at once', () => {
    expect(
      applyPollResult(
        fresh,
        { kind: 'error', code: 'WF_E_FETCH_HTTP_4XX', message: 'HTTP 410', status: 410 },
        policy,
        now,
      ).pause,
    ).toMatch(/gone \(HTTP 410\)/);
  });

  it('clears the error streak after a success, and moves the URL after a proven permanent redirect', () => {
    const failing = { ...fresh, consecutiveErrors: 3, firstErrorAt: now.toISOString() };
    const d = applyPollResult(
      failing,
      { kind: 'ok', status: 200, items: [], movedTo: 'https://new.example/feed' },
      policy,
      now,
    );
    expect(d.state.consecutiveErrors).toBe(0);
    expect(d.state.firstErrorAt).toBeUndefined();
    expect(d.newUrl).toBe('https://new.example/feed');
  });

  it('flags a daily feed that has been silent for three of its usual gaps, and polls it less', () => {
    const daily: SubscriptionState = {
      ...fresh,
      avgItemsPerDay: 4,
      lastItemAt: new Date(now.getTime() - 2 * 86_400_000).toISOString(),
    };
    const d = applyPollResult(daily, { kind: 'not-modified' }, policy, now);
    expect(d.state.quietSince).toBe(
      new Date(now.getTime() - 2 * 86_400_000 + (3 * 86_400_000) / 4).toISOString(),
    );
    expect(d.intervalMs).toBeGreaterThan(
      applyPollResult({ ...daily, lastItemAt: now.toISOString() }, { kind: 'not-modified' }, policy, now)
        .intervalMs,
    );
    const weekly: SubscriptionState = {
      ...fresh,
      avgItemsPerDay: 0.2,
      lastItemAt: new Date(now.getTime() - 10 * 86_400_000).toISOString(),
    };
    expect(applyPollResult(weekly, { kind: 'not-modified' }, policy, now).state.quietSince).toBeUndefined();
  });

  it('keeps the entries a poll skipped (count and first reasons) until a poll that reads the feed skips none', () => {
    const skipped = Array.from({ length: 7 }, (_, i) => ({
      position: i + 1,
      reason: `entry ${i + 1} is empty`,
    }));
    const first = applyPollResult(fresh, { kind: 'ok', status: 200, items: hourly(2), skipped }, policy, now);
    expect(first.state.lastSkipped).toEqual({
      count: 7,
      reasons: [
        'entry 1 is empty',
        'entry 2 is empty',
        'entry 3 is empty',
        'entry 4 is empty',
        'entry 5 is empty',
      ],
    });
    // A 304 read nothing: what the last read skipped still stands.
    const unchanged = applyPollResult(first.state, { kind: 'not-modified' }, policy, now);
    expect(unchanged.state.lastSkipped?.count).toBe(7);
    const clean = applyPollResult(
      unchanged.state,
      { kind: 'ok', status: 200, items: hourly(2) },
      policy,
      now,
    );
    expect(clean.state.lastSkipped).toBeUndefined();
  });

  it('drops a validator the server stopped sending', () => {
    const d = applyPollResult(
      { ...fresh, etag: '"old"' },
      { kind: 'ok', status: 200, items: [] },
      policy,
      now,
    );
    expect(d.state.etag).toBeUndefined();
  });

  it('polls a firehose that shows only its last half hour often enough to see every item', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({
      categories: [],
      guid: `f${i}`,
      published: new Date(now.getTime() - i * 3 * 60_000).toISOString(),
    }));
    const d = applyPollResult(fresh, { kind: 'ok', status: 200, items }, policy, now);
    // 20 items an hour; the window of 10 covers 27 minutes: a poll every few minutes, not hours.
    expect(d.state.avgItemsPerDay).toBeGreaterThan(400);
    expect(d.intervalMs).toBeLessThanOrEqual(300_000);
  });

  it('drops to the shortest interval when every item of a known feed is new (items may have scrolled past)', () => {
    const seen = {
      ...fresh,
      avgItemsPerDay: 1,
      lastItemAt: new Date(now.getTime() - 30 * 86_400_000).toISOString(),
    };
    const d = applyPollResult(seen, { kind: 'ok', status: 200, items: hourly(5) }, policy, now);
    expect(d.intervalMs).toBe(policy.minIntervalMs);
  });

  it('keeps honouring <ttl> and max-age across 304s', () => {
    const ok = applyPollResult(
      fresh,
      { kind: 'ok', status: 200, items: [], ttlMinutes: 60, maxAgeMs: 120_000 },
      policy,
      now,
    );
    expect(ok.intervalMs).toBe(3_600_000);
    const d = applyPollResult(ok.state, { kind: 'not-modified' }, policy, now);
    expect(d.intervalMs).toBe(3_600_000);
    expect(d.state.ttlMinutes).toBe(60);
  });

  it('schedules a Retry-After longer than the longest interval at the longest interval, and says so in the state', () => {
    const d = applyPollResult(
      fresh,
      {
        kind: 'error',
        code: 'WF_E_FETCH_HTTP_429',
        message: 'HTTP 429',
        status: 429,
        retryAfterMs: 72 * 3_600_000,
      },
      policy,
      now,
      half,
    );
    expect(d.intervalMs).toBe(policy.maxIntervalMs);
    expect(d.state.nextFetchAt).toBe(new Date(now.getTime() + policy.maxIntervalMs).toISOString());
  });
});

describe('describePoll', () => {
  it('says what the fetch got, in words a person reads in the job log', () => {
    const item = { title: 't', categories: [] };
    expect(describePoll({ kind: 'ok', status: 200, items: [item, item], taken: 1, deferred: 3 })).toBe(
      'HTTP 200: 2 items, 1 new queued, 3 left for the next poll',
    );
    expect(describePoll({ kind: 'not-modified' })).toBe('HTTP 304: not modified');
    expect(describePoll({ kind: 'error', code: 'WF_E_HTTP', message: 'HTTP 503', status: 503 })).toBe(
      'failed: WF_E_HTTP: HTTP 503',
    );
  });
});
