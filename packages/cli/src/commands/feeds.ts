import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '@wirefeed/core';
import {
  createLogger,
  createRedis,
  ensureRedis,
  hashTagPrefix,
  parseDuration,
  WirefeedError,
  whenReady,
} from '@wirefeed/core';
import type { Subscription, SubscriptionStore } from '@wirefeed/feeds/subscriptions';
import {
  buildOpml,
  createSubscriptionStore,
  importOpmlFeeds,
  MIN_INTERVAL_MS,
  parseOpml,
  pollIntervalFor,
  SubscriptionProblem,
  SubscriptionStatus,
  subscriptionStatus,
} from '@wirefeed/feeds/subscriptions';
import { UsageError } from './process.ts';

const DURATION = /^(\d+)(ms|s|m|h|d)$/;

/** "90s", "5m", "24h", "7d" → ms; a usage error naming the flag otherwise. */
function interval(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = DURATION.exec(text.trim());
  if (!m?.[1] || !m[2])
    throw new UsageError(`${flag}: expected a duration such as 90s, 5m, 1h or 1d, got "${text}"`);
  const ms = m[2] === 'd' ? Number(m[1]) * 86_400_000 : parseDuration(`${m[1]}${m[2]}`);
  if (ms < MIN_INTERVAL_MS) throw new UsageError(`${flag} must be at least ${MIN_INTERVAL_MS / 1000}s`);
  return ms;
}

/** 90000 → "1m30s"; 86400000 → "1d". */
export function formatInterval(ms: number): string {
  const units: [string, number][] = [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1_000],
  ];
  let rest = ms;
  let out = '';
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out || `${ms}ms`;
}

function ago(iso: string | undefined, now: number): string {
  if (!iso) return 'never';
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3_600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86_400) return `${Math.floor(s / 3_600)}h ago`;
  return `${Math.floor(s / 86_400)}d ago`;
}

