import type { RawItem } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import type { ParsedFeed } from './feed.ts';
import { ninjsItems, parseNinjs } from './ninjs-feed.ts';
import { isNode } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';

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

function toRawItem(item: Record<string, unknown>, feed: Record<string, unknown>, base?: string): RawItem {
  const tags = Array.isArray(item.tags) ? item.tags.map(str).filter((tag) => tag !== undefined) : [];
  return {
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
  return {
    format: 'json-feed',
    title: str(doc.title),
    link: resolveUrl(str(doc.home_page_url), url),
    language: str(doc.language),
    author: authorOf(doc),
    hubs: [...new Set(hubs.filter((hub) => hub !== undefined))],
    ...(self ? { self } : {}),
    items: doc.items.filter(isNode).map((item) => toRawItem(item, doc, url)),
  };
}
