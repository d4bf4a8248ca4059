import type { Emit, NormalizeJob, RawItem, RunRef } from '@wirefeed/core';
import { jobIds, Stage, shortHash } from '@wirefeed/core/contracts';
import type { FeedItem, ParsedFeed } from './feed.ts';

/**
 * How an item is told apart within its feed: guid → link → hash(link + published) → hash(title + body),
 * as FreshRSS falls back. A guid repeated on different items (some feeds reuse one) is not trusted:
 * those items fall back to the next identity.
 */
export function itemIdentities(items: readonly RawItem[]): string[] {
  const guidCount = new Map<string, number>();
  for (const item of items) if (item.guid) guidCount.set(item.guid, (guidCount.get(item.guid) ?? 0) + 1);
  const linkCount = new Map<string, number>();
  for (const item of items) if (item.link) linkCount.set(item.link, (linkCount.get(item.link) ?? 0) + 1);
  return items.map((item) => {
    if (item.guid && guidCount.get(item.guid) === 1) return `guid:${item.guid}`;
    if (item.link && linkCount.get(item.link) === 1) return `link:${item.link}`;
    if (item.link && item.published) return `linkdate:${shortHash(item.link, item.published)}`;
    return `content:${shortHash(item.title ?? '', item.contentHtml ?? item.contentText ?? item.summary ?? '')}`;
  });
}

export interface NormalizeJobContext {
  feedId: string;
  feedUrl: string;
  feedTitle?: string;
  fetchedAt: string;
  run?: RunRef;
}

/** One distinct item of a feed with what tells it apart: its identity, and its content. */
export interface KeyedItem {
  item: RawItem;
  identity: string;
  /** Hash of the raw item: a changed item is another job, and another version. */
  rawHash: string;
  /** identity + rawHash in one short key: what the seen-item memory stores (see poll/seen-items). */
  key: string;
}

/** The distinct items of a list (of two with one identity the last wins), each keyed. */
export function keyedItems(items: readonly FeedItem[]): KeyedItem[] {
  const identities = itemIdentities(items);
  const byIdentity = new Map<string, RawItem>();
  items.forEach((item, i) => {
    // The feed's own details (every link, scheme, text type) stay with the parse: a job carries the RawItem.
    const { detail: _detail, ...raw } = item;
    byIdentity.set(identities[i] ?? '', raw);
  });
  return [...byIdentity].map(([identity, item]) => {
    const rawHash = shortHash(JSON.stringify(item));
    return { item, identity, rawHash, key: shortHash(identity, rawHash) };
  });
}

/**
 * One normalize job per distinct item of a parsed feed (polled or pushed). The job id joins the feed,
 * the item's identity and a hash of the raw item, so a re-poll of an unchanged item adds nothing new
 * while it is remembered, and a changed item is a new job.
 */
export function normalizeJobsFor(feed: ParsedFeed, ctx: NormalizeJobContext): Emit[] {
  return normalizeJobsForItems(keyedItems(feed.items), feed, ctx);
}

/** `normalizeJobsFor` over items already keyed (and chosen: see poll/select-items). */
export function normalizeJobsForItems(
  items: readonly KeyedItem[],
  feed: Pick<ParsedFeed, 'title'>,
  ctx: NormalizeJobContext,
): Emit[] {
  const title = feed.title ?? ctx.feedTitle;
  return items.map(({ item, identity, rawHash }) => {
    const jobId = jobIds.normalize(ctx.feedId, identity, rawHash, ctx.run);
    const data: NormalizeJob = {
      feedId: ctx.feedId,
      feedUrl: ctx.feedUrl,
      fetchedAt: ctx.fetchedAt,
      item,
      ...(title ? { feedTitle: title } : {}),
      ...(ctx.run ? { run: { id: ctx.run.id, item: jobId } } : {}),
    };
    return { queue: Stage.normalize, jobId, data };
  });
}
