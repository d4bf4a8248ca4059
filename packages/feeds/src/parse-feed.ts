import { WirefeedError } from '@wirefeed/core';
import { decodeFeedBytes } from './decode.ts';
import type { ParsedFeed } from './feed.ts';
import { parseJsonFeed } from './json-feed.ts';
import { escapeStrayAmpersands } from './prepare-xml.ts';
import type { Sniffed } from './sniff.ts';
import { sniff } from './sniff.ts';
import { parseXmlFeed } from './xml-feed.ts';

export interface ParseFeedOptions {
  /** Where the body came from: relative links are resolved against it, and errors name it. */
  url?: string;
  /** The response's Content-Type: its charset wins over the document's own declaration. */
  contentType?: string;
}

// rss-parser finds RSS only under these exact names; Atom's prefix, if any, is stripped for it.
const ROOT_FORMATS = new Map<string, 'rss' | 'atom' | 'rdf'>([
  ['rss', 'rss'],
  ['rdf:RDF', 'rdf'],
  ['feed', 'atom'],
]);
const NOT_FEEDS = new Map([
  ['opml', 'not a feed: an OPML subscription list'],
  ['sitemapindex', 'not a feed: a sitemap index'],
  ['urlset', 'not a feed: a sitemap'],
]);

type XmlSniffed = Extract<Sniffed, { kind: 'xml' }>;

class NotParsed extends Error {}

// rss-parser needs a <channel>. Documents without one (empty ones, RSS 0.9x with items straight under
// the root) get one around the root's content (an empty one for RDF, where items are the channel's
// siblings); a malformed rest still fails to parse. A self-closing root is an empty feed: undefined.
function withChannel(text: string, sniffed: XmlSniffed): string | undefined {
  if (/<channel[\s>/]/.test(text)) return text;
  if (sniffed.selfClosing) return undefined;
  const { content } = sniffed;
  if (content === undefined) return text;
  const close = sniffed.root === 'rss' ? text.lastIndexOf('</rss') : content;
  const end = close < content ? text.length : close;
  return `${text.slice(0, content)}<channel>${text.slice(content, end)}</channel>${text.slice(end)}`;
}

// sax reports "Unclosed root tag\nLine: 6\nColumn: 0\nChar: " with a zero-based line.
function xmlReason(err: unknown): string {
  if (!(err instanceof Error)) return `unreadable feed: ${String(err)}`;
  const [headline = '', ...rest] = err.message.split('\n');
  const line = /^Line: (\d+)/.exec(rest.join('\n'));
  if (!line) return `unreadable feed: ${headline}`;
  return `malformed XML: ${headline.charAt(0).toLowerCase()}${headline.slice(1)} (line ${Number(line[1]) + 1})`;
}

async function parseXml(text: string, sniffed: XmlSniffed, url: string | undefined): Promise<ParsedFeed> {
  const local = sniffed.root.slice(sniffed.root.indexOf(':') + 1);
  const format = ROOT_FORMATS.get(sniffed.root) ?? (local === 'feed' ? 'atom' : undefined);
  if (!format) {
    throw new NotParsed(NOT_FEEDS.get(local) ?? `not a feed we read: root element <${sniffed.root}>`);
  }
  const xml = (format === 'atom' ? text : withChannel(text, sniffed))?.trimStart();
  if (xml === undefined) return { format, items: [] };
  const parse = (source: string) => parseXmlFeed(source, format, sniffed.root, sniffed.rootTag, url);
  try {
    return await parse(xml);
  } catch (err) {
    const repaired = escapeStrayAmpersands(xml);
    // sax says "Invalid character entity" or "Invalid character in entity name".
    const entityError = err instanceof Error && /^Invalid character.*entity/.test(err.message);
    if (!entityError || repaired === xml) throw err;
    // The first error is the one worth reporting: it names the document's real flaw.
    return await parse(repaired).catch(() => Promise.reject(err));
  }
}

async function parseText(text: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  const sniffed = sniff(text);
  switch (sniffed.kind) {
    case 'empty':
      throw new NotParsed('empty body');
    case 'html':
      throw new NotParsed('not a feed: looks like an HTML page');
    case 'unknown':
      throw new NotParsed(sniffed.reason);
    case 'json':
      return parseJsonFeed(text, options.contentType, options.url);
    case 'xml':
      return parseXml(text, sniffed, options.url);
  }
}

/**
 * Parses an RSS 0.9x/1.0/2.0, Atom or JSON Feed document into its items. Bytes are decoded first
 * (Content-Type charset, else BOM, else XML declaration, else UTF-8). Rejects with
 * WirefeedError('WF_E_FEED_PARSE') and a human reason for anything that is not a readable feed.
 */
export async function parseFeed(
  body: Uint8Array | string,
  options: ParseFeedOptions = {},
): Promise<ParsedFeed> {
  const details = { ...(options.url ? { url: options.url } : {}), bodyLength: body.length };
  try {
    const text =
      typeof body === 'string'
        ? body.replace(/^\uFEFF/, '')
        : decodeFeedBytes(body, options.contentType).text;
    return await parseText(text, options);
  } catch (err) {
    if (err instanceof WirefeedError) {
      throw new WirefeedError(err.code, err.message, {
        cause: err.cause,
        details: { ...err.details, ...details },
      });
    }
    const reason = err instanceof NotParsed ? err.message : xmlReason(err);
    throw new WirefeedError('WF_E_FEED_PARSE', reason, {
      ...(err instanceof NotParsed ? {} : { cause: err }),
      details,
    });
  }
}
