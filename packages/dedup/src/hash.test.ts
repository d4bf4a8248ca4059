import { describe, expect, it } from 'vitest';
import { fnv1a, fnv1aAfter, fnv1aWords, fnvPrefix } from './hash.ts';

describe('fnv1aWords', () => {
  it('hashes words as fnv1a hashes them joined by one space, so stored sketches still match', () => {
    const words = ['élysée', 'said', '1000', '', 'naïve', '😀x', 'q'];
    for (let from = 0; from + 3 <= words.length; from++) {
      expect(fnv1aWords(words, from, 3)).toBe(fnv1a(words.slice(from, from + 3).join(' ')));
    }
    expect(fnv1aWords(words, 2, 1)).toBe(fnv1a('1000'));
  });

  it('differs when the words are split differently', () => {
    expect(fnv1aWords(['ab', 'c', 'd'], 0, 3)).not.toBe(fnv1aWords(['a', 'bc', 'd'], 0, 3));
  });
});

describe('fnv1aAfter', () => {
  it('hashes a prefix and the rest as fnv1a hashes them joined, so stored fact keys still match', () => {
    expect(fnv1aAfter(fnvPrefix('p1\u0001hours after\u0001'), '12')).toBe(
      fnv1a('p1\u0001hours after\u000112'),
    );
    expect(fnv1aAfter(fnvPrefix(''), 'élysée')).toBe(fnv1a('élysée'));
    expect(fnv1aAfter(fnvPrefix('b', fnvPrefix('h')), 'c')).toBe(fnv1a('hbc'));
  });
});
