import { EnrichmentSchema, isWirefeedError, toNinjs } from '@wirefeed/core';
import { validateNinjs } from '@wirefeed/core/testing';
import { cpuMs } from '@wirefeed/testing/cpu';
import { describe, expect, it } from 'vitest';
import { loadFixtures, storyOf } from './__fixtures__/stories.ts';
import type { Enricher, EnrichInput } from './index.ts';
import { defaultEnrichers, enrichStory } from './index.ts';

const story = storyOf({
  headline: 'Kenyan President Daniel Mwangi opens climate summit',
  text:
    'Kenyan President Daniel Mwangi opened a climate summit in Nairobi on Tuesday, telling delegates ' +
    'that Africa could not wait. Mwangi said the African Development Bank would lead the fund.',
  datelinePlace: 'NAIROBI',
});

const boom: Enricher = {
  name: 'boom',
  run: () => {
    throw new Error('deliberate');
  },
};

describe('enrichStory', () => {
  it('runs the default enrichers into a valid Enrichment and reports the detected language', () => {
    const { language, enrichment, errors } = enrichStory(story);
    expect(EnrichmentSchema.parse(enrichment)).toEqual(enrichment);
    expect(language).toBe('en');
    expect(errors).toBeUndefined();
    expect(enrichment.people).toEqual([{ name: 'Daniel Mwangi', mentions: 3 }]);
    expect(enrichment.organisations).toEqual([{ name: 'African Development Bank', mentions: 1 }]);
    // "Kenyan" counts for Kenya, but a country named only by its demonym is not a place of the story;
    // a continent is a place as real annotations have it (GUM, newswire NER), with no country.
    expect(enrichment.places.map((p) => p.name)).toEqual(['Nairobi', 'Africa']);
    expect(enrichment.places[1]?.countryCode).toBeUndefined();
    expect(enrichment.subjects.map((s) => s.code)).toEqual([
      'medtop:11000000',
      'medtop:06000000',
      'medtop:20000418',
      'medtop:20000638',
    ]);
    expect(enrichment.subjects[1]).toMatchObject({
      name: 'environment',
      uri: 'http://cv.iptc.org/newscodes/mediatopic/06000000',
    });
    expect(enrichment.wordCount).toBe(29);
    expect(enrichment.failed).toEqual([]);
    expect(defaultEnrichers.map((e) => e.name)).toEqual([
      'language',
      'entities',
      'places',
      'subjects',
      'keywords',
      'word-count',
    ]);
  });

  it('records a throwing enricher as failed and keeps what the others found', () => {
    const [, entities, places] = defaultEnrichers;
    if (entities === undefined || places === undefined) throw new Error('default enrichers changed');
    const { enrichment, errors } = enrichStory(story, { enrichers: [entities, boom, places] });
    expect(enrichment.failed).toEqual(['boom']);
    expect(enrichment.people.map((p) => p.name)).toEqual(['Daniel Mwangi']);
    expect(enrichment.places[0]?.name).toBe('Nairobi');
    expect(EnrichmentSchema.parse(enrichment)).toEqual(enrichment);
    expect(errors).toHaveLength(1);
    const [error] = errors ?? [];
    expect(isWirefeedError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'WF_E_ENRICH', retryable: false, details: { enricher: 'boom' } });
    expect(error?.cause).toMatchObject({ message: 'deliberate' });
  });

  it('survives every enricher failing', () => {
    const { enrichment, language } = enrichStory(story, { enrichers: [boom, { ...boom, name: 'bang' }] });
    expect(enrichment).toEqual({
      people: [],
      organisations: [],
      places: [],
      subjects: [],
      keywords: [],
      wordCount: 0,
      failed: ['boom', 'bang'],
    });
    expect(language).toBeUndefined();
  });

  it('keeps the feed language, and does not let a detected one override it', () => {
    const seen: EnrichInput[] = [];
    const spy: Enricher = {
      name: 'spy',
      run: (input) => {
        seen.push(input);
        return {};
      },
    };
    const french: Enricher = { name: 'french', run: () => ({ language: 'fr' }) };
    const { language } = enrichStory(
      storyOf({ headline: story.headline, text: story.body.text, language: 'en' }),
      {
        enrichers: [french, spy],
      },
    );
    expect(language).toBe('en');
    expect(seen[0]?.language).toBe('en');
  });

  it('passes a detected language and the dateline to the enrichers after it, ignoring malformed codes', () => {
    const seen: EnrichInput[] = [];
    const spy: Enricher = {
      name: 'spy',
      run: (input) => {
        seen.push(input);
        return {};
      },
    };
    const bad: Enricher = { name: 'bad', run: () => ({ language: 'French' }) };
    const good: Enricher = { name: 'good', run: () => ({ language: 'fr' }) };
    const { language } = enrichStory(story, { enrichers: [spy, bad, spy, good, spy] });
    expect(seen.map((s) => s.language)).toEqual([undefined, undefined, 'fr']);
    expect(seen[0]).toMatchObject({
      headline: story.headline,
      text: story.body.text,
      datelinePlace: 'NAIROBI',
    });
    expect(language).toBe('fr');
  });

  it('merges partial results: one entity per name, gaps filled, keywords unique, the last word count', () => {
    const first: Enricher = {
      name: 'first',
      run: () => ({
        places: [{ name: 'Kisumu', mentions: 2 }],
        people: [{ name: 'Ann Lee', mentions: 1 }],
        keywords: ['summit', 'climate'],
        subjects: [{ code: 'medtop:06000000', name: 'environment', confidence: 40 }],
        wordCount: 10,
      }),
    };
    const second: Enricher = {
      name: 'second',
      run: () => ({
        places: [{ name: 'kisumu', mentions: 1, countryCode: 'KE', lat: -0.1, lon: 34.75 }],
        people: [{ name: 'Ann Lee', mentions: 3 }],
        keywords: ['climate', 'finance'],
        subjects: [{ code: 'medtop:06000000', name: 'environment', confidence: 80 }],
        wordCount: 12,
      }),
    };
    const { enrichment } = enrichStory(story, { enrichers: [first, second] });
    expect(enrichment.places).toEqual([
      { name: 'Kisumu', mentions: 2, countryCode: 'KE', lat: -0.1, lon: 34.75 },
    ]);
    expect(enrichment.people).toEqual([{ name: 'Ann Lee', mentions: 3 }]);
    expect(enrichment.keywords).toEqual(['summit', 'climate', 'finance']);
    expect(enrichment.subjects).toEqual([{ code: 'medtop:06000000', name: 'environment', confidence: 80 }]);
    expect(enrichment.wordCount).toBe(12);
  });

  it('copes with an empty story and stays linear on a pathological one', async () => {
    const empty = enrichStory(storyOf({ headline: '-', text: '' }));
    expect(empty.enrichment).toMatchObject({
      people: [],
      places: [],
      keywords: [],
      wordCount: 0,
      failed: [],
    });
    expect(empty.language).toBeUndefined();

    // A page of capitals, and thousands of distinct organisations and people: both ~200 KB.
    const shouting =
      'The Bank And Party Of Ministry Council And Union Of The Group Said Mr Xi Of China. '.repeat(2500);
    const name = (n: number) => `${String.fromCharCode(65 + (n % 26))}${n.toString(36).replace(/\d/g, 'q')}`;
    const crowd = Array.from(
      { length: 4000 },
      (_, i) => `The ${name(i)} Bank met ${name(i)} ${name(i + 7)} said.`,
    );
    for (const text of [shouting, crowd.join(' ')]) {
      let out: ReturnType<typeof enrichStory> | undefined;
      // CPU time, generous: it catches a blow-up (quadratic matching), not a slow machine.
      const cpu = await cpuMs(() => {
        out = enrichStory(storyOf({ headline: 'Stress', text }));
      });
      expect(cpu).toBeLessThan(8_000);
      const { enrichment } = out as ReturnType<typeof enrichStory>;
      expect(EnrichmentSchema.parse(enrichment)).toEqual(enrichment);
      expect(enrichment.failed).toEqual([]);
    }
  });

  it('does not modify the story', () => {
    const before = structuredClone(story);
    enrichStory(story);
    expect(story).toEqual(before);
  });
});

