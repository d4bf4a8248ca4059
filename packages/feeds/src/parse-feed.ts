import { WirefeedError } from '@wirefeed/core/contracts';
import { decodeFeedBytes } from './decode.ts';
import type { ParsedFeed } from './feed.ts';
import { parseJsonFeed } from './json-feed.ts';
import { parseWireDocument, WIRE_ROOTS } from './newsml-g2.ts';
import { markupAsCdata, repairEntities, repairReferences } from './prepare-xml.ts';
import type { Sniffed } from './sniff.ts';
import { sniff } from './sniff.ts';
import type { XmlFormat } from './xml-feed.ts';
import { parseXmlFeed } from './xml-feed.ts';
import { XmlTreeError } from './xml-tree.ts';

export interface ParseFeedOptions {
  /** Where the body came from: relative links are resolved against it, and errors name it. */
  url?: string;
  /** The response's Content-Type: its charset wins over the document's own declaration. */
  contentType?: string;
  /** The response's Content-Language: the feed's language when the feed itself names none. */
  contentLanguage?: string;
}

// By the root's local name, whatever its prefix or case (CDF is upper case, RSS is sometimes prefixed).
const ROOT_FORMATS = new Map<string, XmlFormat>([
  ['rss', 'rss'],
  ['rdf', 'rdf'],
  ['feed', 'atom'],
  ['channel', 'cdf'],
]);
const NOT_FEEDS = new Map([
  ['opml', 'not a feed: an OPML subscription list'],
  ['sitemapindex', 'not a feed: a sitemap index'],
  ['urlset', 'not a feed: a sitemap'],
  ['newsml', 'not a feed we read: NewsML 1.x (NewsML-G2 and NITF are read)'],
  ['conceptitem', 'not a feed: a NewsML-G2 concept item describes a concept, it carries no news'],
  ['knowledgeitem', 'not a feed: a NewsML-G2 knowledge item is a catalog of concepts, it carries no news'],
  ['planningitem', 'not a feed: a NewsML-G2 planning item announces coverage, it carries no news'],
]);

type XmlSniffed = Extract<Sniffed, { kind: 'xml' }>;

class NotParsed extends Error {}

const CHANNEL = /<(?:[\w.-]+:)?channel[\s>/]/i;

// rss-parser needs a <channel>. Documents without one (empty ones, RSS 0.9x with items straight under
// the root) get one around the root's content (an empty one for RDF, where items are the channel's
// siblings); a malformed rest still fails to parse.
function withChannel(text: string, sniffed: XmlSniffed, format: XmlFormat): string {
  if (CHANNEL.test(text)) return text;
  const { content } = sniffed;
  if (content === undefined) return text;
  const close = format === 'rss' ? text.lastIndexOf(`</${sniffed.root}`) : content;
  const end = close < content ? text.length : close;
  return `${text.slice(0, content)}<channel>${text.slice(content, end)}</channel>${text.slice(end)}`;
}

// CDF (Microsoft's Channel Definition Format) is an RSS channel in all but name: given an <rss> root
// around it, rss-parser finds its channel and items, and its upper-case names are canonicalized.
const asRss = (text: string, sniffed: XmlSniffed) =>
  `${text.slice(0, sniffed.start)}<rss version="2.0">${text.slice(sniffed.start).trimEnd()}</rss>`;

// sax reports "Unclosed root tag\nLine: 6\nColumn: 0\nChar: " with a zero-based line.
// Anything else thrown while parsing is a library's internals (a TypeError inside rss-parser): the user
// is told what is wrong in words, and the exception stays the error's cause for whoever debugs it.
function xmlReason(err: unknown): string {
  const unreadable = 'unreadable feed: its XML is not in the shape of a feed we read';
  if (!(err instanceof Error)) return unreadable;
  const [headline = '', ...rest] = err.message.split('\n');
  const line = /^Line: (\d+)/.exec(rest.join('\n'));
  if (!line)
    return /^Unexpected end/.test(headline) ? 'malformed XML: the document ends too early' : unreadable;
  return `malformed XML: ${headline.charAt(0).toLowerCase()}${headline.slice(1)} (line ${Number(line[1]) + 1})`;
}

// A document cut short (a dropped connection, a full disk) is refused rather than read in part: its
// last item would arrive damaged, and look like a new version of a story.
const TRUNCATED = /^(Unclosed root tag|Unexpected end)/;

function endsWithRoot(text: string, root: string): boolean {
  return new RegExp(String.raw`</${root.replace(/[.]/g, '\\.')}\s*>\s*$`, 'i').test(text.slice(-512));
}

