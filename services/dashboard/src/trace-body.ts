import type { NormalizeJob, Story } from '@wirefeed/core';
import { normalizeItem } from '@wirefeed/normalize';

/**
 * The body of a story an inline sink wrote (ADR 0024), whose job kept the story without it: made
 * again from the raw item the story index keeps. Normalize is pure, so when the remade story has the
 * delivered one's content hash, its body is the one the sink wrote. Undefined when it is not that
 * version (the index holds the latest item) or the item no longer normalizes.
 */
export function bodyFromRaw(raw: NormalizeJob, story: Pick<Story, 'contentHash'>): Story['body'] | undefined {
  try {
    const remade = normalizeItem(raw.item, {
      feedId: raw.feedId,
      feedUrl: raw.feedUrl,
      ...(raw.feedTitle ? { feedTitle: raw.feedTitle } : {}),
      fetchedAt: raw.fetchedAt,
      now: new Date(raw.fetchedAt),
    });
    return remade.contentHash === story.contentHash ? remade.body : undefined;
  } catch {
    return undefined;
  }
}
