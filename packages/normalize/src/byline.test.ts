import { describe, expect, it } from 'vitest';
import { cleanByline } from './byline.ts';

describe('cleanByline', () => {
  it('answers the same for a byline it has seen, also once its memory was emptied', () => {
    const names = Array.from(
      { length: 2500 },
      (_, i) => `By REPORTER ${String.fromCharCode(65 + (i % 26))}${i}`,
    );
    for (let round = 0; round < 2; round++) {
      for (const [i, name] of names.entries()) {
        expect(cleanByline(name)).toBe(`Reporter ${String.fromCharCode(65 + (i % 26))}${i}`);
      }
    }
    expect(cleanByline('admin')).toBeUndefined();
    expect(cleanByline('admin')).toBeUndefined();
  });

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
