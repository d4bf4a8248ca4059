import { describe, expect, it } from 'vitest';
import { bylineName } from './g2-byline.ts';

describe('bylineName', () => {
  it.each([
    ['Von Anna Schmidt, dpa', [], 'Anna Schmidt'],
    ['By Meredith Jameson,', [], 'Meredith Jameson'],
    ['Par Jean Dupont (AFP)', [], 'Jean Dupont'],
    ['By JOHN ROE and MARY POE, Associated Press', [], 'JOHN ROE and MARY POE'],
    ['Jane Doe / Example Wire', ['Example Wire'], 'Jane Doe'],
    ['Sid Jones', [], 'Sid Jones'],
    ['Von Ap Miller', [], 'Ap Miller'],
    ['Di Maio Luigi, ANSA', [], 'Di Maio Luigi'],
    ['De Luca Anna', [], 'De Luca Anna'],
    ['dpa', [], undefined],
    ['  ', [], undefined],
  ])('%s → %s', (byline, agencies, name) => {
    expect(bylineName(byline, agencies)).toBe(name);
  });
});
