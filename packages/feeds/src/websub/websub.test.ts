import { describe, expect, it } from 'vitest';
import type { PostForm } from './hub-client.ts';
import { createMemoryWebSubStore } from './store.ts';
import { createWebSub } from './websub.ts';

const HUB = 'https://hub.example/';
const TOPIC = 'https://news.example.com/feed.xml';
const t0 = Date.parse('2026-11-26T12:00:00Z');
const KEY = 'k3y-0123456789abcdef';

function setup(options: { status?: number; verifyDuringRequest?: boolean } = {}) {
  let clock = t0;
  const store = createMemoryWebSubStore(() => clock);
  const sent: Array<Record<string, string>> = [];
  let status = options.status ?? 202;
  // The hub: answers the request, and optionally verifies before answering (PubSubHubbub 0.3 style).
  const post: PostForm = async (_url, form) => {
    const fields = Object.fromEntries(form);
    sent.push(fields);
    if (options.verifyDuringRequest) {
      await websub.verify('world', KEY, verification({ 'hub.lease_seconds': '3600' }));
    }
    return { status };
  };
  let secrets = 0;
  let wanted = true;
  const websub = createWebSub({
    isWanted: async () => wanted,
    store,
    publicUrl: 'https://wirefeed.example/',
    post,
    now: () => clock,
    newSecret: () => `secret-${++secrets}`,
    newCallbackKey: () => KEY,
    leaseSeconds: 86_400,
  });
  return {
    store,
    sent,
    websub,
    advance: (ms: number) => {
      clock += ms;
    },
    setStatus: (s: number) => {
      status = s;
    },
    setWanted: (w: boolean) => {
      wanted = w;
    },
    now: () => clock,
  };
}

function verification(extra: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({
    'hub.mode': 'subscribe',
    'hub.topic': TOPIC,
    'hub.challenge': 'challenge-1',
    ...extra,
  });
}

