import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ParsedFeed, SkippedEntry } from '../feed.ts';
import { keyedItems } from '../normalize-jobs.ts';
import type { ParseFeedOptions } from '../parse-feed.ts';
import { parseFeed } from '../parse-feed.ts';
import { feedSlices } from './feed-slices.ts';
import type { Selection } from './select-items.ts';
import { NewestNewItems } from './select-items.ts';

/** What a poll asks of the items of the feed it reads (see `selectItems`). */
export interface SelectOptions {
  /** When each item key a poll queued before was last seen (see `SeenItems.all`). */
  seen: ReadonlyMap<string, number>;
  cap: number;
  refreshBefore: number;
}

/**
 * A feed read for a poll: `items` are only the ones to queue (newest first, at most the cap), with
 * their keys in `selection`; what the feed says about itself is all there. Small whatever the feed's
 * size, so it crosses a thread boundary cheaply.
 */
export interface SelectedFeed extends ParsedFeed {
  selection: Selection & { total: number };
}

/** Items per slice when a big XML feed is read in slices (see `parseInSlices`). */
export const SLICE_ITEMS = 250;

/** Parse a feed whole and choose its items to queue. Pure: a task thread can run it. */
export async function parseAndSelect(
  body: Uint8Array | string,
  options: ParseFeedOptions,
  select: SelectOptions,
): Promise<SelectedFeed> {
  const newest = new NewestNewItems(select);
  const feed = await parseFeed(body, options);
  const total = offerAll(newest, feed, select);
  return selected(feed, newest, total);
}

/**
 * `parseAndSelect` for an XML feed of more than `SLICE_ITEMS` items, a slice at a time (see
 * `feedSlices`), yielding the event loop between slices and keeping only the chosen items: 100,000
 * items never make 100,000 objects at once, and no slice holds the loop for more than milliseconds
 * (250 items: about 15 ms; 100,000 items in 400 slices, 6 s in all). Undefined when
 * the feed cannot be cut so; rejects when a slice does not parse (an item cut inside CDATA that
 * spells `<item>`), and the caller reads the document whole. Item identities are judged within a
 * slice: a guid repeated in two slices is trusted in each.
 */
export async function parseInSlices(
  body: Uint8Array,
  options: ParseFeedOptions,
  select: SelectOptions,
): Promise<SelectedFeed | undefined> {
  const slices = feedSlices(body, SLICE_ITEMS);
  if (!slices) return undefined;
  const newest = new NewestNewItems(select);
  let meta: ParsedFeed | undefined;
  let total = 0;
  // Entries a slice could not read, numbered among the whole feed's.
  const skipped: SkippedEntry[] = [];
  let entries = 0;
  for (let i = 0; i < slices.count; i++) {
    const feed = await parseFeed(slices.slice(i), options);
    meta ??= feed;
    total += offerAll(newest, feed, select);
    for (const entry of feed.skipped ?? []) skipped.push({ ...entry, position: entry.position + entries });
    entries += feed.items.length + (feed.skipped?.length ?? 0);
    await nextTurn();
  }
  const { skipped: _first, ...rest } = meta as ParsedFeed;
  return selected(skipped.length > 0 ? { ...rest, skipped } : rest, newest, total);
}

function offerAll(newest: NewestNewItems, feed: ParsedFeed, select: SelectOptions): number {
  const keyed = keyedItems(feed.items);
  for (const k of keyed) newest.offer(k, select.seen.get(k.key));
  return keyed.length;
}

function selected(feed: ParsedFeed, newest: NewestNewItems, total: number): SelectedFeed {
  const selection = newest.selection();
  return { ...feed, items: selection.taken.map((k) => k.item), selection: { ...selection, total } };
}
