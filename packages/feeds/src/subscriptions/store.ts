import { normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger, RedisClient } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import type { z } from 'zod';
import { feedIdFor } from './feed-id.ts';
import { ADD_LUA, REMOVE_LUA, SAVE_STATE_LUA, WRITE_CONFIG_LUA } from './store-scripts.ts';
import type { NewSubscription, Subscription, SubscriptionConfig, SubscriptionState } from './subscription.ts';
import { SubscriptionConfigSchema, SubscriptionIdSchema, SubscriptionStateSchema } from './subscription.ts';

/** The shortest poll interval a subscription may have (the model's floor). */
export const MIN_INTERVAL_MS = 10_000;
/** The longest poll interval when none is given. */
export const DEFAULT_MAX_INTERVAL_MS = 24 * 3_600_000;

/**
 * Why the store refused something; in `details.reason` of the WirefeedError (WF_E_CONFIG) it throws,
 * so a caller (the dashboard API) can answer 404 or 409 without parsing messages.
 */
export const SubscriptionProblem = {
  notFound: 'not-found',
  duplicateId: 'duplicate-id',
  duplicateUrl: 'duplicate-url',
  invalid: 'invalid',
  conflict: 'conflict',
} as const;
export type SubscriptionProblem = (typeof SubscriptionProblem)[keyof typeof SubscriptionProblem];

/** What a config edit may change; `title: null` clears the title. */
export interface SubscriptionPatch {
  url?: string;
  title?: string | null;
  tags?: string[];
  minIntervalMs?: number;
  maxIntervalMs?: number;
}

/** Subscriptions in Redis: config (people's) and state (the fetcher's) kept apart. */
export interface SubscriptionStore {
  /** Add one; refuses an id or a URL already subscribed. The id defaults to `feedIdFor(url)`. */
  add(input: NewSubscription): Promise<Subscription>;
  get(id: string): Promise<Subscription | undefined>;
  getByUrl(url: string): Promise<Subscription | undefined>;
  /** Every subscription, oldest first. */
  list(): Promise<Subscription[]>;
  /** Change a subscription's config; its state is left alone. */
  update(id: string, patch: SubscriptionPatch): Promise<Subscription>;
  /** Pause with a reason (a person's, or the fetcher's after an error streak), or resume. */
  setPaused(id: string, paused: boolean, reason?: string): Promise<Subscription>;
  /** Remove a subscription and its state; false when there was none. */
  remove(id: string): Promise<boolean>;
  getState(id: string): Promise<SubscriptionState | undefined>;
  /** Replace the fetcher's state; false (and nothing written) when the subscription is gone. */
  saveState(id: string, state: SubscriptionState): Promise<boolean>;
  /**
   * Change some fields of the state and keep the others, even if the fetcher writes in between (for a
   * second writer such as WebSub's hub bookkeeping). A field given as `undefined` is removed. Returns
   * the new state, or undefined when the subscription is gone.
   */
  patchState(id: string, patch: Partial<SubscriptionState>): Promise<SubscriptionState | undefined>;
  /**
   * The change signal: a counter bumped by every add, edit, pause, resume and removal, and by a state
   * save that changes the poll interval. A scheduler that saw revision N and now sees another re-syncs.
   */
  revision(): Promise<number>;
}

type Reply = string;
type WithScripts = {
  wfSubAdd(...args: string[]): Promise<Reply>;
  wfSubWriteConfig(...args: string[]): Promise<Reply>;
  wfSubRemove(...args: string[]): Promise<number>;
  wfSubSaveState(...args: string[]): Promise<number>;
};

function problem(reason: SubscriptionProblem, message: string, details: Record<string, unknown> = {}) {
  return new WirefeedError('WF_E_CONFIG', message, { details: { reason, ...details } });
}

function schemeOf(url: string): string | undefined {
  // Two characters at least, so a Windows drive ("C:\\feeds\\a.xml") still reads as a path.
  return /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1]?.toLowerCase();
}

/**
 * The URL as the uniqueness index knows it: http(s) URLs in WHATWG form (so `HTTP://Example.com/a`
 * and `http://example.com/a` are one feed), file URLs and paths as a normalized path. Throws on a URL
 * that cannot be subscribed.
 */
export function subscriptionUrlKey(url: string): string {
  const scheme = schemeOf(url);
  if (scheme === 'http' || scheme === 'https') {
    const parsed = URL.parse(url);
    if (!parsed?.hostname) throw problem(SubscriptionProblem.invalid, `not a valid URL: ${url}`);
    return parsed.href;
  }
  if (scheme === 'file') {
    try {
      return normalize(fileURLToPath(url));
    } catch {
      throw problem(SubscriptionProblem.invalid, `not a local file URL: ${url}`);
    }
  }
  if (scheme && url.includes('://'))
    throw problem(
      SubscriptionProblem.invalid,
      `scheme ${scheme}: is not supported (http, https, or a local file): ${url}`,
    );
  return normalize(url);
}

function cleanTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    // OPML's category attribute is a comma list: a comma inside a tag would split it on export.
    if (tag.includes(','))
      throw problem(SubscriptionProblem.invalid, `a tag may not contain a comma: "${tag}"`);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'subscription'}: ${i.message}`).join('; ');
}

/** Validate and tidy a config before it is written; errors are `invalid` problems naming the field. */
function checkedConfig(input: Record<string, unknown>): SubscriptionConfig {
  const url = typeof input.url === 'string' ? input.url.trim() : input.url;
  const title = typeof input.title === 'string' ? input.title.trim() || undefined : input.title;
  const tags = Array.isArray(input.tags) ? cleanTags(input.tags.map(String)) : input.tags;
  const parsed = SubscriptionConfigSchema.safeParse({ ...input, url, title, tags });
  if (!parsed.success)
    throw problem(SubscriptionProblem.invalid, `invalid subscription: ${describeIssues(parsed.error)}`);
  const config = parsed.data;
  if (config.minIntervalMs > config.maxIntervalMs)
    throw problem(
      SubscriptionProblem.invalid,
      `invalid subscription: minIntervalMs (${config.minIntervalMs}) is above maxIntervalMs (${config.maxIntervalMs})`,
    );
  subscriptionUrlKey(config.url);
  if (!config.paused) delete config.pausedReason;
  return config;
}

function checkedState(state: unknown): SubscriptionState {
  const parsed = SubscriptionStateSchema.safeParse(state);
  if (!parsed.success)
    throw problem(SubscriptionProblem.invalid, `invalid subscription state: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

