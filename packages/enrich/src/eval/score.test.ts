import { describe, expect, it } from 'vitest';
import { normalizeName, prf, scoreDocument } from './score.ts';

const gold = {
  people: ['Salem Bitar', 'Cres Eastman'],
  organisations: ['World Health Organization'],
  places: [{ name: 'United States' }],
  aliases: { 'World Health Organization': ['WHO'], 'United States': ['U.S.'] },
};

describe('scoreDocument', () => {
  it('counts a surname alone as the full name only when lenient', () => {
    const s = scoreDocument(gold, {
      people: ['Bitar', 'Professor Cres Eastman'],
      organisations: [],
      places: [],
    });
    expect(s.counts.exact.people).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.counts.lenient.people).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.missed.people).toEqual(['Salem Bitar']);
  });

  it('matches aliases exactly and counts a second name of a found entity wrong only when exact', () => {
    const s = scoreDocument(gold, {
      people: ['Salem Bitar', 'Bitar'],
      organisations: ['WHO', 'World Health Organization'],
      places: ['U.S.', 'Washington'],
    });
    expect(s.counts.exact.organisations).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.counts.lenient.organisations).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.exact.people).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.counts.lenient.people).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.counts.lenient.places).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.added.places).toEqual(['Washington']);
  });

  it('never lets a surname match an organisation or a place leniently', () => {
    const s = scoreDocument(gold, { people: [], organisations: ['Organization'], places: ['States'] });
    expect(s.counts.lenient.organisations).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.counts.lenient.places).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('normalizeName', () => {
  it('folds case, diacritics, titles, a leading "the" and a possessive', () => {
    expect(normalizeName("The Deseret News's")).toBe('deseret news');
    expect(normalizeName('Prof. Siméon Poisson')).toBe('simeon poisson');
    expect(prf({ tp: 1, fp: 1, fn: 0 })).toEqual({ p: 0.5, r: 1, f: 2 / 3 });
  });
});
