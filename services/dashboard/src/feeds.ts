import type { Producer } from '@wirefeed/core';
import { Stage, WirefeedError } from '@wirefeed/core';
import type { Subscription, SubscriptionStore } from '@wirefeed/feeds/subscriptions';
import {
  buildOpml,
  fetchNow,
  importOpmlFeeds,
  MIN_INTERVAL_MS,
  parseOpml,
  pollIntervalFor,
  subscriptionStatus,
} from '@wirefeed/feeds/subscriptions';

/** A subscription with the health the Feeds page shows. */
export interface FeedHealth {
  id: string;
  url: string;
  title?: string;
  tags: string[];
  origin: string;
  status: string;
  paused: boolean;
  pausedReason?: string;
  intervalMs: number;
  lastFetchAt?: string;
  lastOutcome?: string;
  lastStatus?: number;
  /** Entries the last poll left out because they could not be read, with the first reasons. */
  lastSkipped?: { count: number; reasons: string[] };
  errorStreak: number;
  lastError?: { code: string; message: string; at: string; status?: number };
  nextFetchAt?: string;
  itemsSeen: number;
  itemsPerDay?: number;
  lastItemAt?: string;
  quiet: boolean;
  quietSince?: string;
  /** New items the last poll left for the next: the feed offers more than a poll takes. */
  deferredItems?: number;
  floodingSince?: string;
  hub?: string;
}

export function feedHealth(sub: Subscription): FeedHealth {
  const s = sub.state;
  return {
    id: sub.id,
    url: sub.url,
    ...(sub.title ? { title: sub.title } : {}),
    tags: sub.tags,
    origin: sub.origin,
    status: subscriptionStatus(sub),
    paused: sub.paused,
    ...(sub.pausedReason ? { pausedReason: sub.pausedReason } : {}),
    intervalMs: pollIntervalFor(sub),
    ...(s.lastFetchAt ? { lastFetchAt: s.lastFetchAt } : {}),
    ...(s.lastOutcome ? { lastOutcome: s.lastOutcome } : {}),
    ...(s.lastStatus ? { lastStatus: s.lastStatus } : {}),
    ...(s.lastSkipped ? { lastSkipped: s.lastSkipped } : {}),
    errorStreak: s.consecutiveErrors,
    ...(s.lastError ? { lastError: s.lastError } : {}),
    ...(s.nextFetchAt ? { nextFetchAt: s.nextFetchAt } : {}),
    itemsSeen: s.itemsSeen,
    ...(s.avgItemsPerDay !== undefined ? { itemsPerDay: Math.round(s.avgItemsPerDay * 10) / 10 } : {}),
    ...(s.lastItemAt ? { lastItemAt: s.lastItemAt } : {}),
    quiet: !!s.quietSince,
    ...(s.quietSince ? { quietSince: s.quietSince } : {}),
    ...(s.deferredItems ? { deferredItems: s.deferredItems } : {}),
    ...(s.floodingSince ? { floodingSince: s.floodingSince } : {}),
    ...(s.hub ? { hub: s.hub.url } : {}),
  };
}

export interface FeedActionsDeps {
  store: SubscriptionStore;
  producer: Producer;
  /** The poll interval for feeds added without one (WIREFEED_POLL_INTERVAL, at least the minimum). */
  defaultIntervalMs: number;
}

export interface NewFeedForm {
  url?: string;
  id?: string;
  title?: string;
  tags?: string;
  interval?: string;
}

const DURATION = /^(\d+)(s|m|h|d)$/;

function intervalOf(text: string | undefined): number | undefined {
  if (!text?.trim()) return undefined;
  const m = DURATION.exec(text.trim());
  if (!m?.[1] || !m[2])
    throw new WirefeedError('WF_E_CONFIG', `interval: expected e.g. 90s, 5m, 1h, got "${text}"`);
  const ms = Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's'];
  if (ms < MIN_INTERVAL_MS)
    throw new WirefeedError('WF_E_CONFIG', `interval must be at least ${MIN_INTERVAL_MS / 1000}s`);
  return ms;
}

/** The feed actions of the dashboard and its API. Errors a person can fix are WF_E_CONFIG. */
export function createFeedActions(deps: FeedActionsDeps) {
  const get = async (id: string) => {
    const sub = await deps.store.get(id);
    if (!sub) throw new WirefeedError('WF_E_CONFIG', `no subscription "${id}"`, { details: { status: 404 } });
    return sub;
  };
  return {
    async list(): Promise<FeedHealth[]> {
      return (await deps.store.list()).map(feedHealth);
    },
    /** Subscribe to an http(s) feed; the scheduler picks it up and polls it at once. */
    async add(form: NewFeedForm): Promise<FeedHealth> {
      const url = form.url?.trim() ?? '';
      // The CLI may add local files; a browser may not make the server read its disk. The store parses
      // the URL once, refuses anything but http(s) for the API (never looking at the disk), and keeps
      // the href it checked.
      if (url === '') throw new WirefeedError('WF_E_CONFIG', 'url: expected an http(s) URL');
      const sub = await deps.store.add({
        url,
        origin: 'api',
        tags: (form.tags ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        minIntervalMs: intervalOf(form.interval) ?? deps.defaultIntervalMs,
        ...(form.id?.trim() ? { id: form.id.trim() } : {}),
        ...(form.title?.trim() ? { title: form.title.trim() } : {}),
      });
      return feedHealth(sub);
    },
    async remove(id: string): Promise<void> {
      await get(id);
      await deps.store.remove(id);
    },
    async setPaused(id: string, paused: boolean): Promise<void> {
      await get(id);
      await deps.store.setPaused(id, paused, paused ? 'paused from the dashboard' : undefined);
    },
    /** Poll now, outside the schedule (at most one such poll waits at a time). */
    async fetchNow(id: string): Promise<string> {
      return fetchNow(deps.producer.queue(Stage.fetch), await get(id));
    },
    async exportOpml(): Promise<string> {
      return buildOpml(await deps.store.list());
    },
    /** Subscribe to every feed of an OPML document; entries already subscribed or invalid are skipped. */
    async importOpml(text: string): Promise<{ added: number; skipped: { url: string; reason: string }[] }> {
      return importOpmlFeeds(deps.store, parseOpml(text, 'upload'), deps.defaultIntervalMs);
    },
  };
}

export type FeedActions = ReturnType<typeof createFeedActions>;