describe('clubs named after their city', () => {
  it('are organisations in a sport story, and places elsewhere', () => {
    const sport = enrichStory(
      storyOf({
        headline: 'Liverpool beat Chelsea to go top',
        text: 'Liverpool beat Chelsea 2-1 on Sunday, the striker scoring twice as the league leaders won again. Chelsea coach Enzo Maresca said his players lacked sharpness in the match.',
        datelinePlace: 'LIVERPOOL',
      }),
    );
    expect(sport.enrichment.organisations.map((o) => o.name)).toContain('Chelsea');
    expect(sport.enrichment.places.map((p) => p.name)).toEqual(['Liverpool']);
    const city = enrichStory(
      storyOf({
        headline: 'Port traffic grows',
        text: 'Shipping through Liverpool grew 4% as the city expanded its docks.',
      }),
    );
    expect(city.enrichment.places.map((p) => p.name)).toContain('Liverpool');
    expect(city.enrichment.organisations.map((o) => o.name)).not.toContain('Liverpool');
  });
});

describe('the enrichment in ninjs', () => {
  it('carries people, organisations, places with GeoNames URIs and countries, and medtop subjects, and validates', () => {
    const sample = loadFixtures().find((f) => f.name === 'wire-story-agencies');
    if (sample === undefined) throw new Error('sample fixture missing');
    const base = storyOf(sample);
    const out = enrichStory(base);
    const doc = toNinjs({ ...base, enrichment: out.enrichment, language: out.language ?? 'en' });
    const validation = validateNinjs(doc);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(doc.people?.map((p) => p.name)).toContain('Xi Jinping');
    expect(doc.organisations?.map((o) => o.name)).toContain('Communist Party of China');
    expect(doc.places?.[0]).toMatchObject({
      name: 'Beijing',
      uri: 'https://sws.geonames.org/1816670/',
      geoJSON: { type: 'Point', coordinates: [116.3972, 39.9075] },
      contactInfo: [{ type: 'address', address: { country: 'CN' } }],
    });
    expect(doc.places).toContainEqual(
      expect.objectContaining({ name: 'Azerbaijan', uri: 'https://sws.geonames.org/587116/' }),
    );
    expect(doc.subjects?.[0]).toMatchObject({
      rel: 'about',
      name: 'politics',
      uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000',
      literal: 'medtop:11000000',
    });
  });
});
