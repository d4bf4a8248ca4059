import type { RedisClient, Story } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import { renderDocument } from './render.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import { DEFAULT_MAX_STORIES } from './sink-records.ts';
import { markMember } from './written-marks.ts';

// KEYS[1] stream, KEYS[2] written marks (sorted set). ARGV[1] mark member, ARGV[2] now ms,
// ARGV[3] window ms, ARGV[4] MAXLEN, ARGV[5] max marks, ARGV[6…] field/value pairs. The check, the
// XADD and the mark are one step, so a retried job never adds a second entry. The marks are capped by
// count as the other sinks' are (ADR 0022): the window alone let them grow with every story for 30 days.
const ADD_ONCE = `
if redis.call('ZSCORE', KEYS[2], ARGV[1]) then return 0 end
local fields = {}
for i = 6, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[4], '*', unpack(fields))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[2]) - tonumber(ARGV[3]))
local n, max = redis.call('ZCARD', KEYS[2]), tonumber(ARGV[5])
if n > max then redis.call('ZREMRANGEBYRANK', KEYS[2], 0, n - max - 1) end
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1`;

export interface RedisStreamSinkOptions {
  name: string;
  redis: RedisClient;
  stream: string;
  /** Key of the sink's written marks. */
  marksKey: string;
  format: DocumentFormat;
  /** Approximate cap on entries (XADD MAXLEN ~). Default 100 000. */
  maxLen?: number;
  windowMs?: number;
  /** Stories whose marks are kept, the least recently written dropped first. Default 100 000. */
  maxStories?: number;
}

/**
 * XADD one entry per (id, version) to a stream: fields `type` (story | cancel), `id`, `version`,
 * `doc` (JSON). Exactly once, by a script that checks and marks in the same step.
 */
export function createRedisStreamSink(options: RedisStreamSinkOptions): Sink {
  const window = options.windowMs ?? 30 * 24 * 3_600_000;
  return {
    name: options.name,
    kind: 'redis-stream',
    async write({ story }: { story: Story }) {
      try {
        const added = await options.redis.eval(
          ADD_ONCE,
          2,
          options.stream,
          options.marksKey,
          markMember(story),
          Date.now(),
          window,
          options.maxLen ?? 100_000,
          options.maxStories ?? DEFAULT_MAX_STORIES,
          'type',
          story.signals.canceled ? 'cancel' : 'story',
          'id',
          story.id,
          'version',
          story.version,
          'doc',
          JSON.stringify(renderDocument(story, options.format)),
        );
        return added === 1 ? 'written' : 'skipped';
      } catch (err) {
        throw new WirefeedError(
          'WF_E_SINK_WRITE',
          `redis-stream ${options.stream}: ${(err as Error).message}`,
          {
            cause: err,
          },
        );
      }
    },
    async close() {},
  };
}
