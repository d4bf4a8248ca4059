import { describe, expect, it } from 'vitest';
import { languageCode } from './language.ts';

describe('languageCode', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['pt_BR', 'pt'],
    ['zh-Hant-TW', 'zh'],
    [' fr ', 'fr'],
    ['iw', 'he'],
  ])('%s', (tag, code) => {
    expect(languageCode(tag)).toBe(code);
  });

  it.each([[undefined], [''], ['xx'], ['eng'], ['English'], ['en US'], ['e']])('rejects %j', (tag) => {
    expect(languageCode(tag)).toBeUndefined();
  });
});
