import { describe, expect, it } from 'vitest';
import { cleanByline, reportersFromCredit } from './byline.ts';

describe('cleanByline', () => {
  it.each([
    ['By JANE DOE', 'Jane Doe'],
    ['BY: Jane Doe', 'Jane Doe'],
    ['jdoe@x.com (Jane Doe)', 'Jane Doe'],
    ['Jane Doe <jdoe@x.com>', 'Jane Doe'],
    ['  Jane   Doe  ', 'Jane Doe'],
    ['<a href="/authors/jd">Jane Doe</a>', 'Jane Doe'],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ["By SEAN O'BRIEN", "Sean O'Brien"],
    ['Jane McDonald', 'Jane McDonald'],
    ['bell hooks', 'bell hooks'],
    ['José Álvarez &amp; Ana Ruiz', 'José Álvarez & Ana Ruiz'],
    ['Bylaw Brown', 'Bylaw Brown'],
    ['By JOHN ROE and MARY POE, Associated Press', 'John Roe and Mary Poe, Associated Press'],
    ['Par MARIE DUPONT', 'Marie Dupont'],
    ['Por María López', 'María López'],
    ['Par Svensson', 'Par Svensson'],
  ])('%j', (author, byline) => {
    expect(cleanByline(author)).toBe(byline);
  });

  it.each([[undefined], [''], ['jdoe@x.com'], ['noreply@blogger.com (Unknown)'], ['admin'], ['By'], ['---']])(
    'never invents a name from %j',
    (author) => {
      expect(cleanByline(author)).toBeUndefined();
    },
  );
});

describe('reportersFromCredit', () => {
  it.each([
    ['Reporting by Jane Doe; Editing by John Roe', 'Jane Doe'],
    ['Reuters; Reporting by Jane Doe and Ann Poe; Editing by John Roe', 'Jane Doe and Ann Poe'],
    [
      'Reporting by A. Ghaddar in London; Additional reporting by F. Tan in Singapore',
      'A. Ghaddar and F. Tan',
    ],
    ['Reporting by Jane Doe, Ann Poe and Ed Roe', 'Jane Doe, Ann Poe and Ed Roe'],
    ['Writing by JANE DOE', 'Jane Doe'],
  ])('%j', (credit, reporters) => {
    expect(reportersFromCredit(credit)).toBe(reporters);
  });

  it.each([[undefined], ['AFP'], ['Editing by John Roe'], ['Agencies']])('names nobody from %j', (credit) => {
    expect(reportersFromCredit(credit)).toBeUndefined();
  });
});
