import { describe, expect, it } from 'vitest';
import { zoneOffsetMinutes } from './time-zones.ts';

describe('zoneOffsetMinutes', () => {
  it.each([
    ['Z', 0],
    ['gmt', 0],
    ['EST', -300],
    ['CEST', 120],
    ['+0100', 60],
    ['-05:00', -300],
    ['+01', 60],
    ['GMT+2', 120],
    ['UTC+05:30', 330],
    ['+0000 GMT', 0],
    ['GMT +0100', 60],
  ])('%s', (zone, minutes) => {
    expect(zoneOffsetMinutes(zone)).toBe(minutes);
  });

  it.each([[''], ['XYZ'], ['+2500'], ['+0160'], ['EST banana']])('rejects %s', (zone) => {
    expect(zoneOffsetMinutes(zone)).toBeUndefined();
  });
});
