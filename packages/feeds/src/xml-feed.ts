import type { RawItem } from '@wirefeed/core';
import Parser from 'rss-parser';
import type { ParsedFeed } from './feed.ts';
import { canonicalNames } from './namespaces.ts';
import type { Node } from './nodes.ts';
import { attr, child, first, hasMarkup, isNode, markupOf, personOf, SHADOW, textOf } from './nodes.ts';
import { childBase, resolveUrl, resolveUrlsInHtml } from './relative-urls.ts';

export type XmlFormat = 'rss' | 'atom' | 'rdf' | 'cdf';

// rss-parser is used for what it does well, finding the channel and its items whatever the RSS
// flavour, and kept away from the rest: every element but the structural ones below is renamed with
// SHADOW while xml2js parses, so rss-parser's own field handling finds nothing to trip on (its
// contentSnippet regex backtracks quadratically on hostile text, one bad Atom date throws away the whole
// feed, an element with attributes where it expects text is a TypeError). The custom fields below
// hand every element we read back to us raw, as xml2js built it, attributes included.
const STRUCTURAL = new Set(['rss', 'channel', 'item', 'feed', 'entry', 'rdf:RDF']);

const ITEM_NAMES = [
  'title',
  'dc:title',
  'media:title',
  'link',
  'atom:link',
  'guid',
  'id',
  'description',
  'dc:description',
  'summary',
  'itunes:summary',
  'abstract',
  'content',
  'content:encoded',
  'body',
  'xhtml:body',
  'fullitem',
  'author',
  'dc:creator',
  'dc:author',
  'itunes:author',
  'source',
  'category',
  'dc:subject',
  'itunes:category',
  'media:category',
  'tags',
  'pubDate',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'dcterms:modified',
  'published',
  'issued',
  'created',
  'updated',
  'modified',
  'atom:published',
  'atom:updated',
  'dc:language',
  'language',
];
const FEED_NAMES = [
  'title',
  'dc:title',
  'link',
  'atom:link',
  'language',
  'dc:language',
  'author',
  'managingEditor',
  'dc:creator',
  'dc:author',
  'itunes:author',
  'updated',
  'modified',
  'lastBuildDate',
  'dcterms:modified',
  'dc:date',
  'ttl',
  'sy:updatePeriod',
  'sy:updateFrequency',
];
type Field = [from: string, to: string, options: { keepArray: boolean }];
const fields = (names: readonly string[]): Field[] => [
  ...names.map((name): Field => [SHADOW + name, name, { keepArray: true }]),
  ['$', '$', { keepArray: true }],
];
const ITEM_FIELDS = fields(ITEM_NAMES);
// rss-parser's types accept only names for feed fields; its runtime (copyFromXML) takes the same
// [from, to, options] tuples as for items. `item` catches RDF items misplaced inside the channel.
const FEED_FIELDS = [
  ...fields(FEED_NAMES),
  ['item', 'items-in-channel', { keepArray: true }],
] as unknown as string[];

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

// ---- scope: xml:base and xml:lang, inherited down the tree ---------------------------------------

interface Scope {
  base: string | undefined;
  /** The language in force; null when an empty xml:lang explicitly unset it. */
  lang: string | null | undefined;
}

const languageTag = (value: string) => value.trim().replace(/_/g, '-');

function scopeIn(parent: Scope, attrs: unknown): Scope {
  const holder = { $: attrs };
  const lang = attr(holder, 'xml:lang');
  return {
    base: childBase(parent.base, attr(holder, 'xml:base')),
    lang: lang === undefined ? parent.lang : languageTag(lang) || null,
  };
}

const scopeOf = (parent: Scope, node: unknown): Scope => scopeIn(parent, isNode(node) ? node.$ : undefined);

function rootAttributes(rootTag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of rootTag.matchAll(/\s(xml:(?:base|lang))\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    attrs[(match[1] ?? '').toLowerCase()] = match[2] ?? match[3] ?? '';
  }
  return attrs;
}

// ---- values -----------------------------------------------------------------------------------------

function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = textOf(value);
    if (text !== undefined) return text;
  }
  return undefined;
}

const lastOf = (values: unknown): unknown => (Array.isArray(values) ? values.at(-1) : values);

function base64Text(encoded: string): string | undefined {
  const compact = encoded.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    // Binary content (an image, a PDF) is an attachment, not a story's text.
    return text.includes('\0') ? undefined : text.trim() || undefined;
  } catch {
    return undefined;
  }
}

interface Text {
  value: string;
  html: boolean;
  scope: Scope;
}

// Media types that are text as they stand; any other is base64 (Atom 1.0 §4.1.3.3, Atom 0.3 mode).
const TEXTUAL = /^(?:text|html|xhtml|text\/.*|.*[/+]xml)$/;

/**
 * A text construct: RSS's text and HTML elements, Atom's title, summary and content with their type
 * (text, html, xhtml, a media type) and Atom 0.3's mode (xml, escaped, base64). HTML has its relative
 * URLs resolved against the element's base.
 */
function textConstruct(values: unknown, parent: Scope, htmlByDefault = false): Text | undefined {
  const node = first(values);
  if (node === undefined) return undefined;
  const scope = scopeOf(parent, node);
  const type = attr(node, 'type')?.trim().toLowerCase() ?? '';
  const mode = attr(node, 'mode')?.trim().toLowerCase();
  let value = markupOf(node);
  if (value === undefined) return undefined;
  if (mode === 'base64' || (type !== '' && !TEXTUAL.test(type))) {
    const decoded = base64Text(value);
    if (decoded === undefined) return undefined;
    value = decoded;
  }
  const declaredText = type === 'text' || type === 'text/plain';
  // Untyped Atom text is text by the spec, but feeds often leave the type off escaped HTML.
  const html = !declaredText && (htmlByDefault || type.includes('html') || hasMarkup(value));
  return { value: html ? resolveUrlsInHtml(value, scope.base) : value, html, scope };
}

