import type { RunSummary } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { createProgress, failureLine, formatElapsed, progressLine, reasonInWords } from './progress.ts';

const summary = (over: Partial<RunSummary> = {}): RunSummary => ({
  feeds: [{ feedId: 'a', items: 12 }],
  feedsExpected: 2,
  itemsRead: 12,
  settled: 9,
  counts: { delivered: 6, duplicate: 2, unchanged: 0, unrouted: 0, failed: 1 },
  failures: [],
  done: false,
  ...over,
});

describe('progress', () => {
  it('says feeds read, items queued, how they settled and the time spent', () => {
    expect(progressLine(summary(), 2, 12_345)).toBe(
      'wirefeed process: 1/2 feed(s) read, 12 item(s) queued, 6 delivered, 2 duplicate(s), 0 unchanged, 1 failed (12.3s)',
    );
    expect(progressLine(undefined, 3, 0)).toMatch(/0\/3 feed\(s\) read, 0 item\(s\) queued/);
    expect(formatElapsed(65_000)).toBe('1m05s');
  });

  it('gives the reason in words: what the code means, then the detail', () => {
    expect(reasonInWords('WF_E_FEED_PARSE: not well-formed XML at line 3')).toBe(
      'feed could not be parsed: not well-formed XML at line 3',
    );
    expect(reasonInWords('something odd\n  at line 2')).toBe('something odd at line 2');
  });

  it('names a failure by the feed’s path or URL and the item’s headline', () => {
    const sources = new Map([['a', '/feeds/world.xml']]);
    expect(
      failureLine(
        { feedId: 'a', headline: 'Quake hits Chile', item: 'n-1', reason: 'WF_E_SINK_REJECTED: HTTP 400' },
        (id) => sources.get(id),
      ),
    ).toBe(
      'wirefeed process: failed: /feeds/world.xml "Quake hits Chile": sink refused the story (e.g. a webhook 4xx): HTTP 400',
    );
    expect(
      failureLine({ feedId: 'b', reason: 'WF_E_FETCH_HTTP_4XX: HTTP 404 from x' }, () => undefined),
    ).toBe('wirefeed process: failed: feed b: feed server answered with a client error: HTTP 404 from x');
  });

  it('redraws one line in place on a terminal, and keeps failure lines above it', () => {
    let out = '';
    let now = 0;
    const p = createProgress({ write: (t) => (out += t), mode: 'live', feedsTotal: 2, now: () => now });
    now = 1_000;
    p.update(summary());
    p.print('wirefeed process: failed: x');
    now = 2_000;
    p.update(summary({ settled: 12 }));
    p.finish();
    expect(out.split('\r\x1b[2K').filter(Boolean)).toEqual([
      expect.stringMatching(/\(1\.0s\)$/),
      `wirefeed process: failed: x\n${progressLine(summary(), 2, 1_000)}`,
      expect.stringMatching(/\(2\.0s\)$/),
    ]);
  });

  it('prints a plain line every few seconds when not a terminal, and nothing when quiet', () => {
    let out = '';
    let now = 0;
    const lines = createProgress({
      write: (t) => (out += t),
      mode: 'lines',
      feedsTotal: 2,
      everyMs: 3_000,
      now: () => now,
    });
    for (now = 0; now <= 10_000; now += 100) lines.update(summary());
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((l) => /\((\S+)\)$/.exec(l)?.[1]),
    ).toEqual(['3.0s', '6.0s', '9.0s']);
    out = '';
    const quiet = createProgress({ write: (t) => (out += t), mode: 'off', feedsTotal: 2, now: () => now });
    quiet.update(summary());
    quiet.finish();
    expect(out).toBe('');
  });
});
