// What the NewsML-G2 and NITF tests share: the fixtures (test/fixtures/newsml-g2/iptc, from the
// NewsML-G2 Implementation Guide; test/fixtures/newsml-g2/agency, written in the style of real agency
// deliveries) and the stages that shape a story from them (parse → normalize → ninjs), every story
// checked as valid ninjs 3.1.
import { readFileSync } from 'node:fs';
import type { NinjsDocument, RawItem, Story } from '@wirefeed/core';
import { toNinjs } from '@wirefeed/core';
import { expectValidNinjs } from '@wirefeed/core/testing';
import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import { expect } from 'vitest';

export const FEED_URL = 'https://wire.example.com/g2/feed.xml';
export const NOW = '2024-03-10T12:00:00.000Z';

export const read = (path: string) => readFileSync(new URL(`./fixtures/newsml-g2/${path}`, import.meta.url));
export const iptc = (name: string) => read(`iptc/${name}`);
export const agency = (name: string) => read(`agency/${name}`);

export interface Delivered {
  story: Story;
  doc: NinjsDocument;
}

export function deliver(item: RawItem, label: string): Delivered {
  const story = normalizeItem(item, { feedId: 'g2', feedUrl: FEED_URL, fetchedAt: NOW, now: new Date(NOW) });
  const doc = toNinjs(story);
  expectValidNinjs(doc, label);
  return { story, doc };
}

export async function deliverAll(body: Uint8Array | string, label: string): Promise<Delivered[]> {
  const feed = await parseFeed(body, { url: FEED_URL });
  return feed.items.map((item, i) => deliver(item, `${label} #${i}`));
}

export async function deliverOne(body: Uint8Array | string, label: string): Promise<Delivered> {
  const [one, ...more] = await deliverAll(body, label);
  expect(more).toHaveLength(0);
  if (!one) throw new Error(`${label}: no story`);
  return one;
}

// Listings 7, 25 and 28 of the guide are fragments of an item; put in an item, they are one.
export function inItem(fragment: Buffer, contentMeta = '', root = 'newsItem', itemClass = 'text'): string {
  const body = fragment.toString('utf8').replace(/^<\?xml[^>]*\?>/, '');
  return (
    `<${root} xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tag:wirefeed.test,2024:fragment" version="1">` +
    `<itemMeta><itemClass qcode="ninat:${itemClass}"/><provider qcode="nprov:TEST"/>` +
    `<versionCreated>2024-03-09T10:00:00Z</versionCreated></itemMeta>${contentMeta}${body}</${root}>`
  );
}
