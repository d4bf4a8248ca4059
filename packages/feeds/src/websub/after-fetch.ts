import type { Logger } from '@wirefeed/core';
import { nullLogger } from '@wirefeed/core';
import { decodeFeedBytes } from '../decode.ts';
import { discoverHub } from './discover.ts';
import type { HubState, HubStateStore } from './store.ts';
import type { EnsureOutcome, WebSub } from './websub.ts';

/** What the fetcher has after a successful poll: the parsed feed's links (when the parser reports them) and the response. */
export interface FetchedFeed {
  feed: { hubs?: readonly string[]; self?: string };
  response: { url: string; headers: Headers; body: Uint8Array };
}

/**
 * Subscribes a feed at the hub it advertises, after a successful fetch. The `Link:` header comes
 * first (the spec's preferred place); the document's own links come from the parsed feed, or are
 * read from the body while the parser does not report them. The topic is the feed's `rel="self"`,
 * else the URL that answered. Never throws: a poll must not fail because push could not be set up.
 */
export async function subscribeAfterFetch(
  websub: Pick<WebSub, 'ensureSubscribed'>,
  feedId: string,
  fetched: FetchedFeed,
  log: Logger = nullLogger(),
): Promise<EnsureOutcome | 'no-hub'> {
  const { feed, response } = fetched;
  const link = response.headers.get('link');
  const found =
    feed.hubs === undefined
      ? discoverHub(
          decodeFeedBytes(response.body, response.headers.get('content-type') ?? undefined).text,
          link,
          response.url,
        )
      : discoverHub('', link, response.url);
  const hub = found.hubs[0] ?? feed.hubs?.[0];
  if (hub === undefined) return 'no-hub';
  const topic = found.self ?? feed.self ?? response.url;
  try {
    return await websub.ensureSubscribed(feedId, { hub, topic });
  } catch (err) {
    log.warn({ err, feedId, hub }, 'websub subscription not set up');
    return 'failed';
  }
}

/**
 * The subscription store's `state.hub` as WebSub's hub state, so WebSub's bookkeeping lives in the
 * subscription itself: `createRedisWebSubStore(redis, prefix, { hubState: hubStateInSubscriptions(store) })`.
 * `patchState` keeps the fetcher's concurrent state writes intact.
 */
export function hubStateInSubscriptions(subscriptions: {
  getState(id: string): Promise<{ hub?: HubState } | undefined>;
  patchState(id: string, patch: { hub?: HubState }): Promise<unknown>;
}): HubStateStore {
  return {
    load: async (feedId) => (await subscriptions.getState(feedId))?.hub,
    save: async (feedId, hub) => void (await subscriptions.patchState(feedId, { hub })),
  };
}
