import { describe, expect, it } from 'vitest';
import { feedSlices } from './feed-slices.ts';
import { parseAndSelect, parseInSlices, SLICE_ITEMS } from './select-feed.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const none = { seen: new Map<string, number>(), cap: 100, refreshBefore: 0 };

function rss(count: number, extra = ''): Uint8Array {
  const items = Array.from(
    { length: count },
    (_, n) =>
      `<item><title>Story ${n}</title><guid>g${n}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1) + n * 60_000).toUTCString()}</pubDate><description>Body ${n}</description></item>`,
  );
  return enc(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><ttl>30</ttl>${extra}\n${items.join('\n')}\n</channel></rss>`,
  );
}

describe('reading a big feed in slices', () => {
  it('chooses what a whole read chooses: the newest new items, the count left, the feed’s own fields', async () => {
    const body = rss(3 * SLICE_ITEMS + 17);
    const sliced = await parseInSlices(body, { url: 'https://wire.example/' }, none);
    const whole = await parseAndSelect(body, { url: 'https://wire.example/' }, none);
    expect(sliced?.selection.taken.map((k) => k.key)).toEqual(whole.selection.taken.map((k) => k.key));
    expect(sliced?.selection).toMatchObject({
      deferred: whole.selection.deferred,
      total: 3 * SLICE_ITEMS + 17,
    });
    expect(sliced?.items[0]?.guid).toBe(`g${3 * SLICE_ITEMS + 16}`);
    expect(sliced).toMatchObject({ title: 'Wire', ttlMinutes: 30 });
  });

  it('skips what was seen, so the next poll takes the next slice', async () => {
    const body = rss(600);
    const first = await parseInSlices(body, {}, { ...none, cap: 250 });
    const seen = new Map(first?.selection.taken.map((k) => [k.key, 1_000] as const));
    const second = await parseInSlices(body, {}, { seen, cap: 250, refreshBefore: 0 });
    expect(second?.items[0]?.guid).toBe('g349');
    expect(second?.selection.deferred).toBe(100);
  });

  it('cuts only feeds with more items than a slice, found as plain elements', () => {
    expect(feedSlices(rss(SLICE_ITEMS), SLICE_ITEMS)).toBeUndefined();
    expect(feedSlices(rss(SLICE_ITEMS + 1), SLICE_ITEMS)?.count).toBe(2);
    const atom = enc(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${'<entry><id>x</id><title>t</title></entry>'.repeat(600)}</feed>`,
    );
    expect(feedSlices(atom, SLICE_ITEMS)?.count).toBe(3);
    expect(feedSlices(enc(JSON.stringify({ items: [] })), SLICE_ITEMS)).toBeUndefined();
  });

  it('does not cut at an `<item>` spelled in CDATA or a comment: it is text there', async () => {
    const items = Array.from(
      { length: 300 },
      (_, n) => `<item><guid>g${n}</guid><title>t${n}</title></item>`,
    );
    items[250] = '<item><guid>cdata</guid><description><![CDATA[a list: <item> one]]></description></item>';
    items[260] = '<!-- <item> not one --><item><guid>comment</guid><title>c</title></item>';
    const body = enc(`<rss version="2.0"><channel><title>W</title>${items.join('')}</channel></rss>`);
    const sliced = await parseInSlices(body, {}, { ...none, cap: 1_000 });
    const whole = await parseAndSelect(body, {}, { ...none, cap: 1_000 });
    expect(sliced?.selection.total).toBe(300);
    expect(sliced?.items.map((i) => i.guid).sort()).toEqual(whole.items.map((i) => i.guid).sort());
    expect(sliced?.items.find((i) => i.guid === 'cdata')?.summary).toBe('a list: <item> one');
  });
});
