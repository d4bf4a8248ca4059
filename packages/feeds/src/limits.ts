/**
 * Items read from one document (a feed, a news message). A document listing more is cut to its first
 * ones: no input decides an unbounded amount of work downstream.
 */
export const MAX_FEED_ITEMS = 1_000;
