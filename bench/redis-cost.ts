/**
 * What the pipeline asks of Redis, counted on both sides: commands and round trips as this process's
 * ioredis clients write them (every client, BullMQ's duplicates included), and commands, command time
 * and main-thread CPU as redis-server reports them (INFO commandstats / INFO cpu deltas). Plus the
 * bytes held at rest, by key family (MEMORY USAGE over a SCAN of one prefix).
 */
import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import type { ChainableCommander } from 'ioredis';
import { Redis } from 'ioredis';

/** A key without its hash-tagged prefix (`{wirefeed}:si:recent` → `si:recent`); undefined if it has none. */
function unprefixed(key: string): string | undefined {
  return /^\{[^}]*\}:(.*)$/s.exec(key)?.[1];
}

/** BullMQ's own keys under a queue (`<prefix>:<queue>:<name>`); any other name there is a job id. */
const QUEUE_KEYS = new Set([
  'wait',
  'paused',
  'active',
  'completed',
  'failed',
  'delayed',
  'prioritized',
  'waiting-children',
  'events',
  'meta',
  'id',
  'marker',
  'stalled',
  'stalled-check',
  'limiter',
  'pc',
  'de',
  'repeat',
  'metrics',
]);
const STAGE_QUEUES = new Set(['fetch', 'normalize', 'dedup', 'enrich', 'deliver']);

/**
 * A queue's key: the queue `dedup` and the dedup index share the `dedup:` start, so the second part
 * decides — one of BullMQ's names, or a job id (ours have a dash, BullMQ's own are numbers).
 */
function isQueueKey(rest: string): boolean {
  const [queue = '', second = ''] = rest.split(':');
  if (!STAGE_QUEUES.has(queue) && !queue.startsWith('sink.')) return false;
  return QUEUE_KEYS.has(second) || /^\d+$/.test(second) || second.includes('-');
}

/** Which part of Wirefeed a key belongs to, from its name. */
export function keyFamily(key: string): string {
  const rest = unprefixed(key);
  if (rest === undefined) return 'other';
  if (isQueueKey(rest)) return 'BullMQ';
  if (rest.startsWith('si:')) return 'story index';
  if (rest.startsWith('dedup:')) return 'dedup';
  if (rest.startsWith('sink:') || rest.startsWith('withdrawn:')) return 'sink records';
  if (rest.startsWith('run:')) return 'run records';
  return 'other';
}

/** Key family for the memory table: BullMQ split into job hashes per queue and queue structures. */
export function memoryFamily(key: string): string {
  const family = keyFamily(key);
  if (family !== 'BullMQ') return family;
  const [queue = '?', second = '', ...more] = (unprefixed(key) ?? '').split(':');
  if (more.length === 0 && !QUEUE_KEYS.has(second)) return `jobs in ${queue}`;
  if (more.length === 1 && (more[0] === 'lock' || more[0] === 'logs')) return `jobs in ${queue}`;
  return 'queue structures';
}

export interface Tally {
  /** Commands written to a socket (MULTI and EXEC included). */
  commands: number;
  /** Writes awaited together: a lone command, or one pipeline / MULTI batch. */
  roundTrips: number;
  byOrigin: Record<string, { commands: number; roundTrips: number }>;
  /** Commands by name; scripts by their ioredis command name (BullMQ's `moveToFinished` …). */
  byName: Record<string, number>;
}

function emptyTally(): Tally {
  return { commands: 0, roundTrips: 0, byOrigin: {}, byName: {} };
}

export function diffTally(after: Tally, before: Tally): Tally {
  const out = emptyTally();
  out.commands = after.commands - before.commands;
  out.roundTrips = after.roundTrips - before.roundTrips;
  for (const [k, v] of Object.entries(after.byOrigin)) {
    const b = before.byOrigin[k] ?? { commands: 0, roundTrips: 0 };
    out.byOrigin[k] = { commands: v.commands - b.commands, roundTrips: v.roundTrips - b.roundTrips };
  }
  for (const [k, v] of Object.entries(after.byName)) out.byName[k] = v - (before.byName[k] ?? 0);
  return out;
}

interface CommandLike {
  name: string;
  args: unknown[];
}

export interface CommandCounter {
  snapshot(): Tally;
  /** Stop counting and restore ioredis. */
  stop(): void;
}

/**
 * Count every command this process's ioredis clients write, by wrapping `Redis.prototype.sendCommand`
 * (one copy of ioredis in the tree, so BullMQ's connections and their duplicates go through it too).
 * `origin` names a command's family from its first key (scripts: their first KEYS entry); the round
 * trip of a pipeline goes to the family of its first keyed command. Clients in `excluded` (the
 * bench's own probes) are not counted.
 */
