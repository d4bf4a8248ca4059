import type { Contributor } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core/contracts';
import type { FeedItem, FeedPerson, ParsedFeed, SkippedEntry } from './feed.ts';
import { jsonFeedMedia } from './json-media.ts';
import { ninjsItems, parseNinjs } from './ninjs-feed.ts';
import { isNode } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';

// Far more than a feed carries; JSON is parsed whole already, this bounds the mapping work.
const MAX_ITEMS = 10_000;

const VERSION = /^https?:\/\/jsonfeed\.org\/version\//;

function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

// 1.1 has `authors`, 1.0 had a single `author`; both are { name, url, avatar }.
function authorOf(holder: Record<string, unknown>): string | undefined {
  const authors = Array.isArray(holder.authors) ? holder.authors : [holder.author];
  const named = authors.find((author) => isNode(author) && str(author.name));
  return isNode(named) ? str(named.name) : undefined;
}

// Every author with its URL (1.1 `authors`, 1.0 `author`), capped.
function peopleOf(holder: Record<string, unknown>, base: string | undefined): FeedPerson[] {
  const authors = Array.isArray(holder.authors) ? holder.authors : [holder.author];
  return authors
    .slice(0, 50)
    .filter(isNode)
    .map((author) => {
      const name = str(author.name);
      const uri = resolveUrl(str(author.url), base);
      return { ...(name ? { name } : {}), ...(uri ? { uri } : {}) };
    })
    .filter((person) => person.name !== undefined || person.uri !== undefined);
}

function toRawItem(item: Record<string, unknown>, feed: Record<string, unknown>, base?: string): FeedItem {
  const tags = Array.isArray(item.tags) ? item.tags.map(str).filter((tag) => tag !== undefined) : [];
  const own = peopleOf(item, base);
  const authors = own.length > 0 ? own : peopleOf(feed, base);
  const contributors: Contributor[] = authors
    .filter((a) => a.name !== undefined)
    .map((a) => ({ name: a.name ?? '', role: 'author', ...(a.uri ? { uri: a.uri } : {}) }));
  const media = jsonFeedMedia(item, base);
  const image = resolveUrl(str(item.image), base);
  return {
    ...(contributors.length > 0 ? { contributors } : {}),
    ...(media.length > 0 ? { media } : {}),
    detail: {
      tags: tags.map((term) => ({ term })),
      authors,
      enclosures: media
        .filter((m) => m.href !== undefined && m.href !== image)
        .map((m) => ({
          href: m.href ?? '',
          ...(m.mimeType ? { type: m.mimeType } : {}),
          ...(m.size !== undefined ? { length: String(m.size) } : {}),
        })),
      ...(image ? { image } : {}),
    },
    guid: str(item.id),
    link: resolveUrl(str(item.url) ?? str(item.external_url), base),
    title: str(item.title),
    contentHtml: str(item.content_html),
    contentText: str(item.content_text),
    summary: str(item.summary),
    // Items without their own author inherit the feed's, as the 1.1 spec says.
    author: authorOf(item) ?? authorOf(feed),
    categories: [...new Set(tags)],
    published: str(item.date_published),
    updated: str(item.date_modified),
    language: str(item.language) ?? str(feed.language),
  };
}

function notParsed(reason: string, cause?: unknown): WirefeedError {
  return new WirefeedError('WF_E_FEED_PARSE', reason, cause === undefined ? {} : { cause });
}

/**
 * Parses JSON Feed 1.0 and 1.1, and IPTC ninjs (see ninjs-feed.ts). A document counts as a JSON Feed
 * when its `version` names jsonfeed.org, or when the server called it `application/feed+json`.
 */
export function parseJsonFeed(text: string, contentType?: string, url?: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw notParsed(`unreadable JSON: ${err instanceof Error ? err.message : String(err)}`, err);
  }
  const declared = isNode(doc) && VERSION.test(str(doc.version) ?? '');
  const ninjs = declared ? undefined : ninjsItems(doc);
  if (ninjs) return parseNinjs(ninjs);
  if (!isNode(doc)) throw notParsed('not a feed: JSON, but not an object');
  if (!declared && !/application\/feed\+json/i.test(contentType ?? '')) {
    throw notParsed('not a feed: JSON, but not a JSON Feed (no jsonfeed.org version) nor ninjs (no uri)');
  }
  if (!Array.isArray(doc.items)) throw notParsed('JSON Feed without an items array');
  const hubs = Array.isArray(doc.hubs)
    ? doc.hubs.filter(isNode).map((hub) => resolveUrl(str(hub.url), url))
    : [];
  const self = resolveUrl(str(doc.feed_url), url);
  const items: FeedItem[] = [];
  const skipped: SkippedEntry[] = [];
  doc.items.slice(0, MAX_ITEMS).forEach((item, i) => {
    if (isNode(item)) items.push(toRawItem(item, doc, url));
    else skipped.push({ position: i + 1, reason: `item ${i + 1} is not an object` });
  });
  const description = str(doc.description);
  const icon = resolveUrl(str(doc.icon), url);
  const favicon = resolveUrl(str(doc.favicon), url);
  const authors = peopleOf(doc, url);
  return {
    format: 'json-feed',
    title: str(doc.title),
    link: resolveUrl(str(doc.home_page_url), url),
    language: str(doc.language),
    author: authorOf(doc),
    hubs: [...new Set(hubs.filter((hub) => hub !== undefined))],
    ...(self ? { self } : {}),
    ...(description ? { subtitle: { value: description, type: 'text/plain' } } : {}),
    ...(icon ? { image: { href: icon }, logo: icon } : {}),
    ...(favicon ? { icon: favicon } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    items,
    ...(skipped.length > 0 ? { skipped } : {}),
  };
}
