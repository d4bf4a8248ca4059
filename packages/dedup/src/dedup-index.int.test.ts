import type { RedisClient } from '@wirefeed/core';
import { shortHash } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDedupIndex } from './dedup-index.ts';

const VOCABULARY =
  'bank rates inflation minister talks election court police energy prices growth report market city storm vaccine league coach strike union budget trade tariff summit treaty army border rebels port harbour flood drought harvest wheat oil gas pipeline satellite rocket museum festival film award hospital doctors nurses school teachers students bridge railway airport airline merger shares profit loss debt bond yield currency export import factory workers wages pension reform protest parliament senate governor mayor village river mountain island coast fishermen farmers miners'.split(
    ' ',
  );

/** A distinct 80-word body per seed: unrelated stories must not look alike to the near-duplicate layer. */
function text(seed: string): string {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  const words: string[] = [];
  for (let i = 0; i < 80; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    words.push(VOCABULARY[h % VOCABULARY.length] as string);
  }
  return `${words.join(' ')}.`;
}

describe('dedup index on a real Redis', () => {
  // Two connections stand for two deduplicator replicas.
  const redis = inSuite(() => testRedis('dedup-index'));
  let a: RedisClient;
  let b: RedisClient;
  let prefix: string;
  beforeAll(() => {
    ({ a, b, prefix } = redis());
  });

  it('calls a new story unique, the same job retried a replay, and a re-poll unchanged', async () => {
    const index = createDedupIndex({ redis: a, prefix });
    const story = makeStory({
      source: { guid: 'g-1', canonicalUrl: 'https://x.example/1' },
      body: { text: text('one') },
    });
    expect((await index.checkAndInsert(story, 'job-1@1')).kind).toBe('unique');
    const replay = await index.checkAndInsert(story, 'job-1@1');
    expect(replay).toMatchObject({ kind: 'replay', version: 1, result: { status: 'unique' } });
    await index.markForwarded(story);
    expect((await index.checkAndInsert(story, 'job-1@2')).kind).toBe('unchanged');
  });

  it('replays a decision that was recorded but never forwarded, even to another job', async () => {
    const index = createDedupIndex({ redis: a, prefix });
    const story = makeStory({
      source: { guid: 'g-lost', canonicalUrl: 'https://x.example/lost' },
      body: { text: text('lost') },
    });
    expect((await index.checkAndInsert(story, 'first@1')).kind).toBe('unique');
    // The first job died after recording and before its output was queued; a later poll must not drop it.
    expect(await index.checkAndInsert(story, 'later@2')).toMatchObject({
      kind: 'replay',
      version: 1,
      result: { status: 'unique' },
    });
    await index.markForwarded(story);
    expect((await index.checkAndInsert(story, 'later@3')).kind).toBe('unchanged');
  });

  it('replays a story whose mark was taken back (it never reached its sinks), and only that content', async () => {
    const index = createDedupIndex({ redis: a, prefix });
    const story = makeStory({
      source: { guid: 'g-refused', canonicalUrl: 'https://x.example/refused' },
      body: { text: text('refused') },
    });
    const v2 = { ...story, contentHash: shortHash('refused-v2') };
    expect((await index.checkAndInsert(story, 'run1@1')).kind).toBe('unique');
    await index.markForwarded(story);
    expect((await index.checkAndInsert(v2, 'run1@2')).kind).toBe('update');
    await index.markForwarded(v2);
    // A one-shot run ended with version 1 failed at its sink: the next run must send it again.
    expect(await index.unmarkForwarded(story)).toBe(true);
    expect(await index.checkAndInsert(story, 'run2@1')).toMatchObject({
      kind: 'replay',
      version: 1,
      result: { status: 'unique' },
    });
    expect((await index.checkAndInsert(v2, 'run2@2')).kind).toBe('unchanged');
    await index.markForwarded(story);
    expect((await index.checkAndInsert(story, 'run3@1')).kind).toBe('unchanged');
    // Taking back a mark twice, or for a story the index never saw, changes nothing.
    expect(await index.unmarkForwarded(story)).toBe(true);
    expect(await index.unmarkForwarded(story)).toBe(true);
    expect((await index.checkAndInsert(story, 'run4@1')).kind).toBe('replay');
    const unknown = makeStory({ source: { guid: 'g-never' }, body: { text: text('never') } });
    expect(await index.unmarkForwarded(unknown)).toBe(false);
  });

  it('gives content seen before its own version back, so stale text never becomes a new version', async () => {
    const index = createDedupIndex({ redis: a, prefix });
    const v1 = makeStory({
      source: { guid: 'g-order', canonicalUrl: 'https://x.example/order' },
      body: { text: text('order') },
    });
    const v2 = { ...v1, contentHash: shortHash('order-v2') };
    await index.checkAndInsert(v1, 'a@1');
    await index.markForwarded(v1);
    await index.checkAndInsert(v2, 'b@1');
    await index.markForwarded(v2);
    // v1's content again (a retried job, or the feed reverting): still version 1, not version 3, and
    // nothing to send on: it was forwarded, by this job or another.
    expect(await index.checkAndInsert(v1, 'a@1')).toMatchObject({ kind: 'unchanged', version: 1 });
    expect(await index.checkAndInsert(v1, 'c@1')).toMatchObject({ kind: 'unchanged', version: 1 });
  });

  it("keeps a copy's new versions copies, without claiming the URL or body of the original's cluster", async () => {
    const index = createDedupIndex({ redis: a, prefix });
    const original = makeStory({
      source: { feedId: 'o', guid: 'orig', canonicalUrl: 'https://x.example/orig' },
      body: { text: text('orig') },
    });
    const copy = makeStory({
      source: { feedId: 'c', guid: 'copy', canonicalUrl: 'https://x.example/orig' },
      body: { text: text('copy') },
    });
    await index.checkAndInsert(original, 't');
    expect((await index.checkAndInsert(copy, 't')).result.status).toBe('duplicate');
    const copyV2 = {
      ...copy,
      body: { ...copy.body, text: text('copy edited') },
      contentHash: shortHash('copy-v2'),
    };
    expect(await index.checkAndInsert(copyV2, 't2')).toMatchObject({
      kind: 'update',
      version: 2,
      result: { status: 'duplicate', duplicateOf: original.id },
    });
    const third = makeStory({
      source: { feedId: 't', guid: 'third', canonicalUrl: 'https://z.example/3' },
      body: { text: text('copy edited') },
    });
    expect((await index.checkAndInsert(third, 't')).kind).toBe('unique');
  });

  it('makes changed content under the same id version 2, then 3', async () => {
    const index = createDedupIndex({ redis: a, prefix });
    const v1 = makeStory({
      source: { guid: 'g-2', canonicalUrl: 'https://x.example/2' },
      body: { text: text('two') },
    });
    await index.checkAndInsert(v1, 't1');
    await index.markForwarded(v1);
    const v2 = { ...v1, contentHash: shortHash('v2') };
    expect(await index.checkAndInsert(v2, 't2')).toMatchObject({
      kind: 'update',
      version: 2,
      result: { status: 'update' },
    });
    const v3 = { ...v1, contentHash: shortHash('v3') };
    expect(await index.checkAndInsert(v3, 't3')).toMatchObject({ kind: 'update', version: 3 });
    // The retry of v3's job gets v3's decision back, not "unchanged".
    expect(await index.checkAndInsert(v3, 't3')).toMatchObject({ kind: 'replay', version: 3 });
  });

  it('finds a copy from another feed by canonical URL and by body', async () => {
    const index = createDedupIndex({ redis: a, prefix });
    const first = makeStory({
      source: { feedId: 'f1', guid: 'u-1', canonicalUrl: 'https://x.example/3' },
      body: { text: text('three') },
    });
    const sameUrl = makeStory({
      source: { feedId: 'f2', guid: 'u-2', canonicalUrl: 'https://x.example/3' },
      body: { text: 'other' },
    });
    const sameBody = makeStory({
      source: { feedId: 'f3', guid: 'u-3', canonicalUrl: 'https://y.example/3' },
      body: { text: `${text('three').toUpperCase()} !` },
    });
    await index.checkAndInsert(first, 't');
    expect(await index.checkAndInsert(sameUrl, 't')).toMatchObject({
      kind: 'duplicate',
      result: { status: 'duplicate', duplicateOf: first.id, clusterId: first.id, method: 'url' },
    });
    expect(await index.checkAndInsert(sameBody, 't')).toMatchObject({
      kind: 'duplicate',
      result: { duplicateOf: first.id, method: 'body-hash' },
    });
  });

  it('keeps items of one feed with different guids apart even when they share a link', async () => {
    const index = createDedupIndex({ redis: a, prefix });
    const entry = (n: number) =>
      makeStory({
        source: { feedId: 'live', guid: `live-${n}`, canonicalUrl: 'https://x.example/live-blog' },
        body: { text: text(`entry ${n}`) },
      });
    expect((await index.checkAndInsert(entry(1), 't')).kind).toBe('unique');
    expect((await index.checkAndInsert(entry(2), 't')).kind).toBe('unique');
    const elsewhere = makeStory({
      source: { feedId: 'aggregator', guid: 'agg-1', canonicalUrl: 'https://x.example/live-blog' },
      body: { text: 'short' },
    });
    expect((await index.checkAndInsert(elsewhere, 't')).result).toMatchObject({
      status: 'duplicate',
      method: 'url',
    });
  });

  it('lets exactly one of many racing copies be unique, across two replicas', async () => {
    const ia = createDedupIndex({ redis: a, prefix });
    const ib = createDedupIndex({ redis: b, prefix });
    const copies = Array.from({ length: 40 }, (_, i) =>
      makeStory({
        source: { feedId: `feed-${i}`, guid: `race-${i}`, canonicalUrl: `https://o${i}.example/race` },
        body: { text: text('race') },
      }),
    );
    const decisions = await Promise.all(copies.map((s, i) => (i % 2 ? ia : ib).checkAndInsert(s, `t${i}`)));
    const unique = decisions.filter((d) => d.kind === 'unique');
    expect(unique).toHaveLength(1);
    const owner = copies[decisions.indexOf(unique[0] as (typeof decisions)[number])]?.id;
    for (const d of decisions.filter((x) => x.kind !== 'unique')) expect(d.result.duplicateOf).toBe(owner);
  });

  it('forgets stories after the window', async () => {
    const index = createDedupIndex({ redis: a, prefix: `${prefix}:ttl`, windowSeconds: 1 });
    const s = makeStory({
      source: { guid: 'ttl-1', canonicalUrl: 'https://x.example/ttl' },
      body: { text: text('ttl') },
    });
    await index.checkAndInsert(s, 't');
    // Generation keys expire whole (the window plus a generation): an idle index still empties.
    expect(await a.ttl(`${prefix}:ttl:dedup:s0:r:0`)).toBeGreaterThan(0);
    // Its tables too: postings, ids and the URL and body keys' buckets.
    const tables = await a.keys(`${prefix}:ttl:dedup:s0:[pix]:*`);
    expect(tables.length).toBeGreaterThan(0);
    for (const key of tables) expect(await a.ttl(key)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 2_100));
    expect((await index.checkAndInsert(s, 't2')).kind).toBe('unique');
  });
});
