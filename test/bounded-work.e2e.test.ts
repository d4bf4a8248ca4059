import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Producer, RedisClient } from '@wirefeed/core';
import { createProducer, createRedis, hashTagPrefix, whenReady } from '@wirefeed/core';
import type { SubscriptionStore } from '@wirefeed/feeds/subscriptions';
import { createSubscriptionStore, fetchNow } from '@wirefeed/feeds/subscriptions';
import type { SinkLine } from '@wirefeed/testing/delivery';
import { readSink, repeated } from '@wirefeed/testing/delivery';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import type { StartProcess } from '@wirefeed/testing/start-process';
import { startSampler, startWirefeed } from '@wirefeed/testing/start-process';
import { storyText, wireFeedXml } from '@wirefeed/testing/wire-feeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CAP = 500;
const FLOOD = 100_000;

/**
 * A feed of `count` short distinct items (about 11 MB for 100,000, under the 15 MiB cap, as in the
 * report), guids `f<n>`, item n dated n seconds into 2026: the newest last.
 */
function floodXml(count: number): string {
  const words = 'bank rates court police energy prices growth market storm league union budget trade'.split(
    ' ',
  );
  const parts: string[] = [];
  for (let n = 0; n < count; n++) {
    const text = `${words[n % 13]} report ${n}`;
    const date = new Date(Date.UTC(2026, 0, 1) + n * 1_000).toUTCString();
    parts.push(
      `<item><title>Flood ${n}</title><guid>f${n}</guid><pubDate>${date}</pubDate><description>${text}</description></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>flood</title>${parts.join('')}</channel></rss>`;
}

/** The hostile item of the report: 700 KB of 100,000 nested links; and an ordinary item beside it. */
function hostileXml(): string {
  const nested = `${'<a>'.repeat(100_000)}deep${'</a>'.repeat(100_000)}`;
  const ok = storyText(9_001);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>hostile</title>
<item><title>Nested</title><guid>hostile-nested</guid><description>${escapeXml(nested)}</description></item>
<item><title>Ordinary</title><guid>hostile-ok</guid><description>${escapeXml(ok)}</description></item>
</channel></rss>`;
}

describe('bounded work: no feed stops the pipeline (wirefeed start, real processes)', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('bounded');
  const prefix = hashTagPrefix(raw);
  let dir: string;
  let feeds: FeedServer;
  let wf: StartProcess;
  let redis: RedisClient;
  let producer: Producer;
  let store: SubscriptionStore;
  let sinkPath: string;
  const sink = () => readSink(sinkPath);
  const ofFeed = (lines: SinkLine[], feedId: string) => lines.filter((l) => l.source.feedId === feedId);

  /** Serve the steady feed with one more story, poll it now, and time until that story is in the sink. */
  async function steadyLatency(count: number): Promise<number> {
    feeds.set('/steady.xml', wireFeedXml('steady', 0, count));
    const sub = await store.get('steady');
    if (!sub) throw new Error('no steady subscription');
    const started = Date.now();
    await fetchNow(producer.queue('fetch'), sub);
    await expect
      .poll(async () => ofFeed(await sink(), 'steady').length, { timeout: 60_000, interval: 200 })
      .toBe(count);
    return Date.now() - started;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-bounded-'));
    sinkPath = join(dir, 'stories.ndjson');
    feeds = await startFeedServer();
    feeds.set('/steady.xml', wireFeedXml('steady', 0, 2));
    await writeFile(
      join(dir, 'feeds.yaml'),
      `feeds:\n  - url: ${feeds.url('/steady.xml')}\n    id: steady\n    interval: 1h\n`,
    );
    redis = createRedis(url, 'producer', 'bounded-test');
    await whenReady(redis, url);
    producer = createProducer({ connection: redis, prefix });
    store = createSubscriptionStore({ redis, prefix });
    wf = await startWirefeed({
      REDIS_URL: url,
      WIREFEED_PREFIX: raw,
      WIREFEED_SINKS: `file:${sinkPath}`,
      WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1',
      WIREFEED_ALLOWED_PORTS: String(feeds.port),
      WIREFEED_FEEDS_FILE: join(dir, 'feeds.yaml'),
      WIREFEED_DATA_DIR: join(dir, 'data'),
      WIREFEED_DASHBOARD_TOKEN: 'bounded-token-0123456789',
      WIREFEED_MAX_ITEMS_PER_POLL: String(CAP),
      // Every item reaches the sink, copies marked: the flood's short items look alike.
      WIREFEED_DUPLICATES: 'mark',
      LOG_LEVEL: 'info',
    });
    const until = Date.now() + 90_000;
    while (ofFeed(await sink(), 'steady').length < 2) {
      if (Date.now() > until) throw new Error(`steady feed not delivered:\n${wf.stdout().slice(-3_000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 180_000);

  afterAll(async () => {
    await wf?.stop();
    await producer?.close();
    redis?.disconnect();
    await feeds?.close();
    await dropPrefix(url, raw);
    await rm(dir, { recursive: true, force: true });
  });

  it('fails the 100,000-deep item alone, delivers its neighbour and another feed’s story as usual, /healthz under 1 s throughout', async () => {
    const usual = await steadyLatency(3);
    const sampler = startSampler(`${wf.base}/healthz`, wf.pid, 100);
    feeds.set('/hostile.xml', hostileXml());
    await store.add({
      id: 'hostile',
      url: feeds.url('/hostile.xml'),
      origin: 'api',
      minIntervalMs: 3_600_000,
    });
    const during = await steadyLatency(4);
    await expect
      .poll(async () => ofFeed(await sink(), 'hostile').map((l) => l.source.guid), { timeout: 60_000 })
      .toEqual(['hostile-ok']);
    const failed = await producer.queue('normalize').getFailed();
    const nested = failed.find(
      (j) => (j.data as { item?: { guid?: string } }).item?.guid === 'hostile-nested',
    );
    expect(nested?.failedReason).toBe(
      'WF_E_ITEM_TOO_COMPLEX: body HTML is too complex: more than 10000 elements',
    );
    // Permanent: failed at once, not retried.
    expect(nested?.attemptsMade).toBe(1);
    const figures = await sampler.stop();
    console.info(
      `nested item: steady story ${usual} ms before, ${during} ms with it; ${JSON.stringify(figures)}`,
    );
    // Liveness bounds with room for a loaded machine, not benchmarks.
    expect(figures.worstHealthMs).toBeLessThan(1_000);
    expect(during).toBeLessThan(Math.max(30_000, 3 * usual));
  }, 180_000);

  it('takes a 100,000-item feed in slices of the cap, under 600 MB, while another feed flows; no item is queued twice', async () => {
    const sampler = startSampler(`${wf.base}/healthz`, wf.pid, 200);
    feeds.set('/flood.xml', floodXml(FLOOD));
    await store.add({ id: 'flood', url: feeds.url('/flood.xml'), origin: 'api', minIntervalMs: 10_000 });

    // First poll: the newest CAP items, the rest counted on the feed, which is flagged.
    const flooding = async () => {
      const state = (await store.get('flood'))?.state;
      if (state?.lastError) throw new Error(`the flood's poll failed: ${JSON.stringify(state.lastError)}`);
      return state?.deferredItems;
    };
    await expect.poll(flooding, { timeout: 120_000, interval: 500 }).toBe(FLOOD - CAP);
    expect((await store.get('flood'))?.state.floodingSince).toBeDefined();
    // Another feed is not held up behind the flood.
    const steady = await steadyLatency(5);
    // Second poll, at the subscription's shortest interval: the next slice, nothing taken twice.
    await expect
      .poll(async () => (await flooding()) ?? FLOOD, { timeout: 120_000, interval: 500 })
      .toBeLessThanOrEqual(FLOOD - 2 * CAP);
    await store.setPaused('flood', true, 'test over');
    // A poll already under way when the pause came may still take its slice: wait until it has.
    let waiting = (await store.get('flood'))?.state.deferredItems ?? 0;
    for (let settled = 0; settled < 3; ) {
      await new Promise((r) => setTimeout(r, 2_000));
      const now = (await store.get('flood'))?.state.deferredItems ?? 0;
      settled = now === waiting ? settled + 1 : 0;
      waiting = now;
    }
    const taken = FLOOD - waiting;
    expect(taken % CAP).toBe(0);
    await expect
      .poll(async () => ofFeed(await sink(), 'flood').length, { timeout: 180_000, interval: 1_000 })
      .toBe(taken);
    const lines = await sink();
    const flood = ofFeed(lines, 'flood');
    expect(repeated(lines)).toEqual([]);
    expect(new Set(flood.map((l) => l.source.guid)).size).toBe(taken);
    // Newest first: the slices taken are the latest items, and no item was queued twice.
    const numbers = flood.map((l) => Number(l.source.guid?.slice(1))).sort((a, b) => a - b);
    expect(numbers[0]).toBe(waiting);
    expect(await redis.zcard(`${prefix}:seen:flood`)).toBe(taken);
    const figures = await sampler.stop();
    console.info(
      `flood: ${taken / CAP} polls took ${taken} items, ${CAP} each; steady story in ${steady} ms during it; ${JSON.stringify(figures)}`,
    );
    expect(figures.peakRssMb).toBeLessThan(600);
    expect(steady).toBeLessThan(60_000);
  }, 420_000);
});
