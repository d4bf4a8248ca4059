import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseDuration } from './duration.ts';
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

export function parseSinks(raw: string, ctx: z.RefinementCtx): SinkSpec[] {
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
