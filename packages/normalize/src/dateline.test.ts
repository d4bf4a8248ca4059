import { describe, expect, it } from 'vitest';
import { extractDateline } from './dateline.ts';

describe('extractDateline', () => {
  it.each([
    ['BEIJING: Chinese President Xi said.', { place: 'Beijing', raw: 'BEIJING:' }],
    [
      'WASHINGTON, Nov 26 (Reuters) - The Fed said.',
      { place: 'Washington', raw: 'WASHINGTON, Nov 26 (Reuters) -', agency: 'Reuters' },
    ],
    ['LONDON (AP) — Britain said.', { place: 'London', raw: 'LONDON (AP) —', agency: 'AP' }],
    ['Paris (AFP) - France said.', { place: 'Paris', raw: 'Paris (AFP) -', agency: 'AFP' }],
    ['MEXICO CITY — Mexico said.', { place: 'Mexico City', raw: 'MEXICO CITY —' }],
    ['RIO DE JANEIRO -- Brazil said.', { place: 'Rio de Janeiro', raw: 'RIO DE JANEIRO --' }],
    [
      'SPRINGFIELD, Ill. (AP) — Lawmakers said.',
      { place: 'Springfield', raw: 'SPRINGFIELD, Ill. (AP) —', agency: 'AP' },
    ],
    ['WINSTON-SALEM, N.C. — A judge said.', { place: 'Winston-Salem', raw: 'WINSTON-SALEM, N.C. —' }],
    ["N'DJAMENA: Chad said.", { place: "N'Djamena", raw: "N'DJAMENA:" }],
    [
      'SÃO PAULO (Reuters) - Brazil said.',
      { place: 'São Paulo', raw: 'SÃO PAULO (Reuters) -', agency: 'Reuters' },
    ],
    [
      'NEW YORK, Nov. 26, 2021 /PRNewswire/ -- Acme said.',
      { place: 'New York', raw: 'NEW YORK, Nov. 26, 2021 /PRNewswire/ --', agency: 'PRNewswire' },
    ],
    [
      'NAIROBI (Kenya News Agency) - The ministry said.',
      { place: 'Nairobi', raw: 'NAIROBI (Kenya News Agency) -', agency: 'Kenya News Agency' },
    ],
    ['KYIV, Ukraine — Officials said.', { place: 'Kyiv', raw: 'KYIV, Ukraine —' }],
    [
      'Madrid, 25 nov (EFE).- El Gobierno dijo.',
      { place: 'Madrid', raw: 'Madrid, 25 nov (EFE).-', agency: 'EFE' },
    ],
    [
      'New Delhi, Nov 26 (PTI) The court said.',
      { place: 'New Delhi', raw: 'New Delhi, Nov 26 (PTI)', agency: 'PTI' },
    ],
    ['Atlanta — Officials said.', { place: 'Atlanta', raw: 'Atlanta —' }],
    ['Washington, Nov 26 — “We agree,” he said.', { place: 'Washington', raw: 'Washington, Nov 26 —' }],
  ])('%s', (paragraph, dateline) => {
    const found = extractDateline(paragraph);
    expect(found?.dateline).toEqual(dateline);
    expect(found?.rest).toBe(paragraph.slice(dateline.raw.length).trim());
  });

  it('keeps the rest of the paragraph intact', () => {
    expect(extractDateline('BEIJING: “We agree,” Xi said: it is time.')?.rest).toBe(
      '“We agree,” Xi said: it is time.',
    );
  });

  it.each([
    'Chinese President Xi Jinping said on Friday that ties would deepen.',
    'Paris - the city of light - is dark tonight.',
    'Mexico City — a sprawling capital — votes today.',
    'Apple (AAPL) - shares rose 3%.',
    'The company said on Monday (AFP) - something odd.',
    'NOTE: This story was updated.',
    'UPDATE: More details follow.',
    "EDITOR'S NOTE: Graphic content.",
    'US: Biden speaks.',
    'BEIJING is hosting the talks.',
    'BEIJING:Chinese officials said.',
    'Paris, the capital - It is dark tonight.',
    'Springfield — Officials said.',
    'Meanwhile, France (AFP) Officials said.',
    'New Delhi (PTI) The court said.',
    '',
  ])('finds no dateline in %j', (paragraph) => {
    expect(extractDateline(paragraph)).toBeUndefined();
  });
});
