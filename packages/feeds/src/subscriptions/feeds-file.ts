import { readFile } from 'node:fs/promises';
import { isWirefeedError, parseDuration, WirefeedError } from '@wirefeed/core';
import { parse } from 'yaml';
import { z } from 'zod';
import { feedIdFor } from './feed-id.ts';
import type { SubscriptionStore } from './store.ts';
import { MIN_INTERVAL_MS, SubscriptionProblem } from './store.ts';
import { sameFeedUrl } from './store-codec.ts';
import type { Subscription } from './subscription.ts';

const FeedEntrySchema = z.union([
  z
    .string()
    .min(1)
    .transform((url) => ({ url })),
  z.object({
    url: z.string().min(1),
    id: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/)
      .optional(),
    title: z.string().optional(),
    interval: z
      .string()
      .regex(/^\d+(ms|s|m|h)$/)
      .optional(),
  }),
]);
// `feeds:` left empty is null in YAML: a list emptied by deleting its entries, so no feeds.
const FeedsFileSchema = z.object({ feeds: z.array(FeedEntrySchema).nullable().optional() }).nullable();

/** One feed of feeds.yaml, with its id and poll interval resolved. */
export interface DeclaredFeed {
  id: string;
  url: string;
  title?: string;
  intervalMs: number;
}

/**
 * Parse feeds.yaml text; errors name the file and the entry. `feeds: []` (or `feeds:` with nothing
 * under it) is no feeds; a file without a `feeds` key (empty, only comments) declares nothing, and gives
 * undefined: a half-written or freshly created file must not read as "remove every feed".
 */
export function parseFeedsFile(
  text: string,
  options: { file: string; defaultIntervalMs: number },
): DeclaredFeed[] | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    throw new WirefeedError('WF_E_CONFIG', `${options.file}: not valid YAML: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const result = FeedsFileSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new WirefeedError(
      'WF_E_CONFIG',
      `${options.file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
    );
  }
  if (result.data?.feeds === undefined) return undefined;
  const feeds = (result.data.feeds ?? []).map((entry) => ({
    id: 'id' in entry && entry.id ? entry.id : feedIdFor(entry.url),
    url: entry.url,
    ...('title' in entry && entry.title ? { title: entry.title } : {}),
    intervalMs:
      'interval' in entry && entry.interval ? parseDuration(entry.interval) : options.defaultIntervalMs,
  }));
  // Two entries with one id would fight over one subscription, each sync undoing the other.
  const seen = new Map<string, number>();
  feeds.forEach((feed, i) => {
    const first = seen.get(feed.id);
    if (first !== undefined)
      throw new WirefeedError(
        'WF_E_CONFIG',
        `${options.file}: feeds.${i}: id "${feed.id}" is already used by feeds.${first}`,
      );
    seen.set(feed.id, i);
  });
  return feeds;
}

/**
 * Read and parse feeds.yaml. A missing file gives undefined, like one that declares nothing: the sync
 * must then change nothing (`wirefeed start` run from another directory would otherwise unsubscribe
 * every feed the file added). An unreadable or invalid file throws.
 */
export async function readFeedsFile(
  file: string,
  defaultIntervalMs: number,
): Promise<DeclaredFeed[] | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WirefeedError('WF_E_CONFIG', `${file}: cannot read: ${(err as Error).message}`, { cause: err });
  }
  return parseFeedsFile(text, { file, defaultIntervalMs });
}

/** A feeds.yaml entry the sync left alone, and why. */
export interface SyncConflict {
  id: string;
  url: string;
  reason: string;
}

/** A subscription that moved permanently (301/308) away from the URL its feeds.yaml entry still names. */
export interface KeptMove {
  id: string;
  /** Where the feed is polled now, and stays. */
  url: string;
  /** The URL the entry names. */
  movedFrom: string;
}

export interface FeedsFileSyncResult {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  conflicts: SyncConflict[];
  /** Entries naming the URL their feed moved away from: the move is kept; the file is worth updating. */
  moved: KeptMove[];
}