async function redisOp<T>(what: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (err instanceof WirefeedError) throw err;
    throw new WirefeedError('WF_E_REDIS', `subscriptions: ${what} failed: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

const CAS_ATTEMPTS = 5;

/**
 * The subscription store. `prefix` is the hash-tagged key prefix (`{wirefeed}`); every key lives under
 * it, so the store works on Redis Cluster. Config and state are two fields of one hash: a CLI edit and
 * a fetcher's state write never overwrite each other.
 */
export function createSubscriptionStore(deps: {
  redis: RedisClient;
  prefix: string;
  log?: Logger;
}): SubscriptionStore {
  const { redis, prefix } = deps;
  const scripts: [keyof WithScripts, number, string][] = [
    ['wfSubAdd', 4, ADD_LUA],
    ['wfSubWriteConfig', 3, WRITE_CONFIG_LUA],
    ['wfSubRemove', 4, REMOVE_LUA],
    ['wfSubSaveState', 2, SAVE_STATE_LUA],
  ];
  for (const [name, numberOfKeys, lua] of scripts)
    if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
  const client = redis as unknown as WithScripts;
  const subKey = (id: string) => `${prefix}:sub:${id}`;
  const indexKey = `${prefix}:subs:index`;
  const urlsKey = `${prefix}:subs:urls`;
  const revKey = `${prefix}:subs:rev`;

  const decode = (id: string, config: string | null, state: string | null): Subscription | undefined => {
    if (config === null) return undefined;
    try {
      const c = SubscriptionConfigSchema.parse(JSON.parse(config));
      const s = SubscriptionStateSchema.parse(state === null ? {} : JSON.parse(state));
      return { ...c, state: s };
    } catch (err) {
      // One damaged record must not hide every other subscription from the scheduler.
      deps.log?.error({ err, feedId: id }, 'unreadable subscription record skipped');
      return undefined;
    }
  };

  const readRaw = (id: string) =>
    redisOp('read', async () => {
      const [config = null, state = null] = await redis.hmget(subKey(id), 'config', 'state');
      return { config, state };
    });

  const get = async (id: string): Promise<Subscription | undefined> => {
    if (!SubscriptionIdSchema.safeParse(id).success) return undefined;
    const raw = await readRaw(id);
    return decode(id, raw.config, raw.state);
  };

  const writeState = (id: string, state: SubscriptionState, expected?: string) => {
    const checked = checkedState(state);
    return redisOp('save state', () =>
      client.wfSubSaveState(
        subKey(id),
        revKey,
        JSON.stringify(checked),
        checked.intervalMs === undefined ? '' : String(checked.intervalMs),
        expected === undefined ? '0' : '1',
        expected ?? '',
      ),
    );
  };

  const duplicateUrl = (url: string, owner: string) =>
    problem(SubscriptionProblem.duplicateUrl, `${url} is already subscribed as "${owner}"`, { owner });

  // Read, change, and write back only if nobody wrote in between; retried a few times on contention.
  const editConfig = async (
    id: string,
    change: (config: SubscriptionConfig) => Record<string, unknown>,
  ): Promise<Subscription> => {
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
      const raw = await readRaw(id);
      const current = decode(id, raw.config, raw.state);
      if (!current || raw.config === null)
        throw problem(SubscriptionProblem.notFound, `no subscription "${id}"`, { id });
      const { state, ...config } = current;
      const next = checkedConfig({
        ...change(config),
        id,
        origin: config.origin,
        createdAt: config.createdAt,
      });
      const json = JSON.stringify(next);
      const reply = await redisOp('update', () =>
        client.wfSubWriteConfig(
          subKey(id),
          urlsKey,
          revKey,
          id,
          raw.config ?? '',
          json,
          subscriptionUrlKey(next.url),
        ),
      );
      if (reply === 'ok') return { ...next, state };
      if (reply === 'not-found')
        throw problem(SubscriptionProblem.notFound, `no subscription "${id}"`, { id });
      if (reply.startsWith('duplicate-url ')) throw duplicateUrl(next.url, reply.slice(14));
    }
    throw problem(SubscriptionProblem.conflict, `subscription "${id}" kept changing; try again`, { id });
  };

  return {
    async add(input) {
      const url = typeof input.url === 'string' ? input.url.trim() : input.url;
      const minIntervalMs = input.minIntervalMs ?? 60_000;
      const config = checkedConfig({
        ...input,
        url,
        id: input.id ?? feedIdFor(url),
        minIntervalMs,
        maxIntervalMs: input.maxIntervalMs ?? Math.max(DEFAULT_MAX_INTERVAL_MS, minIntervalMs),
        createdAt: new Date().toISOString(),
      });
      const state = SubscriptionStateSchema.parse({});
      const reply = await redisOp('add', () =>
        client.wfSubAdd(
          subKey(config.id),
          indexKey,
          urlsKey,
          revKey,
          config.id,
          subscriptionUrlKey(config.url),
          JSON.stringify(config),
          JSON.stringify(state),
          String(Date.parse(config.createdAt)),
        ),
      );
      if (reply === 'duplicate-id')
        throw problem(SubscriptionProblem.duplicateId, `a subscription "${config.id}" already exists`, {
          id: config.id,
        });
      if (reply.startsWith('duplicate-url ')) throw duplicateUrl(config.url, reply.slice(14));
      return { ...config, state };
    },

    get,

    async getByUrl(url) {
      let key: string;
      try {
        key = subscriptionUrlKey(url.trim());
      } catch {
        return undefined;
      }
      const id = await redisOp('read', () => redis.hget(urlsKey, key));
      return id === null ? undefined : get(id);
    },

    async list() {
      const ids = await redisOp('list', () => redis.zrange(indexKey, 0, -1));
      const subs: Subscription[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const batch = ids.slice(i, i + 500);
        const pipeline = redis.pipeline();
        for (const id of batch) pipeline.hmget(subKey(id), 'config', 'state');
        const replies = await redisOp('list', async () => (await pipeline.exec()) ?? []);
        batch.forEach((id, j) => {
          const [err, fields] = replies[j] ?? [null, null];
          if (err) throw new WirefeedError('WF_E_REDIS', `subscriptions: list failed: ${err.message}`);
          const [config = null, state = null] = (fields as (string | null)[] | null) ?? [];
          const sub = decode(id, config, state);
          if (sub) subs.push(sub);
        });
      }
      return subs;
    },

    update(id, patch) {
      return editConfig(id, (config) => {
        const next: Record<string, unknown> = { ...config };
        if (patch.url !== undefined) next.url = patch.url;
        if (patch.title === null) delete next.title;
        else if (patch.title !== undefined) next.title = patch.title;
        if (patch.tags !== undefined) next.tags = patch.tags;
        if (patch.minIntervalMs !== undefined) next.minIntervalMs = patch.minIntervalMs;
        if (patch.maxIntervalMs !== undefined) next.maxIntervalMs = patch.maxIntervalMs;
        return next;
      });
    },

    setPaused(id, paused, reason) {
      return editConfig(id, (config) => {
        const next: Record<string, unknown> = { ...config, paused };
        delete next.pausedReason;
        if (paused && reason?.trim()) next.pausedReason = reason.trim();
        return next;
      });
    },

    async remove(id) {
      if (!SubscriptionIdSchema.safeParse(id).success) return false;
      const removed = await redisOp('remove', () =>
        client.wfSubRemove(subKey(id), indexKey, urlsKey, revKey, id),
      );
      return removed === 1;
    },

    async getState(id) {
      return (await get(id))?.state;
    },

    async saveState(id, state) {
      if (!SubscriptionIdSchema.safeParse(id).success) return false;
      return (await writeState(id, state)) === 1;
    },

    async patchState(id, patch) {
      if (!SubscriptionIdSchema.safeParse(id).success) return undefined;
      for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
        const raw = await readRaw(id);
        const current = decode(id, raw.config, raw.state);
        if (!current) return undefined;
        const next: Record<string, unknown> = { ...current.state };
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined) delete next[key];
          else next[key] = value;
        }
        const state = checkedState(next);
        const saved = await writeState(id, state, raw.state ?? '');
        if (saved === 1) return state;
        if (saved === 0) return undefined;
      }
      throw problem(SubscriptionProblem.conflict, `state of "${id}" kept changing; try again`, { id });
    },

    async revision() {
      return Number((await redisOp('revision', () => redis.get(revKey))) ?? 0);
    },
  };
}
