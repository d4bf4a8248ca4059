// IPTC's own ninjs examples, read by the ninjs adapter, normalized and rendered again: what a ninjs
// consumer relies on must survive the trip. The uri cannot: Wirefeed mints urn:wirefeed:story:<id> so
// that every feed's stories share one stable scheme, and keeps the source uri as the `guid` altId.
import { readdirSync, readFileSync } from 'node:fs';
import type { NinjsDocument } from '@wirefeed/core';
import { ninjsStoryUri, storyIdFor, toNinjs } from '@wirefeed/core';
import { validateNinjs } from '@wirefeed/core/testing';
import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import { describe, expect, it } from 'vitest';

const dir = new URL('./fixtures/ninjs/', import.meta.url);
const FEED_ID = 'ninjs-examples';
const FEED_URL = 'https://ninjs.example.com/items.json';

interface SourceText {
  value: string;
  role?: string;
  contentType?: string;
}

interface SourceItem {
  uri: string;
  version?: string;
  language?: string;
  by?: string;
  headlines?: SourceText[];
  bodies?: SourceText[];
  descriptions?: SourceText[];
}

async function roundTrip(source: string, fetchedAt = '2024-01-01T00:00:00.000Z'): Promise<NinjsDocument> {
  const feed = await parseFeed(source, { url: FEED_URL });
  expect(feed.format).toBe('ninjs');
  expect(feed.items).toHaveLength(1);
  const [item] = feed.items;
  if (!item) throw new Error('no item');
  return toNinjs(normalizeItem(item, { feedId: FEED_ID, feedUrl: FEED_URL, fetchedAt }));
}

// The text a reader sees, whitespace aside: line wrapping and paragraph markup are not content.
const squeeze = (text: string) =>
  text
    .replace(/<head\b[\s\S]*?<\/head>/giu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/\s+/gu, '');

// The source's article text as normalize picks it: its HTML body, else its plain one, else (a picture)
// its caption. TT's two bodies differ (the HTML one carries the picture's caption and credit).
function sourceBody(item: SourceItem): string {
  const bodies = item.bodies ?? [];
  const plain = bodies.find((b) => b.contentType === 'text/plain');
  const html = bodies.find((b) => /html/.test(b.contentType ?? ''));
  const caption = item.descriptions?.find((d) => !/credit/i.test(d.role ?? ''));
  return (html ?? plain ?? caption)?.value ?? '';
}

const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('ninjs in, ninjs out', () => {
  it('has the IPTC examples to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s', async (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    const source = JSON.parse(text) as SourceItem;
    const doc = await roundTrip(text);

    expect(validateNinjs(doc).text).toBe('');
    // Identity: minted from the source uri, which itself is kept.
    expect(doc.uri).toBe(ninjsStoryUri(storyIdFor(FEED_ID, source.uri)));
    expect(doc.altIds).toContainEqual({ role: 'guid', value: source.uri });
    expect((await roundTrip(text, '2025-06-01T00:00:00.000Z')).uri).toBe(doc.uri);

    // Wirefeed counts versions from 1 as it sees content change; a source's own "1" (or none) agrees.
    // AP's picture says "0", which a Story cannot carry: the first version Wirefeed sees is 1.
    expect(doc.version).toBe('1');
    if (source.version !== undefined && source.version !== '0') expect(doc.version).toBe(source.version);

    const mainHeadline = source.headlines?.find((h) => h.role === 'main') ?? source.headlines?.[0];
    expect(doc.headlines).toEqual([{ role: 'main', value: mainHeadline?.value.trim() }]);
    // Without a language in the source, normalize detects one.
    if (source.language === undefined) expect(doc.language).toMatch(/^[a-z]{2}$/);
    else expect(doc.language).toBe(source.language);
    expect(doc.by).toBe(source.by);

    const plain = doc.bodies?.find((b) => b.contentType === 'text/plain')?.value ?? '';
    const html = doc.bodies?.find((b) => b.contentType === 'text/html')?.value ?? '';
    expect(squeeze(html)).toBe(squeeze(plain));
    // A dateline ("GROSSETO, Italy (AP) --") leaves the body for `located`; together they are the source.
    const dateline =
      doc.located === undefined ? '' : (squeeze(sourceBody(source)).match(/^.*?(?:--|—|–|-|:)/u)?.[0] ?? '');
    expect(dateline + squeeze(plain)).toBe(squeeze(sourceBody(source)));
  });

  it('reads a dateline out of the AP text example', async () => {
    const doc = await roundTrip(readFileSync(new URL('ninjsExSimpleText_3.json', dir), 'utf8'));
    // "GROSSETO, Italy (AP) --": the country the dateline names is kept with the place.
    expect(doc.located).toBe('Grosseto, Italy');
    expect(doc.infoSources[0]).toMatchObject({ name: 'AP' });
    expect(doc.bodies?.[0]?.value).toMatch(/^<p>The trial of the captain/);
  });
});
