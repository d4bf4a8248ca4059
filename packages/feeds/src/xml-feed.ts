import type { RawItem } from '@wirefeed/core';
import Parser from 'rss-parser';
import type { ParsedFeed } from './feed.ts';
import { resolveLink } from './feed.ts';
import { attr, first, hasMarkup, isNode, markupOf, personOf, termsOf, textOf } from './nodes.ts';
import { xhtmlAsCdata } from './prepare-xml.ts';

type XmlFormat = 'rss' | 'atom' | 'rdf';

// rss-parser runs a regex with quadratic backtracking over description, content and content:encoded
// (its contentSnippet: hostile text hangs it for hours), throws on the whole feed when one Atom date is
// invalid, and keeps only the text of a title that has child elements. Renaming those elements as they
// are parsed hides them from rss-parser; the custom fields below hand them to us raw. Atom links too,
// which rss-parser reads assuming every <link> has attributes.
const SHADOW = 'wf-shadow:';
const SHADOWED = ['title', 'description', 'content', 'content:encoded', 'summary', 'published', 'updated'];

function shadowing(format: XmlFormat, root: string): (name: string) => string {
  const names = new Set(format === 'atom' ? [...SHADOWED, 'link'] : SHADOWED);
  // rss-parser knows Atom only as the default namespace; <atom:feed> documents lose their prefix.
  const prefix = format === 'atom' && root.includes(':') ? root.slice(0, root.indexOf(':') + 1) : undefined;
  return (tag) => {
    const name = prefix && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    return names.has(name) ? SHADOW + name : name;
  };
}

const raw = (name: string, to = name): [string, string, { keepArray: boolean }] => [
  SHADOWED.includes(name) || name === 'link' ? SHADOW + name : name,
  `wf:${to}`,
  { keepArray: true },
];

// Fallbacks read by name: Dublin Core terms, and Atom 0.3's issued/modified.
const FALLBACKS = ['dc:description', 'dcterms:issued', 'dcterms:modified', 'issued', 'modified'];
const ITEM_FIELDS = [
  ...[...SHADOWED, 'link', 'guid', 'category', 'dc:subject'].map((name) => raw(name)),
  raw('$', 'attrs'),
  ...FALLBACKS,
];
// rss-parser's types accept only names for feed fields; its runtime (copyFromXML) takes the same
// [from, to, options] tuples as for items.
const FEED_FIELDS = [
  raw('title'),
  raw('link'),
  'dc:language',
  'sy:updatePeriod',
  'sy:updateFrequency',
] as unknown as string[];

const PERIOD_MINUTES = new Map([
  ['hourly', 60],
  ['daily', 1440],
  ['weekly', 10_080],
  ['monthly', 43_200],
  ['yearly', 525_600],
]);

function ttlMinutesOf(feed: Record<string, unknown>): number | undefined {
  const ttl = Number(textOf(feed.ttl));
  if (Number.isInteger(ttl) && ttl > 0) return ttl;
  const period = PERIOD_MINUTES.get(textOf(feed['sy:updatePeriod'])?.toLowerCase() ?? '');
  const frequency = Number(textOf(feed['sy:updateFrequency']) ?? 1);
  if (!period || !(frequency >= 1)) return undefined;
  return Math.max(1, Math.round(period / frequency));
}

// Atom: the alternate link, else one without rel, else the first; hrefs in attributes, text as a fallback.
function atomLink(links: unknown): string | undefined {
  const all = Array.isArray(links) ? links : [links];
  const rel = (link: unknown) => attr(link, 'rel') ?? 'alternate';
  const chosen = all.find((link) => rel(link) === 'alternate') ?? all[0];
  return attr(chosen, 'href')?.trim() || textOf(chosen);
}

