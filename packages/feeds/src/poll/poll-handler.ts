import type { FetchJob, Logger, StageHandler, StageResult } from '@wirefeed/core';
import { toWirefeedError } from '@wirefeed/core';
import type { HttpResponse } from '@wirefeed/http';
import type { ParsedFeed } from '../feed.ts';
import type { KeyedItem } from '../normalize-jobs.ts';
import { normalizeJobsFor, normalizeJobsForItems } from '../normalize-jobs.ts';
import type { ParseFeedOptions } from '../parse-feed.ts';
import { parseFeed } from '../parse-feed.ts';
import { readFeedSource } from '../read-source.ts';
import { hasControlCharacter, mayReadLocalFiles } from '../subscriptions/store-codec.ts';
import type { Subscription, SubscriptionState } from '../subscriptions/subscription.ts';
import type { FeedLock } from './feed-lock.ts';
import type { PollDecision, PollPolicy, PollResult } from './outcome.ts';
import { applyPollResult, describePoll } from './outcome.ts';
import type { Fetched, PollSourceDeps } from './poll-source.ts';
import { pollFile, pollHttp } from './poll-source.ts';
import type { SeenItems } from './seen-items.ts';
import type { SelectedFeed, SelectOptions } from './select-feed.ts';
import { parseAndSelect } from './select-feed.ts';

/** New items one poll queues unless told otherwise (`maxItemsPerPoll`); the rest wait for the next. */
export const DEFAULT_MAX_ITEMS_PER_POLL = 500;

/** What polling needs of the subscription store. */
export interface PollStore {
  get(id: string): Promise<Subscription | undefined>;
  saveState(id: string, state: SubscriptionState): Promise<void>;
  /** Rejects when the new URL is already another subscription's. */
  moveUrl(id: string, url: string): Promise<void>;
  pause(id: string, reason: string): Promise<void>;
}

/** Keeps a subscription's BullMQ job scheduler in line with its interval. */
export interface PollScheduling {
  schedule(sub: Subscription, intervalMs: number): Promise<unknown>;
  unschedule(id: string): Promise<void>;
}

/** Push (WebSub) hooks; absent when push is off. */
export interface PollPush {
  /** Subscribe at the feed's hub if it advertises one. Must not throw. */
  afterFetch(sub: Subscription, feed: ParsedFeed, response: HttpResponse): Promise<void>;
  /** The interval to schedule while a hub pushes (polling is then the safety net). */
  interval(sub: Subscription, intervalMs: number): Promise<number>;
  /** The feed was paused: stop the hub pushing it. Must not throw. */
  stop(id: string): Promise<void>;
}

export interface PollHandlerDeps extends PollSourceDeps {
  store: PollStore;
  scheduling: PollScheduling;
  lock: FeedLock;
  policy: Omit<PollPolicy, 'minIntervalMs' | 'maxIntervalMs'>;
  push?: PollPush;
  /**
   * What the feed's polls queued before: items in it are not queued again (BullMQ's own job ids are
   * forgotten after 1,000 completed jobs). Without it every poll takes the newest items again.
   */
  seen?: SeenItems;
  /** New items queued per poll, newest first; default `DEFAULT_MAX_ITEMS_PER_POLL`. */
  maxItemsPerPoll?: number;
  /**
   * Parses a fetched body and chooses its items (`parseAndSelect`, the default, in this thread): the
   * fetcher runs it on a task thread, so a huge feed never blocks the event loop.
   */
  read?: (body: Uint8Array, options: ParseFeedOptions, select: SelectOptions) => Promise<SelectedFeed>;
  now?: () => Date;
}

