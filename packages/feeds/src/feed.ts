import type { RawItem } from '@wirefeed/core';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json-feed' | 'ninjs' | 'cdf' | 'newsml-g2' | 'nitf';

/** A parsed feed: what the channel says about itself, and its items as the parser found them. */
export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  language?: string;
  /** The feed's own author (Atom `author`, RSS `managingEditor` / `dc:creator`, JSON Feed `authors`). */
  author?: string;
  /** When the feed says it last changed (Atom `updated`, RSS `lastBuildDate`), as written. */
  updated?: string;
  /** How often the feed asks to be polled (RSS `ttl`, else `sy:updatePeriod` / `sy:updateFrequency`). */
  ttlMinutes?: number;
  /** WebSub hubs the feed names (`<atom:link rel="hub">`, Atom `<link rel="hub">`, JSON Feed `hubs`). */
  hubs: string[];
  /** The feed's own address as it states it (`rel="self"`, JSON Feed `feed_url`), resolved. */
  self?: string;
  items: RawItem[];
}
