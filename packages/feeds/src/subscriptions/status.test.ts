import { describe, expect, it } from 'vitest';
import { subscriptionStatus } from './status.ts';
import type { Subscription } from './subscription.ts';

const base: Subscription = {
  id: 's',
  url: 'https://s.example/feed',
  tags: [],
  origin: 'cli',
  minIntervalMs: 60_000,
  maxIntervalMs: 86_400_000,
  paused: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  state: { consecutiveErrors: 0, itemsSeen: 0 },
};

describe('subscriptionStatus', () => {
  it('is paused over erroring over active', () => {
    const failing = { consecutiveErrors: 2, itemsSeen: 0, lastOutcome: 'error' as const };
    expect(subscriptionStatus(base)).toBe('active');
    expect(subscriptionStatus({ ...base, state: failing })).toBe('erroring');
    expect(subscriptionStatus({ ...base, paused: true, state: failing })).toBe('paused');
    expect(subscriptionStatus({ ...base, state: { ...base.state, lastOutcome: 'not-modified' } })).toBe(
      'active',
    );
  });

  it('flags a quiet feed, below erroring and paused', () => {
    const quiet = { ...base.state, quietSince: '2026-11-20T00:00:00.000Z' };
    expect(subscriptionStatus({ ...base, state: quiet })).toBe('quiet');
    expect(subscriptionStatus({ ...base, state: { ...quiet, consecutiveErrors: 1 } })).toBe('erroring');
  });

  it('is active again once a resume ended the error streak, though the last error is kept', () => {
    const resumed = {
      consecutiveErrors: 0,
      itemsSeen: 0,
      lastOutcome: 'error' as const,
      lastError: { code: 'WF_E_HTTP', message: '503', at: '2026-01-02T00:00:00.000Z' },
    };
    expect(subscriptionStatus({ ...base, state: resumed })).toBe('active');
  });
});