// As the store checks a URL before it stores one (storedFeedUrl); records written before it did are
// checked here, at every poll: a local path is read only for the operator's own subscriptions.
function pollTarget(sub: Subscription): 'http' | 'file' | PollResult {
  if (hasControlCharacter(sub.url))
    return {
      kind: 'error',
      code: 'WF_E_FETCH_BLOCKED',
      message: 'the feed URL holds a control character: subscribe again with a clean URL',
    };
  if (/^https?:\/\//i.test(sub.url)) return 'http';
  if (!mayReadLocalFiles(sub.origin))
    return {
      kind: 'error',
      code: 'WF_E_FETCH_BLOCKED',
      message: 'local feed files are read only for subscriptions from the CLI or feeds.yaml',
    };
  return 'file';
}

// One line per entry left out, for the first few: a feed of a thousand broken entries logs ten.
const MAX_SKIP_LOGS = 10;

function logSkipped(feed: ParsedFeed | undefined, feedId: string, log: Logger): void {
  for (const { position, reason } of (feed?.skipped ?? []).slice(0, MAX_SKIP_LOGS)) {
    log.warn({ feedId, position, reason }, 'feed entry skipped');
  }
}

/** A one-shot run (`wirefeed process`): no subscription state; a broken feed fails the fetch with its reason. */
async function oneShot(job: FetchJob, deps: PollHandlerDeps, now: Date, log: Logger): Promise<StageResult> {
  const source = await readFeedSource(job.url, deps.http);
  const feed = await parseFeed(source.body, {
    url: source.url,
    ...(source.contentType ? { contentType: source.contentType } : {}),
    ...(source.contentLanguage ? { contentLanguage: source.contentLanguage } : {}),
  });
  logSkipped(feed, job.feedId, log);
  const emits = normalizeJobsFor(feed, {
    feedId: job.feedId,
    feedUrl: source.url,
    fetchedAt: now.toISOString(),
    ...(job.title ? { feedTitle: job.title } : {}),
    ...(job.run ? { run: job.run } : {}),
  });
  return { emits, feedItems: emits.length };
}

/**
 * Fold the poll into the subscription: move the URL, save the state with the interval actually
 * scheduled, pause or reschedule. Runs after the poll's items are queued, so a crash in between
 * never leaves new validators saved for items that were never queued (the retry fetches them again).
 */
async function record(
  sub: Subscription,
  fetched: Fetched,
  decision: PollDecision,
  deps: PollHandlerDeps,
  log: Logger,
) {
  let state = decision.state;
  let current = sub;
  if (decision.newUrl && decision.newUrl !== sub.url) {
    try {
      await deps.store.moveUrl(sub.id, decision.newUrl);
      current = { ...sub, url: decision.newUrl };
      state = { ...state, movedFrom: sub.url };
      log.info({ from: sub.url, to: decision.newUrl }, 'feed moved permanently');
    } catch (err) {
      // The new URL is already subscribed (or invalid): keep polling the old one, and say why on the feed.
      const wf = toWirefeedError(err);
      const message = `moved permanently to ${decision.newUrl}, not followed: ${wf.message}`;
      state = { ...state, lastError: { code: wf.code, message, at: new Date().toISOString() } };
      log.warn({ to: decision.newUrl, code: wf.code }, 'feed move not followed');
    }
  }
  if (decision.pause) {
    await deps.store.saveState(sub.id, state);
    await deps.store.pause(sub.id, decision.pause);
    await deps.scheduling.unschedule(sub.id);
    await deps.push?.stop(sub.id);
    log.warn({ reason: decision.pause }, 'subscription paused');
    return;
  }
  const wanted = deps.push ? await deps.push.interval(current, decision.intervalMs) : decision.intervalMs;
  // The interval saved is the one scheduled: within the subscription's bounds, push or not.
  const intervalMs = Math.min(Math.max(wanted, sub.minIntervalMs), sub.maxIntervalMs);
  const nextFetchAt = new Date(
    Date.parse(state.lastFetchAt ?? new Date().toISOString()) + intervalMs,
  ).toISOString();
  state = { ...state, intervalMs, nextFetchAt };
  await deps.store.saveState(sub.id, state);
  if (intervalMs !== sub.state.intervalMs || current !== sub)
    await deps.scheduling.schedule({ ...current, state }, intervalMs);
  if (fetched.result.kind === 'error') {
    log.warn(
      {
        code: fetched.result.code,
        status: fetched.result.status,
        errors: state.consecutiveErrors,
        intervalMs,
      },
      'poll failed',
    );
  } else {
    logSkipped(fetched.feed, sub.id, log);
    log.info(
      {
        outcome: fetched.result.kind,
        items: fetched.feed?.items.length ?? 0,
        ...(fetched.result.kind === 'ok' && fetched.result.taken !== undefined
          ? { taken: fetched.result.taken, deferred: fetched.result.deferred ?? 0 }
          : {}),
        skipped: fetched.feed?.skipped?.length ?? 0,
        intervalMs,
      },
      'feed polled',
    );
  }
}

/**
 * The fetch stage for subscriptions: under a per-feed lock, a conditional GET through the guarded
 * client within the per-host cap, one normalize job per item, and the outcome folded into the
 * subscription (validators, rate, interval, error streak, pause, moved URL) once the items are queued.
 * A feed's own faults are recorded on its subscription and do not fail the job: the next poll retries.
 */
export function createPollHandler(deps: PollHandlerDeps): StageHandler<FetchJob> {
  const now = deps.now ?? (() => new Date());
  return async (job, ctx) => {
    if (job.run) return oneShot(job, deps, now(), ctx.log);
    const unlock = await deps.lock.tryLock(job.feedId, ctx.token);
    if (!unlock) {
      ctx.log.info({ feedId: job.feedId }, 'feed already being polled; skipped');
      return {};
    }
    try {
      // Read under the lock, so a poll never starts from the state a concurrent poll is replacing.
      const sub = await deps.store.get(job.feedId);
      if (!sub) {
        // A scheduler left behind by a removed subscription: remove it rather than poll forever.
        await deps.scheduling.unschedule(job.feedId);
        ctx.log.warn({ feedId: job.feedId }, 'no such subscription; scheduler removed');
        await unlock();
        return {};
      }
      if (sub.paused) {
        await unlock();
        return {};
      }
      const at = now();
      const target = pollTarget(sub);
      // New items only, newest first, at most the cap: chosen where the feed is parsed.
      const select: SelectOptions = {
        seen: deps.seen ? await deps.seen.all(sub.id) : new Map(),
        cap: deps.maxItemsPerPoll ?? DEFAULT_MAX_ITEMS_PER_POLL,
        // Refreshed well inside the window, so an item the feed still shows is never forgotten.
        refreshBefore: at.getTime() - (deps.seen?.windowMs ?? 0) / 4,
      };
      const read = deps.read ?? parseAndSelect;
      const parse = (body: Uint8Array, options: ParseFeedOptions) => read(body, options, select);
      const fetched: Fetched =
        target === 'http'
          ? await pollHttp(sub, { ...deps, parse }, at)
          : target === 'file'
            ? await pollFile(sub, parse)
            : { result: target };
      if (fetched.cause !== undefined)
        ctx.log.warn({ err: fetched.cause, url: sub.url }, 'local feed file not read');
      const policy: PollPolicy = {
        ...deps.policy,
        minIntervalMs: sub.minIntervalMs,
        maxIntervalMs: sub.maxIntervalMs,
      };
      const selection = (fetched.feed as SelectedFeed | undefined)?.selection;
      if (selection && fetched.result.kind === 'ok') {
        fetched.result = { ...fetched.result, taken: selection.taken.length, deferred: selection.deferred };
      }
      const decision = applyPollResult(sub.state, fetched.result, policy, at);
      ctx.note(describePoll(fetched.result));
      const emits =
        fetched.feed && selection
          ? normalizeJobsForItems(selection.taken, fetched.feed, {
              feedId: sub.id,
              feedUrl: fetched.response?.url ?? sub.url,
              fetchedAt: at.toISOString(),
              ...(sub.title ? { feedTitle: sub.title } : {}),
            })
          : [];
      const { feed, response } = fetched;
      return {
        emits,
        afterEmit: async () => {
          try {
            // Remembered once queued: a crash before leaves them new for the retry.
            if (selection && deps.seen) {
              const keys = [...selection.taken.map((k: KeyedItem) => k.key), ...selection.refresh];
              if (keys.length > 0) await deps.seen.remember(sub.id, keys, at.getTime());
            }
            await record(sub, fetched, decision, deps, ctx.log);
            if (feed && response && deps.push) await deps.push.afterFetch(sub, feed, response);
          } finally {
            await unlock();
          }
        },
      };
    } catch (err) {
      await unlock();
      throw err;
    }
  };
}
