import type { RedisClient } from '@wirefeed/core';
import { isWirefeedError } from '@wirefeed/core';
import { dropPrefix, testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';
import { feedIdFor } from './feed-id.ts';
import type { SubscriptionStore } from './store.ts';
import { createSubscriptionStore, SubscriptionProblem } from './store.ts';

async function refusal(promise: Promise<unknown>): Promise<{ reason: unknown; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (isWirefeedError(err)) return { reason: err.details?.reason, message: err.message };
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('subscription store on a real Redis', () => {
  const redis = inSuite(() => testRedis('subscription-store'));
  let url: string;
  let bare: string;
  let prefix: string;
  let a: RedisClient;
  let b: RedisClient;
  let store: SubscriptionStore;

  beforeAll(() => {
    ({ url, name: bare, prefix, a, b } = redis());
    store = createSubscriptionStore({ redis: a, prefix });
  });
  it('adds with an id derived from the URL, with defaults, and reads it back every way', async () => {
    const added = await store.add({
      url: ' https://wire.example/world.rss ',
      origin: 'cli',
      tags: ['world'],
    });
    expect(added).toMatchObject({
      id: feedIdFor('https://wire.example/world.rss'),
      url: 'https://wire.example/world.rss',
      tags: ['world'],
      origin: 'cli',
      minIntervalMs: 60_000,
      maxIntervalMs: 24 * 3_600_000,
      paused: false,
      state: { consecutiveErrors: 0, itemsSeen: 0 },
    });
    expect(await store.get(added.id)).toEqual(added);
    expect(await store.getByUrl('HTTPS://WIRE.example/world.rss')).toEqual(added);
    expect(await store.get('missing')).toBeUndefined();
    expect(await store.get('not an id!')).toBeUndefined();
    expect(await store.getByUrl('https://other.example/')).toBeUndefined();
  });

  it('refuses a duplicate id and an already-subscribed URL, naming the owner', async () => {
    await store.add({ id: 'dup', url: 'https://dup.example/a.xml', origin: 'cli' });
    const sameId = await refusal(store.add({ id: 'dup', url: 'https://dup.example/b.xml', origin: 'cli' }));
    expect(sameId).toEqual({
      reason: SubscriptionProblem.duplicateId,
      message: 'a subscription "dup" already exists',
    });
    const sameUrl = await refusal(store.add({ id: 'dup2', url: 'https://DUP.example/a.xml', origin: 'api' }));
    expect(sameUrl.reason).toBe(SubscriptionProblem.duplicateUrl);
    expect(sameUrl.message).toBe('https://dup.example/a.xml is already subscribed as "dup"');
    expect(await store.get('dup2')).toBeUndefined();
  });

  it('refuses invalid input with the field named', async () => {
    const cases = [
      store.add({ id: 'bad id', url: 'https://x.example/', origin: 'cli' }),
      store.add({ url: 'ftp://x.example/feed', origin: 'cli' }),
      store.add({ url: 'https://', origin: 'cli' }),
      store.add({ url: 'https://x.example/i', origin: 'cli', minIntervalMs: 1_000 }),
      store.add({ url: 'https://x.example/j', origin: 'cli', minIntervalMs: 600_000, maxIntervalMs: 60_000 }),
      store.add({ url: 'https://x.example/k', origin: 'cli', tags: ['a,b'] }),
    ];
    const messages = [];
    for (const c of cases) {
      const r = await refusal(c);
      expect(r.reason).toBe(SubscriptionProblem.invalid);
      messages.push(r.message);
    }
    expect(messages[0]).toMatch(/^invalid subscription: id: /);
    expect(messages[1]).toMatch(/scheme ftp: is not supported/);
    expect(messages[2]).toMatch(/not a valid URL/);
    expect(messages[3]).toMatch(/minIntervalMs: .*10000/);
    expect(messages[4]).toMatch(/minIntervalMs \(600000\) is above maxIntervalMs \(60000\)/);
    expect(messages[5]).toMatch(/may not contain a comma/);
  });

  it('stores the URL as parsed: what was checked is what is polled', async () => {
    const sub = await store.add({
      id: 'parsed',
      url: ' HTTPS://Parsed.Example:443/a/../feed.xml ',
      origin: 'api',
    });
    expect(sub.url).toBe('https://parsed.example/feed.xml');
    expect((await store.get('parsed'))?.url).toBe('https://parsed.example/feed.xml');
    const local = await store.add({ id: 'local', url: '/srv/feeds/x/../local.xml', origin: 'cli' });
    expect(local.url).toBe('/srv/feeds/local.xml');
  });

  it('refuses control characters from anyone, and local files from OPML and the API, without looking at the disk', async () => {
    for (const origin of ['cli', 'yaml', 'opml', 'api'] as const) {
      for (const url of [
        'ht\ttp://x.example/../../etc/feed.xml',
        '\u0001http://x.example/feed',
        'http://x.example/\nfeed',
      ]) {
        const refused = await refusal(store.add({ url, origin }));
        expect(refused.reason).toBe(SubscriptionProblem.invalid);
        expect(refused.message).toMatch(/^not a usable feed URL: it holds a control character/);
      }
    }
    const message =
      'only http and https feed URLs can be subscribed here (local feed files: the CLI or feeds.yaml)';
    for (const origin of ['opml', 'api'] as const) {
      // The same answer whether the path exists or not.
      for (const url of ['/etc/passwd', '/no/such/file.xml', 'file:///etc/hosts', '../relative.xml']) {
        expect(await refusal(store.add({ url, origin }))).toMatchObject({
          reason: SubscriptionProblem.invalid,
          message,
        });
      }
    }
  });

  it('lists by creation time and accepts local paths', async () => {
    const s = createSubscriptionStore({ redis: a, prefix: `{${bare}-list}` });
    try {
      await s.add({ id: 'first', url: '/srv/feeds/one.xml', origin: 'yaml' });
      await new Promise((r) => setTimeout(r, 5));
      await s.add({ id: 'second', url: 'file:///srv/feeds/two.xml', origin: 'cli' });
      await new Promise((r) => setTimeout(r, 5));
      await s.add({ id: 'third', url: 'https://t.example/feed', origin: 'api' });
      expect((await s.list()).map((x) => x.id)).toEqual(['first', 'second', 'third']);
      // A file URL and its path are one feed.
      expect((await refusal(s.add({ url: '/srv/feeds/two.xml', origin: 'cli' }))).reason).toBe(
        SubscriptionProblem.duplicateUrl,
      );
    } finally {
      await dropPrefix(url, `${bare}-list`);
    }
  });

  it('keeps config edits and state writes apart: neither overwrites the other', async () => {
    const sub = await store.add({ id: 'split', url: 'https://split.example/feed', origin: 'cli' });
    const other = createSubscriptionStore({ redis: b, prefix });
    // The fetcher (another replica, another connection) writes state while a person edits the config.
    await Promise.all([
      other.saveState(sub.id, { ...sub.state, etag: '"v1"', itemsSeen: 12, lastOutcome: 'ok' }),
      store.update(sub.id, { title: 'Split', tags: ['x', ' y ', 'x'] }),
    ]);
    const after = await store.get(sub.id);
    expect(after).toMatchObject({ title: 'Split', tags: ['x', 'y'], state: { etag: '"v1"', itemsSeen: 12 } });
    await store.update(sub.id, { title: null });
    expect((await store.get(sub.id))?.title).toBeUndefined();
    expect((await store.getState(sub.id))?.etag).toBe('"v1"');
  });

  it('never loses one of two concurrent config edits', async () => {
    const sub = await store.add({ id: 'cas', url: 'https://cas.example/feed', origin: 'cli' });
    const other = createSubscriptionStore({ redis: b, prefix });
    await Promise.all([store.update(sub.id, { title: 'T' }), other.update(sub.id, { tags: ['t'] })]);
    expect(await store.get(sub.id)).toMatchObject({ title: 'T', tags: ['t'] });
  });

  it('moves the URL in the uniqueness index on a URL change, refusing one already taken', async () => {
    await store.add({ id: 'mv', url: 'https://mv.example/old', origin: 'cli' });
    await store.add({ id: 'mv-other', url: 'https://mv.example/taken', origin: 'cli' });
    expect((await refusal(store.update('mv', { url: 'https://mv.example/taken' }))).reason).toBe(
      SubscriptionProblem.duplicateUrl,
    );
    await store.update('mv', { url: 'https://mv.example/new' });
    expect((await store.getByUrl('https://mv.example/new'))?.id).toBe('mv');
    expect(await store.getByUrl('https://mv.example/old')).toBeUndefined();
    // The old URL is free again.
    await store.add({ id: 'mv-reuse', url: 'https://mv.example/old', origin: 'cli' });
  });

  it('pauses with a reason and resumes, clearing it', async () => {
    await store.add({ id: 'pz', url: 'https://pz.example/feed', origin: 'cli' });
    expect(await store.setPaused('pz', true, ' 410 Gone ')).toMatchObject({
      paused: true,
      pausedReason: '410 Gone',
    });
    const resumed = await store.setPaused('pz', false);
    expect(resumed.paused).toBe(false);
    expect(resumed.pausedReason).toBeUndefined();
    expect((await refusal(store.setPaused('nope', true))).reason).toBe(SubscriptionProblem.notFound);
    expect((await refusal(store.setPaused('nope', false))).reason).toBe(SubscriptionProblem.notFound);
    expect((await refusal(store.update('nope', { title: 'x' }))).reason).toBe(SubscriptionProblem.notFound);
  });

  it('ends the error streak on resume, so one more failure does not pause again; keeps lastError', async () => {
    const sub = await store.add({ id: 'streak', url: 'https://streak.example/feed', origin: 'cli' });
    const lastError = { code: 'WF_E_HTTP', message: '503', at: '2026-01-02T00:00:00.000Z', status: 503 };
    const failing = {
      ...sub.state,
      lastOutcome: 'error' as const,
      consecutiveErrors: 5,
      firstErrorAt: '2026-01-01T00:00:00.000Z',
      lastError,
      etag: '"kept"',
    };
    await store.saveState(sub.id, failing);
    await store.setPaused(sub.id, true, 'paused after 5 failed polls');
    const resumed = await store.setPaused(sub.id, false);
    expect(resumed.state.consecutiveErrors).toBe(0);
    expect(resumed.state).not.toHaveProperty('firstErrorAt');
    expect(resumed.state).toMatchObject({ lastError, etag: '"kept"' });
    expect(await store.getState(sub.id)).toEqual(resumed.state);
    // Resuming a feed that is not paused leaves the fetcher's streak to the fetcher.
    await store.saveState(sub.id, { ...failing, consecutiveErrors: 2 });
    expect((await store.setPaused(sub.id, false)).state.consecutiveErrors).toBe(2);
  });

  it('removes config, state and URL; a late state write does not bring it back', async () => {
    const sub = await store.add({ id: 'rm', url: 'https://rm.example/feed', origin: 'cli' });
    expect(await store.remove(sub.id)).toBe(true);
    expect(await store.remove(sub.id)).toBe(false);
    expect(await store.saveState(sub.id, { ...sub.state, itemsSeen: 3 })).toBe(false);
    expect(await store.patchState(sub.id, { etag: 'x' })).toBeUndefined();
    expect(await store.get(sub.id)).toBeUndefined();
    expect(await a.exists(`${prefix}:sub:rm`)).toBe(0);
    expect((await store.list()).map((s) => s.id)).not.toContain('rm');
    await store.add({ id: 'rm-again', url: 'https://rm.example/feed', origin: 'cli' });
  });

  it('patches state fields without losing the fetcher’s concurrent write', async () => {
    const sub = await store.add({ id: 'patch', url: 'https://patch.example/feed', origin: 'cli' });
    const hub = { url: 'https://hub.example/', topic: sub.url, state: 'subscribed' as const };
    await Promise.all([
      store.patchState(sub.id, { hub }),
      createSubscriptionStore({ redis: b, prefix }).patchState(sub.id, { etag: '"e"', itemsSeen: 4 }),
    ]);
    expect(await store.getState(sub.id)).toMatchObject({ hub, etag: '"e"', itemsSeen: 4 });
    expect(await store.patchState(sub.id, { hub: undefined })).not.toHaveProperty('hub');
    expect((await refusal(store.saveState(sub.id, { ...sub.state, itemsSeen: -1 }))).reason).toBe(
      SubscriptionProblem.invalid,
    );
  });

  it('moves the revision on every config change, and not on state writes, even of the interval', async () => {
    const r0 = await store.revision();
    const sub = await store.add({ id: 'rev', url: 'https://rev.example/feed', origin: 'cli' });
    const r1 = await store.revision();
    expect(r1).toBeGreaterThan(r0);
    await store.saveState(sub.id, { ...sub.state, etag: 'a' });
    expect(await store.revision()).toBe(r1);
    // The fetcher reschedules itself when it changes the interval: no re-sync of every feed for it.
    await store.saveState(sub.id, { ...sub.state, etag: 'a', intervalMs: 120_000 });
    expect(await store.revision()).toBe(r1);
    await store.patchState(sub.id, { intervalMs: 240_000 });
    expect(await store.revision()).toBe(r1);
    await store.update(sub.id, { title: 'Rev' });
    const r2 = await store.revision();
    expect(r2).toBeGreaterThan(r1);
    await store.setPaused(sub.id, true);
    const r3 = await store.revision();
    expect(r3).toBeGreaterThan(r2);
    await store.setPaused(sub.id, false);
    const r4 = await store.revision();
    expect(r4).toBeGreaterThan(r3);
    await store.remove(sub.id);
    expect(await store.revision()).toBeGreaterThan(r4);
  });

  it('skips a damaged record in list instead of failing every caller', async () => {
    const bad = `{${bare}-damaged}`;
    const s = createSubscriptionStore({ redis: a, prefix: bad });
    try {
      await s.add({ id: 'good', url: 'https://good.example/', origin: 'cli' });
      await s.add({ id: 'bad', url: 'https://bad.example/', origin: 'cli' });
      await a.hset(`${bad}:sub:bad`, 'config', '{"id":');
      expect((await s.list()).map((x) => x.id)).toEqual(['good']);
    } finally {
      await dropPrefix(url, `${bare}-damaged`);
    }
  });

  it('keeps every key under the hash-tagged prefix', async () => {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await a.scan(cursor, 'MATCH', `*${bare}*`, 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.startsWith(`${prefix}:`)).toBe(true);
  });
});
