import { stat } from 'node:fs/promises';
import type { Logger } from '@wirefeed/core';
import type { Queue } from 'bullmq';
import { readFeedsFile, syncFeedsFile } from './feeds-file.ts';
import { syncSchedules } from './schedule.ts';
import type { SubscriptionStore } from './store.ts';

export interface ScheduleKeeperTimings {
  /** How often feeds.yaml's mtime is checked (default 30 s). */
  watchMs?: number;
  /** How often the store's change signal is checked (default 1 s). */
  pollMs?: number;
  /**
   * A full re-sync however quiet the store is (default 60 s): repairs a scheduler removed behind our
   * back, and settles a race where another replica wrote from an older read.
   */
  resyncMs?: number;
}

export interface ScheduleKeeperDeps extends ScheduleKeeperTimings {
  store: SubscriptionStore;
  /** The fetch queue, whose job schedulers are kept. */
  queue: Queue;
  /** feeds.yaml: synced into the store at start and whenever it changes. */
  file: string;
  /** The interval of a feeds.yaml entry that names none. */
  defaultIntervalMs: number;
  log: Logger;
}

/**
 * Keeps one BullMQ job scheduler per active subscription on the fetch queue: at start, whenever the
 * store's revision moves (a `wirefeed feeds …` command, the dashboard, the fetcher pausing a feed),
 * whenever feeds.yaml changes (synced into the store first), and on a periodic safety re-sync, which
 * also catches an interval the fetcher saved without managing to reschedule (interval changes do not
 * move the revision: the fetcher reschedules itself). Every write is idempotent, so replicas may run
 * side by side.
 */
export function createScheduleKeeper(deps: ScheduleKeeperDeps): {
  start(): Promise<void>;
  close(): Promise<void>;
} {
  const { store, queue, file, defaultIntervalMs, log } = deps;
  const watchMs = deps.watchMs ?? 30_000;
  const pollMs = deps.pollMs ?? 1_000;
  const resyncMs = deps.resyncMs ?? 60_000;
  let lastMtime = -1;
  let lastFileCheck = 0;
  let lastFullSync = 0;
  let seenRevision = -1;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let closed = false;

  const syncFile = async () => {
    const mtime = await stat(file).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (mtime === lastMtime) return;
    // Marked before reading: a broken file is reported once per change, not on every check.
    lastMtime = mtime;
    const feeds = await readFeedsFile(file, defaultIntervalMs);
    if (feeds === undefined) {
      // No file (a start from another directory, a file being replaced) is no word on the feeds; only
      // one that says `feeds: []` removes them.
      log.info(
        { file },
        'no feeds in the feeds file (missing, or no `feeds:` key): subscriptions left as they are',
      );
      return;
    }
    const result = await syncFeedsFile(store, feeds);
    log.info(
      {
        file,
        feeds: feeds.length,
        added: result.added,
        updated: result.updated,
        removed: result.removed,
      },
      'feeds file synced',
    );
    for (const c of result.conflicts)
      log.warn({ file, feedId: c.id, url: c.url, reason: c.reason }, 'feeds file entry skipped');
    for (const m of result.moved)
      log.warn(
        { file, feedId: m.id, url: m.url, movedFrom: m.movedFrom },
        'feed moved permanently: kept the new URL; update the feeds file to say so',
      );
  };

  const syncQueue = async () => {
    // Read before listing: a change landing while we sync moves the revision past this one, so the
    // next check syncs again instead of settling on what we listed.
    const revision = await store.revision();
    const subs = await store.list();
    const result = await syncSchedules(queue, subs);
    seenRevision = revision;
    lastFullSync = Date.now();
    if (result.upserted.length || result.removed.length)
      log.info(
        { subscriptions: subs.length, upserted: result.upserted, removed: result.removed },
        'feeds scheduled',
      );
  };

  const tick = async () => {
    const now = Date.now();
    if (now - lastFileCheck >= watchMs) {
      lastFileCheck = now;
      await syncFile().catch((err: unknown) => log.error({ err, file }, 'feeds file sync failed'));
    }
    if (now - lastFullSync >= resyncMs || (await store.revision()) !== seenRevision) await syncQueue();
  };

  const loop = () => {
    timer = setTimeout(() => {
      inFlight = tick()
        .catch((err: unknown) => log.error({ err }, 'schedule sync failed'))
        .finally(() => {
          inFlight = undefined;
          if (!closed) loop();
        });
    }, pollMs);
    timer.unref();
  };

  return {
    async start() {
      // A broken feeds.yaml at start stops start-up with its error, as it always has.
      await syncFile();
      lastFileCheck = Date.now();
      await syncQueue();
      loop();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await inFlight;
    },
  };
}
