import type { FetchJob, Logger, ServiceDeps, StageHandler } from '@wirefeed/core';
import { parseDuration, Stage } from '@wirefeed/core';
import {
  createSubscriptionStore,
  scheduleSubscription,
  unscheduleSubscription,
} from '../subscriptions/index.ts';
import { createServiceWebSub, pollIntervalWithPush, subscribeAfterFetch } from '../websub/index.ts';
import { createFeedLock } from './feed-lock.ts';
import { createHostLimiter } from './host-limiter.ts';
import type { PollHandlerDeps, PollPush } from './poll-handler.ts';
import { createPollHandler } from './poll-handler.ts';
import { createSeenItems, SEEN_ITEMS_PER_FEED } from './seen-items.ts';

const FETCH_DEADLINE_MS = 30_000;
const HOST_SLOT_WAIT_MS = 20_000;

/**
 * The fetch stage as the services run it: the poll handler bound to the subscription store, the
 * fetch queue's schedulers, the per-host cap and per-feed lock, the seen-item memory and, with a
 * public URL, WebSub; every bound from the config. `read` parses a body (the fetcher gives one that
 * moves big feeds off the event loop).
 */
export function createFetchHandler(
  deps: Pick<ServiceDeps, 'config' | 'connection' | 'keyPrefix' | 'producer'> & { log: Logger },
  read?: PollHandlerDeps['read'],
): StageHandler<FetchJob> {
  const { config, connection: redis, keyPrefix: prefix, log } = deps;
  const store = createSubscriptionStore({ redis, prefix, log });
  const fetchQueue = deps.producer.queue(Stage.fetch);
  const websub = config.WIREFEED_PUBLIC_URL ? createServiceWebSub({ ...deps, log }) : undefined;
  const push: PollPush | undefined = websub && {
    afterFetch: async (sub, feed, response) =>
      void (await subscribeAfterFetch(websub, sub.id, { feed, response }, log)),
    interval: async (sub, intervalMs) =>
      pollIntervalWithPush(intervalMs, await websub.lookup(sub.id), Date.now()),
    stop: (id) => websub.forget(id),
  };
  return createPollHandler({
    ...(read ? { read } : {}),
    store: {
      get: (id) => store.get(id),
      saveState: async (id, state) => void (await store.saveState(id, state)),
      moveUrl: async (id, url) => void (await store.update(id, { url })),
      pause: async (id, reason) => void (await store.setPaused(id, true, reason)),
    },
    scheduling: {
      schedule: (sub, intervalMs) => scheduleSubscription(fetchQueue, sub, intervalMs),
      unschedule: async (id) => void (await unscheduleSubscription(fetchQueue, id)),
    },
    limiter: createHostLimiter({
      redis,
      prefix,
      limit: config.WIREFEED_FETCH_PER_HOST,
      waitMs: HOST_SLOT_WAIT_MS,
      leaseMs: FETCH_DEADLINE_MS * 2,
    }),
    // Outlasts a whole poll: the host-slot wait, the fetch deadline, and parsing with room to spare.
    lock: createFeedLock({ redis, prefix, ttlMs: HOST_SLOT_WAIT_MS + FETCH_DEADLINE_MS + 60_000 }),
    http: {
      allowPrivate: config.WIREFEED_ALLOW_PRIVATE_NETWORKS,
      allowedPorts: config.WIREFEED_ALLOWED_PORTS,
      deadlineMs: FETCH_DEADLINE_MS,
    },
    // What each feed's polls queued, remembered as long as the dedup index remembers stories.
    seen: createSeenItems({
      redis,
      prefix,
      windowMs: parseDuration(config.WIREFEED_DEDUP_WINDOW),
      maxPerFeed: SEEN_ITEMS_PER_FEED,
    }),
    maxItemsPerPoll: config.WIREFEED_MAX_ITEMS_PER_POLL,
    policy: {
      pauseAfterErrors: config.WIREFEED_PAUSE_AFTER_ERRORS,
      pauseAfterMs: parseDuration(config.WIREFEED_PAUSE_AFTER),
    },
    ...(push ? { push } : {}),
  });
}
