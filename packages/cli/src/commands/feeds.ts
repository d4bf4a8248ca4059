import { readFile } from 'node:fs/promises';
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
  SubscriptionIdSchema,
  SubscriptionProblem,
  SubscriptionStatus,
  subscriptionStatus,
} from '@wirefeed/feeds/subscriptions';
import { atMost, parseCommand } from '../args.ts';
import type { CommandName } from '../help.ts';
import { resolveSource } from '../sources.ts';
import { UsageError } from '../usage-error.ts';

type Configured = () => Config;

const DURATION = /^(\d+)(ms|s|m|h|d)$/;

/** "90s", "5m", "24h", "7d" → ms; a usage error naming the flag otherwise. */
function interval(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = DURATION.exec(text.trim());
  if (!m?.[1] || !m[2])
    throw new UsageError(
      `${flag}: expected a duration such as 90s, 5m, 1h or 1d, got "${text}"`,
      'feeds add',
    );
  const ms = m[2] === 'd' ? Number(m[1]) * 86_400_000 : parseDuration(`${m[1]}${m[2]}`);
  if (ms < MIN_INTERVAL_MS)
    throw new UsageError(`${flag} must be at least ${MIN_INTERVAL_MS / 1000}s, got "${text}"`, 'feeds add');
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

function oneId(positionals: string[], command: CommandName): string {
  const [id] = positionals;
  if (!id) throw new UsageError(`${command} needs a subscription ID (see wirefeed feeds list)`, command);
  atMost(command, positionals, 1, 'one ID');
  return id;
}

function tagsOf(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
}

async function add(configured: Configured, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('feeds add', args, {
    id: { type: 'string' },
    title: { type: 'string' },
    tag: { type: 'string', multiple: true },
    interval: { type: 'string' },
    'max-interval': { type: 'string' },
  });
  const [target] = positionals;
  if (!target) throw new UsageError('feeds add needs a URL (or the path of a feed file)', 'feeds add');
  atMost('feeds add', positionals, 1, 'one URL');
  const config = configured();
  const minIntervalMs =
    interval('--interval', values.interval) ??
    Math.max(parseDuration(config.WIREFEED_POLL_INTERVAL), MIN_INTERVAL_MS);
  const maxIntervalMs = interval('--max-interval', values['max-interval']);
  if (maxIntervalMs !== undefined && maxIntervalMs < minIntervalMs)
    throw new UsageError('--max-interval must not be shorter than --interval', 'feeds add');
  // A mistyped option is a usage error (exit 2) like the others, not the store's refusal (exit 1).
  const id = values.id === undefined ? undefined : SubscriptionIdSchema.safeParse(values.id);
  if (id && !id.success)
    throw new UsageError(
      `--id: ${id.error.issues[0]?.message}, got ${JSON.stringify(values.id)}`,
      'feeds add',
    );
  // Checked before it is saved: a URL the fetcher would refuse fails here, not at its first poll.
  const url = await resolveSource(target, 'feeds add', config);
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

async function list(configured: Configured, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('feeds list', args, { json: { type: 'boolean' } });
  atMost('feeds list', positionals, 0, '');
  const subs = await withStore(configured(), (store) => store.list());
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

async function remove(configured: Configured, args: string[]): Promise<number> {
  const { positionals } = parseCommand('feeds remove', args, {});
  const id = oneId(positionals, 'feeds remove');
  const config = configured();
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

async function pause(configured: Configured, args: string[], paused: boolean): Promise<number> {
  const command = paused ? 'feeds pause' : 'feeds resume';
  const { values, positionals } = parseCommand(command, args, paused ? { reason: { type: 'string' } } : {});
  const id = oneId(positionals, command);
  const reason = typeof values.reason === 'string' ? values.reason : undefined;
  await withStore(configured(), (store) => store.setPaused(id, paused, reason));
  console.log(`${paused ? 'paused' : 'resumed'} ${id}`);
  return 0;
}

async function importOpml(configured: Configured, args: string[]): Promise<number> {
  const { positionals } = parseCommand('feeds import', args, {});
  const [file] = positionals;
  if (!file) throw new UsageError('feeds import needs an OPML file', 'feeds import');
  atMost('feeds import', positionals, 1, 'one file');
  const config = configured();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    // A file that is not there is a usage error, as for `process` and `feeds add` (exit 2).
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UsageError(`no such file: ${file}`, 'feeds import');
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

async function exportOpml(configured: Configured, args: string[]): Promise<number> {
  const { positionals } = parseCommand('feeds export', args, {});
  if (positionals.length)
    throw new UsageError(
      `feeds export takes no arguments, got "${positionals[0]}": redirect stdout to a file`,
      'feeds export',
    );
  const subs = await withStore(configured(), (store) => store.list());
  process.stdout.write(buildOpml(subs));
  return 0;
}

/** `wirefeed feeds …`: manage subscriptions in the store; a running scheduler picks changes up by itself. */
export async function feedsCommand(
  command: CommandName,
  args: string[],
  configured: Configured,
): Promise<number> {
  switch (command) {
    case 'feeds add':
      return add(configured, args);
    case 'feeds list':
      return list(configured, args);
    case 'feeds remove':
      return remove(configured, args);
    case 'feeds pause':
      return pause(configured, args, true);
    case 'feeds resume':
      return pause(configured, args, false);
    case 'feeds import':
      return importOpml(configured, args);
    case 'feeds export':
      return exportOpml(configured, args);
    default:
      throw new UsageError(`unknown feeds command "${command}"`, 'feeds');
  }
}
