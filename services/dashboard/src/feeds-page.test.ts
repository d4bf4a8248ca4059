import type { Subscription } from '@wirefeed/feeds/subscriptions';
import { describe, expect, it } from 'vitest';
import { feedHealth } from './feeds.ts';
import { feedsPage } from './feeds-page.ts';

const sub: Subscription = {
  id: 'wire',
  url: 'https://wire.example/atom',
  tags: [],
  origin: 'cli',
  minIntervalMs: 60_000,
  maxIntervalMs: 86_400_000,
  paused: false,
  createdAt: '2026-12-01T00:00:00Z',
  state: {
    consecutiveErrors: 0,
    itemsSeen: 1,
    lastOutcome: 'ok',
    lastSkipped: {
      count: 2,
      reasons: ['entry 1 is empty: no title, link, id or content', 'entry 4 is empty'],
    },
  },
};

describe('feed health', () => {
  it('shows the entries the last poll skipped, with the reasons on hover', () => {
    const health = feedHealth(sub);
    expect(health.lastSkipped).toEqual(sub.state.lastSkipped);
    const page = feedsPage({ role: 'admin', csrf: 'x', path: '/feeds' }, [health]);
    expect(page).toContain('2 entries skipped');
    expect(page).toContain('entry 1 is empty: no title, link, id or content');
  });
});