describe('createWebSub', () => {
  it('names the callback under the public URL', () => {
    expect(setup().websub.callbackUrl('world', KEY)).toBe(`https://wirefeed.example/websub/world/${KEY}`);
  });

  it('requests a subscription with a fresh secret, and stays pending until the hub verifies', async () => {
    const { websub, store, sent } = setup();
    expect(await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC })).toBe('requested');
    expect(sent).toEqual([
      {
        'hub.mode': 'subscribe',
        'hub.topic': TOPIC,
        'hub.callback': `https://wirefeed.example/websub/world/${KEY}`,
        'hub.secret': 'secret-1',
        'hub.lease_seconds': '86400',
      },
    ]);
    expect(await store.load('world')).toEqual({
      url: HUB,
      topic: TOPIC,
      secret: 'secret-1',
      state: 'pending',
      callbackKey: KEY,
    });
    // An unanswered request is sent again after verifyWithinMs (10 min).
    expect(await store.scheduledAt('world')).toBe(t0 + 600_000);
  });

  it('does nothing more on the next fetch of the same feed', async () => {
    const { websub, sent } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    expect(await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC })).toBe('unchanged');
    expect(sent).toHaveLength(1);
  });

  it('schedules the lease renewal before the lease expires, and renews it then', async () => {
    const { websub, store, sent, advance, now } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    const answer = await websub.verify('world', KEY, verification({ 'hub.lease_seconds': '3600' }));
    expect(answer).toEqual({ status: 200, body: 'challenge-1' });
    const hub = await store.load('world');
    expect(hub?.state).toBe('subscribed');
    const leaseUntil = Date.parse(hub?.leaseUntil ?? '');
    expect(leaseUntil).toBe(t0 + 3_600_000);
    const renewAt = (await store.scheduledAt('world')) ?? Number.NaN;
    expect(renewAt).toBe(t0 + 2_880_000);
    expect(renewAt).toBeLessThan(leaseUntil);

    advance(2_880_000 - 1);
    expect(await websub.renewDue()).toBe(0);
    advance(1);
    expect(await websub.renewDue()).toBe(1);
    // Same secret (pushes in flight are signed with it), still subscribed while the old lease runs.
    expect(sent.at(-1)).toMatchObject({ 'hub.mode': 'subscribe', 'hub.secret': 'secret-1' });
    expect((await store.load('world'))?.state).toBe('subscribed');
    // The hub verifies the renewal: a new lease, a new renewal time.
    await websub.verify('world', KEY, verification({ 'hub.lease_seconds': '3600' }));
    expect(await store.scheduledAt('world')).toBe(now() + 2_880_000);
  });

  it('plans renewal from no longer a lease than it asked for', async () => {
    const { websub, store } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    await websub.verify('world', KEY, verification({ 'hub.lease_seconds': String(365 * 86_400) }));
    expect((await store.load('world'))?.leaseUntil).toBe(new Date(t0 + 86_400_000).toISOString());
    expect(await store.scheduledAt('world')).toBe(t0 + 69_120_000);
  });

  it('survives a hub that verifies before answering the request', async () => {
    const { websub, store } = setup({ verifyDuringRequest: true });
    expect(await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC })).toBe('requested');
    expect((await store.load('world'))?.state).toBe('subscribed');
    expect(await store.scheduledAt('world')).toBe(t0 + 2_880_000);
  });

  it('marks a refused request failed and retries it after retryMs', async () => {
    const { websub, store, sent, advance, setStatus } = setup({ status: 500 });
    expect(await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC })).toBe('failed');
    expect((await store.load('world'))?.state).toBe('failed');
    expect(await store.scheduledAt('world')).toBe(t0 + 900_000);
    // A failed subscription does not confirm a (forged) verification.
    expect((await websub.verify('world', KEY, verification())).status).toBe(404);
    setStatus(202);
    advance(900_000);
    expect(await websub.renewDue()).toBe(1);
    expect(sent).toHaveLength(2);
    expect((await store.load('world'))?.state).toBe('pending');
    expect(sent[1]?.['hub.secret']).toBe('secret-1');
  });

  it('refuses verification of an unknown topic or feed', async () => {
    const { websub } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    expect(
      await websub.verify('world', KEY, verification({ 'hub.topic': 'https://other.example/' })),
    ).toEqual({
      status: 404,
      body: '',
    });
    expect((await websub.verify('nope', KEY, verification())).status).toBe(404);
    expect(await websub.knows('nope')).toBe(false);
  });

  it('records a denial as failed and retries later', async () => {
    const { websub, store } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    const denied = new URLSearchParams({ 'hub.mode': 'denied', 'hub.topic': TOPIC, 'hub.reason': 'quota' });
    expect(await websub.verify('world', KEY, denied)).toEqual({ status: 200, body: '' });
    expect((await store.load('world'))?.state).toBe('failed');
    expect(await store.scheduledAt('world')).toBe(t0 + 900_000);
  });

  it('unsubscribes: forgets the feed, and confirms only the hub verification of that', async () => {
    const { websub, store, sent } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    await websub.verify('world', KEY, verification());
    expect((await websub.unsubscribe('world'))?.ok).toBe(true);
    expect(sent.at(-1)).toMatchObject({ 'hub.mode': 'unsubscribe', 'hub.topic': TOPIC });
    expect(await store.load('world')).toBeUndefined();
    expect(await store.scheduledAt('world')).toBeUndefined();
    expect(await websub.knows('world')).toBe(true);
    expect((await websub.verify('world', KEY, verification())).status).toBe(404);
    const unsub = verification({ 'hub.mode': 'unsubscribe', 'hub.challenge': 'bye' });
    expect(await websub.verify('world', KEY, unsub)).toEqual({ status: 200, body: 'bye' });
    expect(await websub.knows('world')).toBe(false);
  });

  it('moves to a new hub: unsubscribes the old one and subscribes with a new secret', async () => {
    const { websub, store, sent } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    await websub.verify('world', KEY, verification());
    expect(await websub.ensureSubscribed('world', { hub: 'https://hub2.example/', topic: TOPIC })).toBe(
      'requested',
    );
    expect(sent.slice(-2).map((f) => f['hub.mode'])).toEqual(['unsubscribe', 'subscribe']);
    expect(await store.load('world')).toMatchObject({
      url: 'https://hub2.example/',
      state: 'pending',
      secret: 'secret-2',
    });
    expect(await store.unsubscribing('world')).toEqual({ hub: HUB, topic: TOPIC, callbackKey: KEY });
  });

  it('refuses a verification on any path but the one given to the hub: a guessed feed id confirms nothing', async () => {
    const { websub, store } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    for (const key of [undefined, 'guessed-0123456789', `${KEY}x`])
      expect(await websub.verify('world', key, verification({ 'hub.lease_seconds': '3600' }))).toEqual({
        status: 404,
        body: '',
      });
    expect((await store.load('world'))?.state).toBe('pending');
    expect((await websub.verify('world', KEY, verification())).status).toBe(200);
    expect((await store.load('world'))?.state).toBe('subscribed');
  });

  it('subscribes again, with a key, a feed subscribed before callback keys', async () => {
    const { websub, store, sent } = setup();
    await store.save('world', { url: HUB, topic: TOPIC, secret: 'old', state: 'subscribed' });
    await store.scheduleAt('world', t0 + 86_400_000);
    expect(await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC })).toBe('requested');
    expect(sent.at(-1)?.['hub.callback']).toBe(`https://wirefeed.example/websub/world/${KEY}`);
    expect(await store.load('world')).toMatchObject({ callbackKey: KEY, state: 'pending', secret: 'old' });
  });

  it('re-requests a known subscription whose schedule entry was lost', async () => {
    const { websub, store, sent } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    await store.unschedule('world');
    expect(await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC })).toBe('requested');
    expect(sent).toHaveLength(2);
  });

  it('is disabled without a public URL', async () => {
    const store = createMemoryWebSubStore();
    const websub = createWebSub({ store, post: async () => ({ status: 202 }) });
    expect(websub.callbackUrl('world', KEY)).toBeUndefined();
    expect(await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC })).toBe('disabled');
    expect(await websub.renewDue()).toBe(0);
  });

  it('refuses, and forgets, a subscribe intent for a feed no longer wanted', async () => {
    const { websub, store, setWanted } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    setWanted(false);
    expect(await websub.verify('world', KEY, verification())).toEqual({ status: 404, body: '' });
    expect(await store.load('world')).toBeUndefined();
    expect(await store.scheduledAt('world')).toBeUndefined();
    expect(await websub.knows('world')).toBe(false);
  });

  it('still confirms an unsubscription it asked for once the feed is no longer wanted', async () => {
    const { websub, setWanted } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    await websub.verify('world', KEY, verification());
    setWanted(false);
    await websub.forget('world');
    const unsub = verification({ 'hub.mode': 'unsubscribe', 'hub.challenge': 'bye' });
    expect(await websub.verify('world', KEY, unsub)).toEqual({ status: 200, body: 'bye' });
  });

  it('forgets a due feed no longer wanted, asking its hub to unsubscribe, instead of renewing it', async () => {
    const { websub, store, sent, advance, setWanted } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    await websub.verify('world', KEY, verification({ 'hub.lease_seconds': '3600' }));
    setWanted(false);
    advance(2_880_000);
    expect(await websub.renewDue()).toBe(0);
    expect(sent.map((f) => f['hub.mode'])).toEqual(['subscribe', 'unsubscribe']);
    expect(sent.at(-1)).toMatchObject({
      'hub.topic': TOPIC,
      'hub.callback': `https://wirefeed.example/websub/world/${KEY}`,
    });
    expect(await store.load('world')).toBeUndefined();
    expect(store.due.size).toBe(0);
    // Its hub still gets its unsubscription confirmed.
    const unsub = verification({ 'hub.mode': 'unsubscribe', 'hub.challenge': 'bye' });
    expect(await websub.verify('world', KEY, unsub)).toEqual({ status: 200, body: 'bye' });
    // Nothing is left to sweep: the feed is not renewed, nor unsubscribed again.
    advance(86_400_000);
    expect(await websub.renewDue()).toBe(0);
    expect(sent).toHaveLength(2);
  });

  it('forget: asks the hub to stop and drops the state, and never rejects', async () => {
    const { websub, store, sent } = setup();
    await websub.ensureSubscribed('world', { hub: HUB, topic: TOPIC });
    await websub.verify('world', KEY, verification());
    await websub.forget('world');
    expect(sent.at(-1)).toMatchObject({ 'hub.mode': 'unsubscribe', 'hub.topic': TOPIC });
    expect(await store.load('world')).toBeUndefined();
    expect(await store.scheduledAt('world')).toBeUndefined();
    await expect(websub.forget('never-subscribed')).resolves.toBeUndefined();

    const broken = createMemoryWebSubStore();
    broken.load = async () => {
      throw new Error('redis down');
    };
    const unreachable = createWebSub({
      store: broken,
      publicUrl: 'https://wirefeed.example/',
      post: async () => {
        throw new Error('hub unreachable');
      },
    });
    await expect(unreachable.forget('world')).resolves.toBeUndefined();
  });

  it('tells whether a feed is wanted, every feed by default', async () => {
    const { websub, setWanted } = setup();
    expect(await websub.wanted('world')).toBe(true);
    setWanted(false);
    expect(await websub.wanted('world')).toBe(false);
    expect(await createWebSub({ store: createMemoryWebSubStore() }).wanted('any')).toBe(true);
  });
});
