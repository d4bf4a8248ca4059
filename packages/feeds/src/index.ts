export type { DecodedText } from './decode.ts';
export { decodeFeedBytes } from './decode.ts';
export type { FeedFormat, ParsedFeed } from './feed.ts';
export type { KeyedItem, NormalizeJobContext } from './normalize-jobs.ts';
export { itemIdentities, keyedItems, normalizeJobsFor, normalizeJobsForItems } from './normalize-jobs.ts';
export type { ParseFeedOptions } from './parse-feed.ts';
export { parseFeed } from './parse-feed.ts';
export type { FeedSource } from './read-source.ts';
export { readFeedSource } from './read-source.ts';
