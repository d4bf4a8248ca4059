// What a feed, or an entry's Atom `source`, says about itself beyond its title and link.
import type { FeedImage, FeedMetadata, FeedSource } from './feed.ts';
import { positiveInt } from './media.ts';
import type { Node } from './nodes.ts';
import { attr, child, first, isNode, textOf } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';
import { feedText, linksOf, peopleOf, personOf, tagsOf } from './xml-people.ts';
import type { Scope } from './xml-scope.ts';
import { scopeOf } from './xml-scope.ts';
import { textConstruct } from './xml-text.ts';

/** The first of the named children that the node has (shadowed or not), as a list. */
export function pick(node: unknown, ...names: string[]): unknown[] {
  for (const name of names) {
    const found = child(node, name);
    if (found.length > 0) return found;
  }
  return [];
}

const url = (value: unknown, scope: Scope) => resolveUrl(textOf(value), scopeOf(scope, first(value)).base);

function imageOf(node: Node, scope: Scope): FeedImage | undefined {
  const image = first(child(node, 'image'));
  const href =
    url(child(image, 'url'), scope) ??
    // iTunes' image is an href; some feeds write it as url.
    resolveUrl(
      (
        attr(first(child(node, 'itunes:image')), 'href') ?? attr(first(child(node, 'itunes:image')), 'url')
      )?.trim(),
      scope.base,
    ) ??
    resolveUrl(attr(image, 'href')?.trim() ?? attr(image, 'rdf:resource')?.trim(), scope.base) ??
    url(child(node, 'logo'), scope);
  if (!href) return undefined;
  const title = textOf(child(image, 'title'));
  const link = url(child(image, 'link'), scope);
  const width = positiveInt(textOf(child(image, 'width')));
  const height = positiveInt(textOf(child(image, 'height')));
  const description = textOf(child(image, 'description'));
  return {
    href,
    ...(title ? { title } : {}),
    ...(link ? { link } : {}),
    ...(width ? { width } : {}),
    ...(height ? { height } : {}),
    ...(description ? { description } : {}),
  };
}

function generatorOf(node: Node, scope: Scope): FeedMetadata['generator'] {
  const generator = first(child(node, 'generator'));
  const agent = attr(first(child(node, 'admin:generatorAgent')), 'rdf:resource')?.trim();
  const name = textOf(generator);
  const uri = resolveUrl(
    attr(generator, 'uri')?.trim() ?? attr(generator, 'url')?.trim() ?? agent,
    scopeOf(scope, generator).base,
  );
  const version = attr(generator, 'version')?.trim();
  if (!name && !uri) return undefined;
  return { ...(name ? { name } : {}), ...(uri ? { uri } : {}), ...(version ? { version } : {}) };
}

/** A feed's (or source's) metadata; `rss` reads RSS's names for the same things. */
export function metadataOf(node: Node, scope: Scope, rss: boolean): FeedMetadata {
  const authors = rss
    ? peopleOf(
        [
          ...child(node, 'managingEditor'),
          ...child(node, 'dc:creator'),
          ...child(node, 'dc:author'),
          ...child(node, 'author'),
          ...child(node, 'itunes:author'),
        ],
        scope,
      )
    : peopleOf(child(node, 'author'), scope);
  const contributors = peopleOf([...child(node, 'contributor'), ...child(node, 'dc:contributor')], scope);
  const owner = first(child(node, 'itunes:owner'));
  const ownerName = textOf(child(owner, 'itunes:name'));
  const ownerEmail = textOf(child(owner, 'itunes:email'));
  const publisher =
    personOf(first(child(node, 'dc:publisher')), scope) ??
    personOf(first(child(node, 'webMaster')), scope) ??
    (ownerName || ownerEmail
      ? { ...(ownerName ? { name: ownerName } : {}), ...(ownerEmail ? { email: ownerEmail } : {}) }
      : undefined);
  const subtitle = rss
    ? textConstruct(
        pick(
          node,
          'description',
          'dc:description',
          'subtitle',
          'abstract',
          'itunes:subtitle',
          'itunes:summary',
        ),
        scope,
        true,
      )
    : textConstruct(pick(node, 'subtitle', 'tagline'), scope);
  const rights = textConstruct(pick(node, 'rights', 'copyright', 'dc:rights'), scope);
  const links = linksOf(child(node, rss ? 'atom:link' : 'link'), scope);
  const rssLink = rss ? url(child(node, 'link'), scope) : undefined;
  const id = textOf(child(node, 'id'));
  const tags = tagsOf(node);
  const icon = url(child(node, 'icon'), scope);
  const logo = url(child(node, 'logo'), scope);
  const docs = url(child(node, 'docs'), scope);
  const published = textOf(pick(node, 'published', 'pubDate', 'issued', 'dcterms:issued'));
  const ttl = textOf(child(node, 'ttl'));
  const meta: FeedMetadata = {
    ...(id ? { id } : {}),
    ...optional('subtitle', feedText(subtitle)),
    ...optional('info', feedText(textConstruct(pick(node, 'info', 'feedburner:browserfriendly'), scope))),
    ...optional('rights', feedText(rights)),
    ...(authors.length > 0 ? { authors } : {}),
    ...(contributors.length > 0 ? { contributors } : {}),
    ...optional('publisher', publisher),
    ...optional('generator', generatorOf(node, scope)),
    ...optional('image', imageOf(node, scope)),
    ...(icon ? { icon } : {}),
    ...(logo ? { logo } : {}),
    links:
      rssLink && !links.some((l) => l.rel === 'alternate')
        ? [{ rel: 'alternate', type: 'text/html', href: rssLink }, ...links]
        : links,
    ...(tags.length > 0 ? { tags } : {}),
    ...(published ? { published } : {}),
    ...(docs ? { docs } : {}),
    ...(ttl ? { ttl } : {}),
  };
  return meta;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/**
 * An entry's source: Atom `source` (a feed's metadata, title and link included) or RSS
 * `<source url="…">title</source>`.
 */
export function sourceOf(item: Node, scope: Scope, rss: boolean): FeedSource | undefined {
  const node = first(child(item, 'source'));
  if (node === undefined) return undefined;
  const inner = scopeOf(scope, node);
  if (rss || !isNode(node) || Object.keys(node).every((key) => key === '$' || key === '_')) {
    const title = textConstruct(node, scope);
    const href = resolveUrl(attr(node, 'url')?.trim(), inner.base);
    if (!title && !href) return undefined;
    return { ...optional('title', feedText(title)), ...(href ? { href } : {}) };
  }
  const meta = metadataOf(node, inner, false);
  const title = feedText(textConstruct(child(node, 'title'), inner));
  const link = meta.links?.find((l) => l.rel === 'alternate')?.href;
  const updated = textOf(pick(node, 'updated', 'modified'));
  return {
    ...meta,
    ...optional('title', title),
    ...(link ? { link } : {}),
    ...(updated ? { updated } : {}),
  };
}
