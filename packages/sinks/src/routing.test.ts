import type { SinkMatch } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { describe, expect, it } from 'vitest';
import { matchesRules, routeStory } from './routing.ts';

const story = makeStory({
  language: 'fr',
  source: { feedId: 'afp-fr' },
  categories: ['Economie'],
  signals: { urgent: true },
  dedup: { status: 'update', clusterId: 'c1', method: 'guid' },
  enrichment: {
    subjects: [{ code: 'medtop:04000000', name: 'economy', confidence: 90 }],
    places: [{ name: 'Paris', mentions: 1, countryCode: 'FR' }],
  },
});

describe('matchesRules', () => {
  it('takes every story when there are no rules', () => {
    expect(matchesRules(story, undefined)).toBe(true);
    expect(matchesRules(story, {})).toBe(true);
  });

  it.each<[SinkMatch, boolean]>([
    [{ languages: ['fr', 'de'] }, true],
    [{ languages: ['en'] }, false],
    [{ subjects: ['medtop:04000000'] }, true],
    [{ subjects: ['medtop:04*'] }, true],
    [{ subjects: ['medtop:11*'] }, false],
    [{ countries: ['FR'] }, true],
    [{ countries: ['US'] }, false],
    [{ feeds: ['afp-fr'] }, true],
    [{ categories: ['Sport'] }, false],
    [{ urgent: true }, true],
    [{ urgent: false }, false],
    [{ dedup: ['unique'] }, false],
    [{ dedup: ['unique', 'update'] }, true],
    [{ languages: ['fr'], countries: ['US'] }, false],
  ])('include %j → %s', (include, expected) => {
    expect(matchesRules(story, { include })).toBe(expected);
  });

  it('excludes on any matching key', () => {
    expect(matchesRules(story, { exclude: { languages: ['en'], countries: ['FR'] } })).toBe(false);
    expect(matchesRules(story, { exclude: { languages: ['en'] } })).toBe(true);
    expect(matchesRules(story, { include: { languages: ['fr'] }, exclude: { urgent: true } })).toBe(false);
  });

  it('does not match subjects or countries on a story without enrichment', () => {
    const bare = makeStory({ enrichment: undefined });
    expect(matchesRules(bare, { include: { subjects: ['medtop:*'] } })).toBe(false);
    expect(matchesRules(bare, { exclude: { countries: ['FR'] } })).toBe(true);
  });
});

describe('routeStory', () => {
  const sinks = [
    { name: 'fr', rules: { include: { languages: ['fr'] } } },
    { name: 'en', rules: { include: { languages: ['en'] } } },
  ];
  it('sends a story to the sinks whose rules it matches, possibly none', () => {
    expect(routeStory(story, sinks).map((s) => s.name)).toEqual(['fr']);
    expect(routeStory(makeStory({ language: 'es' }), sinks)).toEqual([]);
  });
  it('sends a cancel to every sink', () => {
    const kill = makeStory({ language: 'es', signals: { canceled: true } });
    expect(routeStory(kill, sinks).map((s) => s.name)).toEqual(['fr', 'en']);
  });
});
