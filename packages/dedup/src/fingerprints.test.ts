import { makeStory } from '@wirefeed/core/testing';
import { describe, expect, it } from 'vitest';
import { fingerprintsOf, normalizeForHash } from './fingerprints.ts';

const LONG = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');

describe('fingerprints', () => {
  it('folds case, punctuation and spacing before hashing the body', () => {
    expect(normalizeForHash('The  ECB, said: “Hold!”\n\nRates—steady.')).toBe(
      'the ecb said hold rates steady',
    );
    const a = makeStory({ body: { text: `${LONG}.` } });
    const b = makeStory({ body: { text: `  ${LONG.toUpperCase()} !` }, source: { guid: 'other' } });
    expect(fingerprintsOf(a).bodyKey).toBe(fingerprintsOf(b).bodyKey);
  });

  it('gives short bodies no body key, so generic blurbs never match', () => {
    expect(
      fingerprintsOf(makeStory({ body: { text: 'Click here for the full story.' } })).bodyKey,
    ).toBeUndefined();
  });

  it('keys the canonical URL when there is one', () => {
    expect(fingerprintsOf(makeStory()).urlKey).toMatch(/^[a-f0-9]{24}$/);
    expect(fingerprintsOf(makeStory({ source: { canonicalUrl: undefined } })).urlKey).toBeUndefined();
  });

  it('is pure: the same story gives the same fingerprints', () => {
    expect(fingerprintsOf(makeStory())).toEqual(fingerprintsOf(makeStory()));
  });
});
