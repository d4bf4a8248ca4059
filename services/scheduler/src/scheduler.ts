import { stat } from 'node:fs/promises';
import type { FetchJob, ServiceDeps, WirefeedService } from '@wirefeed/core';
import { parseDuration, Stage } from '@wirefeed/core';
import type { DeclaredFeed } from './feeds-file.ts';
import { readFeedsFile } from './feeds-file.ts';

/** Scheduler ids owned by feeds.yaml; others (managed subscriptions, later) are left alone. */
const OWN = 'yaml-';

/**
 * Keep one BullMQ job scheduler per feed of feeds.yaml. Upserts are idempotent, so any number of
 * scheduler replicas may sync at once; a feed removed from the file loses its scheduler.
 */
export async function syncSchedulers(
  deps: ServiceDeps,
  feeds: readonly DeclaredFeed[],
): Promise<{ upserted: number; removed: number }> {
  const queue = deps.producer.queue(Stage.fetch);
  const wanted = new Set(feeds.map((f) => `${OWN}${f.id}`));
  for (const feed of feeds) {
    const data: FetchJob = { feedId: feed.id, url: feed.url, ...(feed.title ? { title: feed.title } : {}) };
    await queue.upsertJobScheduler(`${OWN}${feed.id}`, { every: feed.intervalMs }, { name: 'poll', data });
  }
  let removed = 0;
  for (const existing of await queue.getJobSchedulers(0, -1)) {
    if (existing.key.startsWith(OWN) && !wanted.has(existing.key)) {
      await queue.removeJobScheduler(existing.key);
      removed += 1;
    }
  }
  return { upserted: feeds.length, removed };
}

/** The scheduler service: turns feeds.yaml into job schedulers on `fetch`, and re-syncs when the file changes. */
export function createScheduler(deps: ServiceDeps, options: { watchMs?: number } = {}): WirefeedService {
  const log = deps.log.child({ service: 'scheduler' });
  const file = deps.config.WIREFEED_FEEDS_FILE;
  const defaultIntervalMs = parseDuration(deps.config.WIREFEED_POLL_INTERVAL);
  let lastMtime = -1;
  let timer: NodeJS.Timeout | undefined;
  const sync = async () => {
    const mtime = await stat(file).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (mtime === lastMtime) return;
    lastMtime = mtime;
    const feeds = await readFeedsFile(file, defaultIntervalMs);
    const result = await syncSchedulers(deps, feeds);
    log.info(
      { file, feeds: feeds.length, ...result },
      feeds.length ? 'feeds scheduled' : 'no feeds to schedule',
    );
  };
  return {
    name: 'scheduler',
    workers: [],
    async start() {
      await sync();
      timer = setInterval(
        () => void sync().catch((err: unknown) => log.error({ err, file }, 'feeds sync failed')),
        options.watchMs ?? 30_000,
      );
      timer.unref();
    },
    async close() {
      clearInterval(timer);
    },
  };
}