export function countCommands(excluded: WeakSet<object>): CommandCounter {
  const tally = emptyTally();
  const batchOrigin = new WeakMap<object, string>();
  const unkeyed = new WeakMap<object, number>();
  const shaNames = new Map<string, string>();
  const proto = Redis.prototype as unknown as {
    sendCommand(this: Redis, command: CommandLike, stream?: object): unknown;
  };
  const original = proto.sendCommand;
  const scriptName = (client: Redis, sha: string): string => {
    let name = shaNames.get(sha);
    if (name) return name;
    const scripts = (client as unknown as { scriptsSet?: Record<string, { sha: string }> }).scriptsSet ?? {};
    for (const [n, script] of Object.entries(scripts)) shaNames.set(script.sha, n);
    name = shaNames.get(sha) ?? `evalsha ${sha.slice(0, 8)}`;
    shaNames.set(sha, name);
    return name;
  };
  const add = (origin: string, commands: number, roundTrips: number) => {
    const o = tally.byOrigin[origin] ?? { commands: 0, roundTrips: 0 };
    tally.byOrigin[origin] = o;
    o.commands += commands;
    o.roundTrips += roundTrips;
    tally.commands += commands;
    tally.roundTrips += roundTrips;
  };
  proto.sendCommand = function (this: Redis, command: CommandLike, stream?: object) {
    if (!excluded.has(this)) {
      const script = command.name === 'evalsha' || command.name === 'eval';
      const firstKey = script ? (Number(command.args[1]) > 0 ? command.args[2] : undefined) : command.args[0];
      const keyed = typeof firstKey === 'string' || Buffer.isBuffer(firstKey);
      const name = command.name === 'evalsha' ? scriptName(this, String(command.args[0])) : command.name;
      tally.byName[name] = (tally.byName[name] ?? 0) + 1;
      const batch = stream !== undefined && 'isPipeline' in stream ? stream : undefined;
      if (!batch) add(keyed ? keyFamily(String(firstKey)) : 'other', 1, 1);
      else {
        // A batch's round trip, and its MULTI/EXEC, go to the family of its first keyed command.
        const known = batchOrigin.get(batch);
        if (keyed) {
          const origin = keyFamily(String(firstKey));
          if (known === undefined) {
            batchOrigin.set(batch, origin);
            add(origin, 1 + (unkeyed.get(batch) ?? 0), 1);
          } else add(origin, 1, 0);
        } else if (known !== undefined) add(known, 1, 0);
        else unkeyed.set(batch, (unkeyed.get(batch) ?? 0) + 1);
      }
    }
    return original.call(this, command, stream);
  };
  return {
    snapshot: () => structuredClone(tally),
    stop: () => {
      proto.sendCommand = original;
    },
  };
}

export interface ServerSnapshot {
  /** commandstats: calls and µs per command, as redis-server counts them (inside scripts too). */
  commands: Record<string, { calls: number; usec: number }>;
  /** Main-thread CPU seconds (user + sys). */
  cpu: number;
}

/** INFO commandstats and cpu of the server behind `probe` (a connection not otherwise used). */
export async function serverSnapshot(probe: RedisClient): Promise<ServerSnapshot> {
  const text = String(await probe.info('all'));
  const commands: ServerSnapshot['commands'] = {};
  for (const m of text.matchAll(/^cmdstat_([^:]+):calls=(\d+),usec=(\d+)/gm)) {
    commands[m[1] as string] = { calls: Number(m[2]), usec: Number(m[3]) };
  }
  const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(text)?.[1] ?? 0);
  const cpu = field('used_cpu_user_main_thread') + field('used_cpu_sys_main_thread');
  return { commands, cpu };
}

/** Server-side work between two snapshots, leaving out the probe's own INFO and MEMORY calls. */
export function diffServer(
  after: ServerSnapshot,
  before: ServerSnapshot,
): { calls: number; usec: number; cpuMs: number; byCommand: Record<string, number> } {
  let calls = 0;
  let usec = 0;
  const byCommand: Record<string, number> = {};
  for (const [name, v] of Object.entries(after.commands)) {
    if (name === 'info' || name === 'memory|usage' || name === 'scan') continue;
    const b = before.commands[name] ?? { calls: 0, usec: 0 };
    const c = v.calls - b.calls;
    if (c <= 0) continue;
    calls += c;
    usec += v.usec - b.usec;
    byCommand[name] = c;
  }
  return { calls, usec, cpuMs: (after.cpu - before.cpu) * 1000, byCommand };
}

/** Bytes Redis holds under `prefix`, by family (MEMORY USAGE, all samples), and the key count of each. */
export async function memoryByFamily(
  redisUrl: string,
  prefix: string,
  family: (key: string) => string = memoryFamily,
): Promise<Record<string, { bytes: number; keys: number }>> {
  const redis = createRedis(redisUrl, 'worker');
  const totals: Record<string, { bytes: number; keys: number }> = {};
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      const batch: ChainableCommander = redis.pipeline();
      for (const k of keys) batch.call('MEMORY', 'USAGE', k, 'SAMPLES', '0');
      const sizes = (await batch.exec()) ?? [];
      keys.forEach((key, i) => {
        const name = family(key);
        const t = totals[name] ?? { bytes: 0, keys: 0 };
        totals[name] = t;
        t.bytes += Number(sizes[i]?.[1] ?? 0);
        t.keys += 1;
      });
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return totals;
}