function textValue(values: unknown, parent: Scope): string | undefined {
  return textConstruct(values, parent)?.value;
}

function authorsOf(values: unknown): string | undefined {
  const names = (Array.isArray(values) ? values : [values])
    .map(personOf)
    .filter((name) => name !== undefined);
  return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
}

function termsOf(item: Node): string[] {
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

// Atom: the alternate link, else one without rel (which means alternate). rel="self", "hub", … are
// the feed's own links, "related", "enclosure", … not the item's address.
function atomLinks(links: unknown[], parent: Scope): { alternate?: string; self?: string; hubs: string[] } {
  const href = (link: unknown) =>
    resolveUrl(attr(link, 'href')?.trim() || textOf(link), scopeOf(parent, link).base);
  const rel = (link: unknown) => attr(link, 'rel')?.trim().toLowerCase() ?? 'alternate';
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

// An RSS guid is the item's address unless isPermaLink says otherwise.
function permalinkOf(guid: unknown): string | undefined {
  const value = textOf(guid);
  return value && /^https?:\/\//i.test(value) && attr(first(guid), 'isPermaLink') !== 'false'
    ? value
    : undefined;
}

function languageOf(texts: (Text | undefined)[], fallback: Scope): string | undefined {
  // The language of the text a reader gets: the body's, else the summary's or the title's, else the item's.
  const scope = texts.find((text) => text !== undefined)?.scope ?? fallback;
  return scope.lang ?? undefined;
}

function atomItem(item: Node, scope: Scope, feedAuthor: string | undefined): RawItem {
  const content = child(item, 'content');
  // Content given by reference (src="…") has no body here.
  const body = attr(first(content), 'src') ? undefined : textConstruct(content, scope);
  const summary = textConstruct(item.summary, scope);
  const title = textConstruct(item.title, scope);
  const source = first(item.source);
  return {
    guid: textOf(item.id),
    link: atomLinks(child(item, 'link'), scope).alternate,
    title: title?.value,
    contentHtml: body?.html ? body.value : undefined,
    contentText: body && !body.html ? body.value : undefined,
    summary: summary?.value,
    // An entry without an author has its source's, else its feed's (RFC 4287 §4.2.1).
    author: authorsOf(item.author) ?? authorsOf(child(source, 'author')) ?? feedAuthor,
    categories: termsOf(item),
    published: firstText(item.published, item.issued, item.created),
    // feedparser keeps the last of repeated elements; only dates repeat in practice.
    updated: firstText(lastOf(item.updated), lastOf(item.modified)),
    language: languageOf([body, summary, title], scope),
  };
}

function rssItem(item: Node, scope: Scope, format: XmlFormat): RawItem {
  const encoded = textConstruct(
    item['content:encoded'] ?? item['xhtml:body'] ?? item.body ?? item.fullitem ?? item.content,
    scope,
    true,
  );
  const description = textConstruct(item.description ?? item['dc:description'] ?? item.abstract, scope, true);
  // With both a <summary> and a <description>, the summary is the summary and the description the body.
  const summaryElement = textConstruct(item.summary ?? item['itunes:summary'], scope);
  const summary = summaryElement ?? description;
  const body = encoded ?? (summaryElement ? description : undefined);
  const title = textConstruct(item.title ?? item['dc:title'] ?? item['media:title'], scope);
  const links = atomLinks(child(item, 'atom:link'), scope);
  const cdfLink = format === 'cdf' ? attr(item, 'href') : undefined;
  // Some RSS writes its link Atom-style, as <link href="…"/>.
  const link =
    firstText(item.link, attr(first(item.link), 'href'), cdfLink) ??
    permalinkOf(item.guid) ??
    links.alternate;
  return {
    guid: textOf(item.guid) ?? textOf(item.id) ?? attr(item, 'rdf:about')?.trim(),
    link: resolveUrl(link, scopeOf(scope, first(item.link)).base),
    title: title?.value,
    contentHtml: body?.value ?? (description && hasMarkup(description.value) ? description.value : undefined),
    summary: summary?.value,
    author:
      authorsOf(item['dc:creator']) ??
      authorsOf(item.author) ??
      authorsOf(item['dc:author']) ??
      authorsOf(item['itunes:author']),
    categories: termsOf(item),
    published: firstText(
      item.pubDate,
      item['dc:date'],
      item['dcterms:issued'],
      item['dcterms:created'],
      item['atom:published'],
    ),
    updated: firstText(
      item['dcterms:modified'],
      item['dc:date'],
      item['atom:updated'],
      format === 'cdf' ? attr(item, 'lastmod') : undefined,
    ),
    language: textOf(item['dc:language']) ?? languageOf([body ?? description, title], scope),
  };
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
  const parsed = Array.isArray(feed.items) ? feed.items.filter(isNode) : [];
  const items = parsed.length > 0 ? parsed : child(feed, 'items-in-channel').filter(isNode).map(rawItem);
  const isAtom = format === 'atom';
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
  return {
    format,
    title: textValue(feed.title ?? feed['dc:title'], scope),
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
    items: items.map((item) => {
      const itemScope = scopeOf(scope, { $: item.$ });
      return isAtom ? atomItem(item, itemScope, author) : rssItem(item, itemScope, format);
    }),
  };
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

// An item node as xml2js built it (shadowed names) turned into the shape rss-parser's custom fields give.
function rawItem(node: Node): Node {
  const item: Node = { $: node.$ };
  for (const name of ITEM_NAMES) {
    const value = node[SHADOW + name];
    if (value !== undefined) item[name] = value;
  }
  return item;
}
