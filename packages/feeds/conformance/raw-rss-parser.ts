// rss-parser as it comes, for the "before" figure in docs/adr/0005: bytes decoded as we decode them
// (so that charset handling is not what is measured), then `parseString` with its default options, or
// with `defaultRSS: 2`, and its output mapped field for field onto ParsedFeed with no repair at all.
import { WirefeedError } from '@wirefeed/core';
import Parser from 'rss-parser';
import { decodeFeedBytes } from '../src/decode.ts';
import type { FeedFormat, ParsedFeed } from '../src/feed.ts';
import type { ParseFeedOptions } from '../src/parse-feed.ts';

type Loose = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function formatOf(xml: string): FeedFormat {
  if (/<(?:\w+:)?feed[\s>]/.test(xml)) return 'atom';
  return /<rdf:RDF[\s>]/.test(xml) ? 'rdf' : 'rss';
}

/** A parse function over rss-parser alone; any error it throws is reported as a parse failure. */
export function rawRssParser(
  defaultRSS?: 2,
): (body: Uint8Array, options: ParseFeedOptions) => Promise<ParsedFeed> {
  return async (body, options) => {
    const xml = decodeFeedBytes(body, options.contentType).text;
    const parser = new Parser<Loose, Loose>(defaultRSS ? { defaultRSS } : {});
    let feed: Loose;
    try {
      feed = await parser.parseString(xml);
    } catch (err) {
      // A TypeError is rss-parser tripping over a shape it did not expect: a crash, not a verdict.
      if (err instanceof TypeError) throw err;
      throw new WirefeedError('WF_E_FEED_PARSE', 'rss-parser failed', { cause: err });
    }
    const items = Array.isArray(feed.items) ? (feed.items as Loose[]) : [];
    return {
      format: formatOf(xml),
      title: text(feed.title),
      link: text(feed.link),
      language: text(feed.language),
      author: text(feed.creator) ?? text(feed.author),
      updated: text(feed.lastBuildDate),
      hubs: [],
      items: items.map((item) => ({
        guid: text(item.guid) ?? text(item.id),
        link: text(item.link),
        title: text(item.title),
        contentHtml: text(item['content:encoded']) ?? text(item.content),
        summary: text(item.summary) ?? text(item.content),
        author: text(item.creator) ?? text(item.author),
        categories: Array.isArray(item.categories)
          ? item.categories.filter((c) => typeof c === 'string')
          : [],
        published: text(item.pubDate),
        language: text(item.language) ?? text(feed.language),
      })),
    };
  };
}
