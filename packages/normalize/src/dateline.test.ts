import { describe, expect, it } from 'vitest';
import { datelineDay, extractDateline } from './dateline.ts';

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
      {
        place: 'Springfield',
        region: 'Illinois',
        countryCode: 'US',
        raw: 'SPRINGFIELD, Ill. (AP) —',
        agency: 'AP',
      },
    ],
    [
      'WINSTON-SALEM, N.C. — A judge said.',
      { place: 'Winston-Salem', region: 'North Carolina', countryCode: 'US', raw: 'WINSTON-SALEM, N.C. —' },
    ],
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
    [
      'KYIV, Ukraine — Officials said.',
      { place: 'Kyiv', country: 'Ukraine', countryCode: 'UA', raw: 'KYIV, Ukraine —' },
    ],
    // Reuters' archive form: the date in ISO after the place, or after the region.
    ['ROME 1996-12-06 - Italy said.', { place: 'Rome', raw: 'ROME 1996-12-06 -' }],
    [
      'VAIL, Colorado 1996-12-07 - Hermann Maier won.',
      { place: 'Vail', region: 'Colorado', countryCode: 'US', raw: 'VAIL, Colorado 1996-12-07 -' },
    ],
    [
      'AL-AIN, United Arab Emirates 1996-12-06 - Japan began.',
      {
        place: 'Al-Ain',
        country: 'United Arab Emirates',
        countryCode: 'AE',
        raw: 'AL-AIN, United Arab Emirates 1996-12-06 -',
      },
    ],
    // The same on a line of its own, with no dash: the whole paragraph is the dateline.
    ['ROME 1996-12-06', { place: 'Rome', raw: 'ROME 1996-12-06' }],
    [
      'VAIL, Colorado 1996-12-07',
      { place: 'Vail', region: 'Colorado', countryCode: 'US', raw: 'VAIL, Colorado 1996-12-07' },
    ],
    ['LONDON, Dec 6 (Reuters)', { place: 'London', raw: 'LONDON, Dec 6 (Reuters)', agency: 'Reuters' }],
    // City, region or country, date and agency together.
    [
      'SPRINGFIELD, Ill., Nov 26 (Reuters) - Lawmakers said.',
      {
        place: 'Springfield',
        region: 'Illinois',
        countryCode: 'US',
        raw: 'SPRINGFIELD, Ill., Nov 26 (Reuters) -',
        agency: 'Reuters',
      },
    ],
    [
      'ATHENS, Greece, Dec. 6 (AP) — Greek officials said.',
      {
        place: 'Athens',
        country: 'Greece',
        countryCode: 'GR',
        raw: 'ATHENS, Greece, Dec. 6 (AP) —',
        agency: 'AP',
      },
    ],
    [
      'BASTIA, Corsica (Reuters) - Police said.',
      { place: 'Bastia', region: 'Corsica', raw: 'BASTIA, Corsica (Reuters) -', agency: 'Reuters' },
    ],
    [
      'LONDON, Britain (Reuters) - Police said.',
      {
        place: 'London',
        country: 'Britain',
        countryCode: 'GB',
        raw: 'LONDON, Britain (Reuters) -',
        agency: 'Reuters',
      },
    ],
    // Other agencies' forms: Kyodo's bare name, TASS's slashes, Interfax's full stop, ANSA's name first.
    ['TOKYO, Dec. 6 Kyodo - Japan said.', { place: 'Tokyo', raw: 'TOKYO, Dec. 6 Kyodo -', agency: 'Kyodo' }],
    [
      'MOSCOW, December 6. /TASS/. Russia said.',
      { place: 'Moscow', raw: 'MOSCOW, December 6. /TASS/.', agency: 'TASS' },
    ],
    [
      'MOSCOW. Dec 6 (Interfax) - Russia said.',
      { place: 'Moscow', raw: 'MOSCOW. Dec 6 (Interfax) -', agency: 'Interfax' },
    ],
    [
      '(ANSA) - ROME, DEC 6 - Premier Meloni said.',
      { place: 'Rome', raw: '(ANSA) - ROME, DEC 6 -', agency: 'ANSA' },
    ],
    [
      'PARIS, Dec 6, 2025 (AFP) - France said.',
      { place: 'Paris', raw: 'PARIS, Dec 6, 2025 (AFP) -', agency: 'AFP' },
    ],
    [
      'SEOUL, Dec. 6 (Yonhap) -- South Korea said.',
      { place: 'Seoul', raw: 'SEOUL, Dec. 6 (Yonhap) --', agency: 'Yonhap' },
    ],
    ['LONDON, 6 December 2025 -- Britain said.', { place: 'London', raw: 'LONDON, 6 December 2025 --' }],
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
    // A capitalised line without a date is a heading; a full stop after a place needs a date after it.
    'RESULTS',
    'NHL STANDINGS',
    'WASHINGTON. The city was quiet.',
    '(Reuters) - The company said.',
    '',
  ])('finds no dateline in %j', (paragraph) => {
    expect(extractDateline(paragraph)).toBeUndefined();
  });

  it('reads at most one agency in front and stays linear on hostile input', () => {
    expect(extractDateline(`${'(AFP) - '.repeat(100_000)}ROME - It rained.`)).toBeUndefined();
    expect(extractDateline(`${'ROME, '.repeat(100_000)}1996-12-06 -`)).toBeUndefined();
    expect(extractDateline(`VAIL, ${'Colorado '.repeat(100_000)}1996-12-07`)).toBeUndefined();
  });
});

describe('datelineDay', () => {
  it('reads the day of the forms agencies write', () => {
    expect(datelineDay('LONDON, June 9 (Reuters) -')).toBe(9);
    expect(datelineDay('LONDON, June 16 (Reuters)')).toBe(16);
    expect(datelineDay('OSLO, Dec 15 (Reuters)')).toBe(15);
    expect(datelineDay('New Delhi, Nov. 26 (PTI)')).toBe(26);
    expect(datelineDay('ROME 1996-12-06 -')).toBe(6);
    expect(datelineDay('VAIL, Colorado 1996-12-07')).toBe(7);
    expect(datelineDay('PARIS, 9 juin (AFP)')).toBe(9);
    expect(datelineDay('Madrid, 25 nov (EFE).-')).toBe(25);
    expect(datelineDay('BERLIN, 3. März (dpa) -')).toBe(3);
    expect(datelineDay('WASHINGTON, September 3, 2026 (AP)')).toBe(3);
    expect(datelineDay('MAYFIELD 2, Kentucky, Dec. 12 (AP)')).toBe(12);
    expect(datelineDay('(ANSA) - ROME, DEC 6 -')).toBe(6);
    expect(datelineDay('MOSCOW, December 6. /TASS/.')).toBe(6);
  });

  it('gives none when the dateline names no day, or a word that only looks like a month', () => {
    expect(datelineDay('WASHINGTON (AP) —')).toBeUndefined();
    expect(datelineDay('Zwickau (dpa) -')).toBeUndefined();
    expect(datelineDay('MARSEILLE 12 (AFP)')).toBeUndefined();
    expect(datelineDay('Mayfield 3 (PA)')).toBeUndefined();
    expect(datelineDay('June 41 (Reuters)')).toBeUndefined();
    expect(datelineDay('ROME 1996-13-06 -')).toBeUndefined();
  });
});
