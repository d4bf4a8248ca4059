export type { FeedLock } from './feed-lock.ts';
export { createFeedLock } from './feed-lock.ts';
export { createFetcher } from './fetcher.ts';
export type { EnsurePush, PollHandlerDeps, PollScheduling, PollStore } from './poll-handler.ts';
export { createPollHandler } from './poll-handler.ts';
