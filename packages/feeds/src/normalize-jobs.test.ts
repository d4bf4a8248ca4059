import type { RawItem } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from './feed.ts';
import { itemIdentities, normalizeJobsFor } from './normalize-jobs.ts';

const item = (over: Partial<RawItem>): RawItem => ({ categories: [], ...over });
const feed = (items: RawItem[]): ParsedFeed => ({ format: 'rss', items, hubs: [] });

describe('item identity', () => {
  it('falls back guid → link → link+date → title+body', () => {
    const ids = itemIdentities([
      item({ guid: 'g1', link: 'https://a/1' }),
      item({ link: 'https://a/2' }),
      item({ title: 'No link', contentText: 'Body' }),
    ]);
    expect(ids[0]).toBe('guid:g1');
    expect(ids[1]).toBe('link:https://a/2');
    expect(ids[2]).toMatch(/^content:/);
  });

  it('does not trust a guid that several items share', () => {
    const ids = itemIdentities([
      item({ guid: 'same', link: 'https://a/1' }),
      item({ guid: 'same', link: 'https://a/2' }),
      item({ guid: 'same', link: 'https://a/2', published: '2026-11-26T10:00:00Z' }),
    ]);
    expect(ids[0]).toBe('link:https://a/1');
    expect(ids[1]).toMatch(/^linkdate:|^content:/);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('normalizeJobsFor', () => {
  it('makes one job per distinct item, with deterministic ids and the run item set', () => {
    const f = feed([
      item({ guid: 'a', title: 'A' }),
      item({ guid: 'b', title: 'B' }),
      item({ guid: 'b', title: 'B' }),
    ]);
    const ctx = {
      feedId: 'f',
      feedUrl: 'https://f',
      fetchedAt: '2026-11-26T10:00:00.000Z',
      run: { id: 'abcdef' },
    };
    const jobs = normalizeJobsFor(f, ctx);
    // The two identical "b" items share a guid, so both fall back to their (equal) content identity: one job.
    expect(jobs).toHaveLength(2);
    expect(normalizeJobsFor(f, ctx).map((j) => j.jobId)).toEqual(jobs.map((j) => j.jobId));
    for (const j of jobs) expect((j.data as { run: { item: string } }).run.item).toBe(j.jobId);
  });
});
