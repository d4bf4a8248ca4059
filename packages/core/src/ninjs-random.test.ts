import { describe, expect, it } from 'vitest';
import type { NinjsDocument } from './ninjs.ts';
import { ninjsStoryUri, toNinjs } from './ninjs.ts';
import { expectValidNinjs } from './ninjs-assertions.ts';
import type { Entity, Place, Story, Subject } from './story.ts';
import { makeStory } from './story-fixtures.ts';

describe('toNinjs on randomized stories', () => {
  const seeds = Array.from({ length: 50 }, (_, i) => 1009 * (i + 1));
  const docs: NinjsDocument[] = [];
  it.each(seeds)('seed %i renders a valid document', (seed) => {
    const story = randomStory(seed);
    const doc = toNinjs(story);
    docs.push(doc);
    expectValidNinjs(doc, `seed ${seed}`);
    expect(doc.uri).toBe(ninjsStoryUri(story.id));
    expect(doc.version).toBe(String(story.version));
    expect(doc.pubStatus).toBe(story.signals.canceled ? 'canceled' : 'usable');
    expect(doc.urgency).toBe(story.signals.urgent ? 2 : 5);
  });

  // Guards the generator: a change that stopped it reaching these shapes would make the run above hollow.
  it('reached the interesting shapes', () => {
    const all = docs.map((doc) => JSON.stringify(doc));
    const reached = {
      canceled: docs.some((doc) => doc.pubStatus === 'canceled'),
      urgent: docs.some((doc) => doc.urgency === 2),
      edNote: docs.some((doc) => doc.edNote !== undefined),
      associations: docs.some((doc) => doc.associations !== undefined),
      noBodies: docs.some((doc) => doc.bodies === undefined),
      geoJSON: all.some((json) => json.includes('"geoJSON"')),
      literal: all.some((json) => json.includes('"literal":"Q42"')),
      convertedUri: all.some((json) => json.includes('%E4%BE%8B') || json.includes('xn--')),
      feedWithoutUri: docs.some((doc) => doc.infoSources.some((source) => source.uri === undefined)),
    };
    expect(docs).toHaveLength(seeds.length);
    expect(Object.entries(reached).filter(([, hit]) => !hit)).toStrictEqual([]);
  });
});

