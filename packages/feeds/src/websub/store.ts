import type { RedisClient } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import type { SubscriptionState } from '../subscriptions/subscription.ts';
import { SubscriptionStateSchema } from '../subscriptions/subscription.ts';

/** A feed's hub subscription: the `state.hub` of its Subscription (url is the hub's URL). */
export type HubState = NonNullable<SubscriptionState['hub']>;

/**
 * Load and save one feed's hub state. This is the part the subscription store takes over: pass its
 * adapter as `hubState` to `createRedisWebSubStore`, and nothing else changes.
 */
export interface HubStateStore {
  load(feedId: string): Promise<HubState | undefined>;
  /** `undefined` removes it. */
  save(feedId: string, hub: HubState | undefined): Promise<void>;
}

/** WebSub's bookkeeping: hub state, when each feed next needs the hub, and pending unsubscriptions. */
export interface WebSubStore extends HubStateStore {
  /** When `feedId` next needs a (re)subscription: lease renewal, retry, or an unanswered request. */
  scheduleAt(feedId: string, at: number): Promise<void>;
  unschedule(feedId: string): Promise<void>;
  scheduledAt(feedId: string): Promise<number | undefined>;
  /**
   * Feeds due by `now`, each pushed back to `holdUntil` in the same step, so replicas sweeping at
   * once never renew the same feed twice.
   */
  claimDue(now: number, holdUntil: number, limit: number): Promise<string[]>;
  markUnsubscribing(feedId: string, pending: PendingUnsubscribe, ttlMs: number): Promise<void>;
  unsubscribing(feedId: string): Promise<PendingUnsubscribe | undefined>;
  clearUnsubscribing(feedId: string): Promise<void>;
}

export interface PendingUnsubscribe {
  hub: string;
  topic: string;
  /** The callback path's key the hub was given; the hub verifies the unsubscription there. */
  callbackKey?: string;
}

/**
 * claim-due-renewals: take the feeds whose next WebSub action is due, and hold them.
 *
 * KEYS[1] schedule  {p}:websub:due   sorted set: feed id scored by when it next needs its hub (ms)
 * ARGV[1] now (ms)   ARGV[2] hold until (ms)   ARGV[3] limit
 *
 * Returns the claimed feed ids. Each is rescored to ARGV[2] before the script ends, so a second
 * sweeper (another replica) sees it as not due; the claimer sets its real next time afterwards.
 */
