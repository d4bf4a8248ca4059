import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { WirefeedError } from './errors.ts';

export const SinkKind = {
  file: 'file',
  postgres: 'postgres',
  webhook: 'webhook',
  redisStream: 'redis-stream',
  stdout: 'stdout',
} as const;
export type SinkKind = (typeof SinkKind)[keyof typeof SinkKind];

/**
 * One side of a routing rule. Within a list any value matches; across keys every key must match
 * (include) or any key excludes (exclude). Subject codes ending in `*` match by prefix.
 */
const SinkMatchSchema = z
  .object({
    languages: z.array(z.string().regex(/^[a-z]{2}$/, 'expected ISO 639-1 codes such as en')).optional(),
    subjects: z.array(z.string().min(1)).optional(),
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'expected ISO 3166-1 alpha-2 codes such as FR'))
      .optional(),
    feeds: z.array(z.string().min(1)).optional(),
    categories: z.array(z.string().min(1)).optional(),
    urgent: z.boolean().optional(),
    dedup: z.array(z.enum(['unique', 'duplicate', 'update'])).optional(),
  })
  .strict();
export type SinkMatch = z.infer<typeof SinkMatchSchema>;

export const SinkRulesSchema = z
  .object({ include: SinkMatchSchema.optional(), exclude: SinkMatchSchema.optional() })
  .strict();
/** Routing rules of one sink: a story goes to the sink when it matches `include` and not `exclude`. */
export type SinkRules = z.infer<typeof SinkRulesSchema>;

const byteSize = z.union([
  z.number().int().positive(),
  z
    .string()
    .regex(/^\d+(B|KB|MB|GB)$/i, 'expected a size such as 100MB')
    .transform((v) => {
      const m = /^(\d+)(B|KB|MB|GB)$/i.exec(v) as RegExpExecArray;
      const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[
        (m[2] as string).toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'
      ];
      return Number(m[1]) * unit;
    }),
]);

/** One configured sink. `name` is unique and becomes its queue (`sink.<name>`). */
export interface SinkSpec {
  kind: SinkKind;
  name: string;
  /** File path, PostgreSQL URL, webhook URL or stream name; empty for stdout. */
  target: string;
  /** Document written; unset means WIREFEED_FORMAT. */
  format?: 'story' | 'ninjs';
  rules?: SinkRules;
  /** file: start a new file past this many bytes, and/or at each UTC day. */
  rotate?: { maxBytes?: number; daily?: boolean };
  /** file: fdatasync after each line (`always`, default) or leave flushing to the OS (`never`). */
  fsync?: 'always' | 'never';
  /** webhook: the Standard Webhooks secret (`whsec_…`). */
  secret?: string;
  /** webhook: deadline of one POST in ms. */
  timeoutMs?: number;
  /** redis-stream: approximate cap on the stream's length (XADD MAXLEN ~). */
  maxLen?: number;
  /** postgres: schema to create the tables in. */
  schema?: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const SINK_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const SinkEntrySchema = z
  .object({
    kind: z.enum(['file', 'postgres', 'webhook', 'redis-stream', 'stdout']),
    name: z.string().regex(SINK_NAME, 'expected 1–40 lower-case letters, digits, "_" or "-"').optional(),
    target: z.string().min(1).optional(),
    format: z.enum(['story', 'ninjs']).optional(),
    rules: SinkRulesSchema.optional(),
    rotate: z.object({ maxBytes: byteSize.optional(), daily: z.boolean().optional() }).strict().optional(),
    fsync: z.enum(['always', 'never']).optional(),
    secret: z.string().min(1).optional(),
    secretEnv: z.string().min(1).optional(),
    timeout: z
      .string()
      .regex(/^\d+(ms|s)$/, 'expected a duration such as 10s')
      .optional(),
    maxLen: z.number().int().positive().optional(),
    schema: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected a lower-case SQL identifier')
      .optional(),
  })
  .strict();

const SinksFileSchema = z.object({ sinks: z.array(SinkEntrySchema).min(1) }).strict();

function sinkName(kind: string, specs: readonly SinkSpec[]): string {
  // Sink names are queue names: BullMQ forbids ':' in them, and two sinks of a kind need distinct names.
  const sameKind = specs.filter((s) => s.kind === kind).length;
  return sameKind === 0 ? kind : `${kind}-${sameKind + 1}`;
}

function parseSinks(raw: string, ctx: z.RefinementCtx): SinkSpec[] {
  const specs: SinkSpec[] = [];
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const colon = part.indexOf(':');
    const kind = colon === -1 ? part : part.slice(0, colon);
    const target = colon === -1 ? '' : part.slice(colon + 1);
    const known = Object.values(SinkKind) as string[];
    if (!known.includes(kind)) {
      ctx.addIssue({ code: 'custom', message: `unknown sink "${kind}" (known: ${known.join(', ')})` });
      continue;
    }
    if (kind !== 'stdout' && target === '') {
      ctx.addIssue({ code: 'custom', message: `sink "${kind}" needs a target, as in ${kind}:…` });
      continue;
    }
    specs.push({ kind: kind as SinkKind, target, name: sinkName(kind, specs) });
  }
  if (specs.length === 0) ctx.addIssue({ code: 'custom', message: 'at least one sink is required' });
  return specs;
}

function sinksFileError(path: string, message: string): WirefeedError {
  return new WirefeedError(
    'WF_E_CONFIG',
    `Invalid configuration:\n  WIREFEED_SINKS_FILE (${path}): ${message}`,
    {
      details: { variables: ['WIREFEED_SINKS_FILE'] },
    },
  );
}

