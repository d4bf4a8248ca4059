import { describe, expect, it } from 'vitest';
import { titleCaseIfShouting } from './title-case.ts';

describe('titleCaseIfShouting', () => {
  it.each([
    ['BEIJING', 'Beijing'],
    ['MEXICO CITY', 'Mexico City'],
    ['RIO DE JANEIRO', 'Rio de Janeiro'],
    ['DAR ES SALAAM', 'Dar es Salaam'],
    ['PORT-AU-PRINCE', 'Port-au-Prince'],
    ['ST. LOUIS', 'St. Louis'],
    ["N'DJAMENA", "N'Djamena"],
    ["JANE'S", "Jane's"],
    ['WASHINGTON/BRUSSELS', 'Washington/Brussels'],
    ['JOHN SMITH III', 'John Smith III'],
    ['J.R.R. TOLKIEN', 'J.R.R. Tolkien'],
    ['ZÜRICH', 'Zürich'],
    ['THE HAGUE', 'The Hague'],
  ])('%s', (input, output) => {
    expect(titleCaseIfShouting(input)).toBe(output);
  });

  it('leaves text with any lower-case letter alone', () => {
    expect(titleCaseIfShouting('Jane McDONALD')).toBe('Jane McDONALD');
    expect(titleCaseIfShouting('北京')).toBe('北京');
  });
});
