import type { RedisClient, Story } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';

/** Why a guarded sink skipped a story without asking the adapter. */
export type SkipReason = 'withdrawn' | 'stale';

/** What one Lua call knows about a story before a sink writes it. */
export interface WriteCheck {
  /** Set when the story must not be written: withdrawn by a kill, or older than a version written. */
  skip?: SkipReason;
  /** This (id, version, content) is marked written. */
  written: boolean;
  /** A write begun and never marked: `<offset>` or `<offset>|<file>`. */
  pending?: string;
  /** Asked with a begin: the write is noted (nothing stood in its way). */
  begun?: boolean;
  /** Asked with a fence: the job's lock is another worker's now; nothing was noted. */
  lost?: boolean;
  /** Begun under a fence: how long the job's lock still had to run (ms) when the write was noted. */
  lockTtlMs?: number;
}

/** A lock to hold while noting a write: the stage worker's job lock, and the token that holds it. */
export interface Fence {
  key: string;
  token: string;
}

/** Marks and "latest" entries kept for this long at most, and by count (`maxStories`) before that. */
export const RECORDS_WINDOW_MS = 30 * 24 * 3_600_000;

// KEYS: withdrawn, latest (hash), legacy latest (string, before the hash), written (zset), pending
// (hash), the job's lock. ARGV: story id, version, canceled (1/0), mark member, where the write will
// start ('' = only ask), lock token ('' = no fence).
// The fence, the order guard, the written check and the begin of a write, in one call: 'lost' (the
// lock is another worker's: nothing noted), 'withdrawn'/'stale', written, a pending write's offset
// (not overwritten: it may be on disk), or 'begun' (noted where the write starts) with the lock's
// remaining time in ms (-1: no fence, or a lock that never expires).
const CHECK_LUA = `
local ttl = -1
if ARGV[6] ~= '' then
  if redis.call('GET', KEYS[6]) ~= ARGV[6] then return {'lost', 0, ''} end
  ttl = redis.call('PTTL', KEYS[6])
end
if ARGV[3] ~= '1' then
  if redis.call('EXISTS', KEYS[1]) == 1 then return {'withdrawn', 0, ''} end
  local latest = tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or redis.call('GET', KEYS[3]) or '0')
  if latest > tonumber(ARGV[2]) then return {'stale', 0, ''} end
end
if redis.call('ZSCORE', KEYS[4], ARGV[4]) then return {'', 1, ''} end
local pending = redis.call('HGET', KEYS[5], ARGV[4])
if pending then return {'', 0, pending} end
if ARGV[5] ~= '' then
  redis.call('HSET', KEYS[5], ARGV[4], ARGV[5])
  return {'begun', 0, '', ttl}
end
return {'', 0, ''}`;

// KEYS: pending (hash), the job's lock. ARGV: member, where the write starts, lock token ('' = no fence).
// Notes the write only while the lock is ours: 0 when another worker took the job over, else the
// lock's remaining time in ms (at least 1), or -1 without a fence or for a lock that never expires.
const BEGIN_LUA = `
if ARGV[3] == '' then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return -1
end
if redis.call('GET', KEYS[2]) ~= ARGV[3] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
local ttl = redis.call('PTTL', KEYS[2])
if ttl == 0 then return 1 end
return ttl`;

// KEYS: written (zset), pending (hash), latest (hash), latest-seen (zset), withdrawn
// ARGV: member ('' = the sink keeps no marks), id, version, canceled, now ms, window ms, max stories
const COMMIT_LUA = `
local now, window, max = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
if ARGV[1] ~= '' then
  redis.call('ZADD', KEYS[1], now, ARGV[1])
  redis.call('HDEL', KEYS[2], ARGV[1])
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
  local n = redis.call('ZCARD', KEYS[1])
  if n > max then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, n - max - 1) end
  redis.call('PEXPIRE', KEYS[1], window)
  redis.call('PEXPIRE', KEYS[2], window)
end
local cur = tonumber(redis.call('HGET', KEYS[3], ARGV[2]) or '0')
if tonumber(ARGV[3]) > cur then redis.call('HSET', KEYS[3], ARGV[2], ARGV[3]) end
redis.call('ZADD', KEYS[4], now, ARGV[2])
local seen = redis.call('ZCARD', KEYS[4])
if seen > max then
  local gone = redis.call('ZPOPMIN', KEYS[4], seen - max)
  for i = 1, #gone, 2 do redis.call('HDEL', KEYS[3], gone[i]) end
end
local old = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now - window, 'LIMIT', 0, 64)
for _, id in ipairs(old) do
  redis.call('HDEL', KEYS[3], id)
  redis.call('ZREM', KEYS[4], id)
end
redis.call('PEXPIRE', KEYS[3], window)
redis.call('PEXPIRE', KEYS[4], window)
if ARGV[4] == '1' then redis.call('SET', KEYS[5], now, 'PX', window) end
return 1`;

type WithScripts = {
  wfSinkCheck(...args: (string | number)[]): Promise<[string, number, string, number?]>;
  wfSinkBegin(...args: (string | number)[]): Promise<number>;
  wfSinkCommit(...args: (string | number)[]): Promise<number>;
};

