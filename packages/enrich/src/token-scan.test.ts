import { seeded } from '@wirefeed/testing/wire-feeds';
import { describe, expect, it } from 'vitest';
import { scanTokens, TOKEN_RE } from './token-scan.ts';

const byRegex = (s: string): [number, number][] =>
  Array.from(s.matchAll(TOKEN_RE), (m) => [m.index, m.index + m[0].length]);
const byScan = (s: string): [number, number][] => {
  const out: [number, number][] = [];
  scanTokens(s, (start, end) => out.push([start, end]));
  return out;
};

// Pieces chosen to sit on every edge the hand scanner decides: initialisms, "OPEC+", apostrophes of
// both kinds, letters, marks and numbers beyond ASCII, Unicode spaces and punctuation, astral
// characters, lone surrogates.
const PIECES = [
  ...Array.from("USAbx19.+'’- \n\téÜß\u0301中😀𝐀\u00a0\u2003—–“”«ª²½,():€·\u200b\ufeffİ"),
  '\ud800',
  '\udc00',
  'OPEC',
  'U.S.',
  "Xi's",
  'N’D',
];

describe('scanTokens', () => {
  it('finds the tokens TOKEN_RE finds in wire copy', () => {
    const text =
      "WASHINGTON 1996-12-06 - The U.S.A. and OPEC+ met; Xi’s aide N'Djamena's envoy said “no” — J.Smith, 3.5% (Reuters) OPEC++ OPEC+x UK+ café Zürich A.B.c";
    expect(byScan(text)).toEqual(byRegex(text));
  });

  it('agrees with TOKEN_RE on 20,000 random strings of awkward pieces', () => {
    const rand = seeded(12345);
    const next = (n: number): number => Math.floor(rand() * n);
    for (let round = 0; round < 20_000; round++) {
      let s = '';
      const length = 1 + next(12);
      for (let k = 0; k < length; k++) s += PIECES[next(PIECES.length)];
      expect(byScan(s), JSON.stringify(s)).toEqual(byRegex(s));
    }
  });
});