function randomStory(seed: number): Story {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number): boolean => next() < p;
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const maybe = <T>(make: () => T, p = 0.6): T | undefined => (chance(p) ? make() : undefined);
  const list = <T>(make: () => T, max: number): T[] => Array.from({ length: int(0, max) }, make);
  const phrase = (maxWords = 8): string =>
    Array.from({ length: int(1, maxWords) }, () => pick(WORDS)).join(' ');
  const text = (): string => (chance(0.1) ? pick(['', ' ', '\n\t']) : phrase(40));
  const date = (): string => {
    const iso = new Date(int(946_684_800, 1_893_456_000) * 1000 + int(0, 999)).toISOString();
    return chance(0.5) ? iso.replace(/\.\d{3}Z$/u, 'Z') : iso;
  };
  const entity = (): Entity => ({ name: phrase(3), mentions: int(1, 9), uri: maybe(() => pick(URIS), 0.5) });
  const place = (): Place => ({
    ...entity(),
    countryCode: maybe(() => pick(['DE', 'FR', 'US', 'BR', 'JP', 'EG'])),
    lat: maybe(() => pick([-90, 90, 0, int(-90_000, 90_000) / 1000])),
    lon: maybe(() => pick([-180, 180, 0, int(-180_000, 180_000) / 1000])),
  });
  const subject = (): Subject => ({
    code: pick(['medtop:04000000', '20000106', 'medtop:11000000', ' ', 'x']),
    name: phrase(3),
    uri: maybe(() => pick(URIS), 0.5),
    confidence: pick([0, 100, 99.5, 0.49, next() * 100]),
  });

  const firstCreated = date();
  const html = text();
  return makeStory({
    version: int(1, 20),
    source: {
      feedId: `feed-${int(1, 999)}`,
      feedUrl: pick(URIS),
      feedTitle: maybe(() => phrase(4)),
      guid: maybe(() => pick([...URIS, phrase(2)])),
      url: maybe(() => pick(URIS)),
      canonicalUrl: maybe(() => pick(URIS)),
    },
    headline: phrase(12),
    summary: maybe(text),
    // A flash can be headline-only: no body at all.
    body: chance(0.1)
      ? { text: '', html: ' ' }
      : { text: text(), html: chance(0.5) ? `<p>${html}</p><ul><li>${phrase()}</li></ul>` : html },
    byline: maybe(() => `By ${phrase(3)}`),
    credit: maybe(() => pick(['Reuters', 'AP', 'AFP', 'dpa', 'Agência Brasil', ' '])),
    dateline: maybe(() => ({ place: maybe(() => phrase(2)), day: maybe(() => int(1, 31)), raw: phrase(4) })),
    language: maybe(() => pick(['en', 'de', 'fr', 'ja', 'ar', 'pt'])),
    firstCreated,
    versionCreated: chance(0.5) ? firstCreated : date(),
    dateMissing: chance(0.2),
    signals: {
      updateNumber: maybe(() => int(1, 9), 0.3),
      correction: chance(0.2),
      urgent: chance(0.3),
      canceled: chance(0.2),
    },
    categories: list(() => phrase(2), 4),
    dedup: maybe(() => ({
      status: pick(['unique', 'duplicate', 'update'] as const),
      clusterId: phrase(1),
      duplicateOf: maybe(() => pick(['a1b2c3d4e5f6a7b8', 'not/an id with spaces', '東京'])),
      similarity: maybe(() => next()),
      method: pick(['none', 'guid', 'url', 'body-hash', 'near'] as const),
    })),
    enrichment: maybe(() => ({
      people: list(entity, 4),
      organisations: list(entity, 4),
      places: list(place, 4),
      subjects: list(subject, 4),
      keywords: list(() => (chance(0.1) ? ' ' : phrase(2)), 5),
      wordCount: int(0, 5000),
      failed: list(() => pick(['entities', 'places', 'subjects']), 2),
    })),
  });
}

const WORDS = [
  'Berlin',
  'Zürich',
  'São',
  'Paulo',
  '東京',
  'Москва',
  'القاهرة',
  'naïve',
  'café',
  '👩🏽‍⚕️',
  '🇨🇭',
  'e\u0301',
  '&amp;',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '"quoted"',
  "l'été",
  'zero\u200bwidth',
  'tab\there',
  'line\nbreak',
  '\\backslash',
  'x'.repeat(200),
  'markets',
  'rates',
];

// Feed and entity identifiers as they turn up: URIs, IRIs, sloppy URLs, local paths and plain codes.
const URIS = [
  'https://example.com/a/b?c=d#e',
  'http://例え.jp/パス?q=値',
  'https://example.com/a b/c d',
  'https://example.com/?ids[]=1&x=|^`{}',
  'https://example.com/100%/x',
  'https://example.com/a#b#c',
  'http://[2001:db8::1]:8080/x',
  'http://[zz::1]/bad-ipv6',
  'urn:isbn:0451450523',
  'tag:example.com,2024:item/1',
  'mailto:desk@example.com',
  'file:///var/feeds/a.xml',
  './relative/path.xml',
  '/var/feeds/local.xml',
  'not a url',
  'Q42',
  'http://',
  'https://example.com:99999/',
  'javascript:alert(1)',
  'http://exa mple.com/',
  'https://user:p@ss@example.com/',
  'HTTP://EXAMPLE.COM/Upper',
  'news:comp.lang.javascript',
  'https://example.com/\u0000ctl',
  'https://xn--bcher-kva.example/',
  'http://a/%zz',
  'data:text/plain,hello world',
  'foo:',
  'http://cv.iptc.org/newscodes/mediatopic/04000000',
];