/**
 * Read the sinks file (YAML): `sinks:` a list of `{ kind, name?, target, format?, rules?, rotate?,
 * fsync?, secret? | secretEnv?, timeout?, maxLen?, schema? }`. Unknown keys are errors, named by
 * their path, so a typo never turns a rule off silently.
 */
export function loadSinksFile(
  path: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): SinkSpec[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw sinksFileError(path, `cannot read it (${(err as Error).message})`);
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    throw sinksFileError(path, `not valid YAML (${(err as Error).message})`);
  }
  const parsed = SinksFileSchema.safeParse(doc);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
    throw sinksFileError(path, issues.join('; '));
  }
  const specs: SinkSpec[] = [];
  const problems: string[] = [];
  parsed.data.sinks.forEach((entry, i) => {
    const name = entry.name ?? sinkName(entry.kind, specs);
    if (specs.some((s) => s.name === name)) problems.push(`sinks.${i}.name: "${name}" is used twice`);
    if (entry.kind !== 'stdout' && !entry.target)
      problems.push(`sinks.${i}.target: required for ${entry.kind}`);
    const secret = entry.secret ?? (entry.secretEnv ? env[entry.secretEnv] : undefined);
    if (entry.secretEnv && !secret) problems.push(`sinks.${i}.secretEnv: ${entry.secretEnv} is not set`);
    specs.push({
      kind: entry.kind,
      name,
      target: entry.target ?? '',
      ...(entry.format ? { format: entry.format } : {}),
      ...(entry.rules ? { rules: entry.rules } : {}),
      ...(entry.rotate ? { rotate: entry.rotate } : {}),
      ...(entry.fsync ? { fsync: entry.fsync } : {}),
      ...(secret ? { secret } : {}),
      ...(entry.timeout ? { timeoutMs: parseDuration(entry.timeout) } : {}),
      ...(entry.maxLen ? { maxLen: entry.maxLen } : {}),
      ...(entry.schema ? { schema: entry.schema } : {}),
    });
  });
  if (problems.length > 0) throw sinksFileError(path, problems.join('; '));
  return specs;
}

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
  /** Stories the story index keeps for search, trace and replay; the least recently seen go first. */
  WIREFEED_STORY_INDEX_MAX: z.coerce.number().int().min(1).max(100_000_000).default(20_000),
  /** Bytes of story records the story index keeps (`128MB`, `1GB`, or a number of bytes). */
  WIREFEED_STORY_INDEX_MAX_BYTES: envByteSize.default(128 * 1024 ** 2),
  /**
   * Stories whose delivery records each sink keeps in Redis (written marks, latest version per story,
   * for exactly-once and version order); the least recently written go first, and none past 30 days.
   */
  WIREFEED_SINK_RECORDS_MAX: z.coerce.number().int().min(1_000).max(100_000_000).default(100_000),
  WIREFEED_FEEDS_FILE: z.string().min(1).default('./feeds.yaml'),
  WIREFEED_POLL_INTERVAL: z
    .string()
    .regex(/^\d+(ms|s|m|h)$/, 'expected a duration such as 90s, 5m or 1h')
    .default('5m'),
  WIREFEED_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  /**
   * Worker threads per process for each CPU-heavy stage (normalize, enrich), so a slow item never
   * blocks the event loop that renews locks and answers health checks.
   */
  WIREFEED_STAGE_THREADS: z.coerce.number().int().min(1).max(64).default(1),
  /**
   * When normalize, dedup, enrich and deliver run in one process (`start`, `process`), a story
   * crosses them as one job instead of four (ADR 0021). `false` keeps a job per hop (for comparison).
   */
  WIREFEED_FUSED_STAGES: z.stringbool().default(true),
  /** The longest one item may take in normalize or enrich; past it the item fails WF_E_ITEM_TOO_COMPLEX. */
  WIREFEED_ITEM_BUDGET: z
    .string()
    .regex(/^\d+(ms|s|m)$/, 'expected a duration such as 10s')
    .refine((v) => parseDuration(v) >= 100, 'expected at least 100ms')
    .default('10s'),
  /**
   * Writes in flight per sink. Each sink still gets every story's versions in order; more in flight
   * hides Redis and network round trips. 1 keeps a receiver seeing one request at a time.
   */
  WIREFEED_SINK_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  /**
   * New items queued from one poll or push of a feed, newest first; the rest wait for the next poll
   * (the feed is flagged as flooding meanwhile).
   */
  WIREFEED_MAX_ITEMS_PER_POLL: z.coerce.number().int().min(1).max(100_000).default(500),
  /** Fetches in flight to one host, across every fetcher replica. */
  WIREFEED_FETCH_PER_HOST: z.coerce.number().int().min(1).max(64).default(2),
  /** A subscription is paused after this many failed polls in a row… */
  WIREFEED_PAUSE_AFTER_ERRORS: z.coerce.number().int().min(1).default(10),
  /** …or after failing for this long. */
  WIREFEED_PAUSE_AFTER: z
    .string()
    .regex(/^\d+(ms|s|m|h|d)$/, 'expected a duration such as 12h or 7d')
    .default('7d'),
  WIREFEED_ALLOW_PRIVATE_NETWORKS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
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
  WIREFEED_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
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

/** "90s" → 90000: a whole number and one of ms, s, m, h, d. */
export function parseDuration(text: string): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(text.trim());
  if (!m?.[1] || !m[2]) throw new WirefeedError('WF_E_CONFIG', `not a duration: ${JSON.stringify(text)}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[
    m[2] as 'ms' | 's' | 'm' | 'h' | 'd'
  ];
  return Number(m[1]) * unit;
}
