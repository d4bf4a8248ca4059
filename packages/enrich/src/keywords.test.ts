import { describe, expect, it } from 'vitest';
import { countWords, findKeywords } from './keywords.ts';

describe('findKeywords', () => {
  const headline = 'Malaria vaccine cuts child deaths in Ghana trial';
  const text =
    'A new malaria vaccine cut deaths among children in a large trial in Ghana, researchers said. ' +
    'The malaria vaccine trial followed 12,000 children. Officials said the vaccine would be rolled out. ' +
    'Ghana will expand the trial next year, the health ministry said.';

  it('returns at most eight lowercase phrases, repeated words and phrases first', () => {
    const keywords = findKeywords({ headline, text });
    expect(keywords.length).toBeLessThanOrEqual(8);
    expect(keywords.slice(0, 3)).toEqual(['malaria vaccine', 'trial', 'ghana']);
    for (const k of keywords) expect(k).toBe(k.toLowerCase());
  });

  it('leaves out stopwords, numbers, credits in parentheses and words a phrase already covers', () => {
    const keywords = findKeywords({ headline, text: `ACCRA (Wirefeed) - ${text}` });
    expect(keywords).not.toContain('said');
    expect(keywords).not.toContain('wirefeed');
    expect(keywords).not.toContain('malaria');
    expect(keywords.some((k) => /\d/.test(k))).toBe(false);
  });

  it('keeps hyphenated compounds whole and folds plurals', () => {
    const keywords = findKeywords({
      headline: 'Run-off looms',
      text: 'The run-off vote is close. Exchanges and an exchange: the run-off decides.',
    });
    expect(keywords.slice(0, 2)).toEqual(['run-off', 'exchange']);
  });

  it('uses the stopwords of the story language and gives nothing for a language without a list', () => {
    const fr = findKeywords({
      headline: 'La banque centrale maintient ses taux',
      text: 'La banque centrale a laissé ses taux inchangés, et la banque a dit que les taux resteraient stables.',
      language: 'fr',
    });
    expect(fr.slice(0, 2)).toEqual(['banque centrale', 'taux']);
    expect(fr).not.toContain('les');
    expect(
      findKeywords({
        headline: '央行维持利率不变',
        text: '中央银行周四宣布维持主要利率不变。',
        language: 'zh',
      }),
    ).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts hyphenated, apostrophised and decimal words as one', () => {
    expect(countWords("Xi's win-win plan, at 4.5% growth, isn't new.")).toBe(8);
  });

  it('counts each CJK character as a word', () => {
    expect(countWords('中央银行 said')).toBe(5);
  });

  it('counts nothing in empty text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  — ')).toBe(0);
  });

  it('counts what the word regexes match, in any script, astral characters and lone surrogates too', () => {
    const cjk = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
    const alnum = String.raw`[[\p{L}\p{M}\p{N}]--[${cjk}]]`;
    const wordRe = new RegExp(String.raw`[${cjk}]|${alnum}+(?:['’.\-]${alnum}+)*`, 'gv');
    const plainRe = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;
    const byRegex = (text: string) =>
      (new RegExp(`[${cjk}]`, 'u').test(text) ? text.match(wordRe) : text.match(plainRe))?.length ?? 0;
    const pieces = [
      'a',
      'Zé',
      '9',
      ' ',
      "'",
      '’',
      '.',
      '-',
      '--',
      'é',
      '\u0301',
      '中',
      'カ',
      '⺀',
      '𝐀',
      '😀',
      '\ud800',
      '٣',
      '\n',
      ',',
    ];
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[Math.floor(seed / 65536) % pieces.length];
      }
      expect(countWords(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });
});
