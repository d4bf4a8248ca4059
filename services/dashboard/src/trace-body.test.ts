import type { NormalizeJob } from '@wirefeed/core';
import { RawItemSchema } from '@wirefeed/core';
import { normalizeItem } from '@wirefeed/normalize';
import { describe, expect, it } from 'vitest';
import { bodyFromRaw } from './trace-body.ts';

const raw: NormalizeJob = {
  feedId: 'wire',
  feedUrl: 'https://wire.example/feed.xml',
  fetchedAt: '2026-11-26T10:00:00.000Z',
  item: RawItemSchema.parse({
    guid: 'pilots-1',
    link: 'https://wire.example/pilots-1',
    title: 'Harbour pilots strike',
    contentHtml:
      '<p>HARBOUR CITY (Wire) - Pilots went on strike on Thursday.<script>alert(1)</script></p><p>Ships waited offshore.</p>',
  }),
};

describe('a trace’s body made again from the raw item', () => {
  it('is the body the sink wrote when the raw item is that version', () => {
    const delivered = normalizeItem(raw.item, {
      feedId: raw.feedId,
      feedUrl: raw.feedUrl,
      fetchedAt: raw.fetchedAt,
    });
    const body = bodyFromRaw(raw, delivered);
    expect(body).toEqual(delivered.body);
    expect(body?.html).not.toContain('<script');
  });

  it('is nothing when the index holds another version’s item', () => {
    expect(bodyFromRaw(raw, { contentHash: '0'.repeat(32) })).toBeUndefined();
  });
});
