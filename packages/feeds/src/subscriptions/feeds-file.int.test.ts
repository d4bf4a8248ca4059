import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { describe, expect, it } from 'vitest';
import type { DeclaredFeed } from './feeds-file.ts';
import { syncFeedsFile } from './feeds-file.ts';
import { createSubscriptionStore } from './store.ts';

describe('feeds.yaml sync into the subscription store', () => {
  const fixture = inSuite(() => testRedis('feeds-file-sync'));
  let n = 0;
  const freshStore = () =>
    createSubscriptionStore({ redis: fixture().a, prefix: `${fixture().prefix}:${n++}` });

  const world: DeclaredFeed = {
    id: 'world',
    url: 'https://w.example/rss',
    title: 'World',
    intervalMs: 120_000,
  };
  const biz: DeclaredFeed = { id: 'biz', url: 'https://b.example/rss', intervalMs: 300_000 };

  it('adds, updates and removes its own subscriptions, and leaves others alone', async () => {
    const store = freshStore();
    await store.add({ id: 'mine', url: 'https://mine.example/rss', origin: 'cli' });
    expect(await syncFeedsFile(store, [world, biz])).toEqual({
      added: ['world', 'biz'],
      updated: [],
      removed: [],
      unchanged: 0,
      conflicts: [],
      moved: [],
    });
    expect(await store.get('world')).toMatchObject({
      origin: 'yaml',
      title: 'World',
      minIntervalMs: 120_000,
    });
    // A person pauses a yaml feed: the next sync leaves the pause alone.
    await store.setPaused('biz', true, 'too noisy');
    const second = await syncFeedsFile(store, [{ ...world, title: 'World News', intervalMs: 60_000 }, biz]);
    expect(second).toMatchObject({ added: [], updated: ['world'], removed: [], unchanged: 1 });
    expect(await store.get('world')).toMatchObject({ title: 'World News', minIntervalMs: 60_000 });
    expect(await store.get('biz')).toMatchObject({ paused: true, pausedReason: 'too noisy' });
    const third = await syncFeedsFile(store, [biz]);
    expect(third.removed).toEqual(['world']);
    expect((await store.list()).map((s) => s.id)).toEqual(['mine', 'biz']);
    // Dropping the title in the file drops it from the subscription.
    await syncFeedsFile(store, [{ ...biz, title: 'B' }]);
    await syncFeedsFile(store, [biz]);
    expect((await store.get('biz'))?.title).toBeUndefined();
  });

  it('raises intervals under the 10 s floor instead of refusing the file', async () => {
    const store = freshStore();
    await syncFeedsFile(store, [{ id: 'fast', url: '/srv/fixture.xml', intervalMs: 2_000 }]);
    expect((await store.get('fast'))?.minIntervalMs).toBe(10_000);
    expect(
      (await syncFeedsFile(store, [{ id: 'fast', url: '/srv/fixture.xml', intervalMs: 2_000 }])).unchanged,
    ).toBe(1);
  });

  it('reports an entry whose id or URL belongs to another origin, and skips it', async () => {
    const store = freshStore();
    await store.add({ id: 'world', url: 'https://elsewhere.example/', origin: 'api' });
    await store.add({ id: 'b-by-hand', url: 'https://b.example/rss', origin: 'cli' });
    const result = await syncFeedsFile(store, [world, biz]);
    expect(result.added).toEqual([]);
    expect(result.conflicts).toEqual([
      { id: 'world', url: world.url, reason: 'id "world" belongs to a subscription added by api' },
      { id: 'biz', url: biz.url, reason: 'https://b.example/rss is already subscribed as "b-by-hand"' },
    ]);
    expect((await store.get('world'))?.origin).toBe('api');
  });

  it('keeps a permanent move: an entry still naming the old URL does not move the feed back', async () => {
    const store = freshStore();
    await syncFeedsFile(store, [world]);
    // What the fetcher does on a 301/308: the new URL in the config, the old one in the state.
    await store.update('world', { url: 'https://w.example/feed.xml' });
    await store.patchState('world', { movedFrom: world.url });
    const kept = await syncFeedsFile(store, [world]);
    expect(kept).toMatchObject({ updated: [], unchanged: 1 });
    expect(kept.moved).toEqual([{ id: 'world', url: 'https://w.example/feed.xml', movedFrom: world.url }]);
    expect((await store.get('world'))?.url).toBe('https://w.example/feed.xml');
    // Other changes to the entry still apply, on the moved URL.
    const retitled = await syncFeedsFile(store, [{ ...world, title: 'World 2' }]);
    expect(retitled.updated).toEqual(['world']);
    expect(await store.get('world')).toMatchObject({ url: 'https://w.example/feed.xml', title: 'World 2' });
    // A different URL in the file is a person's choice, and wins.
    await syncFeedsFile(store, [{ ...world, url: 'https://w.example/other.xml' }]);
    expect((await store.get('world'))?.url).toBe('https://w.example/other.xml');
  });

  it('settles to one subscription per entry when replicas sync at once', async () => {
    const store = freshStore();
    const entries = Array.from({ length: 20 }, (_, i) => ({
      id: `f${i}`,
      url: `https://f${i}.example/`,
      intervalMs: 60_000,
    }));
    const results = await Promise.all([syncFeedsFile(store, entries), syncFeedsFile(store, entries)]);
    expect(results.flatMap((r) => r.added).sort()).toEqual(entries.map((e) => e.id).sort());
    expect(results.flatMap((r) => r.conflicts)).toEqual([]);
    expect(await store.list()).toHaveLength(20);
  });
});
