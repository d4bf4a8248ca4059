import type { RawItem } from '@wirefeed/core';
import Parser from 'rss-parser';
import type { ParsedFeed } from './feed.ts';
import { attr, first, hasMarkup, isNode, markupOf, personOf, termsOf, textOf } from './nodes.ts';
import { xhtmlAsCdata } from './xhtml.ts';

type XmlFormat = 'rss' | 'atom' | 'rdf';

// rss-parser runs a regex with quadratic backtracking over description, content and content:encoded
// (its contentSnippet: hostile text hangs it for hours) and throws on the whole feed when one Atom date
// is invalid. Renaming those elements as they are parsed hides them from rss-parser; the custom fields
// below hand them to us raw. Atom links too, which rss-parser reads assuming every <link> has attributes.
const SHADOW = 'wf-shadow:';
const SHADOWED = ['description', 'content', 'content:encoded', 'summary', 'published', 'updated'];

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

const ITEM_FIELDS = [
  ...[...SHADOWED, 'link', 'guid', 'category', 'dc:subject'].map((name) => raw(name)),
  raw('$', 'attrs'),
];
// rss-parser's types accept only names for feed fields; its runtime (copyFromXML) takes the same
// [from, to, options] tuples as for items.
const FEED_FIELDS = [raw('link'), 'dc:language', 'sy:updatePeriod', 'sy:updateFrequency'] as unknown as string[];

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

function resolved(link: string | undefined, base: string | undefined): string | undefined {
  if (link === undefined || base === undefined) return link;
  return URL.parse(link, base)?.href ?? link;
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
  const type = attr(node, 'type')?.toLowerCase();
  // Untyped content is text by the spec, but feeds often leave the type off escaped HTML.
  const isHtml = type === undefined ? hasMarkup(body ?? '') : type.includes('html');
  return {
    contentHtml: isHtml ? body : undefined,
    contentText: isHtml ? undefined : body,
    summary: markupOf(item['wf:summary']),
  };
}

function rssBodies(item: Record<string, unknown>): Pick<RawItem, 'contentHtml' | 'summary'> {
  const description = markupOf(item['wf:description']);
  const encoded = markupOf(item['wf:content:encoded']);
  return { contentHtml: encoded ?? (description && hasMarkup(description) ? description : undefined), summary: description };
}

// An RSS guid is the item's address unless isPermaLink says otherwise.
function permalinkOf(guid: unknown): string | undefined {
  const value = textOf(guid);
  return value && /^https?:\/\//i.test(value) && attr(first(guid), 'isPermaLink') !== 'false' ? value : undefined;
}

function toRawItem(item: Record<string, unknown>, format: XmlFormat, language: string | undefined, base?: string): RawItem {
  const isAtom = format === 'atom';
  const guid = textOf(item['wf:guid']) ?? textOf(item.id) ?? textOf(item['rdf:about']);
  const link = isAtom ? atomLink(item['wf:link']) : (textOf(item.link) ?? permalinkOf(item['wf:guid']));
  return {
    guid,
    link: resolved(link, base),
    title: textOf(item.title),
    ...(isAtom ? atomBodies(item) : rssBodies(item)),
    author: personOf(item['dc:creator']) ?? personOf(item.author),
    categories: [...new Set([...termsOf(item['wf:category']), ...termsOf(item['wf:dc:subject'])])],
    published: textOf(item.pubDate) ?? textOf(item.isoDate) ?? textOf(item['dc:date']) ?? textOf(item['wf:published']),
    updated: textOf(item['wf:updated']),
    language: textOf(item.language) ?? attr({ $: item['wf:attrs'] }, 'xml:lang')?.trim() ?? language,
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
    title: textOf(feed.title),
    link: resolved(format === 'atom' ? atomLink(feed['wf:link']) : textOf(feed.link), url),
    language,
    ttlMinutes: ttlMinutesOf(feed),
    items: items.map((item) => toRawItem(item, format, language, url)),
  };
}
