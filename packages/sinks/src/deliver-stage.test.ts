import { sinkBackoffMs } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { describe, expect, it } from 'vitest';
import { embargoDelay } from './deliver-stage.ts';

describe('embargoDelay', () => {
  const now = Date.parse('2026-11-27T00:00:00Z');
  it('holds a story until its embargo lifts, and not one whose embargo has passed', () => {
    expect(embargoDelay(makeStory({ embargoedUntil: '2026-11-27T00:01:00.000Z' }), now)).toBe(60_000);
    expect(embargoDelay(makeStory({ embargoedUntil: '2026-11-26T23:00:00.000Z' }), now)).toBe(0);
    expect(embargoDelay(makeStory(), now)).toBe(0);
  });
  it('never holds a kill', () => {
    const kill = makeStory({ embargoedUntil: '2026-11-27T00:01:00.000Z', signals: { canceled: true } });
    expect(embargoDelay(kill, now)).toBe(0);
  });
});

describe('sinkBackoffMs', () => {
  it('doubles from 2 s, and waits at least as long as Retry-After asked', () => {
    expect([1, 2, 3, 10].map((a) => sinkBackoffMs(a))).toEqual([2_000, 4_000, 8_000, 1_024_000]);
    expect(sinkBackoffMs(1, 30_000)).toBe(30_000);
    expect(sinkBackoffMs(5, 1_000)).toBe(32_000);
  });
});
