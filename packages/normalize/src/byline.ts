import { inlineText } from './html-to-text.ts';
import { titleCaseIfShouting } from './title-case.ts';

// What CMSs put in the author field when nobody is named.
const PLACEHOLDERS = new Set([
  'admin',
  'administrator',
  'anonymous',
  'author',
  'n/a',
  'na',
  'no author',
  'nobody',
  'none',
  'noreply',
  'no-reply',
  'null',
  'undefined',
  'unknown',
]);
// Bounded like real addresses (RFC 5321 lengths), so a long run of junk cannot make matching slow.
const EMAIL = String.raw`[^\s<>()@]{1,64}@[^\s<>()@]{1,253}\.[^\s<>()@]{1,63}`;
const MAX_LENGTH = 120;
// "Par MARIE DUPONT", "Por María López". Only before two or more words: "Par Svensson" is a name.
const ROMANCE_BY = /^(?:par|por)\s*:?\s+(?=\S+\s+\S)/iu;

/**
 * A byline from a feed's author or dc:creator: "By JANE DOE" → "Jane Doe", "jdoe@x.com (Jane Doe)"
 * → "Jane Doe", "Jane Doe <jdoe@x.com>" → "Jane Doe". Names are never invented: a bare e-mail
 * address or a placeholder such as "admin" gives no byline.
 */
export function cleanByline(author: string | undefined): string | undefined {
  if (!author) return undefined;
  // Addresses go before the markup pass, which would read "<jdoe@x.com>" as a tag.
  const withoutAngled = author.replace(new RegExp(`<\\s*(?:mailto:)?${EMAIL}\\s*>`, 'giu'), ' ');
  let name = inlineText(withoutAngled);
  const rss = new RegExp(`^(?:mailto:)?${EMAIL}\\s*\\(([^()]+)\\)$`, 'u').exec(name);
  if (rss?.[1]) name = rss[1];
  name = name
    .replace(new RegExp(`(?:mailto:)?${EMAIL}`, 'gu'), ' ')
    .replace(/\(\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^by\b[\s:]*/i, '')
    .replace(ROMANCE_BY, '')
    .replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '');
  if (!/\p{L}/u.test(name) || PLACEHOLDERS.has(name.toLowerCase()) || name.length > MAX_LENGTH)
    return undefined;
  // "By JOHN ROE and MARY POE, Associated Press": each name is shouted on its own, the desk is not.
  return name
    .split(/(\s*,\s*|\s+and\s+|\s+&\s+)/u)
    .map((part) => titleCaseIfShouting(part))
    .join('');
}

// "Reporting by Jane Doe in London and John Roe; Editing by Ann Poe": only the reporting parts name
// the people who wrote the story; editors and the places they filed from are not the byline.
const REPORTING = /^\s*(?:additional\s+)?(?:reporting|writing)\s+by\s+(.+)$/iu;
const FILED_FROM = /\s+in\s+\p{Lu}[\p{L}\p{M} .'’-]*$/u;

/**
 * The reporters a wire credit names ("Reporting by Jane Doe; Editing by John Roe" → "Jane Doe"), as a
 * byline for feeds that give no author. Undefined when the credit names no reporter.
 */
export function reportersFromCredit(credit: string | undefined): string | undefined {
  const names: string[] = [];
  for (const part of (credit ?? '').split(';')) {
    const reporting = REPORTING.exec(part)?.[1];
    if (!reporting) continue;
    for (const piece of reporting.split(/\s*,\s*|\s+and\s+|\s*&\s*/u)) {
      const name = cleanByline(piece.replace(FILED_FROM, ''));
      if (name && /^\p{Lu}/u.test(name) && !names.includes(name)) names.push(name);
    }
  }
  if (names.length === 0) return undefined;
  const last = names.pop();
  return names.length === 0 ? last : `${names.join(', ')} and ${last}`;
}
