import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { createStageService, parseDuration, Stage } from '@wirefeed/core';
import type { PollPush } from '@wirefeed/feeds/poll';
import { createFeedLock, createHostLimiter, createPollHandler } from '@wirefeed/feeds/poll';
import {
  createSubscriptionStore,
  scheduleSubscription,
  unscheduleSubscription,
} from '@wirefeed/feeds/subscriptions';
import { createServiceWebSub, pollIntervalWithPush, subscribeAfterFetch } from '@wirefeed/feeds/websub';

const FETCH_DEADLINE_MS = 30_000;
const HOST_SLOT_WAIT_MS = 20_000;

/**
 * The fetcher service: consumes `fetch` (one feed poll per job), emits to `normalize`. The polling
 * itself lives in @wirefeed/feeds/poll; this binds it to the store, the queue and the config.
 */
export function createFetcher(deps: ServiceDeps): WirefeedService {
  const { config } = deps;
  const log = deps.log.child({ service: 'fetcher' });
  const store = createSubscriptionStore({ redis: deps.connection, prefix: deps.keyPrefix, log });
  const fetchQueue = deps.producer.queue(Stage.fetch);
  const websub = config.WIREFEED_PUBLIC_URL ? createServiceWebSub({ ...deps, log }) : undefined;
  const push: PollPush | undefined = websub && {
    afterFetch: async (sub, feed, response) =>
      void (await subscribeAfterFetch(websub, sub.id, { feed, response }, log)),
    interval: async (sub, intervalMs) =>
      pollIntervalWithPush(intervalMs, await websub.lookup(sub.id), Date.now()),
    stop: (id) => websub.forget(id),
  };
  const handler = createPollHandler({
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
      redis: deps.connection,
      prefix: deps.keyPrefix,
      limit: config.WIREFEED_FETCH_PER_HOST,
      waitMs: HOST_SLOT_WAIT_MS,
      leaseMs: FETCH_DEADLINE_MS * 2,
    }),
    // Outlasts a whole poll: the host-slot wait, the fetch deadline, and parsing with room to spare.
    lock: createFeedLock({
      redis: deps.connection,
      prefix: deps.keyPrefix,
      ttlMs: HOST_SLOT_WAIT_MS + FETCH_DEADLINE_MS + 60_000,
    }),
    http: {
      allowPrivate: config.WIREFEED_ALLOW_PRIVATE_NETWORKS,
      allowedPorts: config.WIREFEED_ALLOWED_PORTS,
      deadlineMs: FETCH_DEADLINE_MS,
    },
    policy: {
      pauseAfterErrors: config.WIREFEED_PAUSE_AFTER_ERRORS,
      pauseAfterMs: parseDuration(config.WIREFEED_PAUSE_AFTER),
    },
    ...(push ? { push } : {}),
  });
  return createStageService(deps, { name: 'fetcher', queue: Stage.fetch, handler });
}
