import type { RedisClient } from './redis.ts';
import type { RunRef } from './topology.ts';

/** How one item of a one-shot run ended. */
export type ItemOutcome = 'delivered' | 'duplicate' | 'unchanged' | 'unrouted' | 'failed';

export interface RunSummary {
  feeds: { feedId: string; items?: number; error?: string }[];
  feedsExpected: number;
  itemsRead: number;
  settled: number;
  counts: Record<ItemOutcome, number>;
  failures: { item: string; reason: string }[];
  done: boolean;
}

const RUN_TTL_SECONDS = 24 * 3_600;

function keys(prefix: string, runId: string) {
  const base = `${prefix}:run:${runId}`;
  return { meta: `${base}:meta`, feeds: `${base}:feeds`, items: `${base}:items` };
}

/**
 * Run bookkeeping is idempotent (HSET per feed and per item), so a retried job that reports twice
 * counts once. It lives in Redis, not in the CLI process, because the workers may be elsewhere.
 */
export async function startRun(
  redis: RedisClient,
  prefix: string,
  runId: string,
  feeds: number,
): Promise<void> {
  const k = keys(prefix, runId);
  await redis.multi().hset(k.meta, 'feeds', feeds).expire(k.meta, RUN_TTL_SECONDS).exec();
}

export async function recordFeed(
  redis: RedisClient,
  prefix: string,
  run: RunRef,
  feedId: string,
  result: { items: number } | { error: string },
): Promise<void> {
  const k = keys(prefix, run.id);
  const value = 'items' in result ? String(result.items) : `error|${result.error}`;
  await redis.multi().hset(k.feeds, feedId, value).expire(k.feeds, RUN_TTL_SECONDS).exec();
}

export async function recordItem(
  redis: RedisClient,
  prefix: string,
  run: RunRef,
  outcome: ItemOutcome,
  reason?: string,
): Promise<void> {
  if (!run.item) return;
  const k = keys(prefix, run.id);
  const value = reason ? `${outcome}|${reason}` : outcome;
  await redis.multi().hset(k.items, run.item, value).expire(k.items, RUN_TTL_SECONDS).exec();
}

export async function readRun(redis: RedisClient, prefix: string, runId: string): Promise<RunSummary> {
  const k = keys(prefix, runId);
  const [expected, feeds, items] = await Promise.all([
    redis.hget(k.meta, 'feeds'),
    redis.hgetall(k.feeds),
    redis.hgetall(k.items),
  ]);
  const counts: Record<ItemOutcome, number> = {
    delivered: 0,
    duplicate: 0,
    unchanged: 0,
    unrouted: 0,
    failed: 0,
  };
  const failures: RunSummary['failures'] = [];
  for (const [item, value] of Object.entries(items)) {
    const [outcome, ...rest] = value.split('|');
    if (outcome && outcome in counts) counts[outcome as ItemOutcome] += 1;
    if (outcome === 'failed') failures.push({ item, reason: rest.join('|') });
  }
  const feedList = Object.entries(feeds).map(([feedId, value]) =>
    value.startsWith('error|') ? { feedId, error: value.slice(6) } : { feedId, items: Number(value) },
  );
  const itemsRead = feedList.reduce((n, f) => n + (f.items ?? 0), 0);
  const settled = Object.keys(items).length;
  const feedsExpected = Number(expected ?? 0);
  return {
    feeds: feedList,
    feedsExpected,
    itemsRead,
    settled,
    counts,
    failures,
    done: feedList.length >= feedsExpected && settled >= itemsRead,
  };
}
