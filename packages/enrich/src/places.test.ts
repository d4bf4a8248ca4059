import { describe, expect, it } from 'vitest';
import { findPlaces } from './places.ts';

const places = (text: string, datelinePlace?: string) =>
  findPlaces({ headline: 'Story', text, ...(datelinePlace === undefined ? {} : { datelinePlace }) });
const names = (text: string, datelinePlace?: string) =>
  places(text, datelinePlace).map((p) => `${p.name}:${p.mentions}`);

describe('findPlaces', () => {
  it('locates a country at its capital and a capital at itself', () => {
    expect(places('Talks in Kenya, then Nairobi.')).toEqual([
      { name: 'Kenya', mentions: 1, countryCode: 'KE', lat: -1.29, lon: 36.82 },
      { name: 'Nairobi', mentions: 1, countryCode: 'KE', lat: -1.29, lon: 36.82 },
    ]);
  });

  it('counts demonyms, plurals, aliases and possessives toward the country', () => {
    expect(
      names('Chinese officials, the Germans, the U.S. and America’s allies met in China’s capital.'),
    ).toEqual(['China:2', 'United States:2', 'Germany:1']);
  });

  it('prefers the longest name and ignores known non-places', () => {
    expect(
      names('South Sudan and Sudan; Papua New Guinea; New Mexico; the Indian Ocean; Guinea-Bissau.'),
    ).toEqual(['South Sudan:1', 'Sudan:1', 'Papua New Guinea:1', 'Guinea-Bissau:1']);
  });

  it('skips ambiguous names when they sit inside a longer name', () => {
    expect(names('Michael Jordan and Chad Smith read the Washington Post.')).toEqual([]);
    expect(names("Jordan's King Abdullah flew to Washington.")).toEqual(['Jordan:1', 'Washington:1']);
  });

  it('does not match lowercase words', () => {
    expect(names('They ate turkey on fine china.')).toEqual([]);
  });

  it('puts a known dateline place first, adding the dateline as one mention', () => {
    expect(names('China and Azerbaijan met. Beijing hosted.', 'BEIJING')).toEqual([
      'Beijing:2',
      'China:1',
      'Azerbaijan:1',
    ]);
    expect(names('Talks went on.', 'Kiev')[0]).toBe('Kyiv:1');
  });

  it('keeps an unknown dateline city first, with its country code when the dateline names the country', () => {
    expect(places('Scientists met.', 'DARMSTADT, Germany')).toEqual([
      { name: 'Darmstadt', mentions: 1, countryCode: 'DE' },
    ]);
    expect(places('Fans cheered.', 'NEW YORK')).toEqual([{ name: 'New York', mentions: 1 }]);
  });

  it('returns nothing for text without places', () => {
    expect(places('Shares rose on Monday.')).toEqual([]);
  });
});
