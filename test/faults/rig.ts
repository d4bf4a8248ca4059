import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FetchJob, Producer, RedisClient } from '@wirefeed/core';
import { createProducer, createRedis, hashTagPrefix, STAGES, sinkQueueName, whenReady } from '@wirefeed/core';
import type { SubscriptionStore } from '@wirefeed/feeds/subscriptions';
import { createSubscriptionStore } from '@wirefeed/feeds/subscriptions';
import type { SinkLine } from '@wirefeed/testing/delivery';
import {
  CAP_MS,
  describeQueues,
  expectDeliveredOnce,
  IDLE_MS,
  jobCounts,
  nextDelayedDue,
  pendingJobs,
  queuesSnapshot,
  readSink,
  waitForDelivery,
} from '@wirefeed/testing/delivery';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { untilProgressStops } from '@wirefeed/testing/progress';
import type { RedisProcess } from '@wirefeed/testing/redis-process';
import { startRedisProcess } from '@wirefeed/testing/redis-process';
import { wireFeedXml } from '@wirefeed/testing/wire-feeds';
import type { JobType } from 'bullmq';

/**
 * One fault scenario's world: its own redis-server (AOF everysec, own dir and port), a feed server on
 * loopback, a file sink in a temp dir, and the environment every `wirefeed service` child gets.
 */
export interface FaultRig {
  dir: string;
  redis: RedisProcess;
  feeds: FeedServer;
  prefix: string;
  sinkPath: string;
  /** Environment for `wirefeed service …` children. */
  env: Record<string, string>;
  /** The test's own connection (producer role: fails fast while Redis is down). */
  connection: RedisClient;
  producer: Producer;
  store: SubscriptionStore;
  /** The queues an item passes through, ending with the file sink's. */
  queues: string[];
  /** Serve a feed of `count` distinct stories and subscribe to it (polled once an hour: once here). */
  addFeed(id: string, firstSeed: number, count: number): Promise<void>;
  /** Serve the feed with every body edited (`revision`) and poll it now: each story's next version. */
  reviseFeed(id: string, firstSeed: number, count: number, revision: number): Promise<void>;
  /** Jobs still to run across the pipeline's queues (the subscriptions' next polls aside). */
  pending(): Promise<number>;
  /**
   * Every one of `expected` stories in the file sink once, nothing pending, nothing failed (waiting
   * for the last to land as long as the pipeline makes progress, `idleMs`; `failed`: jobs the test
   * made fail); the sink's lines. A failure names the missing stories and where their jobs are.
   */
  expectDeliveredOnce(
    expected: number,
    options?: { idleMs?: number; failed?: number; context?: () => string },
  ): Promise<SinkLine[]>;
  /**
   * Wait for `expected` lines in the file sink and nothing pending, as long as the pipeline progresses
   * (no check of duplicates or failures: the caller's); the sink's lines.
   */
  waitDelivered(expected: number, options?: { idleMs?: number; context?: () => string }): Promise<SinkLine[]>;
  /**
   * Wait until `done`, as long as the pipeline moves (a job changes state, a line reaches the file
   * sink, a retry is due, or `moving` changes: what else the test watches); fails naming `what` and
   * the queues once nothing moved for `idleMs` (default 120 s). A loaded machine is slow, not stuck.
   */
  waitWhileMoving(
    what: string,
    done: () => Promise<boolean> | boolean,
    options?: { moving?: () => Promise<unknown> | unknown; idleMs?: number; intervalMs?: number },
  ): Promise<void>;
  /** The guids of every story the feeds added so far serve (`<feedId>-<n>`). */
  guids(): string[];
  /** Jobs per state summed across the pipeline's queues. */
  counts(...states: JobType[]): Promise<Record<string, number>>;
  /** Wait until the test's own connection is back after a Redis restart. */
  reconnected(): Promise<void>;
  close(): Promise<void>;
}