function clip(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Why a feed has the status it has, when that is not plain `active`: what to look at first. */
function reasonFor(sub: Subscription, status: SubscriptionStatus, now: number): string {
  switch (status) {
    case SubscriptionStatus.paused:
      return sub.pausedReason ?? '';
    case SubscriptionStatus.erroring: {
      const n = sub.state.consecutiveErrors;
      return `${n} failed poll${n === 1 ? '' : 's'} in a row`;
    }
    case SubscriptionStatus.quiet:
      return sub.state.lastItemAt ? `last item ${ago(sub.state.lastItemAt, now)}` : 'no recent items';
    default:
      return skippedNote(sub);
  }
}

// A feed that reads, but left some entries out: said in the table, with the first reason.
function skippedNote(sub: Subscription): string {
  const skipped = sub.state.lastSkipped;
  if (!skipped) return '';
  return `${skipped.count} entr${skipped.count === 1 ? 'y' : 'ies'} skipped: ${skipped.reasons[0] ?? ''}`;
}

/** The `feeds list` table: one row per subscription, the URL last so long ones do not break the columns. */
export function formatTable(subs: readonly Subscription[], now = Date.now()): string {
  const rows = subs.map((s) => {
    const status = subscriptionStatus(s);
    return [
      s.id,
      status,
      formatInterval(pollIntervalFor(s)),
      ago(s.state.lastFetchAt, now),
      String(s.state.itemsSeen),
      clip(reasonFor(s, status, now), 60),
      s.state.lastError ? clip(`${s.state.lastError.code}: ${s.state.lastError.message}`, 48) : '',
      s.url,
    ];
  });
  const header = ['ID', 'STATUS', 'INTERVAL', 'LAST FETCH', 'ITEMS', 'REASON', 'LAST ERROR', 'URL'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

/** A feed given on the command line: URLs as they are, paths made absolute (the scheduler's cwd differs). */
function sourceOf(arg: string): string {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg) && !/^file:\/\//i.test(arg)) return arg;
  const path = resolve(arg.replace(/^file:\/\//i, ''));
  if (!existsSync(path)) throw new WirefeedError('WF_E_FILE_READ', `no such file: ${arg}`);
  return path;
}

async function withStore<T>(config: Config, use: (store: SubscriptionStore) => Promise<T>): Promise<T> {
  const log = createLogger({ level: 'warn', name: 'feeds', destination: 2 });
  // REDIS_URL, or the private redis-server a running `wirefeed start` uses (started here, and stopped
  // again, when none runs: its data persists under WIREFEED_DATA_DIR for the next start).
  const redis = await ensureRedis(config, log);
  const connection = createRedis(redis.url, 'producer', 'wirefeed-cli', log);
  try {
    await whenReady(connection, redis.url);
    return await use(
      createSubscriptionStore({ redis: connection, prefix: hashTagPrefix(config.WIREFEED_PREFIX), log }),
    );
  } finally {
    connection.disconnect();
    log.flush();
    await redis.release();
  }
}

function oneId(positionals: string[], sub: string): string {
  const [id, ...extra] = positionals;
  if (!id) throw new UsageError(`feeds ${sub} needs a subscription ID (see wirefeed feeds list)`);
  if (extra.length) throw new UsageError(`feeds ${sub} takes one ID, got ${positionals.length}`);
  return id;
}

function tagsOf(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
}

async function add(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      title: { type: 'string' },
      tag: { type: 'string', multiple: true },
      interval: { type: 'string' },
      'max-interval': { type: 'string' },
    },
  });
  const [target, ...extra] = positionals;
  if (!target) throw new UsageError('feeds add needs a URL (or the path of a feed file)');
  if (extra.length) throw new UsageError(`feeds add takes one URL, got ${positionals.length}`);
  const minIntervalMs =
    interval('--interval', values.interval) ??
    Math.max(parseDuration(config.WIREFEED_POLL_INTERVAL), MIN_INTERVAL_MS);
  const maxIntervalMs = interval('--max-interval', values['max-interval']);
  if (maxIntervalMs !== undefined && maxIntervalMs < minIntervalMs)
    throw new UsageError('--max-interval must not be shorter than --interval');
  const url = sourceOf(target);
  const sub = await withStore(config, (store) =>
    store.add({
      url,
      origin: 'cli',
      tags: tagsOf(values.tag),
      minIntervalMs,
      ...(maxIntervalMs === undefined ? {} : { maxIntervalMs }),
      ...(values.id === undefined ? {} : { id: values.id }),
      ...(values.title === undefined ? {} : { title: values.title }),
    }),
  );
  console.log(`added ${sub.id} (every ${formatInterval(sub.minIntervalMs)}): ${sub.url}`);
  return 0;
}

async function list(config: Config, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  if (positionals.length) throw new UsageError('feeds list takes no arguments');
  const subs = await withStore(config, (store) => store.list());
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify(
        subs.map((s) => ({ ...s, status: subscriptionStatus(s) })),
        null,
        2,
      )}\n`,
    );
  } else if (subs.length === 0) {
    console.log('No subscriptions. Add one with: wirefeed feeds add URL');
  } else process.stdout.write(formatTable(subs));
  return 0;
}

async function remove(config: Config, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const id = oneId(positionals, 'remove');
  const removed = await withStore(config, async (store) => {
    const sub = await store.get(id);
    if (!sub)
      throw new WirefeedError('WF_E_CONFIG', `no subscription "${id}"`, {
        details: { reason: SubscriptionProblem.notFound },
      });
    await store.remove(id);
    return sub;
  });
  console.log(`removed ${id}: ${removed.url}`);
  if (removed.origin === 'yaml')
    process.stderr.write(
      `note: ${id} comes from ${config.WIREFEED_FEEDS_FILE}; it comes back when the file is next synced unless removed there\n`,
    );
  return 0;
}

async function pause(config: Config, args: string[], paused: boolean): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: paused ? { reason: { type: 'string' } } : {},
  });
  const id = oneId(positionals, paused ? 'pause' : 'resume');
  const reason = typeof values.reason === 'string' ? values.reason : undefined;
  await withStore(config, (store) => store.setPaused(id, paused, reason));
  console.log(`${paused ? 'paused' : 'resumed'} ${id}`);
  return 0;
}

async function importOpml(config: Config, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [file, ...extra] = positionals;
  if (!file) throw new UsageError('feeds import needs an OPML file');
  if (extra.length) throw new UsageError(`feeds import takes one file, got ${positionals.length}`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new WirefeedError('WF_E_FILE_READ', `cannot read ${file}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const doc = parseOpml(text, file);
  const defaultMinMs = Math.max(parseDuration(config.WIREFEED_POLL_INTERVAL), MIN_INTERVAL_MS);
  const { added, skipped: skippedFeeds } = await withStore(config, (store) =>
    importOpmlFeeds(store, doc, defaultMinMs),
  );
  const skipped = skippedFeeds.map((f) => `  skipped ${f.url}: ${f.reason}`);
  console.log(`imported ${file}: ${added} added, ${skipped.length} skipped`);
  if (skipped.length) process.stderr.write(`${skipped.join('\n')}\n`);
  return 0;
}

async function exportOpml(config: Config, args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length) throw new UsageError('feeds export takes no arguments; redirect stdout to a file');
  const subs = await withStore(config, (store) => store.list());
  process.stdout.write(buildOpml(subs));
  return 0;
}

/** `wirefeed feeds …`: manage subscriptions in the store; a running scheduler picks changes up by itself. */
export async function feedsCommand(config: Config, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'add':
      return add(config, rest);
    case 'list':
      return list(config, rest);
    case 'remove':
      return remove(config, rest);
    case 'pause':
      return pause(config, rest, true);
    case 'resume':
      return pause(config, rest, false);
    case 'import':
      return importOpml(config, rest);
    case 'export':
      return exportOpml(config, rest);
    default:
      throw new UsageError(
        sub
          ? `unknown feeds command "${sub}"`
          : 'feeds needs a command: add, list, remove, pause, resume, import, export',
      );
  }
}
