import { describe, expect, it } from 'vitest';
import { perMinute } from './pipeline.ts';

const MIN = 60_000;

describe('perMinute', () => {
  it('puts the minute in progress first, then the minutes BullMQ pushed', () => {
    const now = 100 * MIN + 5_000;
    const series = perMinute(
      { meta: { count: 12, prevTS: 100 * MIN + 1_000, prevCount: 9 }, data: [4, 5] },
      now,
      5,
    );
    expect(series).toEqual([3, 4, 5]);
  });

  it('counts the quiet minutes since the last job as empty', () => {
    const now = 103 * MIN;
    const series = perMinute({ meta: { count: 12, prevTS: 100 * MIN, prevCount: 9 }, data: [4] }, now, 10);
    expect(series).toEqual([0, 0, 0, 3, 4]);
    expect(perMinute({ meta: { count: 12, prevTS: 100 * MIN, prevCount: 9 }, data: [4] }, now, 2)).toEqual([
      0, 0,
    ]);
  });

  it('is empty before any job finished', () => {
    expect(perMinute({ meta: { count: 0, prevTS: 0, prevCount: 0 }, data: [] }, Date.now())).toEqual([]);
  });
});
