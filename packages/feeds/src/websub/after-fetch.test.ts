import { describe, expect, it } from 'vitest';
import { hubStateInSubscriptions, subscribeAfterFetch } from './after-fetch.ts';
import type { HubState } from './store.ts';
import type { HubTarget } from './websub.ts';

const FEED_URL = 'https://news.example.com/feed.xml';
const body = (text: string) => new TextEncoder().encode(text);
const rss = `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>
<atom:link rel="hub" href="https://body.hub.example/"/><atom:link rel="self" href="https://news.example.com/self.xml"/>
</channel></rss>`;

function recorder() {
  const calls: Array<{ feedId: string; target: HubTarget }> = [];
  return {
    calls,
    websub: {
      ensureSubscribed: async (feedId: string, target: HubTarget) => {
        calls.push({ feedId, target });
        return 'requested' as const;
      },
    },
  };
}

describe('subscribeAfterFetch', () => {
  it('reads hub and self from the body when the parsed feed does not report them', async () => {
    const { websub, calls } = recorder();
    const outcome = await subscribeAfterFetch(websub, 'world', {
      feed: {},
      response: { url: FEED_URL, headers: new Headers(), body: body(rss) },
    });
    expect(outcome).toBe('requested');
    expect(calls).toEqual([
      {
        feedId: 'world',
        target: { hub: 'https://body.hub.example/', topic: 'https://news.example.com/self.xml' },
      },
    ]);
  });

  it('prefers the Link header, then the parsed feed, and falls back to the answering URL as topic', async () => {
    const { websub, calls } = recorder();
    await subscribeAfterFetch(websub, 'a', {
      feed: { hubs: ['https://parsed.hub.example/'], self: 'https://news.example.com/parsed-self' },
      response: {
        url: FEED_URL,
        headers: new Headers({ link: '<https://header.hub.example/>; rel="hub"' }),
        body: body(rss),
      },
    });
    await subscribeAfterFetch(websub, 'b', {
      feed: { hubs: ['https://parsed.hub.example/'] },
      response: { url: FEED_URL, headers: new Headers(), body: body('') },
    });
    expect(calls.map((c) => c.target)).toEqual([
      { hub: 'https://header.hub.example/', topic: 'https://news.example.com/parsed-self' },
      { hub: 'https://parsed.hub.example/', topic: FEED_URL },
    ]);
  });

  it('does nothing for a feed without a hub', async () => {
    const { websub, calls } = recorder();
    const outcome = await subscribeAfterFetch(websub, 'x', {
      feed: { hubs: [] },
      response: { url: FEED_URL, headers: new Headers(), body: body(rss) },
    });
    expect(outcome).toBe('no-hub');
    expect(calls).toEqual([]);
  });

  it('never fails the poll: errors become "failed"', async () => {
    const outcome = await subscribeAfterFetch(
      {
        ensureSubscribed: async () => {
          throw new Error('redis down');
        },
      },
      'x',
      {
        feed: { hubs: ['https://hub.example/'] },
        response: { url: FEED_URL, headers: new Headers(), body: body('') },
      },
    );
    expect(outcome).toBe('failed');
  });
});

describe('hubStateInSubscriptions', () => {
  it('keeps hub state in the subscription state through patchState', async () => {
    const states = new Map<string, { hub?: HubState; etag?: string }>([['world', { etag: '"v1"' }]]);
    const store = hubStateInSubscriptions({
      getState: async (id) => states.get(id),
      patchState: async (id, patch) => {
        const next = { ...states.get(id), ...patch };
        if (patch.hub === undefined) delete next.hub;
        states.set(id, next);
        return next;
      },
    });
    const hub: HubState = { url: 'https://hub.example/', topic: FEED_URL, state: 'pending', secret: 's' };
    await store.save('world', hub);
    expect(await store.load('world')).toEqual(hub);
    expect(states.get('world')?.etag).toBe('"v1"');
    await store.save('world', undefined);
    expect(await store.load('world')).toBeUndefined();
  });
});
