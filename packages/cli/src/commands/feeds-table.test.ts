import type { Subscription } from '@wirefeed/feeds/subscriptions';
import { describe, expect, it } from 'vitest';
import { formatTable } from './feeds.ts';

const sub = (state: Partial<Subscription['state']>): Subscription => ({
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
    itemsSeen: 3,
    lastFetchAt: '2026-12-01T00:00:00Z',
    lastOutcome: 'ok',
    ...state,
  },
});

describe('feeds list', () => {
  it('says when the last poll skipped entries it could not read, with the first reason', () => {
    const table = formatTable(
      [sub({ lastSkipped: { count: 1, reasons: ['entry 1 is empty: no title, link, id or content'] } })],
      Date.parse('2026-12-01T00:05:00Z'),
    );
    expect(table).toMatch(/active\s.*1 entry skipped: entry 1 is empty/);
    expect(formatTable([sub({})])).not.toMatch(/skipped/);
  });
});
