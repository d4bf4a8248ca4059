// Single values read off feed and item nodes: dates and other plain text, people, terms, links.
import type { Node } from './nodes.ts';
import { attr, child, first, personOf, textOf } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';
import { relationOf } from './xml-people.ts';
import type { Scope } from './xml-scope.ts';
import { scopeOf } from './xml-scope.ts';

/** The text of the first of `values` that has any. */
export function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = textOf(value);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** The last of repeated elements (the element itself when it is not repeated). */
export const lastOf = (values: unknown): unknown => (Array.isArray(values) ? values.at(-1) : values);

/** The names of the people in `values`, deduplicated and joined with commas. */
export function authorsOf(values: unknown): string | undefined {
  const names = (Array.isArray(values) ? values : [values])
    .map(personOf)
    .filter((name) => name !== undefined);
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

/** An item's categories, from every element that carries them, deduplicated in feedparser's order. */
export function termsOf(item: Node): string[] {
  const terms: (string | undefined)[] = [];
  // A made-up <tags>a, b</tags> (some blog engines) comes first, as feedparser lists it.
  for (const node of child(item, 'tags')) terms.push(...(textOf(node)?.split(',') ?? []));
  for (const node of child(item, 'category')) terms.push(attr(node, 'term')?.trim() || textOf(node));
  for (const node of [...child(item, 'dc:subject'), ...child(item, 'media:category')])
    terms.push(textOf(node));
  // iTunes categories nest: <itunes:category text="Technology"><itunes:category text="Gadgets"/>.
  const itunes = (nodes: unknown[], depth: number): void => {
    if (depth > 4) return;
    for (const node of nodes) {
      terms.push(attr(node, 'text')?.trim());
      itunes(child(node, 'itunes:category'), depth + 1);
    }
  };
  itunes(child(item, 'itunes:category'), 0);
  const trimmed = terms.map((term) => term?.trim());
  return [...new Set(trimmed.filter((term): term is string => term !== undefined && term !== ''))];
}

/**
 * Atom: the alternate link, else one without rel (which means alternate). rel="self", "hub", … are
 * the feed's own links, "related", "enclosure", … not the item's address.
 */
export function atomLinks(
  links: unknown[],
  parent: Scope,
): { alternate?: string; self?: string; hubs: string[] } {
  const href = (link: unknown) =>
    resolveUrl(attr(link, 'href')?.trim() || textOf(link), scopeOf(parent, link).base);
  const rel = relationOf;
  const alternate =
    links.find((link) => rel(link) === 'alternate') ?? links.find((link) => !attr(link, 'rel'));
  const self = links.find((link) => rel(link) === 'self');
  const hubs = links.filter((link) => rel(link) === 'hub').map(href);
  return {
    alternate: alternate === undefined ? undefined : href(alternate),
    self: self === undefined ? undefined : href(self),
    hubs: [...new Set(hubs.filter((hub) => hub !== undefined))],
  };
}

/** An RSS guid is the item's address unless isPermaLink says otherwise. */
export function permalinkOf(guid: unknown): string | undefined {
  const value = textOf(guid);
  return value && /^https?:\/\//i.test(value) && attr(first(guid), 'isPermaLink') !== 'false'
    ? value
    : undefined;
}
