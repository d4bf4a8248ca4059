import { describe, expect, it } from 'vitest';
import { parseFeedDate, resolveDates } from './dates.ts';

describe('parseFeedDate', () => {
  it.each([
    ['Fri, 26 Nov 2021 10:00:00 EST', '2021-11-26T15:00:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 EDT', '2021-11-26T14:00:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 PST', '2021-11-26T18:00:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 PDT', '2021-11-26T17:00:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 GMT', '2021-11-26T10:00:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 UT', '2021-11-26T10:00:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 CET', '2021-11-26T09:00:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 IST', '2021-11-26T04:30:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 +0530', '2021-11-26T04:30:00.000Z'],
    ['26 Nov 2021 10:00 -0500', '2021-11-26T15:00:00.000Z'],
    ['Fri, 26 Nov 21 10:00:00 GMT', '2021-11-26T10:00:00.000Z'],
    ['Friday, 26 November 2021 10:00:00 +0000 (UTC)', '2021-11-26T10:00:00.000Z'],
    ['Fri, 26 Nov 2021 10:00:00 +0000 GMT', '2021-11-26T10:00:00.000Z'],
    ['Fri, 26 Nov 2021 3:05 PM EST', '2021-11-26T20:05:00.000Z'],
    ['Nov 26, 2021 10:00 AM EST', '2021-11-26T15:00:00.000Z'],
    ['November 26, 2021', '2021-11-26T00:00:00.000Z'],
    ['Fri Nov 26 2021 10:00:00 GMT+0100 (Central European Standard Time)', '2021-11-26T09:00:00.000Z'],
    ['2021-11-26T10:00:00Z', '2021-11-26T10:00:00.000Z'],
    ['2021-11-26T10:00:00.123456Z', '2021-11-26T10:00:00.123Z'],
    ['2021-11-26T10:00:00+01:00', '2021-11-26T09:00:00.000Z'],
    ['2021-11-26T10:00:00-0330', '2021-11-26T13:30:00.000Z'],
    ['2021-11-26 10:00:00', '2021-11-26T10:00:00.000Z'],
    ['2021-11-26', '2021-11-26T00:00:00.000Z'],
    ['  2021/11/26 10:00 UTC ', '2021-11-26T10:00:00.000Z'],
    ['1637920800', '2021-11-26T10:00:00.000Z'],
  ])('%s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['yesterday'],
    ['31 Feb 2021 10:00:00 GMT'],
    ['2021-13-01T00:00:00Z'],
    ['2021-11-26T25:00:00Z'],
    ['Fri, 26 Nov 2021 10:00:00 XYZ'],
    ['Thu, 01 Jan 1970 00:00:00 +0000'],
    ['0001-01-01T00:00:00Z'],
  ])('rejects %s', (input) => {
    expect(parseFeedDate(input)).toBeUndefined();
  });
});

describe('resolveDates', () => {
  const now = new Date('2021-11-26T12:00:00.000Z');
  const fetchedAt = '2021-11-26T11:59:00.000Z';

  it('takes published for first and updated for version', () => {
    expect(resolveDates('2021-11-26T08:00:00Z', '2021-11-26T09:00:00Z', fetchedAt, now)).toEqual({
      firstCreated: '2021-11-26T08:00:00.000Z',
      versionCreated: '2021-11-26T09:00:00.000Z',
      dateMissing: false,
    });
  });

  it('uses whichever date there is for both', () => {
    expect(resolveDates(undefined, '2021-11-26T09:00:00Z', fetchedAt, now)).toMatchObject({
      firstCreated: '2021-11-26T09:00:00.000Z',
      versionCreated: '2021-11-26T09:00:00.000Z',
    });
  });

  it('falls back to the fetch time and says so', () => {
    expect(resolveDates(undefined, 'garbage', fetchedAt, now)).toEqual({
      firstCreated: fetchedAt,
      versionCreated: fetchedAt,
      dateMissing: true,
    });
  });

  it('clamps dates more than 24 hours ahead to now, and keeps those within', () => {
    expect(resolveDates('2021-11-28T00:00:00Z', undefined, fetchedAt, now).firstCreated).toBe(
      now.toISOString(),
    );
    expect(resolveDates('2021-11-27T11:00:00Z', undefined, fetchedAt, now).firstCreated).toBe(
      '2021-11-27T11:00:00.000Z',
    );
  });

  it('never lets the version predate the first version', () => {
    expect(resolveDates('2021-11-26T09:00:00Z', '2021-11-26T08:00:00Z', fetchedAt, now).versionCreated).toBe(
      '2021-11-26T09:00:00.000Z',
    );
  });
});
