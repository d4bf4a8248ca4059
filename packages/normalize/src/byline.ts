import { BoundedMap } from '@wirefeed/core/contracts';
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
// Compiled once: a credit line makes several bylines per story.
const ANGLED_EMAIL = new RegExp(`<\\s*(?:mailto:)?${EMAIL}\\s*>`, 'giu');
const RSS_AUTHOR = new RegExp(`^(?:mailto:)?${EMAIL}\\s*\\(([^()]+)\\)$`, 'u');
const ANY_EMAIL = new RegExp(`(?:mailto:)?${EMAIL}`, 'gu');
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
  // The same desks and reporters sign story after story: the last thousand answers are kept.
  if (CLEANED.has(author)) return CLEANED.get(author);
  const name = clean(author);
  CLEANED.set(author, name);
  return name;
}

const CLEANED = new BoundedMap<string, string | undefined>(1024);

function clean(author: string): string | undefined {
  // Addresses go before the markup pass, which would read "<jdoe@x.com>" as a tag.
  const withoutAngled = author.replace(ANGLED_EMAIL, ' ');
  let name = inlineText(withoutAngled);
  const rss = RSS_AUTHOR.exec(name);
  if (rss?.[1]) name = rss[1];
  name = name
    .replace(ANY_EMAIL, ' ')
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
