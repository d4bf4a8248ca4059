import type { RawItem } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { keyedItems } from '../normalize-jobs.ts';
import { selectItems } from './select-items.ts';

const item = (n: number, published?: string): RawItem => ({
  guid: `g${n}`,
  title: `Item ${n}`,
  categories: [],
  ...(published ? { published } : {}),
});
const day = (d: number) => new Date(Date.UTC(2026, 0, d)).toUTCString();

describe('selectItems', () => {
  it('takes the newest new items up to the cap, by date whatever the feed order, and counts the rest', () => {
    const items = keyedItems([
      item(1, day(1)),
      item(5, day(5)),
      item(3, day(3)),
      item(4, day(4)),
      item(2, day(2)),
    ]);
    const s = selectItems(items, [], { cap: 3, refreshBefore: 0 });
    expect(s.taken.map((k) => k.item.guid)).toEqual(['g5', 'g4', 'g3']);
    expect(s.deferred).toBe(2);
  });

  it('leaves out what was queued before, so the next poll takes the next slice', () => {
    const items = keyedItems([1, 2, 3, 4, 5].map((n) => item(n, day(n))));
    const first = selectItems(items, [], { cap: 2, refreshBefore: 0 });
    const taken = new Set(first.taken.map((k) => k.key));
    const seen = items.map((k) => (taken.has(k.key) ? 1_000 : undefined));
    const second = selectItems(items, seen, { cap: 2, refreshBefore: 0 });
    expect(second.taken.map((k) => k.item.guid)).toEqual(['g3', 'g2']);
    expect(second.deferred).toBe(1);
  });

  it('puts undated items after dated ones, in feed order', () => {
    const items = keyedItems([item(1), item(2, day(2)), item(3)]);
    expect(selectItems(items, [], { cap: 10, refreshBefore: 0 }).taken.map((k) => k.item.guid)).toEqual([
      'g2',
      'g1',
      'g3',
    ]);
  });

  it('names the seen items whose memory is due a refresh', () => {
    const items = keyedItems([item(1), item(2), item(3)]);
    const s = selectItems(items, [100, 5_000, undefined], { cap: 10, refreshBefore: 1_000 });
    expect(s.refresh).toEqual([items[0]?.key]);
    expect(s.taken.map((k) => k.item.guid)).toEqual(['g3']);
  });

  it('treats a changed item as new: its content key differs', () => {
    const [before] = keyedItems([{ ...item(1), contentText: 'first' }]);
    const [after] = keyedItems([{ ...item(1), contentText: 'second' }]);
    expect(before?.identity).toBe(after?.identity);
    expect(before?.key).not.toBe(after?.key);
  });
});
