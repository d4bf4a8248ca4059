import type { RunSummary } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { formatSummary } from './process.ts';

const summary = (over: Partial<RunSummary> = {}): RunSummary => ({
  feeds: [{ feedId: 'a', items: 4 }],
  feedsExpected: 1,
  itemsRead: 4,
  settled: 4,
  counts: { delivered: 4, duplicate: 0, unchanged: 0, unrouted: 0, failed: 0 },
  failures: [],
  done: true,
  ...over,
});

describe('formatSummary', () => {
  it('counts feeds, items and how they settled', () => {
    expect(formatSummary(summary())).toBe(
      'wirefeed process: 1 feed(s), 4 item(s) read, 4 delivered, 0 duplicate(s) dropped, 0 unchanged, 0 failed\n',
    );
  });

  it('says so when a feed could not be read, though no item failed (the run exits 1)', () => {
    const line = formatSummary(
      summary({
        feeds: [
          { feedId: 'a', items: 4 },
          { feedId: 'b', error: 'WF_E_FETCH_HTTP: HTTP 404' },
        ],
        feedsExpected: 2,
      }),
    );
    expect(line).toBe(
      'wirefeed process: 2 feed(s) (1 could not be read), 4 item(s) read, 4 delivered, 0 duplicate(s) dropped, 0 unchanged, 0 failed\n',
    );
  });
});
