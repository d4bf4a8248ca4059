import { describe, expect, it } from 'vitest';
import { findPlaces } from './places.ts';

const places = (text: string, datelinePlace?: string, datelineRaw?: string) =>
  findPlaces({
    headline: 'Story',
    text,
    ...(datelinePlace === undefined ? {} : { datelinePlace }),
    ...(datelineRaw === undefined ? {} : { datelineRaw }),
  });
const names = (text: string, datelinePlace?: string) =>
  places(text, datelinePlace).map((p) => `${p.name}:${p.mentions}`);

describe('findPlaces', () => {
  it('locates a country at its capital and a capital at itself', () => {
    expect(places('Talks in Kenya, then Nairobi.')).toEqual([
      {
        name: 'Kenya',
        mentions: 1,
        countryCode: 'KE',
        lat: -1.29,
        lon: 36.82,
        uri: 'https://sws.geonames.org/192950/',
      },
      {
        name: 'Nairobi',
        mentions: 1,
        countryCode: 'KE',
        lat: -1.2833,
        lon: 36.8167,
        uri: 'https://sws.geonames.org/184745/',
      },
    ]);
  });

  it('counts demonyms, plurals, aliases and possessives toward the country', () => {
    expect(
      names('Chinese officials, the Germans, the U.S. and America’s allies met in China’s capital.'),
    ).toEqual(['China:2', 'United States:2']);
  });

  it('does not list a country that only its demonyms name', () => {
    expect(names('The Norwegian striker and the French minister met.')).toEqual([]);
    expect(names('The Norwegian striker returned to Norway.')).toEqual(['Norway:2']);
  });

  it('prefers the longest name and ignores known non-places', () => {
    expect(
      names('South Sudan and Sudan; Papua New Guinea; New Guinea; the Indian Ocean; Guinea-Bissau.'),
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
    expect(places('Scientists met.', 'SMALLVILLE, Germany').map((p) => [p.name, p.countryCode])).toEqual([
      ['Smallville', 'DE'],
      ['Germany', 'DE'],
    ]);
    expect(places('Fans cheered.', 'SMALLVILLE')).toEqual([{ name: 'Smallville', mentions: 1 }]);
  });

  it('resolves a dateline city against GeoNames, qualified by its state or country', () => {
    expect(places('Scientists met.', 'DARMSTADT, Germany')[0]).toMatchObject({
      name: 'Darmstadt',
      countryCode: 'DE',
      uri: 'https://sws.geonames.org/2938913/',
    });
    expect(places('Fans cheered.', 'NEW YORK')[0]).toMatchObject({ name: 'New York', countryCode: 'US' });
    expect(places('Fans cheered.', 'WASHINGTON')[0]).toMatchObject({ name: 'Washington', countryCode: 'US' });
    expect(places('The fair opened.', 'PARIS, Texas')[0]).toMatchObject({ name: 'Paris', countryCode: 'US' });
    expect(places('The fair opened.', 'PARIS')[0]).toMatchObject({ name: 'Paris', countryCode: 'FR' });
  });

  it('resolves a city named in the text by population, qualifier, dateline and the countries named', () => {
    expect(places('Protests spread from Paris to Lyon.')[0]).toMatchObject({
      name: 'Paris',
      countryCode: 'FR',
    });
    expect(places('The mayor of Paris, Texas, spoke.').map((p) => [p.name, p.countryCode])).toEqual([
      ['Paris', 'US'],
      ['Texas', 'US'],
    ]);
    // A small town counts only when the story is about its country.
    expect(names('Farmers in Vinnytsia protested.')).toEqual(['Vinnytsia:1']);
    expect(names('Officials in Kingsport spoke.')).toEqual([]);
    expect(names('Officials in Kingsport, Tennessee spoke.')).toEqual(['Kingsport:1', 'Tennessee:1']);
  });

  it('does not take a city name inside a longer name, or a common word, for a place', () => {
    expect(names('Manchester United beat Paris Saint-Germain; Paris Hilton watched.')).toEqual([]);
    expect(names('Michael Jackson met Kevin Lincoln. Jackson said Split was nice.')).toEqual([]);
  });

  it('knows provinces and states of large countries, and qualifies a dateline city by them', () => {
    expect(
      places('Cases rose in Kerala and Guangdong; Bavaria and Texas reported none.').map((p) => [
        p.name,
        p.countryCode,
      ]),
    ).toEqual([
      ['Kerala', 'IN'],
      ['Guangdong', 'CN'],
      ['Bavaria', 'DE'],
      ['Texas', 'US'],
    ]);
    // A dated dateline: the region before the date, a bare dated city alone.
    expect(
      places('Maier won.', 'Vail', 'VAIL, Colorado 1996-12-07 -').map((p) => [p.name, p.countryCode]),
    ).toEqual([
      ['Vail', 'US'],
      ['Colorado', 'US'],
    ]);
    expect(places('Italy said.', 'Rome', 'ROME 1996-12-06 -').map((p) => p.name)).toEqual(['Rome', 'Italy']);
    expect(places('Orcas returned.', 'VICTORIA', 'VICTORIA, British Columbia (Reuters) -')[0]).toMatchObject({
      name: 'Victoria',
      countryCode: 'CA',
    });
    const where = (datelinePlace: string, raw: string) =>
      places('Story.', datelinePlace, raw).map((p) => `${p.name}:${p.countryCode}`);
    expect(where('PARIS', 'PARIS, Texas (AP) —')).toEqual(['Paris:US', 'Texas:US']);
    expect(where('TBILISI', 'TBILISI, Georgia, March 3 (Reuters) -')).toEqual(['Tbilisi:GE', 'Georgia:GE']);
    expect(where('ATLANTA', 'ATLANTA, Georgia (AP) —')).toEqual(['Atlanta:US', 'Georgia:US']);
    expect(where('CAPE CANAVERAL', 'CAPE CANAVERAL, Fla. (AP) —')).toEqual([
      'Cape Canaveral:US',
      'Florida:US',
    ]);
  });

  it("does not take the place in an organisation's name for a place of the story", () => {
    expect(names('Researchers at the University of Oxford and the Bank of England agreed.')).toEqual([]);
    expect(names('The Bank of England cut rates across England.')).toEqual(['England:1']);
  });

  it('returns nothing for text without places', () => {
    expect(places('Shares rose on Monday.')).toEqual([]);
  });
});
