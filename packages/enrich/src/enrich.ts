import type { Enrichment, Entity, Story, Subject } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core/contracts';
import { CITY_NAMED_CLUBS } from './data/clubs.ts';
import { CITY_CLUBS as LEXICON_CITY_CLUBS } from './data/lexicon.ts';
import { lookupPlace } from './gazetteer.ts';
import { keywordsEnricher, wordCountEnricher } from './keywords.ts';
import { languageEnricher } from './language.ts';
import { entitiesEnricher, placesEnricher } from './names.ts';
import { subjectsEnricher } from './subjects.ts';
import type { Enricher, EnricherResult, EnrichInput, EnrichOutput } from './types.ts';

const LANGUAGE_RE = /^[a-z]{2}$/;

/** Language first, so the enrichers after it know which language's rules apply. */
export const defaultEnrichers: readonly Enricher[] = [
  languageEnricher,
  entitiesEnricher,
  placesEnricher,
  subjectsEnricher,
  keywordsEnricher,
  wordCountEnricher,
];

/**
 * Run the enrichers in order over a story and merge what they return. An enricher that throws is
 * named in `enrichment.failed` (with its error under `errors`, for the log) and the others' results
 * stand. A language an enricher reports is passed to the enrichers after it when the feed gave none.
 */
/** What enrichment reads of a story (a whole Story will do). */
export type EnrichableStory = Pick<Story, 'headline' | 'language' | 'dateline'> & {
  body: Pick<Story['body'], 'text'>;
};

export function enrichStory(
  story: EnrichableStory,
  options: { enrichers?: readonly Enricher[] } = {},
): EnrichOutput {
  const enrichers = options.enrichers ?? defaultEnrichers;
  let input: EnrichInput = { headline: story.headline, text: story.body.text };
  if (story.language !== undefined) input.language = story.language;
  if (story.dateline?.place !== undefined) input.datelinePlace = story.dateline.place;
  if (story.dateline?.raw !== undefined) input.datelineRaw = story.dateline.raw;

  const enrichment: Enrichment = {
    people: [],
    organisations: [],
    places: [],
    subjects: [],
    keywords: [],
    wordCount: 0,
    failed: [],
  };
  const errors: WirefeedError[] = [];
  for (const enricher of enrichers) {
    let result: EnricherResult;
    try {
      result = enricher.run(input);
    } catch (err) {
      enrichment.failed.push(enricher.name);
      // The same story fails the same way every time: retrying the job would not help.
      errors.push(
        new WirefeedError('WF_E_ENRICH', `enricher ${enricher.name} failed`, {
          cause: err,
          retryable: false,
          details: { enricher: enricher.name },
        }),
      );
      continue;
    }
    merge(enrichment, result);
    if (input.language === undefined && result.language !== undefined && LANGUAGE_RE.test(result.language)) {
      input = { ...input, language: result.language };
    }
  }
  reconcileClubs(enrichment, input.datelinePlace, FOOTBALL_RE.test(`${input.headline}\n${input.text}`));
  const output: EnrichOutput = { enrichment };
  if (input.language !== undefined) output.language = input.language;
  if (errors.length > 0) output.errors = errors;
  return output;
}

const SPORT = 'medtop:15000000';
const FOOTBALL_CLUBS: ReadonlySet<string> = new Set(CITY_NAMED_CLUBS);
const CITY_CLUBS: ReadonlySet<string> = new Set([...LEXICON_CITY_CLUBS, ...CITY_NAMED_CLUBS]);
// A story about football or rugby, where "Parma" or "Bath" is a club rather than the city a tennis
// player or a racing team comes from.
const FOOTBALL_RE =
  /\b(?:soccer|football|rugby|premiership|premier league|first division|league match|cup tie|striker|midfielder|goalkeeper|halftime|half-time)\b/i;

// "Liverpool beat Chelsea": in a sport story a city that names a club is the club. Only the
// dateline, which is where the story was filed, stays a place.
function reconcileClubs(enrichment: Enrichment, dateline: string | undefined, football: boolean): void {
  if (enrichment.subjects[0]?.code !== SPORT) {
    // "Shipping through Liverpool grew": outside sport, a club's city name is the city.
    const cities = enrichment.organisations.filter((o) => CITY_CLUBS.has(o.name));
    if (cities.length === 0) return;
    enrichment.organisations = enrichment.organisations.filter((o) => !cities.includes(o));
    for (const c of cities) {
      const place = lookupPlace(c.name);
      mergeNamed(enrichment.places, [
        place === undefined
          ? { name: c.name, mentions: c.mentions }
          : {
              name: c.name,
              mentions: c.mentions,
              countryCode: place.countryCode,
              ...(place.lat === undefined || place.lon === undefined
                ? {}
                : { lat: place.lat, lon: place.lon }),
              ...(place.uri === undefined ? {} : { uri: place.uri }),
            },
      ]);
    }
    return;
  }
  const filedFrom = dateline?.trim().toLowerCase();
  const clubs = enrichment.places.filter(
    (p, i) =>
      CITY_CLUBS.has(p.name) &&
      (football || !FOOTBALL_CLUBS.has(p.name) || LEXICON_CITY_CLUBS.has(p.name)) &&
      !(i === 0 && p.name.toLowerCase() === filedFrom),
  );
  if (clubs.length === 0) return;
  enrichment.places = enrichment.places.filter((p) => !clubs.includes(p));
  mergeNamed(
    enrichment.organisations,
    clubs.map((p) => ({ name: p.name, mentions: p.mentions })),
  );
}

function merge(into: Enrichment, from: EnricherResult): void {
  mergeNamed(into.people, from.people);
  mergeNamed(into.organisations, from.organisations);
  mergeNamed(into.places, from.places);
  mergeSubjects(into.subjects, from.subjects);
  for (const keyword of from.keywords ?? []) {
    if (!into.keywords.includes(keyword)) into.keywords.push(keyword);
  }
  for (const name of from.failed ?? []) {
    if (!into.failed.includes(name)) into.failed.push(name);
  }
  if (from.wordCount !== undefined) into.wordCount = from.wordCount;
}

// The same name from two enrichers is one entity: the first one's fields win, the second fills gaps.
function mergeNamed<T extends Entity>(into: T[], from: readonly T[] | undefined): void {
  if (from === undefined || from.length === 0) return;
  const index = new Map<string, number>();
  for (const [i, e] of into.entries()) index.set(e.name.toLowerCase(), i);
  for (const item of from) {
    const key = item.name.toLowerCase();
    const at = index.get(key);
    const existing = at === undefined ? undefined : into[at];
    if (at === undefined || existing === undefined) {
      index.set(key, into.length);
      into.push({ ...item });
      continue;
    }
    const merged: T = { ...item };
    for (const [field, value] of Object.entries(existing)) {
      if (value !== undefined) Reflect.set(merged, field, value);
    }
    merged.mentions = Math.max(existing.mentions, item.mentions);
    into[at] = merged;
  }
}

function mergeSubjects(into: Subject[], from: readonly Subject[] | undefined): void {
  for (const subject of from ?? []) {
    const index = into.findIndex((s) => s.code === subject.code);
    const existing = into[index];
    if (existing === undefined) into.push({ ...subject });
    else if (subject.confidence > existing.confidence) into[index] = { ...subject };
  }
}