function atomBodies(item: Record<string, unknown>): Pick<RawItem, 'contentHtml' | 'contentText' | 'summary'> {
  const node = first(item['wf:content']);
  const body = markupOf(node);
  const type = attr(node, 'type')?.toLowerCase() ?? '';
  // Untyped content is text by the spec, but feeds often leave the type off escaped HTML.
  const isHtml = type === '' ? hasMarkup(body ?? '') : type.includes('html');
  // Any other media type is base64 by the spec: an attachment, not a story's body.
  const isText = !isHtml && (type === '' || type === 'text' || type.startsWith('text/'));
  return {
    contentHtml: isHtml ? body : undefined,
    contentText: isText ? body : undefined,
    summary: markupOf(item['wf:summary']),
  };
}

function rssBodies(item: Record<string, unknown>): Pick<RawItem, 'contentHtml' | 'summary'> {
  const description = markupOf(item['wf:description']) ?? markupOf(item['dc:description']);
  const encoded = markupOf(item['wf:content:encoded']);
  return {
    contentHtml: encoded ?? (description && hasMarkup(description) ? description : undefined),
    summary: description,
  };
}

function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    const text = textOf(value);
    if (text !== undefined) return text;
  }
  return undefined;
}

// An RSS guid is the item's address unless isPermaLink says otherwise.
function permalinkOf(guid: unknown): string | undefined {
  const value = textOf(guid);
  return value && /^https?:\/\//i.test(value) && attr(first(guid), 'isPermaLink') !== 'false'
    ? value
    : undefined;
}

function toRawItem(
  item: Record<string, unknown>,
  format: XmlFormat,
  language: string | undefined,
  base?: string,
): RawItem {
  const isAtom = format === 'atom';
  const guid = textOf(item['wf:guid']) ?? textOf(item.id) ?? textOf(item['rdf:about']);
  const link = isAtom ? atomLink(item['wf:link']) : (textOf(item.link) ?? permalinkOf(item['wf:guid']));
  return {
    guid,
    link: resolveLink(link, base),
    title: markupOf(item['wf:title']) ?? textOf(item.title),
    ...(isAtom ? atomBodies(item) : rssBodies(item)),
    author: personOf(item['dc:creator']) ?? personOf(item.author),
    categories: [...new Set([...termsOf(item['wf:category']), ...termsOf(item['wf:dc:subject'])])],
    published: firstText(
      item.pubDate,
      item.isoDate,
      item['dc:date'],
      item['wf:published'],
      item['dcterms:issued'],
      item.issued,
    ),
    updated: firstText(item['wf:updated'], item['dcterms:modified'], item.modified),
    language: textOf(item.language) ?? (attr({ $: item['wf:attrs'] }, 'xml:lang')?.trim() || language),
  };
}

/** Parses RSS 0.9x/1.0/2.0 and Atom with rss-parser; rejects with whatever rss-parser or xml2js throws. */
export async function parseXmlFeed(
  xml: string,
  format: XmlFormat,
  root: string,
  rootTag: string,
  url?: string,
): Promise<ParsedFeed> {
  // A parser per call: xml2js keeps parse state on the instance.
  const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
    defaultRSS: 2,
    xml2js: { tagNameProcessors: [shadowing(format, root)] },
    customFields: { feed: FEED_FIELDS, item: ITEM_FIELDS },
  });
  const feed: Record<string, unknown> = await parser.parseString(format === 'atom' ? xhtmlAsCdata(xml) : xml);
  const rootLang = /\sxml:lang\s*=\s*["']([^"']*)["']/.exec(rootTag)?.[1]?.trim() || undefined;
  const language = textOf(feed.language) ?? textOf(feed['dc:language']) ?? rootLang;
  const items = Array.isArray(feed.items) ? feed.items.filter(isNode) : [];
  return {
    format,
    title: markupOf(feed['wf:title']) ?? textOf(feed.title),
    link: resolveLink(format === 'atom' ? atomLink(feed['wf:link']) : textOf(feed.link), url),
    language,
    ttlMinutes: ttlMinutesOf(feed),
    items: items.map((item) => toRawItem(item, format, language, url)),
  };
}
