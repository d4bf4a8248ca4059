import type { Logger, RedisClient, SinkSpec, Story } from '@wirefeed/core';
import { sendTogether, shortHash, WirefeedError } from '@wirefeed/core';
import { createFileSink } from './file-sink.ts';
import { guardOrder } from './order-guard.ts';
import { createPostgresSink } from './postgres-sink.ts';
import { createRedisStreamSink } from './redis-stream-sink.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import type { SinkRecords, SkipReason } from './sink-records.ts';
import { createSinkRecords } from './sink-records.ts';
import { createStdoutSink } from './stdout-sink.ts';
import { createWebhookSink } from './webhook-sink.ts';
import { createWrittenMarks } from './written-marks.ts';

/** Prefix of one sink's own keys: per destination, so a new file or URL starts afresh. */
export function sinkKeyPrefix(prefix: string, spec: Pick<SinkSpec, 'name' | 'kind' | 'target'>): string {
  return `${prefix}:sink:${spec.name}:${shortHash(spec.kind, spec.target)}`;
}

/** Where a sink's record of written (id, version) lives. */
export function writtenMarksKey(prefix: string, spec: Pick<SinkSpec, 'name' | 'kind' | 'target'>): string {
  return `${sinkKeyPrefix(prefix, spec)}:written`;
}

export interface CreateSinkDeps {
  redis: RedisClient;
  /** Where sink state lives (ServiceDeps.statePrefix). */
  prefix: string;
  /** WIREFEED_FORMAT, for sinks that do not set their own. */
  format: DocumentFormat;
  allowPrivate?: readonly string[];
  allowedPorts?: readonly number[];
  log?: Logger;
  /** Stories whose records (written marks, latest versions) the sink keeps: WIREFEED_SINK_RECORDS_MAX. */
  maxStories?: number;
}

function recordsOf(spec: SinkSpec, deps: CreateSinkDeps): SinkRecords {
  return createSinkRecords({
    redis: deps.redis,
    statePrefix: deps.prefix,
    sinkKey: sinkKeyPrefix(deps.prefix, spec),
    writtenKey: writtenMarksKey(deps.prefix, spec),
    ...(deps.maxStories ? { maxStories: deps.maxStories } : {}),
  });
}

function skipLogger(spec: SinkSpec, deps: CreateSinkDeps) {
  return (story: Story, reason: SkipReason) =>
    deps.log?.info({ sink: spec.name, storyId: story.id, version: story.version, reason }, 'story skipped');
}

function adapter(spec: SinkSpec, deps: CreateSinkDeps, records: SinkRecords): Sink {
  const format = spec.format ?? deps.format;
  const marks = createWrittenMarks({ redis: deps.redis, key: writtenMarksKey(deps.prefix, spec), records });
  switch (spec.kind) {
    case 'file':
      return createFileSink({
        name: spec.name,
        path: spec.target,
        format,
        marks,
        onSkip: skipLogger(spec, deps),
        sendAll: (calls) => sendTogether(deps.redis, calls),
        ...(spec.fsync ? { fsync: spec.fsync } : {}),
        ...(spec.rotate ? { rotate: spec.rotate } : {}),
      });
    case 'stdout':
      return createStdoutSink({ name: spec.name, format, marks });
    case 'postgres':
      return createPostgresSink({
        name: spec.name,
        url: spec.target,
        format,
        ...(spec.schema ? { schema: spec.schema } : {}),
      });
    case 'webhook':
      if (!spec.secret) {
        throw new WirefeedError(
          'WF_E_SINK_CONFIG',
          `webhook sink "${spec.name}" needs a secret: WIREFEED_WEBHOOK_SECRET, or secret/secretEnv in WIREFEED_SINKS_FILE`,
        );
      }
      return createWebhookSink({
        name: spec.name,
        url: spec.target,
        secret: spec.secret,
        format,
        marks,
        ...(spec.timeoutMs ? { timeoutMs: spec.timeoutMs } : {}),
        ...(deps.allowPrivate ? { allowPrivate: deps.allowPrivate } : {}),
        ...(deps.allowedPorts ? { allowedPorts: deps.allowedPorts } : {}),
      });
    case 'redis-stream':
      return createRedisStreamSink({
        name: spec.name,
        redis: deps.redis,
        stream: spec.target,
        marksKey: writtenMarksKey(deps.prefix, spec),
        format,
        ...(spec.maxLen ? { maxLen: spec.maxLen } : {}),
        ...(deps.maxStories ? { maxStories: deps.maxStories } : {}),
      });
    default:
      throw new WirefeedError('WF_E_SINK_CONFIG', `unknown sink kind "${String(spec.kind)}"`);
  }
}

/**
 * Build the adapter for one configured sink, behind the order guard: one effect per (id, version),
 * versions in order, nothing after a kill.
 */
export function createSink(spec: SinkSpec, deps: CreateSinkDeps): Sink {
  const records = recordsOf(spec, deps);
  return guardOrder(adapter(spec, deps, records), {
    redis: deps.redis,
    statePrefix: deps.prefix,
    key: sinkKeyPrefix(deps.prefix, spec),
    records,
    onSkip: skipLogger(spec, deps),
  });
}
