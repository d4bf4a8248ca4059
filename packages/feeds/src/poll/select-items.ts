import type { KeyedItem } from '../normalize-jobs.ts';

/** What one poll (or push) takes from a feed, and what it leaves for the next. */
export interface Selection {
  /** New items, newest first, at most `cap`. */
  taken: KeyedItem[];
  /** New items left for the next poll: the feed offered more than the cap. */
  deferred: number;
  /** Keys of items queued before and still in the feed, whose memory is due a refresh. */
  refresh: string[];
}

function itemTime(keyed: KeyedItem): number {
  const t = Date.parse(keyed.item.published ?? keyed.item.updated ?? '');
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/**
 * Gathers a feed's items in feed order and keeps the newest new ones, at most `cap` held at any time
 * (by date; undated ones after, in feed order), so a feed read in slices never holds more.
 */
export class NewestNewItems {
  readonly #cap: number;
  readonly #refreshBefore: number;
  #held: { keyed: KeyedItem; time: number; order: number }[] = [];
  #order = 0;
  #fresh = 0;
  readonly refresh: string[] = [];

  constructor(options: { cap: number; refreshBefore: number }) {
    this.#cap = Math.max(0, options.cap);
    this.#refreshBefore = options.refreshBefore;
  }

  /** `seenAt`: when a poll that queued the item last saw it; undefined when never queued. */
  offer(keyed: KeyedItem, seenAt: number | undefined): void {
    const order = this.#order++;
    if (seenAt !== undefined) {
      if (seenAt < this.#refreshBefore) this.refresh.push(keyed.key);
      return;
    }
    this.#fresh += 1;
    this.#held.push({ keyed, time: itemTime(keyed), order });
    if (this.#held.length >= 2 * this.#cap + 1_000) this.#trim();
  }

  #trim(): void {
    this.#held.sort((a, b) => b.time - a.time || a.order - b.order);
    this.#held.length = Math.min(this.#held.length, this.#cap);
  }

  selection(): Selection {
    this.#trim();
    const taken = this.#held.map((h) => h.keyed);
    return { taken, deferred: this.#fresh - taken.length, refresh: this.refresh };
  }
}

/**
 * Pure: the items of a poll to queue. `seen[i]` is when `items[i]` was last seen by a poll that queued
 * it (undefined: never). New items are taken newest first (by date; undated ones after, in feed order)
 * up to `cap`; the rest wait for the next poll. Items already queued are left out, and those last
 * seen before `refreshBefore` are named in `refresh`, so the memory keeps them while the feed shows them.
 */
export function selectItems(
  items: readonly KeyedItem[],
  seen: readonly (number | undefined)[],
  options: { cap: number; refreshBefore: number },
): Selection {
  const newest = new NewestNewItems(options);
  items.forEach((keyed, i) => {
    newest.offer(keyed, seen[i]);
  });
  return newest.selection();
}
