import { describe, expect, it } from 'vitest';
import { datelineDay } from './dateline-day.ts';

describe('datelineDay', () => {
  it('reads the day of the forms agencies write', () => {
    expect(datelineDay('LONDON, June 9 (Reuters) -')).toBe(9);
    expect(datelineDay('LONDON, June 16 (Reuters)')).toBe(16);
    expect(datelineDay('OSLO, Dec 15 (Reuters)')).toBe(15);
    expect(datelineDay('New Delhi, Nov. 26 (PTI)')).toBe(26);
    expect(datelineDay('ROME 1996-12-06 -')).toBe(6);
    expect(datelineDay('VAIL, Colorado 1996-12-07')).toBe(7);
    expect(datelineDay('PARIS, 9 juin (AFP)')).toBe(9);
    expect(datelineDay('WASHINGTON, September 3, 2026 (AP)')).toBe(3);
    expect(datelineDay('MAYFIELD 2, Kentucky, Dec. 12 (AP)')).toBe(12);
  });

  it('gives 0 when the dateline names no day, or a word that only looks like a month', () => {
    expect(datelineDay(undefined)).toBe(0);
    expect(datelineDay('WASHINGTON (AP) —')).toBe(0);
    expect(datelineDay('Zwickau (dpa) -')).toBe(0);
    expect(datelineDay('MARSEILLE 12 (AFP)')).toBe(0);
    expect(datelineDay('Mayfield 3 (PA)')).toBe(0);
    expect(datelineDay('June 41 (Reuters)')).toBe(0);
  });
});
