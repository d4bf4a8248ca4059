import Parser from 'rss-parser';
import type { FeedItem, ParsedFeed, SkippedEntry } from './feed.ts';
import { canonicalNames } from './namespaces.ts';
import type { Node } from './nodes.ts';
import { attr, child, first, isNode, SHADOW, textOf } from './nodes.ts';
import { resolveUrl } from './relative-urls.ts';
import { FEED_FIELDS, ITEM_FIELDS, rawItem, STRUCTURAL } from './rss-parser-fields.ts';
import type { FeedDefaults } from './xml-items.ts';
import { atomItem, rssItem } from './xml-items.ts';
import { metadataOf } from './xml-metadata.ts';
import { feedText } from './xml-people.ts';
import type { Scope } from './xml-scope.ts';
import { languageTag, rootAttributes, scopeIn, scopeOf } from './xml-scope.ts';
import { textConstruct } from './xml-text.ts';
import { atomLinks, authorsOf, firstText, lastOf } from './xml-values.ts';

export type XmlFormat = 'rss' | 'atom' | 'rdf' | 'cdf';

const PERIOD_MINUTES = new Map([
  ['hourly', 60],
  ['daily', 1440],
  ['weekly', 10_080],
  ['monthly', 43_200],
  ['yearly', 525_600],
]);

function ttlMinutesOf(feed: Node): number | undefined {
  const ttl = Number(textOf(feed.ttl));
  if (Number.isInteger(ttl) && ttl > 0) return ttl;
  const period = PERIOD_MINUTES.get(textOf(feed['sy:updatePeriod'])?.toLowerCase() ?? '');
  const frequency = Number(textOf(feed['sy:updateFrequency']) ?? 1);
  if (!period || !(frequency >= 1)) return undefined;
  return Math.max(1, Math.round(period / frequency));
}

export interface XmlFeedOptions {
  format: XmlFormat;
  /** The root element's start tag as written: its xml:base and xml:lang apply to the whole feed. */
  rootTag: string;
  url: string | undefined;
  /** The language the transport declared (Content-Language), below anything the feed says. */
  language: string | undefined;
  /** false: sax's lenient mode, for documents that are not well-formed XML. */
  strict: boolean;
}

/** Parses RSS 0.9x/1.0/2.0, Atom and CDF with rss-parser; rejects with whatever rss-parser or xml2js throws. */
export async function parseXmlFeed(xml: string, options: XmlFeedOptions): Promise<ParsedFeed> {
  const { format, rootTag, url, strict } = options;
  const canonical = canonicalNames(xml, format);
  // A parser per call: xml2js keeps parse state on the instance.
  const parser = new Parser<Node, Node>({
    defaultRSS: 2,
    xml2js: {
      strict,
      // Shadowed names keep rss-parser's own field handling off everything we read (rss-parser-fields.ts).
      tagNameProcessors: [
        (name: string) => {
          const element = canonical(name);
          return STRUCTURAL.has(element) ? element : SHADOW + element;
        },
      ],
      attrNameProcessors: [canonical],
    },
    customFields: { feed: FEED_FIELDS, item: ITEM_FIELDS },
  });
  const feed = await settledNow(parser.parseString(xml));
  const transport: Scope = { base: url, lang: options.language && languageTag(options.language) };
  const root = scopeIn(transport, format === 'atom' ? feed.$ : rootAttributes(rootTag));
  const channel = format === 'atom' ? root : scopeIn(root, feed.$);
  const declared = textOf(feed.language) ?? textOf(feed['dc:language']);
  const scope: Scope = declared ? { ...channel, lang: languageTag(declared) } : channel;
  const isAtom = format === 'atom';
  const entries = isAtom ? child(feed, 'entries').map(rawItem) : itemsOf(feed);
  const links = atomLinks(child(feed, isAtom ? 'link' : 'atom:link'), scope);
  const author = isAtom
    ? authorsOf(feed.author)
    : (authorsOf(feed.managingEditor) ??
      authorsOf(feed['dc:creator']) ??
      authorsOf(feed['dc:author']) ??
      authorsOf(feed.author) ??
      authorsOf(feed['itunes:author']));
  const link = isAtom
    ? links.alternate
    : (resolveUrl(firstText(feed.link, format === 'cdf' ? attr(feed, 'href') : undefined), scope.base) ??
      links.alternate);
  const meta = metadataOf(feed, scope, !isAtom);
  const title = textConstruct(feed.title ?? feed['dc:title'], scope);
  const defaults: FeedDefaults = { author, rights: meta.rights };
  const { items, skipped } = readEntries(entries, (item) => {
    const itemScope = scopeOf(scope, { $: item.$ });
    return isAtom ? atomItem(item, itemScope, defaults) : rssItem(item, itemScope, format, defaults);
  });
  return {
    ...meta,
    format,
    title: title?.value,
    ...(title ? { titleDetail: feedText(title) } : {}),
    link,
    language: scope.lang ?? undefined,
    author,
    updated: firstText(
      lastOf(feed.updated),
      feed.modified,
      feed.lastBuildDate,
      feed['dcterms:modified'],
      feed['dc:date'],
      format === 'cdf' ? attr(feed, 'lastmod') : undefined,
    ),
    ttlMinutes: ttlMinutesOf(feed),
    hubs: links.hubs,
    ...(links.self ? { self: links.self } : {}),
    items,
    ...(skipped.length > 0 ? { skipped } : {}),
  };
}