export async function startRig(
  name: string,
  options: {
    sinks?: string;
    feedDelayMs?: number;
    env?: Record<string, string>;
    /** More ports the services may reach on 127.0.0.1 (a webhook receiver). */
    ports?: number[];
  } = {},
): Promise<FaultRig> {
  const dir = await mkdtemp(join(tmpdir(), `wirefeed-${name}-`));
  const redis = await startRedisProcess({ dir: join(dir, 'redis') });
  const feeds = await startFeedServer(options.feedDelayMs ?? 0);
  const prefix = `f-${name}`;
  const sinkPath = join(dir, 'stories.ndjson');
  const sinks = options.sinks ?? `file:${sinkPath}`;
  const env: Record<string, string> = {
    REDIS_URL: redis.url,
    WIREFEED_PREFIX: prefix,
    WIREFEED_SINKS: sinks,
    WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1',
    WIREFEED_ALLOWED_PORTS: [feeds.port, ...(options.ports ?? [])].join(','),
    // Not the checkout's feeds.yaml: only the feeds a test subscribes to.
    WIREFEED_FEEDS_FILE: join(dir, 'no-feeds.yaml'),
    WIREFEED_DATA_DIR: join(dir, 'data'),
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const connection = createRedis(redis.url, 'producer', 'fault-test');
  await whenReady(connection, redis.url);
  const keyPrefix = hashTagPrefix(prefix);
  const producer = createProducer({ connection, prefix: keyPrefix });
  const store = createSubscriptionStore({ redis: connection, prefix: keyPrefix });
  const sinkNames = sinks.split(',').map((s, i, all) => {
    const kind = s.split(':')[0] ?? s;
    const before = all.slice(0, i).filter((o) => o.split(':')[0] === kind).length;
    return before === 0 ? kind : `${kind}-${before + 1}`;
  });
  const queues = [...STAGES, ...sinkNames.map(sinkQueueName)];
  // While a scenario has Redis down, the test's queue handles would print every refused reconnect.
  for (const q of queues) producer.queue(q).on('error', () => undefined);
  const served = new Map<string, number>();
  const deliveryOptions = () => ({
    read: () => readSink(sinkPath),
    producer,
    queues,
    redis: connection,
    keys: { expected: guids(), of: (line: SinkLine) => line.source.guid ?? line.id },
  });
  const guids = () =>
    [...served].flatMap(([id, count]) => Array.from({ length: count }, (_, n) => `${id}-${n}`));
  return {
    dir,
    redis,
    feeds,
    prefix,
    sinkPath,
    env,
    connection,
    producer,
    store,
    queues,
    async addFeed(id, firstSeed, count) {
      feeds.set(`/${id}.xml`, wireFeedXml(id, firstSeed, count));
      served.set(id, count);
      await store.add({
        id,
        url: feeds.url(`/${id}.xml`),
        origin: 'api',
        minIntervalMs: 3_600_000,
        maxIntervalMs: 3_600_000,
      });
    },
    async reviseFeed(id, firstSeed, count, revision) {
      feeds.set(`/${id}.xml`, wireFeedXml(id, firstSeed, count, revision));
      const job: FetchJob = { feedId: id, url: feeds.url(`/${id}.xml`) };
      await producer.add([{ queue: 'fetch', jobId: `poll-${id}-r${revision}`, data: job }]);
    },
    pending: () => pendingJobs(producer, queues),
    expectDeliveredOnce: (expected, options = {}) =>
      expectDeliveredOnce({ ...deliveryOptions(), expected, ...options }),
    waitDelivered: (expected, options = {}) =>
      waitForDelivery({ ...deliveryOptions(), expected, ...options }),
    async waitWhileMoving(what, done, options = {}) {
      await untilProgressStops({
        done: async () => done(),
        snapshot: async () =>
          JSON.stringify([
            (await readSink(sinkPath)).length,
            await queuesSnapshot(producer, queues),
            await options.moving?.(),
          ]),
        nextDue: () => nextDelayedDue(connection, producer, queues),
        idleMs: options.idleMs ?? IDLE_MS,
        capMs: CAP_MS,
        ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}),
        explain: async (why) => `${what}: not yet, ${why}\n${await describeQueues(producer, queues)}`,
      });
    },
    guids,
    counts: (...states) => jobCounts(producer, queues, ...states),
    reconnected: () => whenReady(connection, redis.url, 30_000),
    async close() {
      await producer.close().catch(() => undefined);
      connection.disconnect();
      await feeds.close();
      await redis.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
