import { WirefeedError } from '@wirefeed/core';
import { decodeFeedBytes } from './decode.ts';
import type { ParsedFeed } from './feed.ts';
import { parseJsonFeed } from './json-feed.ts';
import { sniff } from './sniff.ts';
import { parseXmlFeed } from './xml-feed.ts';

export interface ParseFeedOptions {
  /** Where the body came from: relative links are resolved against it, and errors name it. */
  url?: string;
  /** The response's Content-Type: its charset wins over the document's own declaration. */
  contentType?: string;
}

// rss-parser finds RSS only under these exact names; Atom's prefix, if any, is stripped for it.
const ROOT_FORMATS = new Map([
  ['rss', 'rss'],
  ['rdf:RDF', 'rdf'],
  ['feed', 'atom'],
] as const);
const NOT_FEEDS = new Map([
  ['opml', 'not a feed: an OPML subscription list'],
  ['sitemapindex', 'not a feed: a sitemap index'],
  ['urlset', 'not a feed: a sitemap'],
]);

class NotParsed extends Error {}

// rss-parser needs a <channel>; documents without one (empty ones, RSS 0.9x items straight under the
// root) get an empty one, so they parse, and a malformed rest still fails. Self-closing root: no feed.
function withChannel(text: string, content: number | undefined): string | undefined {
  if (/<channel[\s>/]/.test(text)) return text;
  if (content === undefined) return undefined;
  return `${text.slice(0, content)}<channel></channel>${text.slice(content)}`;
}

// sax reports "Unclosed root tag\nLine: 6\nColumn: 0\nChar: " with a zero-based line.
function xmlReason(err: unknown): string {
  if (!(err instanceof Error)) return `unreadable feed: ${String(err)}`;
  const [headline = '', ...rest] = err.message.split('\n');
  const line = /^Line: (\d+)/.exec(rest.join('\n'));
  if (!line) return `unreadable feed: ${headline}`;
  return `malformed XML: ${headline.charAt(0).toLowerCase()}${headline.slice(1)} (line ${Number(line[1]) + 1})`;
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
    case 'xml': {
      const local = sniffed.root.slice(sniffed.root.indexOf(':') + 1);
      const format = ROOT_FORMATS.get(sniffed.root) ?? (local === 'feed' ? 'atom' : undefined);
      if (!format) throw new NotParsed(NOT_FEEDS.get(local) ?? `not a feed we read: root element <${sniffed.root}>`);
      const xml = format === 'atom' ? text : withChannel(text, sniffed.content);
      if (xml === undefined) return { format, items: [] };
      return await parseXmlFeed(xml.trimStart(), format, sniffed.root, sniffed.rootTag, options.url);
    }
  }
}

/**
 * Parses an RSS 0.9x/1.0/2.0, Atom or JSON Feed document into its items. Bytes are decoded first
 * (Content-Type charset, else BOM, else XML declaration, else UTF-8). Rejects with
 * WirefeedError('WF_E_FEED_PARSE') and a human reason for anything that is not a readable feed.
 */
export async function parseFeed(body: Uint8Array | string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const details = { ...(options.url ? { url: options.url } : {}), bytes: body.length };
  try {
    const text = typeof body === 'string' ? body.replace(/^\uFEFF/, '') : decodeFeedBytes(body, options.contentType).text;
    return await parseText(text, options);
  } catch (err) {
    if (err instanceof WirefeedError) {
      throw new WirefeedError(err.code, err.message, { cause: err.cause, details: { ...err.details, ...details } });
    }
    const reason = err instanceof NotParsed ? err.message : xmlReason(err);
    throw new WirefeedError('WF_E_FEED_PARSE', reason, { ...(err instanceof NotParsed ? {} : { cause: err }), details });
  }
}
