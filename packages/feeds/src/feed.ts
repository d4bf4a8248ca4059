import type { RawItem } from '@wirefeed/core';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json-feed';

/** A parsed feed: what the channel says about itself, and its items as the parser found them. */
export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  language?: string;
  /** How often the feed asks to be polled (RSS `ttl`, else `sy:updatePeriod` / `sy:updateFrequency`). */
  ttlMinutes?: number;
  items: RawItem[];
}
