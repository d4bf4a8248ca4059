import { describe, expect, it } from 'vitest';
import { isPushLive, leasePlan, PUSHED_POLL_INTERVAL_MS, pollIntervalWithPush } from './lease.ts';
import type { HubState } from './store.ts';

const t0 = Date.parse('2026-11-26T12:00:00Z');

describe('leasePlan', () => {
  it('renews at 80 % of the lease, before it ends', () => {
    const plan = leasePlan({ leaseSeconds: 864_000, verifiedAt: t0 });
    expect(plan.leaseUntil).toBe(t0 + 864_000_000);
    expect(plan.renewAt).toBe(t0 + 691_200_000);
    expect(plan.renewAt).toBeLessThan(plan.leaseUntil);
  });

  it('never renews sooner than minRenewMs after a verification', () => {
    expect(leasePlan({ leaseSeconds: 1, verifiedAt: t0 }).renewAt).toBe(t0 + 60_000);
    expect(leasePlan({ leaseSeconds: 2, verifiedAt: t0, minRenewMs: 0 }).renewAt).toBe(t0 + 1_600);
  });

  it('takes another fraction', () => {
    expect(leasePlan({ leaseSeconds: 1_000, verifiedAt: t0, renewFraction: 0.5 }).renewAt).toBe(t0 + 500_000);
  });
});

describe('pollIntervalWithPush', () => {
  const live: HubState = {
    url: 'https://hub.example/',
    topic: 'https://n.example/f',
    state: 'subscribed',
    leaseUntil: new Date(t0 + 3_600_000).toISOString(),
  };

  it('stretches polling to the safety-net interval while a lease is live', () => {
    expect(isPushLive(live, t0)).toBe(true);
    expect(pollIntervalWithPush(300_000, live, t0)).toBe(PUSHED_POLL_INTERVAL_MS);
    expect(pollIntervalWithPush(24 * 3_600_000, live, t0)).toBe(24 * 3_600_000);
  });

  it('keeps the usual interval when pending, failed, expired or absent', () => {
    expect(pollIntervalWithPush(300_000, { ...live, state: 'pending' }, t0)).toBe(300_000);
    expect(pollIntervalWithPush(300_000, { ...live, state: 'failed' }, t0)).toBe(300_000);
    expect(pollIntervalWithPush(300_000, live, t0 + 3_600_000)).toBe(300_000);
    expect(pollIntervalWithPush(300_000, undefined, t0)).toBe(300_000);
  });
});