export const CLAIM_DUE_RENEWALS_LUA = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, id in ipairs(due) do redis.call('ZADD', KEYS[1], ARGV[2], id) end
return due
`;

const CLAIM_COMMAND = 'wfWebSubClaimDue';
type WithClaim = {
  [CLAIM_COMMAND](key: string, now: number, holdUntil: number, limit: number): Promise<string[]>;
};

const HubStateSchema = SubscriptionStateSchema.shape.hub;

function parseHub(raw: string | null, feedId: string): HubState | undefined {
  if (raw === null) return undefined;
  const parsed = HubStateSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new WirefeedError('WF_E_REDIS', 'stored WebSub hub state does not match its schema', {
      details: { feedId },
    });
  }
  return parsed.data;
}

function wrap<T>(what: string, run: () => Promise<T>): Promise<T> {
  return run().catch((err: unknown) => {
    if (err instanceof WirefeedError) throw err;
    throw new WirefeedError('WF_E_REDIS', `websub ${what} failed`, { cause: err });
  });
}

/**
 * WebSub state in Redis under the hash-tagged prefix (`{wirefeed}`), so every key shares one cluster
 * slot:
 * - `{p}:websub:hub:<feedId>`   JSON HubState (the secret included; until `hubState` is swapped in)
 * - `{p}:websub:due`            sorted set of feed ids by next action time
 * - `{p}:websub:unsub:<feedId>` JSON PendingUnsubscribe, expiring
 */
export function createRedisWebSubStore(
  redis: RedisClient,
  keyPrefix: string,
  options: { hubState?: HubStateStore } = {},
): WebSubStore {
  if (!(CLAIM_COMMAND in redis)) {
    redis.defineCommand(CLAIM_COMMAND, { numberOfKeys: 1, lua: CLAIM_DUE_RENEWALS_LUA });
  }
  const client = redis as unknown as WithClaim;
  const hubKey = (feedId: string) => `${keyPrefix}:websub:hub:${feedId}`;
  const unsubKey = (feedId: string) => `${keyPrefix}:websub:unsub:${feedId}`;
  const dueKey = `${keyPrefix}:websub:due`;
  const hubState: HubStateStore = options.hubState ?? {
    load: (feedId) => wrap('load', async () => parseHub(await redis.get(hubKey(feedId)), feedId)),
    save: (feedId, hub) =>
      wrap('save', async () => {
        if (hub === undefined) await redis.del(hubKey(feedId));
        else await redis.set(hubKey(feedId), JSON.stringify(hub));
      }),
  };
  return {
    load: (feedId) => hubState.load(feedId),
    save: (feedId, hub) => hubState.save(feedId, hub),
    scheduleAt: (feedId, at) => wrap('schedule', async () => void (await redis.zadd(dueKey, at, feedId))),
    unschedule: (feedId) => wrap('unschedule', async () => void (await redis.zrem(dueKey, feedId))),
    scheduledAt: (feedId) =>
      wrap('schedule read', async () => {
        const score = await redis.zscore(dueKey, feedId);
        return score === null ? undefined : Number(score);
      }),
    claimDue: (now, holdUntil, limit) =>
      wrap('claim', () => client[CLAIM_COMMAND](dueKey, now, holdUntil, limit)),
    markUnsubscribing: (feedId, pending, ttlMs) =>
      wrap('unsubscribe mark', async () => {
        await redis.set(unsubKey(feedId), JSON.stringify(pending), 'PX', Math.max(1, Math.round(ttlMs)));
      }),
    unsubscribing: (feedId) =>
      wrap('unsubscribe read', async () => {
        const raw = await redis.get(unsubKey(feedId));
        if (raw === null) return undefined;
        const value = JSON.parse(raw) as Partial<PendingUnsubscribe>;
        if (typeof value.hub !== 'string' || typeof value.topic !== 'string') return undefined;
        return {
          hub: value.hub,
          topic: value.topic,
          ...(typeof value.callbackKey === 'string' ? { callbackKey: value.callbackKey } : {}),
        };
      }),
    clearUnsubscribing: (feedId) =>
      wrap('unsubscribe clear', async () => void (await redis.del(unsubKey(feedId)))),
  };
}

/** The same store in memory: for unit tests of WebSub and of its callers (the fetcher). */
export function createMemoryWebSubStore(now: () => number = Date.now): WebSubStore & {
  hubs: Map<string, HubState>;
  due: Map<string, number>;
} {
  const hubs = new Map<string, HubState>();
  const due = new Map<string, number>();
  const unsubs = new Map<string, { pending: PendingUnsubscribe; until: number }>();
  return {
    hubs,
    due,
    async load(feedId) {
      const hub = hubs.get(feedId);
      return hub ? structuredClone(hub) : undefined;
    },
    async save(feedId, hub) {
      if (hub === undefined) hubs.delete(feedId);
      else hubs.set(feedId, structuredClone(hub));
    },
    async scheduleAt(feedId, at) {
      due.set(feedId, at);
    },
    async unschedule(feedId) {
      due.delete(feedId);
    },
    async scheduledAt(feedId) {
      return due.get(feedId);
    },
    async claimDue(at, holdUntil, limit) {
      const claimed = [...due]
        .filter(([, when]) => when <= at)
        .sort((a, b) => a[1] - b[1])
        .slice(0, limit)
        .map(([id]) => id);
      for (const id of claimed) due.set(id, holdUntil);
      return claimed;
    },
    async markUnsubscribing(feedId, pending, ttlMs) {
      unsubs.set(feedId, { pending, until: now() + ttlMs });
    },
    async unsubscribing(feedId) {
      const entry = unsubs.get(feedId);
      return entry && entry.until > now() ? entry.pending : undefined;
    },
    async clearUnsubscribing(feedId) {
      unsubs.delete(feedId);
    },
  };
}
