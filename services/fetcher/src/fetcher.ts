import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { createStageWorker, parseDuration, Stage } from '@wirefeed/core';
import { createHostLimiter } from '@wirefeed/feeds/poll';
import {
  createSubscriptionStore,
  scheduleSubscription,
  unscheduleSubscription,
} from '@wirefeed/feeds/subscriptions';
import { createServiceWebSub, pollIntervalWithPush, subscribeAfterFetch } from '@wirefeed/feeds/websub';
import { createFeedLock } from './feed-lock.ts';
import type { PollHandlerDeps } from './poll-handler.ts';
import { createPollHandler } from './poll-handler.ts';

const FETCH_DEADLINE_MS = 30_000;

/**
 * The fetcher service: consumes `fetch` (one feed poll per job), emits to `normalize`, and keeps each
 * subscription's state, schedule and push subscription up to date.
 */
export function createFetcher(deps: ServiceDeps): WirefeedService {
  const { config } = deps;
  const log = deps.log.child({ service: 'fetcher' });
  const store = createSubscriptionStore({ redis: deps.connection, prefix: deps.keyPrefix, log });
  const fetchQueue = deps.producer.queue(Stage.fetch);
  const websub = config.WIREFEED_PUBLIC_URL ? createServiceWebSub({ ...deps, log }) : undefined;
  const handlerDeps: PollHandlerDeps = {
    store: {
      get: (id) => store.get(id),
      saveState: async (id, state) => void (await store.saveState(id, state)),
      moveUrl: async (id, url) => void (await store.update(id, { url })),
      pause: async (id, reason) => void (await store.setPaused(id, true, reason)),
    },
    scheduling: {
      async schedule(sub, intervalMs) {
        // While a hub pushes, polling is only the safety net.
        const hub = websub ? await websub.lookup(sub.id) : undefined;
        await scheduleSubscription(fetchQueue, sub, pollIntervalWithPush(intervalMs, hub, Date.now()));
      },
      unschedule: async (id) => void (await unscheduleSubscription(fetchQueue, id)),
    },
    limiter: createHostLimiter({
      redis: deps.connection,
      prefix: deps.keyPrefix,
      limit: config.WIREFEED_FETCH_PER_HOST,
      leaseMs: FETCH_DEADLINE_MS * 3,
    }),
    lock: createFeedLock({ redis: deps.connection, prefix: deps.keyPrefix, ttlMs: FETCH_DEADLINE_MS * 3 }),
    http: {
      allowPrivate: config.WIREFEED_ALLOW_PRIVATE_NETWORKS,
      allowedPorts: config.WIREFEED_ALLOWED_PORTS,
      deadlineMs: FETCH_DEADLINE_MS,
    },
    policy: {
      pauseAfterErrors: config.WIREFEED_PAUSE_AFTER_ERRORS,
      pauseAfterMs: parseDuration(config.WIREFEED_PAUSE_AFTER),
    },
    ...(websub
      ? {
          ensurePush: async (sub, feed, response) => {
            await subscribeAfterFetch(websub, sub.id, { feed, response }, log);
          },
        }
      : {}),
  };
  const worker = createStageWorker({
    queue: Stage.fetch,
    connection: deps.connection,
    producer: deps.producer,
    prefix: deps.queuePrefix,
    keyPrefix: deps.keyPrefix,
    log,
    handler: createPollHandler(handlerDeps),
    concurrency: config.WIREFEED_CONCURRENCY,
  });
  return { name: 'fetcher', workers: [worker] };
}
