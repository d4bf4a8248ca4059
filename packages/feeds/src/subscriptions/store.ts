import type { Logger, RedisClient } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import { feedIdFor } from './feed-id.ts';
import {
  checkedConfig,
  checkedState,
  decodeRecord,
  problem,
  SubscriptionProblem,
  subscriptionUrlKey,
} from './store-codec.ts';
import { ADD_LUA, REMOVE_LUA, SAVE_STATE_LUA, WRITE_CONFIG_LUA } from './store-scripts.ts';
import type { NewSubscription, Subscription, SubscriptionConfig, SubscriptionState } from './subscription.ts';
import { SubscriptionIdSchema, SubscriptionStateSchema } from './subscription.ts';

// Callers have always found these here.
export { SubscriptionProblem, subscriptionUrlKey };

/** The shortest poll interval a subscription may have (the model's floor). */
export const MIN_INTERVAL_MS = 10_000;
/** The longest poll interval when none is given. */
export const DEFAULT_MAX_INTERVAL_MS = 24 * 3_600_000;

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
  /**
   * Pause with a reason (a person's, or the fetcher's after an error streak), or resume. Resuming a
   * paused feed also ends its error streak (lastError stays, as history): the feed gets a fresh start
   * rather than being paused again by its next failure.
   */
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
   * The change signal: a counter bumped by every add, edit, pause, resume and removal; never by a state
   * write (the fetcher reschedules a feed itself when it changes its interval). A scheduler that saw
   * revision N and now sees another re-syncs.
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
    ['wfSubSaveState', 1, SAVE_STATE_LUA],
  ];
  for (const [name, numberOfKeys, lua] of scripts)
    if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
  const client = redis as unknown as WithScripts;
  const subKey = (id: string) => `${prefix}:sub:${id}`;
  const indexKey = `${prefix}:subs:index`;
  const urlsKey = `${prefix}:subs:urls`;
  const revKey = `${prefix}:subs:rev`;

  const decode = (id: string, config: string | null, state: string | null) =>
    decodeRecord(id, config, state, deps.log);

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
        JSON.stringify(checked),
        expected === undefined ? '0' : '1',
        expected ?? '',
      ),
    );
  };

  // Compare-and-set on the state, retried on contention with the fetcher's writes. `when` may decline
  // (nothing written, the current state returned).
  const patchStateWhere = async (
    id: string,
    patch: Partial<SubscriptionState>,
    when: (sub: Subscription) => boolean = () => true,
  ): Promise<SubscriptionState | undefined> => {
    if (!SubscriptionIdSchema.safeParse(id).success) return undefined;
    for (let attempt = 0; attempt < CAS_ATTEMPTS; attempt++) {
      const raw = await readRaw(id);
      const current = decode(id, raw.config, raw.state);
      if (!current) return undefined;
      if (!when(current)) return current.state;
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

    async setPaused(id, paused, reason) {
      // Before the config: while paused the fetcher leaves the state alone, so this cannot race a poll,
      // whereas once resumed the first run (due at once) could fail and count the old streak.
      if (!paused)
        await patchStateWhere(
          id,
          { consecutiveErrors: 0, firstErrorAt: undefined },
          (sub) => sub.paused && (sub.state.consecutiveErrors > 0 || sub.state.firstErrorAt !== undefined),
        );
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

    patchState(id, patch) {
      return patchStateWhere(id, patch);
    },

    async revision() {
      return Number((await redisOp('revision', () => redis.get(revKey))) ?? 0);
    },
  };
}
