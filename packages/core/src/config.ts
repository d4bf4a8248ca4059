import { z } from 'zod';
import { allowEntryProblem, proxyEntryProblem } from './config-networks.ts';
import { loadSinksFile, parseSinks } from './config-sinks.ts';
import { parseDuration } from './duration.ts';
import { WirefeedError } from './errors.ts';

export { parseDuration };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A size from the environment: a number of bytes, or one with a unit (`512KB`, `128MB`, `1GB`). */
const envByteSize = z
  .string()
  .trim()
  .regex(/^\d+(B|KB|MB|GB)?$/i, 'expected a size such as 128MB or 1GB')
  .transform((v) => {
    const m = /^(\d+)(B|KB|MB|GB)?$/i.exec(v) as RegExpExecArray;
    const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[
      (m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'
    ];
    return Number(m[1]) * unit;
  })
  .refine((n) => n >= 1024, 'expected at least 1KB');

/** A comma list from the environment, items trimmed, empty ones left out; unset is none. */
const commaList = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** A comma list whose every item `problem` finds nothing wrong with; the first bad item is named. */
function checkedCommaList(problem: (item: string) => string | undefined) {
  return commaList.superRefine((items, ctx) => {
    for (const item of items) {
      const message = problem(item);
      if (message) {
        ctx.addIssue({ code: 'custom', message: `entry ${JSON.stringify(item)}: ${message}` });
        return;
      }
    }
  });
}

/**
 * A whole number from the environment. zod's own messages ("expected number, received NaN") do not say
 * what to write instead, so every rule says the range.
 */
function wholeNumber(min: number, max?: number) {
  const rule =
    max === undefined
      ? `expected a whole number, at least ${min}`
      : `expected a whole number from ${min} to ${max}`;
  const n = z.coerce.number({ message: rule }).int(rule).min(min, rule);
  return max === undefined ? n : n.max(max, rule);
}

const port = z.coerce
  .number({ message: 'expected a port number' })
  .int('expected a whole number')
  .min(0, 'expected a port from 0 to 65535')
  .max(65535, 'expected a port from 0 to 65535');

const redisUrl = z
  .string()
  .trim()
  .refine(
    (v) => /^rediss?:\/\/.+/.test(v) || /^[^\s,:/]+:\d+(,[^\s,:/]+:\d+)*$/.test(v),
    'expected redis://…, rediss://…, or a comma list of host:port for Redis Cluster',
  );

/** The env table of DESIGN.md: every variable Wirefeed reads, parsed once. */
export const ConfigSchema = z.object({
  REDIS_URL: redisUrl.optional(),
  WIREFEED_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1–64 letters, digits, "_", "-" or "."')
    .default('wirefeed'),
  WIREFEED_SINKS: z.string().default('file:./data/stories.ndjson').transform(parseSinks),
  WIREFEED_FORMAT: z.enum(['story', 'ninjs']).default('story'),
  /** A YAML file of sinks with routing rules (see loadSinksFile); replaces WIREFEED_SINKS when set. */
  WIREFEED_SINKS_FILE: z.string().min(1).optional(),
  /** Standard Webhooks secret (`whsec_…`) for webhook sinks that do not name their own. */
  WIREFEED_WEBHOOK_SECRET: z.string().min(1).optional(),
  WIREFEED_DUPLICATES: z.enum(['drop', 'mark']).default('drop'),
  /** How long the dedup index remembers a story: copies and versions seen later count as new. */
  WIREFEED_DEDUP_WINDOW: z
    .string()
    .regex(/^\d+(m|h|d)$/, 'expected a duration such as 72h or 3d')
    .default('72h'),
  /**
   * Stories the dedup index remembers at most, whatever the window: past it the oldest quarter goes
   * whole (≈ 150 bytes of Redis a story: ≈ 0.15 MB per 1,000).
   */
  WIREFEED_DEDUP_MAX_STORIES: wholeNumber(1_000, 100_000_000).default(1_000_000),
  /** Bytes of dedup records and entries at most (`256MB`); Redis adds ≈ 5–10 % of keys and allocator rounding. */
  WIREFEED_DEDUP_MAX_BYTES: envByteSize.default(256 * 1024 ** 2),
  /** Stories the story index keeps for search, trace and replay; the least recently seen go first. */
  WIREFEED_STORY_INDEX_MAX: wholeNumber(1, 100_000_000).default(20_000),
  /** Bytes of story records the story index keeps (`128MB`, `1GB`, or a number of bytes). */
  WIREFEED_STORY_INDEX_MAX_BYTES: envByteSize.default(128 * 1024 ** 2),
  /**
   * Stories whose delivery records each sink keeps in Redis (written marks, latest version per story,
   * for exactly-once and version order); the least recently written go first, and none past 30 days.
   */
  WIREFEED_SINK_RECORDS_MAX: wholeNumber(1_000, 100_000_000).default(100_000),
  WIREFEED_FEEDS_FILE: z.string().min(1).default('./feeds.yaml'),
  WIREFEED_POLL_INTERVAL: z
    .string()
    .regex(/^\d+(ms|s|m|h)$/, 'expected a duration such as 90s, 5m or 1h')
    .default('5m'),
  WIREFEED_CONCURRENCY: wholeNumber(1, 256).default(8),
  /**
   * Worker threads per process, one pool shared by its CPU-heavy stages (normalize, enrich), so a
   * slow item never blocks the event loop that renews locks and answers health checks.
   */
  WIREFEED_STAGE_THREADS: wholeNumber(1, 64).default(1),
  /**
   * When normalize, dedup, enrich and deliver run in one process (`start`, `process`), a story
   * crosses them as one job instead of four (ADR 0021). `false` keeps a job per hop (for comparison).
   */
  WIREFEED_FUSED_STAGES: z.stringbool().default(true),
  /**
   * Fused, with one sink and that sink a file: the story is written in the same job too (ADR 0024);
   * a version its gate holds back, or a write that fails, goes to the sink's queue as before.
   * `false` keeps the sink a job of its own.
   */
  WIREFEED_INLINE_SINK: z.stringbool().default(true),
  /** The longest one item may take in normalize or enrich, in CPU time of its thread (ten times it in wall time at most); past it the item fails WF_E_ITEM_TOO_COMPLEX. */
  WIREFEED_ITEM_BUDGET: z
    .string()
    .regex(/^\d+(ms|s|m)$/, 'expected a duration such as 10s')
    // Only a value the regex passed is parsed: zod runs this check after a failed regex too, and
    // parseDuration's own error would name no variable.
    .refine((v) => !/^\d+(ms|s|m)$/.test(v) || parseDuration(v) >= 100, 'expected at least 100ms')
    .default('10s'),
  /**
   * Writes in flight per sink. Each sink still gets every story's versions in order; more in flight
   * hides Redis and network round trips. 1 keeps a receiver seeing one request at a time.
   */
  WIREFEED_SINK_CONCURRENCY: wholeNumber(1, 64).default(8),
  /**
   * New items queued from one poll or push of a feed, newest first; the rest wait for the next poll
   * (the feed is flagged as flooding meanwhile).
   */
  WIREFEED_MAX_ITEMS_PER_POLL: wholeNumber(1, 100_000).default(500),
  /** Fetches in flight to one host, across every fetcher replica. */
  WIREFEED_FETCH_PER_HOST: wholeNumber(1, 64).default(2),
  /** A subscription is paused after this many failed polls in a row… */
  WIREFEED_PAUSE_AFTER_ERRORS: wholeNumber(1).default(10),
  /** …or after failing for this long. */
  WIREFEED_PAUSE_AFTER: z
    .string()
    .regex(/^\d+(ms|s|m|h|d)$/, 'expected a duration such as 12h or 7d')
    .default('7d'),
  WIREFEED_ALLOW_PRIVATE_NETWORKS: checkedCommaList(allowEntryProblem),
  /** Ports fetches and webhooks may use on hosts not in WIREFEED_ALLOW_PRIVATE_NETWORKS. */
  WIREFEED_ALLOWED_PORTS: z
    .string()
    .default('80,443')
    .transform((v, ctx) => {
      const ports = v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map(Number);
      if (ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) {
        ctx.addIssue({ code: 'custom', message: 'expected a comma list of ports from 1 to 65535' });
      }
      return ports;
    }),
  /** The dashboard's admin token (read and act); generated and printed at start when unset. */
  WIREFEED_DASHBOARD_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  /** An optional read-only token: its sessions see everything and change nothing. */
  WIREFEED_DASHBOARD_VIEWER_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  WIREFEED_DASHBOARD_PORT: port.default(3000),
  WIREFEED_DASHBOARD_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Host names the dashboard port answers (its Host header), every path included: what a browser may
   * call it, so a page elsewhere cannot reach it through DNS rebinding. Unset: loopback names, the
   * listening address unless it is a wildcard, and the host of WIREFEED_PUBLIC_URL.
   */
  WIREFEED_DASHBOARD_HOSTS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const hosts = v
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      if (hosts.length === 0 || hosts.some((h) => !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(h)))
        ctx.addIssue({
          code: 'custom',
          message: 'expected a comma list of host names (no ports, no schemes)',
        });
      return hosts;
    }),
  /**
   * Proxies in front of the dashboard (IP addresses or CIDRs) whose X-Forwarded-For / -Proto / -Host
   * are believed: the client's address for rate limits, https for Secure cookies.
   */
  WIREFEED_TRUSTED_PROXIES: checkedCommaList(proxyEntryProblem),
  /**
   * The dashboard's address as hubs on the internet reach it, for WebSub callbacks
   * (`<url>/websub/<feedId>`). Unset: no push subscriptions, polling only.
   */
  WIREFEED_PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  /** Where `wirefeed service NAME` serves /healthz and /readyz; 0 turns it off. */
  WIREFEED_HEALTH_PORT: port.default(8080),
  WIREFEED_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

/**
 * Variables whose value may be a secret: a token, a signing secret, or a URL that can carry a
 * password (Redis, PostgreSQL sinks). Their errors name the variable and the rule, never the value.
 */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'REDIS_URL',
  'WIREFEED_SINKS',
  'WIREFEED_WEBHOOK_SECRET',
  'WIREFEED_DASHBOARD_TOKEN',
  'WIREFEED_DASHBOARD_VIEWER_TOKEN',
]);

