export { feedIdFor } from './feed-id.ts';
export type { DeclaredFeed, FeedsFileSyncResult, KeptMove, SyncConflict } from './feeds-file.ts';
export { parseFeedsFile, readFeedsFile, syncFeedsFile } from './feeds-file.ts';
export { importOpmlFeeds } from './import-opml.ts';
export type { OpmlDocument, OpmlFeed, OpmlSkipped } from './opml.ts';
export { buildOpml, parseOpml } from './opml.ts';
export type { ScheduleSyncResult } from './schedule.ts';
export {
  fetchJobFor,
  fetchNow,
  pollIntervalFor,
  SCHEDULER_PREFIX,
  schedulerIdFor,
  scheduleSubscription,
  syncSchedules,
  unscheduleSubscription,
} from './schedule.ts';
export type { ScheduleKeeperDeps, ScheduleKeeperTimings } from './schedule-keeper.ts';
export { createScheduleKeeper } from './schedule-keeper.ts';
export { SubscriptionStatus, subscriptionStatus } from './status.ts';
export type { SubscriptionPatch, SubscriptionStore } from './store.ts';
export {
  createSubscriptionStore,
  DEFAULT_MAX_INTERVAL_MS,
  MIN_INTERVAL_MS,
  SubscriptionProblem,
  subscriptionUrlKey,
} from './store.ts';
export { hasControlCharacter, mayReadLocalFiles, sameFeedUrl, storedFeedUrl } from './store-codec.ts';
export type {
  FetchError,
  NewSubscription,
  Subscription,
  SubscriptionConfig,
  SubscriptionState,
} from './subscription.ts';
export {
  FetchErrorSchema,
  SubscriptionConfigSchema,
  SubscriptionIdSchema,
  SubscriptionOrigin,
  SubscriptionStateSchema,
} from './subscription.ts';
