// People, links and categories as feeds write them, with the details RawItem has no place for.
import type { FeedLink, FeedPerson, FeedTag, FeedText } from './feed.ts';
import type { Node } from './nodes.ts';
import { attr, child, textOf } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';
import type { Scope } from './xml-scope.ts';
import { scopeOf } from './xml-scope.ts';
import type { Text } from './xml-text.ts';

// Caps on what one element may list: no input decides an unbounded amount of work or memory.
export const MAX_PEOPLE = 50;
export const MAX_LINKS = 100;
export const MAX_TAGS = 200;

const EMAIL = /(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;

/**
 * "me@example.com (Example editor)", "Example editor <me@example.com>", "Example editor" or a bare
 * address split into a name and an e-mail address, as RSS writes its people.
 */
export function splitPerson(written: string | undefined): FeedPerson | undefined {
  const text = written?.trim();
  if (!text) return undefined;
  const email = EMAIL.exec(text);
  if (!email?.[1]) return { name: text };
  const rest = text
    .replace(email[0], '')
    .replace(/\(\s*\)|<\s*>|\[\s*\]/g, '')
    .replace(/^[\s(<[]+|[\s)>\]]+$/g, '')
    .trim();
  return { ...(rest ? { name: rest } : {}), email: email[1] };
}

const defined = <T>(values: (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);

/** An Atom person construct (`name`, `email`, `uri`; Atom 0.3 `url`), else its text split as RSS writes it. */
export function personOf(node: unknown, scope: Scope): FeedPerson | undefined {
  const name = textOf(child(node, 'name'));
  const email = textOf(child(node, 'email'));
  // Atom 0.3 wrote `url`, and some feeds `homepage`.
  const uri = textOf(child(node, 'uri')) ?? textOf(child(node, 'url')) ?? textOf(child(node, 'homepage'));
  if (name === undefined && email === undefined && uri === undefined) return splitPerson(textOf(node));
  const inner = scopeOf(scope, node);
  const resolved = resolveUrl(uri, inner.base);
  return {
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
    ...(resolved ? { uri: resolved } : {}),
  };
}

/** Every person the elements name (several `dc:creator`s, several Atom `author`s), capped. */
export function peopleOf(values: unknown[], scope: Scope): FeedPerson[] {
  return defined(values.slice(0, MAX_PEOPLE).map((value) => personOf(value, scope)));
}

const IANA = /^https?:\/\/www\.iana\.org\/assignments\/relation\//i;

/** A link relation as a short name: the IANA registry's full URI (`…/relation/alternate`) is its name. */
export function relationOf(link: unknown): string {
  const rel = attr(link, 'rel')?.trim();
  if (!rel) return 'alternate';
  return IANA.test(rel) ? rel.replace(IANA, '').toLowerCase() : rel.includes(':') ? rel : rel.toLowerCase();
}

/** Every link with its relation, resolved; `links` are Atom `link` or RSS `atom:link` elements. */
export function linksOf(links: unknown[], scope: Scope): FeedLink[] {
  const out: FeedLink[] = [];
  for (const link of links.slice(0, MAX_LINKS)) {
    const href = resolveUrl(attr(link, 'href')?.trim() || textOf(link), scopeOf(scope, link).base);
    if (!href) continue;
    const extra = (name: string) => {
      const value = attr(link, name)?.trim();
      return value ? { [name]: value } : {};
    };
    out.push({
      rel: relationOf(link),
      href,
      ...extra('type'),
      ...extra('title'),
      ...extra('length'),
      ...extra('hreflang'),
    });
  }
  return out;
}

const ITUNES_SCHEME = 'http://www.itunes.com/';
const MEDIA_SCHEME = 'http://search.yahoo.com/mrss/category_schema';

/**
 * A node's categories with their schemes, in feedparser's order: a made-up `<tags>a, b</tags>`, then
 * `category` (Atom term/scheme/label, RSS text/domain), `dc:subject`, `media:category`, iTunes
 * categories (nested) and keywords. Deduplicated by term and scheme, capped.
 */
export function tagsOf(node: Node): FeedTag[] {
  const tags: FeedTag[] = [];
  const add = (term: string | undefined, scheme?: string, label?: string) => {
    const t = term?.trim();
    if (!t || tags.length >= MAX_TAGS) return;
    const s = scheme?.trim();
    const l = label?.trim();
    tags.push({ term: t, ...(s ? { scheme: s } : {}), ...(l ? { label: l } : {}) });
  };
  for (const tag of child(node, 'tags')) for (const term of textOf(tag)?.split(',') ?? []) add(term);
  for (const category of child(node, 'category')) {
    add(
      attr(category, 'term')?.trim() || textOf(category),
      attr(category, 'scheme') ?? attr(category, 'domain'),
      attr(category, 'label'),
    );
  }
  for (const subject of child(node, 'dc:subject')) add(textOf(subject));
  for (const category of child(node, 'media:category'))
    add(textOf(category), attr(category, 'scheme') ?? MEDIA_SCHEME, attr(category, 'label'));
  const itunes = (nodes: unknown[], depth: number): void => {
    if (depth > 4) return;
    for (const category of nodes) {
      add(attr(category, 'text'), ITUNES_SCHEME);
      itunes(child(category, 'itunes:category'), depth + 1);
    }
  };
  itunes(child(node, 'itunes:category'), 0);
  for (const keywords of child(node, 'itunes:keywords'))
    for (const term of textOf(keywords)?.split(',') ?? []) add(term, ITUNES_SCHEME);
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = `${tag.scheme ?? ''}\n${tag.term}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A text construct as a FeedText (value, type, language). */
export function feedText(text: Text | undefined): FeedText | undefined {
  if (text === undefined) return undefined;
  const { lang } = text.scope;
  return { value: text.value, type: text.type, ...(lang !== undefined ? { language: lang } : {}) };
}
