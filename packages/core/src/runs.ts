import type { RedisClient } from './redis.ts';
import type { RunRef } from './topology.ts';

/** How one item of a one-shot run ended. */
export type ItemOutcome = 'delivered' | 'duplicate' | 'unchanged' | 'unrouted' | 'failed';

/** What a failure is shown with (`wirefeed process` names the feed and the headline, not the job). */
export interface ItemAbout {
  headline?: string;
  feedId?: string;
}

export interface RunSummary {
  feeds: { feedId: string; items?: number; error?: string }[];
  feedsExpected: number;
  itemsRead: number;
  settled: number;
  counts: Record<ItemOutcome, number>;
  failures: ({ item: string; reason: string } & ItemAbout)[];
  done: boolean;
}

const RUN_TTL_SECONDS = 24 * 3_600;

function keys(prefix: string, runId: string) {
  const base = `${prefix}:run:${runId}`;
  return {
    meta: `${base}:meta`,
    feeds: `${base}:feeds`,
    items: `${base}:items`,
    about: `${base}:about`,
  };
}

/**
 * Settle an item unless it already failed: an item fanned out to several sinks settles once per sink,
 * and one sink's failure must not be hidden by another sink's success that lands after it.
 * KEYS[1] the run's items hash; ARGV[1] the item, ARGV[2] its outcome, ARGV[3] the hash's TTL (s).
 */
const SETTLE_UNLESS_FAILED = `
local old = redis.call('HGET', KEYS[1], ARGV[1])
if old and (old == 'failed' or string.sub(old, 1, 7) == 'failed|') then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1`;

const SETTLE_COMMAND = 'wfRunSettleItem';
type Settle = Record<typeof SETTLE_COMMAND, (...args: (string | number)[]) => Promise<number>>;

const ABOUT_MAX = 300;

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
  about?: ItemAbout,
): Promise<void> {
  if (!run.item) return;
  const k = keys(prefix, run.id);
  const value = reason ? `${outcome}|${reason}` : outcome;
  if (outcome !== 'failed') {
    // EVALSHA of a script defined once per connection, not the script's text with every item.
    if (!(SETTLE_COMMAND in redis))
      redis.defineCommand(SETTLE_COMMAND, { numberOfKeys: 1, lua: SETTLE_UNLESS_FAILED });
    await (redis as unknown as Settle)[SETTLE_COMMAND](k.items, run.item, value, RUN_TTL_SECONDS);
    return;
  }
  const tx = redis.multi().hset(k.items, run.item, value).expire(k.items, RUN_TTL_SECONDS);
  if (about?.headline || about?.feedId) {
    const shown = {
      ...(about.headline ? { headline: about.headline.slice(0, ABOUT_MAX) } : {}),
      ...(about.feedId ? { feedId: about.feedId.slice(0, ABOUT_MAX) } : {}),
    };
    tx.hset(k.about, run.item, JSON.stringify(shown)).expire(k.about, RUN_TTL_SECONDS);
  }
  await tx.exec();
}

/** The headline and feed of a failed item, read from a job payload that may not match its contract. */
export function aboutPayload(raw: unknown): ItemAbout {
  const p = (raw ?? {}) as {
    feedId?: unknown;
    item?: { title?: unknown };
    story?: { headline?: unknown; source?: { feedId?: unknown } };
  };
  const headline = p.story?.headline ?? p.item?.title;
  const feedId = p.feedId ?? p.story?.source?.feedId;
  return {
    ...(typeof headline === 'string' && headline.trim() ? { headline: headline.trim() } : {}),
    ...(typeof feedId === 'string' ? { feedId } : {}),
  };
}

export async function readRun(redis: RedisClient, prefix: string, runId: string): Promise<RunSummary> {
  const k = keys(prefix, runId);
  const [expected, feeds, items, about] = await Promise.all([
    redis.hget(k.meta, 'feeds'),
    redis.hgetall(k.feeds),
    redis.hgetall(k.items),
    redis.hgetall(k.about),
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
    if (outcome === 'failed') failures.push({ item, reason: rest.join('|'), ...aboutOf(about[item]) });
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

function aboutOf(json: string | undefined): ItemAbout {
  if (!json) return {};
  try {
    const v = JSON.parse(json) as ItemAbout;
    return {
      ...(typeof v.headline === 'string' ? { headline: v.headline } : {}),
      ...(typeof v.feedId === 'string' ? { feedId: v.feedId } : {}),
    };
  } catch {
    return {};
  }
}
