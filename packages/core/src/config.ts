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

/** One configured sink. `name` is unique and becomes its queue (`sink.<name>`). */
export interface SinkSpec {
  kind: SinkKind;
  name: string;
  target: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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
    // Sink names are queue names: BullMQ forbids ':' in them, and two sinks of a kind need distinct names.
    const sameKind = specs.filter((s) => s.kind === kind).length;
    specs.push({ kind: kind as SinkKind, target, name: sameKind === 0 ? kind : `${kind}-${sameKind + 1}` });
  }
  if (specs.length === 0) ctx.addIssue({ code: 'custom', message: 'at least one sink is required' });
  return specs;
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
  WIREFEED_DUPLICATES: z.enum(['drop', 'mark']).default('drop'),
  /** How long the dedup index remembers a story: copies and versions seen later count as new. */
  WIREFEED_DEDUP_WINDOW: z
    .string()
    .regex(/^\d+(m|h|d)$/, 'expected a duration such as 72h or 3d')
    .default('72h'),
  WIREFEED_FEEDS_FILE: z.string().min(1).default('./feeds.yaml'),
  WIREFEED_POLL_INTERVAL: z
    .string()
    .regex(/^\d+(ms|s|m|h)$/, 'expected a duration such as 90s, 5m or 1h')
    .default('5m'),
  WIREFEED_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
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
 * Parse the environment once. A bad value throws WF_E_CONFIG naming each bad variable, what was
 * wrong and the value given, so start-up fails with something a person can act on.
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
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '?');
    return `${key}: ${issue.message} (got ${JSON.stringify(picked[key] ?? '')})`;
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
