import type { Emit } from '@wirefeed/core';
import type { ParsedFeed } from '../feed.ts';
import { normalizeJobsFor } from '../normalize-jobs.ts';
import { parseFeed } from '../parse-feed.ts';

export interface PushContext {
  feedId: string;
  /** The subscription's topic: the feed URL the pushed items belong to. */
  topic: string;
  /** The push request's Content-Type: the hub passes on the topic's. */
  contentType?: string | undefined;
  receivedAt: Date;
}

/**
 * Turns a content distribution body into normalize jobs, as a poll of the topic would: an item
 * pushed and then polled unchanged gets the same job id, so the safety-net poll adds nothing new.
 * Rejects with WF_E_FEED_PARSE.
 */
export async function normalizeJobsForPush(
  body: Uint8Array,
  ctx: PushContext,
): Promise<{ feed: ParsedFeed; emits: Emit[] }> {
  const feed = await parseFeed(body, {
    url: ctx.topic,
    ...(ctx.contentType ? { contentType: ctx.contentType } : {}),
  });
  const emits = normalizeJobsFor(feed, {
    feedId: ctx.feedId,
    feedUrl: ctx.topic,
    fetchedAt: ctx.receivedAt.toISOString(),
  });
  return { feed, emits };
}
