import type { Emit } from '@wirefeed/core';
import type { ParsedFeed } from '../feed.ts';
import { keyedItems, normalizeJobsForItems } from '../normalize-jobs.ts';
import { parseFeed } from '../parse-feed.ts';
import type { SeenItems } from '../poll/seen-items.ts';
import { selectItems } from '../poll/select-items.ts';

export interface PushContext {
  feedId: string;
  /** The subscription's topic: the feed URL the pushed items belong to. */
  topic: string;
  /** The push request's Content-Type: the hub passes on the topic's. */
  contentType?: string | undefined;
  receivedAt: Date;
}

/** How a push is taken, as a poll is: see `PollHandlerDeps.seen` and `maxItemsPerPoll`. */
export interface PushLimits {
  seen?: SeenItems;
  /** New items queued from one push, newest first; the rest come with the next poll. */
  maxItems?: number;
}

export interface PushedJobs {
  feed: ParsedFeed;
  emits: Emit[];
  /** New items left for the next poll. */
  deferred: number;
  /** Remember the queued items (call once the emits are queued), so the next poll skips them. */
  remember(): Promise<void>;
}

/**
 * Turns a content distribution body into normalize jobs, as a poll of the topic would: the same job
 * ids, the same seen-item memory and the same cap (newest first), so the safety-net poll adds nothing
 * new and a flood is taken a slice at a time. Rejects with WF_E_FEED_PARSE.
 */
export async function normalizeJobsForPush(
  body: Uint8Array,
  ctx: PushContext,
  limits: PushLimits = {},
): Promise<PushedJobs> {
  const feed = await parseFeed(body, {
    url: ctx.topic,
    ...(ctx.contentType ? { contentType: ctx.contentType } : {}),
  });
  const keyed = keyedItems(feed.items);
  const seenAt = limits.seen
    ? await limits.seen.lookup(
        ctx.feedId,
        keyed.map((k) => k.key),
      )
    : [];
  const at = ctx.receivedAt.getTime();
  const selection = selectItems(keyed, seenAt, {
    cap: limits.maxItems ?? Number.POSITIVE_INFINITY,
    refreshBefore: at - (limits.seen?.windowMs ?? 0) / 4,
  });
  const emits = normalizeJobsForItems(selection.taken, feed, {
    feedId: ctx.feedId,
    feedUrl: ctx.topic,
    fetchedAt: ctx.receivedAt.toISOString(),
  });
  const keys = [...selection.taken.map((k) => k.key), ...selection.refresh];
  return {
    feed,
    emits,
    deferred: selection.deferred,
    remember: async () => {
      if (limits.seen && keys.length > 0) await limits.seen.remember(ctx.feedId, keys, at);
    },
  };
}