/**
 * Parse the environment once. A bad value throws WF_E_CONFIG naming each bad variable and what was
 * wrong, with the value given unless it may be a secret (`SECRET_VARIABLES`), so start-up fails with
 * something a person can act on and nothing a log should not keep.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const known = Object.keys(ConfigSchema.shape);
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = env[key];
    // An empty variable means "not set", as in most shells' `FOO= cmd`.
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const result = ConfigSchema.safeParse(picked);
  if (result.success) {
    const config = result.data;
    if (config.WIREFEED_SINKS_FILE) {
      if (picked.WIREFEED_SINKS) {
        throw new WirefeedError(
          'WF_E_CONFIG',
          'Invalid configuration:\n  WIREFEED_SINKS_FILE: set WIREFEED_SINKS or WIREFEED_SINKS_FILE, not both',
          { details: { variables: ['WIREFEED_SINKS', 'WIREFEED_SINKS_FILE'] } },
        );
      }
      config.WIREFEED_SINKS = loadSinksFile(config.WIREFEED_SINKS_FILE, env);
    }
    const secret = config.WIREFEED_WEBHOOK_SECRET;
    if (secret) {
      config.WIREFEED_SINKS = config.WIREFEED_SINKS.map((s) =>
        s.kind === 'webhook' && !s.secret ? { ...s, secret } : s,
      );
    }
    return config;
  }
  const lines = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '?');
    // A token, a secret or a URL with a password in it must not end up in a terminal or a log.
    const shown = SECRET_VARIABLES.has(key) ? '' : ` (got ${JSON.stringify(picked[key] ?? '')})`;
    return `${key}: ${issue.message}${shown}`;
  });
  throw new WirefeedError('WF_E_CONFIG', `Invalid configuration:\n  ${lines.join('\n  ')}`, {
    details: { variables: result.error.issues.map((i) => String(i.path[0])) },
  });
}
