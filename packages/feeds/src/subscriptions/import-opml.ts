import { isWirefeedError } from '@wirefeed/core';
import type { OpmlDocument, OpmlSkipped } from './opml.ts';
import type { SubscriptionStore } from './store.ts';

/**
 * Subscribe to every feed of a parsed OPML document. A Wirefeed export carries each feed's id (story
 * ids derive from it) and interval bounds, and a migration keeps them; a feed without bounds polls at
 * `defaultIntervalMs`. One entry already subscribed or invalid is skipped with its reason and never
 * stops the rest of the file.
 */
export async function importOpmlFeeds(
  store: Pick<SubscriptionStore, 'add'>,
  doc: OpmlDocument,
  defaultIntervalMs: number,
): Promise<{ added: number; skipped: OpmlSkipped[] }> {
  const skipped: OpmlSkipped[] = [...doc.skipped];
  let added = 0;
  for (const feed of doc.feeds) {
    const { id, maxIntervalMs } = feed;
    const minIntervalMs =
      feed.minIntervalMs ??
      (maxIntervalMs === undefined ? defaultIntervalMs : Math.min(defaultIntervalMs, maxIntervalMs));
    try {
      await store.add({
        url: feed.url,
        origin: 'opml',
        tags: feed.tags,
        minIntervalMs,
        ...(maxIntervalMs === undefined ? {} : { maxIntervalMs }),
        ...(id === undefined ? {} : { id }),
        ...(feed.title ? { title: feed.title } : {}),
      });
      added += 1;
    } catch (err) {
      if (!isWirefeedError(err) || err.code !== 'WF_E_CONFIG') throw err;
      skipped.push({ url: feed.url, reason: err.message });
    }
  }
  return { added, skipped };
}
