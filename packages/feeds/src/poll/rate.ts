import type { RawItem } from '@wirefeed/core';

const DAY = 86_400_000;
/** How much a new observation moves the average: a rate change shows within a handful of polls. */
const WEIGHT = 0.3;

function itemTime(item: RawItem): number | undefined {
  const t = Date.parse(item.published ?? item.updated ?? '');
  return Number.isNaN(t) ? undefined : t;
}

/** The newest item date of a feed, ignoring dates in the future (clock skew, scheduled posts). */
export function newestItemTime(items: readonly RawItem[], now: Date): number | undefined {
  let newest: number | undefined;
  for (const item of items) {
    const t = itemTime(item);
    if (t !== undefined && t <= now.getTime() + 60_000 && (newest === undefined || t > newest)) newest = t;
  }
  return newest;
}

/** A feed's items never count as closer together than this, so two items a second apart do not read as a firehose. */
const MIN_SPAN_MS = 10 * 60_000;

/**
 * Items per day as the feed itself shows it: the items dated within the last week, over the time
 * between the oldest and the newest of them (a feed shows only its last N items, so that span, not the
 * week, is what they measure), blended into the previous average. Feeds without dates say nothing.
 */
export function publishingRate(items: readonly RawItem[], now: Date, previous?: number): number | undefined {
  const weekAgo = now.getTime() - 7 * DAY;
  const times = items
    .map(itemTime)
    .filter((t): t is number => t !== undefined && t >= weekAgo && t <= now.getTime() + 60_000);
  // Nothing new this week says the feed is quiet, not that its usual rate changed: keep the rate, so
  // the quiet-feed check can still compare the silence with the usual gap.
  if (times.length === 0) return previous;
  const oldest = Math.min(...times);
  const newest = Math.max(...times);
  const observed =
    times.length === 1
      ? DAY / Math.max(DAY, now.getTime() - oldest)
      : ((times.length - 1) * DAY) / Math.max(MIN_SPAN_MS, newest - oldest);
  return previous === undefined ? observed : previous * (1 - WEIGHT) + observed * WEIGHT;
}

/** How many items are newer than the newest one seen before: a cheap "new items" count for the state. */
export function countNewItems(items: readonly RawItem[], lastItemAt: string | undefined): number {
  const since = lastItemAt ? Date.parse(lastItemAt) : Number.NEGATIVE_INFINITY;
  return items.filter((item) => (itemTime(item) ?? Number.NEGATIVE_INFINITY) > since).length;
}