async function parseXml(text: string, sniffed: XmlSniffed, options: ParseFeedOptions): Promise<ParsedFeed> {
  const { url } = options;
  // "Content-Language: en, fr" names several; only a single one says what the feed is in.
  const language = options.contentLanguage?.includes(',')
    ? undefined
    : options.contentLanguage?.trim() || undefined;
  const written = sniffed.root.slice(sniffed.root.indexOf(':') + 1);
  // NewsML-G2 and NITF: read from the root on (the prolog, with any DOCTYPE, is left behind).
  if (WIRE_ROOTS.has(written)) {
    try {
      return parseWireDocument(text.slice(sniffed.start), { url, language });
    } catch (err) {
      if (err instanceof XmlTreeError) throw new NotParsed(err.message);
      throw err;
    }
  }
  const local = written.toLowerCase();
  const format = ROOT_FORMATS.get(local);
  if (!format) {
    throw new NotParsed(NOT_FEEDS.get(local) ?? `not a feed we read: root element <${sniffed.root}>`);
  }
  if (sniffed.selfClosing) return { format, hubs: [], items: [] };
  const repaired = repairReferences(text);
  // RSS 1.1's root is a <Channel> too, in its own namespace: read as RSS, reported as the RSS 1.x family.
  if (format === 'cdf' && RSS11.test(sniffed.rootTag))
    return parseRss11(repaired, sniffed, options, language);
  const shaped =
    format === 'cdf'
      ? asRss(repaired, sniffed)
      : format === 'atom'
        ? repaired
        : withChannel(repaired, sniffed, format);
  const atom10 =
    format === 'atom' &&
    /xmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.test(sniffed.rootTag);
  const xml = markupAsCdata(shaped, atom10).trimStart();
  const parse = (source: string, strict = true) =>
    parseXmlFeed(source, { format, rootTag: sniffed.rootTag, url, language, strict });
  try {
    return await parse(xml);
  } catch (err) {
    // The first error is the one worth reporting: it names the document's real flaw.
    const message = err instanceof Error ? err.message : '';
    if (TRUNCATED.test(message)) throw err;
    const escaped = repairEntities(xml);
    if (escaped !== xml && /^Invalid character.*entity/.test(message)) {
      const second = await parse(escaped).catch(() => undefined);
      if (second) return second;
    }
    // Last, sax's own lenient mode: mismatched and unclosed inner tags, unquoted attributes, bare
    // HTML. Only for a document whose root closes: lenient sax never finishes one that does not.
    if (!endsWithRoot(escaped, format === 'cdf' ? 'rss' : sniffed.root)) throw err;
    return await parse(escaped, false).catch(() => Promise.reject(err));
  }
}

const RSS11 = /\sxmlns\s*=\s*["']http:\/\/purl\.org\/net\/rss1\.1#["']/;

function parseRss11(
  text: string,
  sniffed: XmlSniffed,
  options: ParseFeedOptions,
  language: string | undefined,
): Promise<ParsedFeed> {
  const xml = markupAsCdata(asRss(text, sniffed), false).trimStart();
  return parseXmlFeed(xml, {
    format: 'rdf',
    rootTag: sniffed.rootTag,
    url: options.url,
    language,
    strict: true,
  });
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
      return parseXml(text, sniffed, options);
  }
}

/**
 * Parses an RSS 0.9x/1.0/2.0, Atom 0.3/1.0, CDF, JSON Feed 1.0/1.1, IPTC ninjs, NewsML-G2 or NITF
 * document into its items. Bytes are decoded first (Content-Type charset, else BOM, else XML declaration, else UTF-8).
 * Rejects with WirefeedError('WF_E_FEED_PARSE') and a human reason for anything that is not a readable
 * feed.
 */
export async function parseFeed(
  body: Uint8Array | string,
  options: ParseFeedOptions = {},
): Promise<ParsedFeed> {
  const details = { ...(options.url ? { url: options.url } : {}), bodyLength: body.length };
  // Errors name the feed: a run over several sources, or a log line, must say which one is broken.
  const named = (reason: string) => (options.url ? `${options.url}: ${reason}` : reason);
  try {
    if (typeof body === 'string') return await parseText(body.replace(/^\uFEFF/, ''), options);
    const decoded = decodeFeedBytes(body, options.contentType);
    return { ...(await parseText(decoded.text, options)), encoding: decoded.label ?? decoded.encoding };
  } catch (err) {
    if (err instanceof WirefeedError) {
      throw new WirefeedError(err.code, named(err.message), {
        cause: err.cause,
        details: { ...err.details, ...details },
      });
    }
    const reason = err instanceof NotParsed ? err.message : xmlReason(err);
    throw new WirefeedError('WF_E_FEED_PARSE', named(reason), {
      ...(err instanceof NotParsed ? {} : { cause: err }),
      details,
    });
  }
}
