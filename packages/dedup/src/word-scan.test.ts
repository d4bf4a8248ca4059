import { seeded } from '@wirefeed/testing/wire-feeds';
import { describe, expect, it } from 'vitest';
import { normalizeForHash } from './fingerprints.ts';
import { markersOf } from './markers.ts';
import { LETTER, LETTER_OR_DIGIT, matchWords, scanWords, wordPattern } from './word-scan.ts';

// Chars a scanner could get wrong: joiners and marks, letters and digits of other scripts, combining
// marks, case that changes length (İ), the Kelvin sign, astral letters and emoji, lone surrogates.
const POOL = [
  ...'abcXYZ019 .,:;!?-/\'’"“”()\t\n',
  ...'éÉßİıΣσςКк٣²Ⅻ½ﬁ가中\u0301\u0307\u00a0\u200b\u2014\u212a',
  '\u{1d400}',
  '😀',
  '\ud800',
  '\udc00',
  'monday',
  "men's",
  'Men’s',
  'semi-final',
  '1,000',
  'U.N.',
];

function texts(n: number): string[] {
  const rand = seeded(7);
  return Array.from({ length: n }, () => {
    let s = '';
    const len = Math.floor(rand() * 40);
    for (let i = 0; i < len; i++) s += POOL[Math.floor(rand() * POOL.length)];
    return s;
  });
}

const SAMPLES = texts(4000);

describe('word scanners', () => {
  const cases: [string, RegExp, ReturnType<typeof wordPattern>][] = [
    ['runs', /[\p{L}\p{N}]+/gu, wordPattern(LETTER_OR_DIGIT)],
    ['letters', /\p{L}+/gu, wordPattern(LETTER)],
    ['sketch words', /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu, wordPattern(LETTER_OR_DIGIT, "'’.,")],
    ['form words', /[\p{L}\p{N}]+(?:['’.,:-][\p{L}\p{N}]+)*/gu, wordPattern(LETTER_OR_DIGIT, "'’.,:-")],
    ['markers', /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu, wordPattern(LETTER_OR_DIGIT, "'’-")],
    [
      'fact tokens',
      /[\p{L}\p{N}]+(?:['’.,\-/][\p{L}\p{N}]+)*|[.!?:;]/gu,
      wordPattern(LETTER_OR_DIGIT, "'’.,-/", '.!?:;'),
    ],
    [
      'lead tokens',
      /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*|[.!?:]/gu,
      wordPattern(LETTER_OR_DIGIT, "’'.,-", '.!?:'),
    ],
  ];
  for (const [name, regex, pattern] of cases) {
    it(`finds what the regex finds: ${name}`, () => {
      let scanned = 0;
      for (const text of SAMPLES) {
        expect(matchWords(text, pattern, regex), JSON.stringify(text)).toEqual(text.match(regex) ?? []);
        if (scanWords(text, pattern, []) >= 0) scanned++;
      }
      // Most samples have no surrogate: the scanner, not the regex, answered them.
      expect(scanned).toBeGreaterThan(SAMPLES.length / 3);
    });
  }

  it('marks which words hold a joiner', () => {
    const spans: number[] = [];
    // A scratch array keeps what it held past the count.
    spans.push(...Array.from({ length: 20 }, () => -1));
    expect(scanWords("U.N. said 1,000 O'Neil.", wordPattern(LETTER_OR_DIGIT, "'.,"), spans)).toBe(12);
    expect(spans.slice(0, 12)).toEqual([0, 3, 1, 5, 9, 0, 10, 15, 1, 16, 22, 1]);
    expect(scanWords('a \ud83d\ude00', wordPattern(LETTER_OR_DIGIT), spans)).toBe(-1);
  });

  it('refuses a joiner that is a word char', () => {
    expect(() => wordPattern(LETTER_OR_DIGIT, 'a')).toThrow();
  });
});

describe('the steps that scan', () => {
  it('normalizeForHash is the regex fold', () => {
    for (const text of SAMPLES)
      expect(normalizeForHash(text)).toBe(
        text
          .normalize('NFKC')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      );
  });

  it('markersOf reads every word the regex reads', () => {
    expect(markersOf('Standings after Men’s semi-final on MONDAY')).toBe(
      markersOf('standings') | markersOf('men') | markersOf('semi-final') | markersOf('monday'),
    );
    expect(markersOf('WEA\u212aER')).toBe(markersOf('weaker'));
    for (const text of SAMPLES) {
      let bits = 0;
      for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []) {
        const one = markersOf(w);
        bits |= one;
      }
      expect(markersOf(text)).toBe(bits >>> 0);
    }
  });
});
