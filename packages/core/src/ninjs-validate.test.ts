import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toNinjs } from './ninjs.ts';
import { validateNinjs } from './ninjs-validate.ts';
import { StorySchema } from './story.ts';
import { makeStory } from './story-fixtures.ts';

const STANDARD = {
  name: 'ninjs',
  version: '3.1',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
};

describe('validateNinjs (the test oracle)', () => {
  const fixtureDir = new URL('../../../test/fixtures/ninjs/', import.meta.url);
  const fixtures = readdirSync(fixtureDir).filter((name) => name.endsWith('.json'));

  it('finds the agency examples', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  // They are ninjs 3.0 documents; 3.1 only added properties, so all of them are valid 3.1 as well.
  it.each(fixtures)('accepts the agency example %s', (name) => {
    const doc: unknown = JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8'));
    const result = validateNinjs(doc);
    expect(result.valid, `${name}:\n${result.text}`).toBe(true);
  });

  const broken: [string, (doc: Record<string, unknown>) => void][] = [
    ['a $schema property (3.x uses `standard`)', (doc) => Object.assign(doc, { $schema: STANDARD.schema })],
    ['a numeric version', (doc) => Object.assign(doc, { version: 1 })],
    ['a uri that is not a URI', (doc) => Object.assign(doc, { uri: 'story 1' })],
    ['a date-time without seconds', (doc) => Object.assign(doc, { firstCreated: '2024-03-06T13:15Z' })],
    ['urgency 0', (doc) => Object.assign(doc, { urgency: 0 })],
    [
      'a 1-D GeoJSON point',
      (doc) => Object.assign(doc, { places: [{ geoJSON: { type: 'Point', coordinates: [8] } }] }),
    ],
    [
      'a GeoJSON type that does not exist',
      (doc) => Object.assign(doc, { places: [{ geoJSON: { type: 'Dot' } }] }),
    ],
    ['an unknown property', (doc) => Object.assign(doc, { keywords: ['inflation'] })],
  ];
  it.each(broken)('rejects %s', (_label, breakIt) => {
    const doc: Record<string, unknown> = { ...toNinjs(makeStory()) };
    breakIt(doc);
    const result = validateNinjs(doc);
    expect(result.valid).toBe(false);
    expect(result.text).not.toBe('');
  });
});

describe('makeStory', () => {
  it('gives a story that passes StorySchema, with all optional fields filled', () => {
    const story = makeStory();
    expect(StorySchema.parse(story)).toStrictEqual(story);
    for (const key of [
      'summary',
      'byline',
      'credit',
      'dateline',
      'language',
      'dedup',
      'enrichment',
    ] as const) {
      expect(story[key], key).toBeDefined();
    }
  });

  it('merges nested overrides, removes fields set to undefined and derives the id from the identity', () => {
    const story = makeStory({
      signals: { urgent: true },
      enrichment: undefined,
      source: { guid: 'other-guid' },
    });
    expect(story.signals).toStrictEqual({ correction: false, urgent: true, canceled: false });
    expect(story).not.toHaveProperty('enrichment');
    expect(story.id).not.toBe(makeStory().id);
    expect(makeStory({ source: { guid: 'other-guid' } }).id).toBe(story.id);
  });

  it('refuses an invalid story', () => {
    expect(() => makeStory({ language: 'English' })).toThrow();
  });
});

// A small seeded generator (mulberry32), so a failing seed can be replayed exactly.
