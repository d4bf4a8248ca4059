import { readFile } from 'node:fs/promises';
import { isWirefeedError, parseDuration, WirefeedError } from '@wirefeed/core';
import { parse } from 'yaml';
import { z } from 'zod';
import { feedIdFor } from './feed-id.ts';
import type { SubscriptionStore } from './store.ts';
import { MIN_INTERVAL_MS, SubscriptionProblem } from './store.ts';
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
const FeedsFileSchema = z.object({ feeds: z.array(FeedEntrySchema).default([]) }).nullable();

/** One feed of feeds.yaml, with its id and poll interval resolved. */
export interface DeclaredFeed {
  id: string;
  url: string;
  title?: string;
  intervalMs: number;
}

/** Parse feeds.yaml text; errors name the file and the entry. */
export function parseFeedsFile(
  text: string,
  options: { file: string; defaultIntervalMs: number },
): DeclaredFeed[] {
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
  const feeds = (result.data?.feeds ?? []).map((entry) => ({
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

/** Read and parse feeds.yaml; a missing file means no feeds. */
export async function readFeedsFile(file: string, defaultIntervalMs: number): Promise<DeclaredFeed[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
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

export interface FeedsFileSyncResult {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  conflicts: SyncConflict[];
}

// The floor of the subscription model: a shorter interval in feeds.yaml (fine for a local fixture,
// rude to a publisher) is raised to it rather than refused, so an old file still starts.
function intervalOf(feed: DeclaredFeed): number {
  return Math.max(feed.intervalMs, MIN_INTERVAL_MS);
}

function differs(sub: Subscription, feed: DeclaredFeed): boolean {
  return sub.url !== feed.url || sub.title !== feed.title || sub.minIntervalMs !== intervalOf(feed);
}

/**
 * Make the subscriptions of origin `yaml` match feeds.yaml: add the new entries, update the changed
 * ones, remove those no longer listed. Other origins are never touched; an entry whose id or URL
 * belongs to one of them is reported as a conflict and skipped. A person's pause survives the sync.
 * Safe to run from several replicas at once: every write is conditional, a lost race is a no-op.
 */
export async function syncFeedsFile(
  store: SubscriptionStore,
  entries: readonly DeclaredFeed[],
): Promise<FeedsFileSyncResult> {
  const result: FeedsFileSyncResult = { added: [], updated: [], removed: [], unchanged: 0, conflicts: [] };
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
      } else if (differs(sub, feed)) {
        await store.update(feed.id, {
          url: feed.url,
          title: feed.title ?? null,
          minIntervalMs: intervalMs,
          maxIntervalMs: Math.max(intervalMs, sub.maxIntervalMs),
        });
        result.updated.push(feed.id);
      } else result.unchanged += 1;
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