// RSS items as rss-parser found them (in the channel for RSS 2.0, beside it for RDF), RDF items
// misplaced inside the channel, or RSS 1.1's inside <items>.
function itemsOf(feed: Node): unknown[] {
  const parsed = Array.isArray(feed.items) ? feed.items : [];
  if (parsed.length > 0) return parsed;
  const inChannel = child(feed, 'items-in-channel');
  if (inChannel.length > 0) return inChannel.map(rawItem);
  return child(first(child(feed, 'items-element')), 'item').map(rawItem);
}

// Nothing inside it at all: `<entry/>`, `<entry></entry>`, `<item> </item>` (CDF items are all attributes).
const isEmpty = (entry: Node) =>
  Object.entries(entry).every(([key, value]) => key === '$' || value === undefined || value === '') &&
  !(isNode(entry.$) && Object.keys(entry.$).length > 0);

/**
 * Each entry read on its own: one that is empty or that cannot be read is left out and reported with
 * its position (1-based) and why, and the others are delivered.
 */
function readEntries(
  entries: readonly unknown[],
  read: (entry: Node) => FeedItem,
): { items: FeedItem[]; skipped: SkippedEntry[] } {
  const items: FeedItem[] = [];
  const skipped: SkippedEntry[] = [];
  entries.forEach((entry, i) => {
    const position = i + 1;
    if (!isNode(entry) || isEmpty(entry)) {
      skipped.push({ position, reason: `entry ${position} is empty: no title, link, id or content` });
      return;
    }
    try {
      items.push(read(entry));
    } catch {
      // The exception is the mapping's internals; what a user can act on is which entry and that it is malformed.
      skipped.push({
        position,
        reason: `entry ${position} could not be read: its elements are not in a form we know`,
      });
    }
  });
  return { items, skipped };
}

const UNSETTLED = Symbol('unsettled');

// xml2js parses synchronously: by the next turn of the event loop rss-parser has resolved or rejected.
// If it has done neither it never will (lenient sax that never saw its root close), and waiting on it
// would hang the fetcher.
async function settledNow(parsing: Promise<Node>): Promise<Node> {
  const turn = new Promise<typeof UNSETTLED>((resolve) => setImmediate(() => resolve(UNSETTLED)));
  const result = await Promise.race([parsing, turn]);
  if (result === UNSETTLED) throw new Error('Unexpected end: the parser never finished the document');
  return result;
}
