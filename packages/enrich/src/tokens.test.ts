import { describe, expect, it } from 'vitest';
import { tokenize, tokenTexts } from './tokens.ts';

describe('tokenize', () => {
  it('folds typographic apostrophes and strips possessives into `bare`', () => {
    const { tokens } = tokenize('Head', "Azerbaijan’s fight and Xi's visit");
    const words = tokens.filter((t) => t.word);
    expect(words.map((t) => t.text)).toEqual(['Head', "Azerbaijan's", 'fight', 'and', "Xi's", 'visit']);
    expect(words.map((t) => t.bare)).toEqual(['Head', 'Azerbaijan', 'fight', 'and', 'Xi', 'visit']);
  });

  it('keeps dotted initialisms whole and splits hyphenated words', () => {
    expect(tokenTexts('the U.S. and Guinea-Bissau')).toEqual(['the', 'U.S.', 'and', 'Guinea', '-', 'Bissau']);
  });

  it('marks sentence starts after full stops, colons, new lines and opening quotes, not after abbreviations', () => {
    const { tokens, bodyStart } = tokenize(
      'Markets rally',
      'BEIJING: Prices rose. Mr. Smith said “Shares gained” and George W. Bush agreed.\nNew line',
    );
    const starts = tokens.filter((t) => t.sentenceStart).map((t) => t.text);
    expect(starts).toEqual(['Markets', 'BEIJING', 'Prices', 'Mr', 'Shares', 'New']);
    expect(tokens[bodyStart]?.text).toBe('BEIJING');
  });

  it('flags capitalised and all-capital words', () => {
    const { tokens } = tokenize('x', 'CPC Party party A');
    const flags = tokens.filter((t) => t.word).map((t) => [t.text, t.cap, t.upper]);
    expect(flags).toEqual([
      ['x', false, false],
      ['CPC', true, true],
      ['Party', true, false],
      ['party', false, false],
      ['A', true, false],
    ]);
  });
});
