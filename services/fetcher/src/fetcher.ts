import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { createStageService, createTaskPool, parseDuration, Stage } from '@wirefeed/core';
import type { ParseFeedOptions } from '@wirefeed/feeds';
import type { PollPush } from '@wirefeed/feeds/poll';
import {
  createFeedLock,
  createHostLimiter,
  createPollHandler,
  createSeenItems,
  SEEN_ITEMS_PER_FEED,
} from '@wirefeed/feeds/poll';
import type { SelectedFeed, SelectOptions } from '@wirefeed/feeds/read';
import { parseAndSelect, parseInSlices } from '@wirefeed/feeds/read';
import {
  createSubscriptionStore,
  scheduleSubscription,
  unscheduleSubscription,
} from '@wirefeed/feeds/subscriptions';
import { createServiceWebSub, pollIntervalWithPush, subscribeAfterFetch } from '@wirefeed/feeds/websub';

const FETCH_DEADLINE_MS = 30_000;
const HOST_SLOT_WAIT_MS = 20_000;
/**
 * A big XML feed is read on the event loop a slice of a few hundred items at a time (`parseInSlices`:
 * milliseconds each, then the loop's turn), keeping only the items it takes. One that cannot be cut
 * so (JSON, or a slice that does not parse) is read whole on a thread of the fetcher's own, within this
 * budget and heap, stopped once idle so its memory goes back; the event loop never waits for it.
 */
const PARSE_BUDGET_MS = 60_000;
const PARSE_HEAP_MB = 512;
/** Bodies smaller than this are read whole on the event loop: a few milliseconds. */
const WHOLE_PARSE_BYTES = 256 * 1024;

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
  const parsing = createTaskPool({
    name: 'fetch',
    threads: 1,
    budgetMs: PARSE_BUDGET_MS,
    maxHeapMb: PARSE_HEAP_MB,
    idleMs: 5_000,
    log,
  });
  parsing.use(new URL('./fetch-tasks.ts', import.meta.url));
  const read = async (body: Uint8Array, options: ParseFeedOptions, select: SelectOptions) => {
    if (body.length < WHOLE_PARSE_BYTES) return parseAndSelect(body, options, select);
    const sliced = await parseInSlices(body, options, select).catch(() => undefined);
    return sliced ?? parsing.run<SelectedFeed>('read', { body, options, select });
  };
  const handler = createPollHandler({
    read,
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
    // What each feed's polls queued, remembered as long as the dedup index remembers stories.
    seen: createSeenItems({
      redis: deps.connection,
      prefix: deps.keyPrefix,
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
  const service = createStageService(deps, { name: 'fetcher', queue: Stage.fetch, handler });
  return { ...service, close: () => parsing.close() };
}
