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

/**
 * A link made absolute against the feed's own URL when that is a web address. Relative links in a
 * local file have no base worth resolving against: they stay as they are, as do links already absolute.
 */
export function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  if (link === undefined || base === undefined || !/^https?:/i.test(base)) return link;
  return URL.parse(link, base)?.href ?? link;
}
