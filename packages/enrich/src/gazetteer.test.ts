import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './data/countries.ts';
import { DEMONYMS } from './data/demonyms.ts';
import { isPlaceName, lookupPlace, lookupPlaces } from './gazetteer.ts';

describe('the country table', () => {
  it('covers every UN member and observer, each code once', () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(195);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('has plausible coordinates and distinct names', () => {
    const names = new Set<string>();
    for (const c of COUNTRIES) {
      expect(Math.abs(c.lat), c.name).toBeLessThanOrEqual(90);
      expect(Math.abs(c.lon), c.name).toBeLessThanOrEqual(180);
      for (const name of [c.name, ...(c.aliases ?? [])]) {
        expect(names.has(name), name).toBe(false);
        names.add(name);
      }
    }
  });

  it('maps at least sixty demonyms, each to a listed country', () => {
    const codes = new Set(COUNTRIES.map((c) => c.code));
    expect(Object.keys(DEMONYMS).length).toBeGreaterThanOrEqual(60);
    for (const [demonym, code] of Object.entries(DEMONYMS)) expect(codes.has(code), demonym).toBe(true);
  });
});

describe('lookupPlace', () => {
  it('resolves countries, capitals and aliases regardless of case', () => {
    expect(lookupPlace('BEIJING')).toMatchObject({
      key: 'gn:1816670',
      name: 'Beijing',
      countryCode: 'CN',
      capital: true,
      uri: 'https://sws.geonames.org/1816670/',
    });
    expect(lookupPlace(' azerbaijan ')).toMatchObject({
      key: 'country:AZ',
      lat: 40.41,
      lon: 49.87,
      uri: 'https://sws.geonames.org/587116/',
    });
    expect(lookupPlace('Ivory Coast')).toMatchObject({ name: "Côte d'Ivoire", countryCode: 'CI' });
    expect(lookupPlace('Washington, D.C.')).toMatchObject({ name: 'Washington', countryCode: 'US' });
    expect(lookupPlace('Singapore')).toMatchObject({ key: 'country:SG' });
  });

  it('knows GeoNames cities, the biggest first, under their wire names and folded spellings', () => {
    expect(lookupPlace('Manchester')).toMatchObject({ countryCode: 'GB', kind: 'city' });
    expect(
      lookupPlaces('Paris')
        .map((p) => p.countryCode)
        .slice(0, 1),
    ).toEqual(['FR']);
    expect(lookupPlaces('Paris').some((p) => p.countryCode === 'US' && p.admin === 'TX')).toBe(true);
    expect(lookupPlace('Cologne')).toMatchObject({ name: 'Cologne', countryCode: 'DE' });
    expect(lookupPlace('Sao Paulo')).toMatchObject({ name: 'São Paulo', countryCode: 'BR' });
    expect(lookupPlace('Texas')).toMatchObject({ kind: 'region', countryCode: 'US', admin: 'TX' });
    expect(lookupPlace('Chinese')).toBeUndefined();
    expect(lookupPlace('Xyzzyville')).toBeUndefined();
  });
});

describe('isPlaceName', () => {
  it('is exact and case-sensitive', () => {
    expect(isPlaceName('China')).toBe(true);
    expect(isPlaceName('Chinese')).toBe(true);
    expect(isPlaceName('china')).toBe(false);
    expect(isPlaceName('China Daily')).toBe(false);
    expect(isPlaceName('Hamburg')).toBe(true);
    // Cities that are also common names do not stop a span from being a person.
    expect(isPlaceName('Jackson')).toBe(false);
  });
});
