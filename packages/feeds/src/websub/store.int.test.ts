import type { RedisClient } from '@wirefeed/core';
import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRedisWebSubStore } from './store.ts';

describe('WebSub store on a real Redis', () => {
  const redis = inSuite(() => testRedis('websub-store'));
  let a: RedisClient;
  let b: RedisClient;
  let prefix: string;
  beforeAll(() => {
    ({ a, b, prefix } = redis());
  });

  it('saves, loads and removes a hub state under the hash-tagged prefix', async () => {
    const store = createRedisWebSubStore(a, prefix);
    const hub = {
      url: 'https://hub.example/',
      topic: 'https://n.example/f',
      secret: 'x'.repeat(64),
      state: 'pending' as const,
    };
    await store.save('world', hub);
    expect(await store.load('world')).toEqual(hub);
    expect(await a.exists(`${prefix}:websub:hub:world`)).toBe(1);
    await store.save('world', undefined);
    expect(await store.load('world')).toBeUndefined();
  });

  it('refuses a stored state that does not match the schema', async () => {
    await a.set(`${prefix}:websub:hub:bad`, JSON.stringify({ url: 1 }));
    await expect(createRedisWebSubStore(a, prefix).load('bad')).rejects.toMatchObject({ code: 'WF_E_REDIS' });
  });

  it('hands each due feed to one of two sweeping replicas only', async () => {
    const one = createRedisWebSubStore(a, prefix);
    const two = createRedisWebSubStore(b, prefix);
    for (let i = 0; i < 40; i += 1) await one.scheduleAt(`f${i}`, 1_000 + i);
    await one.scheduleAt('later', 10_000);
    const [x, y] = await Promise.all([one.claimDue(5_000, 9_000, 25), two.claimDue(5_000, 9_000, 25)]);
    const all = [...x, ...y];
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
    expect(all).not.toContain('later');
    expect(await one.scheduledAt('f0')).toBe(9_000);
    expect(await one.claimDue(5_000, 9_000, 25)).toEqual([]);
    await one.unschedule('f0');
    expect(await one.scheduledAt('f0')).toBeUndefined();
  });

  it('remembers a pending unsubscription until it expires or is cleared', async () => {
    const store = createRedisWebSubStore(a, prefix);
    await store.markUnsubscribing(
      'gone',
      { hub: 'https://hub.example/', topic: 'https://n.example/g' },
      60_000,
    );
    expect(await store.unsubscribing('gone')).toEqual({
      hub: 'https://hub.example/',
      topic: 'https://n.example/g',
    });
    await store.clearUnsubscribing('gone');
    expect(await store.unsubscribing('gone')).toBeUndefined();
    await store.markUnsubscribing('brief', { hub: 'h', topic: 't' }, 50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await store.unsubscribing('brief')).toBeUndefined();
  });

  it('delegates hub state to a swapped-in store', async () => {
    const saved = new Map<string, unknown>();
    const store = createRedisWebSubStore(a, prefix, {
      hubState: {
        load: async () => undefined,
        save: async (feedId, hub) => void saved.set(feedId, hub),
      },
    });
    await store.save('swapped', { url: 'h', topic: 't' });
    expect(saved.get('swapped')).toEqual({ url: 'h', topic: 't' });
    expect(await a.exists(`${prefix}:websub:hub:swapped`)).toBe(0);
  });
});
