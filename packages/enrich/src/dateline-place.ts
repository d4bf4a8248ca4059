import type { Place } from '@wirefeed/core';
import { US_STATES } from './data/regions.ts';
import type { GazetteerPlace } from './gazetteer.ts';
import { lookupPlaces, usState } from './gazetteer.ts';
import type { Context, Qualifier } from './place-resolve.ts';
import { displayName, resolve, toPlace } from './place-resolve.ts';

// From the first space of a run only: a run of spaces is not tried again at each of its spaces.
const DATE_TAIL_RE = /(?<!\s)\s+\d{4}-\d{2}-\d{2}\b.*$/s;

// "BEIJING" → Beijing; "PARIS, Texas" → Paris, US-TX; "DARMSTADT, Germany" → Darmstadt, DE; an
// unknown "SMALLTOWN" → just its name.
export function datelinePlace(
  raw: string,
  context: Context,
  full?: string,
): { place: Place; key?: string; countryCode?: string; within?: GazetteerPlace } | undefined {
  const [head = '', ...rest] = raw.split(',');
  const city = head.trim();
  if (city === '') return undefined;
  // Normalize keeps "Paris" as the place and "PARIS, Texas (AP) —" as the raw dateline.
  if (rest.length === 0 && full !== undefined && full.toLowerCase().startsWith(city.toLowerCase())) {
    // "VAIL, Colorado 1996-12-07 -": the region ends where the date begins.
    rest.push(
      ...full
        .slice(city.length)
        .split(/[,(]/)
        .slice(1, 3)
        .map((part) => part.replace(DATE_TAIL_RE, '')),
    );
  }
  // "PARIS, Texas", "TBILISI, Georgia", "ATLANTA, Georgia", "VICTORIA, British Columbia": the
  // state, province or country after the city, the one that has a city of that name first.
  const candidates = lookupPlaces(city);
  const options: { qualifier: Qualifier; within: GazetteerPlace | undefined }[] = [];
  for (const part of rest) {
    for (const p of lookupPlaces(part)) {
      if (p.kind === 'city') continue;
      const qualifier: Qualifier =
        p.kind === 'region' && p.countryCode === 'US' && p.admin !== undefined
          ? { countryCode: 'US', admin: p.admin }
          : { countryCode: p.countryCode };
      options.push({ qualifier, within: p });
    }
    const admin = usState(part);
    if (admin !== undefined && !options.some((o) => o.qualifier.admin === admin)) {
      options.push({ qualifier: { countryCode: 'US', admin }, within: stateNamed(admin) });
    }
    if (options.length > 0) break;
  }
  const fits = (q: Qualifier) =>
    candidates.some((c) => c.countryCode === q.countryCode && (q.admin === undefined || c.admin === q.admin));
  const chosen = options.find((o) => fits(o.qualifier)) ?? options[0];
  const qualifier = chosen?.qualifier;
  const within = chosen?.within;
  const known = resolve(candidates, context, qualifier);
  const extra = within === undefined ? {} : { within };
  if (known !== undefined) {
    return { place: toPlace(known, 1), key: known.key, countryCode: known.countryCode, ...extra };
  }
  const name = displayName(city);
  if (qualifier === undefined) return { place: { name, mentions: 1 } };
  return {
    place: { name, mentions: 1, countryCode: qualifier.countryCode },
    countryCode: qualifier.countryCode,
    ...extra,
  };
}

function stateNamed(admin: string): GazetteerPlace | undefined {
  const name = Object.entries(US_STATES).find(([, code]) => code === admin)?.[0];
  return name === undefined ? undefined : lookupPlaces(name).find((p) => p.kind === 'region');
}