// The floor of the subscription model: a shorter interval in feeds.yaml (fine for a local fixture,
// rude to a publisher) is raised to it rather than refused, so an old file still starts.
function intervalOf(feed: DeclaredFeed): number {
  return Math.max(feed.intervalMs, MIN_INTERVAL_MS);
}

// The fetcher followed a permanent redirect away from the URL the entry still names: going back would
// poll a URL the publisher retired, and the next poll would move it forward again.
function keepsMove(sub: Subscription, feed: DeclaredFeed): boolean {
  const from = sub.state.movedFrom;
  return from !== undefined && !sameFeedUrl(sub.url, feed.url) && sameFeedUrl(from, feed.url);
}

// The store keeps each URL as parsed (see storedFeedUrl), so the entry's text is compared as the index does.
function differs(sub: Subscription, feed: DeclaredFeed, url: string): boolean {
  return !sameFeedUrl(sub.url, url) || sub.title !== feed.title || sub.minIntervalMs !== intervalOf(feed);
}

/**
 * Make the subscriptions of origin `yaml` match feeds.yaml: add the new entries, update the changed
 * ones, remove those no longer listed (so an empty list removes them all: a caller with no file to go
 * by must not call this). Other origins are never touched; an entry whose id or URL belongs to one of
 * them is reported as a conflict and skipped. A person's pause survives the sync, and so does a
 * permanent move the fetcher followed away from the entry's URL (reported in `moved`).
 * Safe to run from several replicas at once: every write is conditional, a lost race is a no-op.
 */
export async function syncFeedsFile(
  store: SubscriptionStore,
  entries: readonly DeclaredFeed[],
): Promise<FeedsFileSyncResult> {
  const result: FeedsFileSyncResult = {
    added: [],
    updated: [],
    removed: [],
    unchanged: 0,
    conflicts: [],
    moved: [],
  };
  const existing = new Map((await store.list()).map((s) => [s.id, s]));
  for (const feed of entries) {
    const sub = existing.get(feed.id);
    const intervalMs = intervalOf(feed);
    try {
      if (!sub) {
        await store.add({
          id: feed.id,
          url: feed.url,
          origin: 'yaml',
          minIntervalMs: intervalMs,
          maxIntervalMs: Math.max(intervalMs, 24 * 3_600_000),
          ...(feed.title ? { title: feed.title } : {}),
        });
        result.added.push(feed.id);
      } else if (sub.origin !== 'yaml') {
        result.conflicts.push({
          id: feed.id,
          url: feed.url,
          reason: `id "${feed.id}" belongs to a subscription added by ${sub.origin}`,
        });
      } else {
        const url = keepsMove(sub, feed) ? sub.url : feed.url;
        if (url !== feed.url) result.moved.push({ id: sub.id, url, movedFrom: feed.url });
        if (!differs(sub, feed, url)) {
          result.unchanged += 1;
          continue;
        }
        await store.update(feed.id, {
          url,
          title: feed.title ?? null,
          minIntervalMs: intervalMs,
          maxIntervalMs: Math.max(intervalMs, sub.maxIntervalMs),
        });
        result.updated.push(feed.id);
      }
    } catch (err) {
      const reason = isWirefeedError(err) ? err.details?.reason : undefined;
      // Another replica syncing the same file got there first: what it wrote is what we wanted.
      const raced =
        !sub &&
        (reason === SubscriptionProblem.duplicateId ||
          (reason === SubscriptionProblem.duplicateUrl &&
            isWirefeedError(err) &&
            err.details?.owner === feed.id));
      if (raced) {
        result.unchanged += 1;
        continue;
      }
      if (reason === SubscriptionProblem.duplicateUrl && isWirefeedError(err)) {
        result.conflicts.push({ id: feed.id, url: feed.url, reason: err.message });
        continue;
      }
      throw err;
    }
  }
  const listed = new Set(entries.map((f) => f.id));
  for (const sub of existing.values()) {
    if (sub.origin === 'yaml' && !listed.has(sub.id) && (await store.remove(sub.id)))
      result.removed.push(sub.id);
  }
  return result;
}
