import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { parseDuration, Stage } from '@wirefeed/core';
import type { ScheduleKeeperTimings } from '@wirefeed/feeds/subscriptions';
import { createScheduleKeeper, createSubscriptionStore } from '@wirefeed/feeds/subscriptions';

export type SchedulerOptions = ScheduleKeeperTimings;

/**
 * The scheduler service: syncs feeds.yaml into the subscription store and keeps one job scheduler
 * per active subscription on `fetch` (`createScheduleKeeper` in @wirefeed/feeds/subscriptions).
 */
export function createScheduler(deps: ServiceDeps, options: SchedulerOptions = {}): WirefeedService {
  const log = deps.log.child({ service: 'scheduler' });
  const keeper = createScheduleKeeper({
    ...options,
    store: createSubscriptionStore({ redis: deps.connection, prefix: deps.keyPrefix, log }),
    queue: deps.producer.queue(Stage.fetch),
    file: deps.config.WIREFEED_FEEDS_FILE,
    defaultIntervalMs: parseDuration(deps.config.WIREFEED_POLL_INTERVAL),
    log,
  });
  return { name: 'scheduler', workers: [], start: keeper.start, close: keeper.close };
}
