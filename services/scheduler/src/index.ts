// feeds.yaml parsing moved to @wirefeed/feeds/subscriptions; re-exported so existing imports keep working.
export type { DeclaredFeed } from '@wirefeed/feeds/subscriptions';
export { feedIdFor, parseFeedsFile, readFeedsFile } from '@wirefeed/feeds/subscriptions';
export type { SchedulerOptions } from './scheduler.ts';
export { createScheduler } from './scheduler.ts';
