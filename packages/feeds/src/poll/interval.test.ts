import { describe, expect, it } from 'vitest';
import { maxAgeMs, retryAfterMs } from './http-hints.ts';
import { backoffInterval, pollInterval } from './interval.ts';

const MIN = 60_000;
const MAX = 86_400_000;
const bounds = { minMs: MIN, maxMs: MAX };

describe('pollInterval', () => {
  it('starts at the shortest interval while the rate is unknown', () => {
    expect(pollInterval(bounds)).toBe(MIN);
  });

  it('polls a busy wire every minute and a weekly blog a few times a day', () => {
    expect(pollInterval({ ...bounds, avgItemsPerDay: 2_000 })).toBe(MIN);
    expect(pollInterval({ ...bounds, avgItemsPerDay: 24 })).toBe(1_800_000); // gap 1 h → every 30 min
    expect(pollInterval({ ...bounds, avgItemsPerDay: 1 / 7 })).toBe(MAX);
  });

  it('keeps within the subscription bounds', () => {
    expect(pollInterval({ minMs: 300_000, maxMs: 3_600_000, avgItemsPerDay: 5_000 })).toBe(300_000);
    expect(pollInterval({ minMs: 300_000, maxMs: 3_600_000, avgItemsPerDay: 0.01 })).toBe(3_600_000);
  });

  it('is lengthened by <ttl>, Cache-Control and Retry-After, never shortened', () => {
    expect(pollInterval({ ...bounds, avgItemsPerDay: 2_000, ttlMinutes: 30 })).toBe(1_800_000);
    expect(pollInterval({ ...bounds, avgItemsPerDay: 2_000, maxAgeMs: 600_000 })).toBe(600_000);
    expect(pollInterval({ ...bounds, avgItemsPerDay: 2_000, retryAfterMs: 7_200_000 })).toBe(7_200_000);
    expect(pollInterval({ ...bounds, avgItemsPerDay: 24, maxAgeMs: 60_000 })).toBe(1_800_000);
  });

  it('polls at the shortest interval asked for, not the next step up (10s, 90s)', () => {
    expect(pollInterval({ minMs: 10_000, maxMs: MAX })).toBe(10_000);
    expect(pollInterval({ minMs: 90_000, maxMs: MAX })).toBe(90_000);
    expect(pollInterval({ minMs: 90_000, maxMs: MAX, avgItemsPerDay: 5_000 })).toBe(90_000);
    // An item a minute: every 30 s, within a 10 s floor.
    expect(pollInterval({ minMs: 10_000, maxMs: MAX, avgItemsPerDay: 1_440 })).toBe(30_000);
  });

  it('rounds to steps, so small rate changes do not reschedule the feed', () => {
    expect(pollInterval({ ...bounds, avgItemsPerDay: 20 })).toBe(
      pollInterval({ ...bounds, avgItemsPerDay: 22 }),
    );
  });
});

describe('backoffInterval', () => {
  it('doubles per failure within ±20 % jitter, up to the maximum', () => {
    expect(backoffInterval(1, MIN, MAX, () => 0.5)).toBe(120_000);
    expect(backoffInterval(3, MIN, MAX, () => 0.5)).toBe(480_000);
    expect(backoffInterval(3, MIN, MAX, () => 0)).toBe(384_000);
    expect(backoffInterval(3, MIN, MAX, () => 1)).toBe(576_000);
    expect(backoffInterval(40, MIN, MAX, () => 1)).toBe(MAX);
  });
});

describe('HTTP hints', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 26 Nov 2026 12:10:00 GMT', now)).toBe(600_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
  it('reads max-age, preferring s-maxage', () => {
    expect(maxAgeMs('public, max-age=300')).toBe(300_000);
    expect(maxAgeMs('max-age=300, s-maxage=900')).toBe(900_000);
    expect(maxAgeMs('no-store')).toBeUndefined();
  });
});