/** The key that says every version of a story was withdrawn (a cancel/kill passed the deliverer). */
export function withdrawnKey(statePrefix: string, storyId: string): string {
  return `${statePrefix}:withdrawn:${storyId}`;
}

/** A written story as the marks know it: the version and its content, so a reused version number is not mistaken for the old one. */
export function markMember(story: Pick<Story, 'id' | 'version' | 'contentHash'>): string {
  return `${story.id}@${story.version}#${story.contentHash.slice(0, 16)}`;
}

export interface SinkRecordsOptions {
  redis: RedisClient;
  /** Where the withdrawn marks live (ServiceDeps.statePrefix). */
  statePrefix: string;
  /** Prefix of this sink's own keys (`sinkKeyPrefix`): its "latest" version per story. */
  sinkKey: string;
  /** The sink's written marks (a sorted set), and beside it `<written>:pending`. */
  writtenKey: string;
  /** Stories whose records the sink keeps (marks, latest versions); the least recently written go first. */
  maxStories?: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * One sink's exactly-once bookkeeping in Redis, each step one Lua call (EVALSHA, defined once on the
 * connection: no pipeline object on BullMQ's connection): `check` before a write (the job's lock,
 * withdrawn, stale, already written, a write begun and never marked; and, asked with a begin, noting
 * where the write starts), `begin` to note it again (offsets that moved), `commit` once it is done
 * (mark it written, raise the story's latest version, a kill's withdrawn mark). Bounded by count: at
 * most `maxStories` marks and latest versions, plus the window. A file write is two calls.
 */
export interface SinkRecords {
  /**
   * Every question before a write in one call; with `begin`, also the fence and the note of where the
   * write starts, when nothing stands in its way (`begun`).
   */
  check(story: Story, begin?: { where: string; fence?: Fence }): Promise<WriteCheck>;
  /**
   * Note a write about to start at `where`: 0 (nothing noted) when `fence`'s lock is not ours, else how
   * long that lock still had to run, in ms (`Infinity` without a fence).
   */
  begin(story: Story, where: string, fence?: Fence): Promise<number>;
  /** After the write: `marked` when this sink keeps written marks (not PostgreSQL or a stream). */
  commit(story: Story, marked: boolean): Promise<void>;
  readonly pendingKey: string;
}

export const DEFAULT_MAX_STORIES = 100_000;

export function createSinkRecords(options: SinkRecordsOptions): SinkRecords {
  const { redis } = options;
  if (!('wfSinkCheck' in redis)) {
    redis.defineCommand('wfSinkCheck', { numberOfKeys: 6, lua: CHECK_LUA });
    redis.defineCommand('wfSinkBegin', { numberOfKeys: 2, lua: BEGIN_LUA });
    redis.defineCommand('wfSinkCommit', { numberOfKeys: 5, lua: COMMIT_LUA });
  }
  const client = redis as unknown as WithScripts;
  const window = options.windowMs ?? RECORDS_WINDOW_MS;
  const max = options.maxStories ?? DEFAULT_MAX_STORIES;
  const now = options.now ?? Date.now;
  const pendingKey = `${options.writtenKey}:pending`;
  const latestKey = `${options.sinkKey}:latest-v`;
  const seenKey = `${options.sinkKey}:latest-seen`;
  const failed = (what: string) => (err: unknown) => {
    throw new WirefeedError('WF_E_REDIS', `sink records: ${what} failed`, { cause: err });
  };
  return {
    pendingKey,
    async check(story, begin) {
      const [status, written, pending, ttl] = await client
        .wfSinkCheck(
          withdrawnKey(options.statePrefix, story.id),
          latestKey,
          `${options.sinkKey}:latest:${story.id}`,
          options.writtenKey,
          pendingKey,
          begin?.fence?.key ?? pendingKey,
          story.id,
          story.version,
          story.signals.canceled ? 1 : 0,
          markMember(story),
          begin?.where ?? '',
          begin?.fence?.token ?? '',
        )
        .catch(failed('check'));
      return {
        ...(status === 'withdrawn' || status === 'stale' ? { skip: status } : {}),
        ...(status === 'begun' ? { begun: true } : {}),
        ...(status === 'lost' ? { lost: true } : {}),
        ...(status === 'begun' && typeof ttl === 'number' && ttl >= 0 ? { lockTtlMs: ttl } : {}),
        written: written === 1,
        ...(pending ? { pending } : {}),
      };
    },
    async begin(story, where, fence) {
      const ttl = await client
        .wfSinkBegin(pendingKey, fence?.key ?? pendingKey, markMember(story), where, fence?.token ?? '')
        .catch(failed('begin'));
      return ttl < 0 ? Number.POSITIVE_INFINITY : ttl;
    },
    async commit(story, marked) {
      await client
        .wfSinkCommit(
          options.writtenKey,
          pendingKey,
          latestKey,
          seenKey,
          withdrawnKey(options.statePrefix, story.id),
          marked ? markMember(story) : '',
          story.id,
          story.version,
          story.signals.canceled ? 1 : 0,
          now(),
          window,
          max,
        )
        .catch(failed('commit'));
    },
  };
}
