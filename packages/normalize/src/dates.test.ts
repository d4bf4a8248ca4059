import { describe, expect, it } from 'vitest';
import { parseFeedDate, resolveDates } from './dates.ts';

describe('parseFeedDate', () => {
  it('answers the same for a date it has seen, also once its memory of dates was emptied', () => {
    const dates = Array.from({ length: 40 }, (_, i) => new Date(Date.UTC(2021, 0, 1) + i * 60_000));
    for (let round = 0; round < 2; round++) {
      for (const d of dates) expect(parseFeedDate(d.toUTCString())).toBe(d.toISOString());
    }
    expect(parseFeedDate('not a date')).toBeUndefined();
    expect(parseFeedDate('not a date')).toBeUndefined();
  });

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
    ['ven., 26 nov. 2021 10:00:00 +0100', '2021-11-26T09:00:00.000Z'],
    ['jeu., 25 févr. 2021 18:30:00 +0100', '2021-02-25T17:30:00.000Z'],
    ['vie, 10 dic 2021 10:00:00 -0600', '2021-12-10T16:00:00.000Z'],
    ['Mi, 3. März 2021 10:00:00 MEZ', '2021-03-03T09:00:00.000Z'],
    ['26. Okt. 2021 09:30 MESZ', '2021-10-26T07:30:00.000Z'],
    ['sáb, 14 ago 2021 08:00:00 GMT', '2021-08-14T08:00:00.000Z'],
  ])('%s', (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it.each([
    [undefined],
    [''],
    ['yesterday'],
    ['31 Feb 2021 10:00:00 GMT'],
    ['26 jui 2021 10:00:00 GMT'],
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
      dateClamped: false,
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
      dateClamped: false,
    });
  });

  it('clamps dates more than 24 hours ahead to now and flags them, and keeps those within', () => {
    const ahead = resolveDates('2021-11-28T00:00:00Z', undefined, fetchedAt, now);
    expect(ahead.firstCreated).toBe(now.toISOString());
    expect(ahead.dateClamped).toBe(true);
    const within = resolveDates('2021-11-27T11:00:00Z', undefined, fetchedAt, now);
    expect(within.firstCreated).toBe('2021-11-27T11:00:00.000Z');
    expect(within.dateClamped).toBe(false);
  });

  it('never lets the version predate the first version', () => {
    expect(resolveDates('2021-11-26T09:00:00Z', '2021-11-26T08:00:00Z', fetchedAt, now).versionCreated).toBe(
      '2021-11-26T09:00:00.000Z',
    );
  });
});
