import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NinjsDocument } from './ninjs.ts';
import { ninjsStoryUri, toNinjs } from './ninjs.ts';
import { validateNinjs } from './ninjs-validate.ts';
import type { Entity, Place, Story, Subject } from './story.ts';
import { StorySchema } from './story.ts';
import type { StoryOverrides } from './story-fixtures.ts';
import { makeStory } from './story-fixtures.ts';

const ORIGINATOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/origcont';
const DISTRIBUTOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/distributor';
const STANDARD = {
  name: 'ninjs',
  version: '3.1',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
};

// Every document is checked as sinks write it (after JSON serialization), must hold no null, undefined,
// blank string, empty array or empty object, and must validate, with ajv's errors in the failure message.
function expectValidNinjs(doc: NinjsDocument, label = 'document'): void {
  const written: unknown = JSON.parse(JSON.stringify(doc));
  expect(written, `${label}: changed by JSON serialization`).toStrictEqual(doc);
  expect(emptyValuePaths(written), `${label}: empty values`).toStrictEqual([]);
  const result = validateNinjs(written);
  expect(
    result.valid,
    `${label} is not valid ninjs 3.1:\n${result.text}\n${JSON.stringify(doc, null, 2)}`,
  ).toBe(true);
}

function emptyValuePaths(value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [path || '(root)'];
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (Array.isArray(value)) {
    return value.length === 0 ? [path] : value.flatMap((item, i) => emptyValuePaths(item, `${path}/${i}`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0
      ? [path]
      : entries.flatMap(([key, item]) => emptyValuePaths(item, `${path}/${key}`));
  }
  return [];
}

const NO_OPTIONALS: StoryOverrides = {
  source: { feedTitle: undefined, guid: undefined, url: undefined, canonicalUrl: undefined },
  summary: undefined,
  byline: undefined,
  credit: undefined,
  dateline: undefined,
  language: undefined,
  dedup: undefined,
  enrichment: undefined,
  categories: [],
};

describe('validateNinjs (the test oracle)', () => {
  const fixtureDir = new URL('../../../test/fixtures/ninjs/', import.meta.url);
  const fixtures = readdirSync(fixtureDir).filter((name) => name.endsWith('.json'));

  it('finds the agency examples', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(4);
  });

  // They are ninjs 3.0 documents; 3.1 only added properties, so all of them are valid 3.1 as well.
  it.each(fixtures)('accepts the agency example %s', (name) => {
    const doc: unknown = JSON.parse(readFileSync(new URL(name, fixtureDir), 'utf8'));
    const result = validateNinjs(doc);
    expect(result.valid, `${name}:\n${result.text}`).toBe(true);
  });

  const broken: [string, (doc: Record<string, unknown>) => void][] = [
    ['a $schema property (3.x uses `standard`)', (doc) => Object.assign(doc, { $schema: STANDARD.schema })],
    ['a numeric version', (doc) => Object.assign(doc, { version: 1 })],
    ['a uri that is not a URI', (doc) => Object.assign(doc, { uri: 'story 1' })],
    ['a date-time without seconds', (doc) => Object.assign(doc, { firstCreated: '2024-03-06T13:15Z' })],
    ['urgency 0', (doc) => Object.assign(doc, { urgency: 0 })],
    [
      'a 1-D GeoJSON point',
      (doc) => Object.assign(doc, { places: [{ geoJSON: { type: 'Point', coordinates: [8] } }] }),
    ],
    [
      'a GeoJSON type that does not exist',
      (doc) => Object.assign(doc, { places: [{ geoJSON: { type: 'Dot' } }] }),
    ],
    ['an unknown property', (doc) => Object.assign(doc, { keywords: ['inflation'] })],
  ];
  it.each(broken)('rejects %s', (_label, breakIt) => {
    const doc: Record<string, unknown> = { ...toNinjs(makeStory()) };
    breakIt(doc);
    const result = validateNinjs(doc);
    expect(result.valid).toBe(false);
    expect(result.text).not.toBe('');
  });
});

describe('toNinjs', () => {
  it('renders a story without optional fields as a minimal document', () => {
    const story = makeStory({
      ...NO_OPTIONALS,
      body: { text: 'Markets rose.', html: '<p>Markets rose.</p>' },
    });
    const doc = toNinjs(story);
    expectValidNinjs(doc, 'minimal');
    expect(doc).toStrictEqual({
      uri: `urn:wirefeed:story:${story.id}`,
      standard: STANDARD,
      type: 'text',
      representationType: 'full',
      version: '1',
      firstCreated: story.firstCreated,
      versionCreated: story.versionCreated,
      pubStatus: 'usable',
      urgency: 5,
      headlines: [{ role: 'main', value: story.headline }],
      bodies: [
        {
          role: 'main',
          contentType: 'text/html',
          value: '<p>Markets rose.</p>',
          charCount: 13,
          wordCount: 2,
        },
        { role: 'main', contentType: 'text/plain', value: 'Markets rose.', charCount: 13, wordCount: 2 },
      ],
      infoSources: [
        {
          name: story.source.feedId,
          role: DISTRIBUTOR,
          uri: story.source.feedUrl,
          literal: story.source.feedId,
        },
      ],
    });
  });

  it('renders every field of a fully enriched story', () => {
    const story = makeStory();
    const doc = toNinjs(story);
    expectValidNinjs(doc, 'full');
    expect(doc).toMatchObject({
      uri: ninjsStoryUri(story.id),
      version: '1',
      pubStatus: 'usable',
      urgency: 5,
      language: 'en',
      headlines: [{ role: 'main', value: 'ECB holds rates steady as inflation cools' }],
      descriptions: [{ role: 'summary', value: story.summary }],
      by: 'By Francesco Canepa',
      located: 'FRANKFURT',
      infoSources: [
        { name: 'Reuters', role: ORIGINATOR },
        {
          name: 'Reuters Business News',
          role: DISTRIBUTOR,
          uri: 'https://feeds.example.com/reuters/business.rss',
          literal: 'feed-reuters-business',
        },
      ],
      people: [{ name: 'Christine Lagarde', rel: 'mentions', uri: 'http://www.wikidata.org/entity/Q12702' }],
      organisations: [
        { name: 'European Central Bank', rel: 'mentions', uri: 'http://www.wikidata.org/entity/Q8901' },
        { name: 'Reuters', rel: 'mentions' },
      ],
      places: [
        {
          name: 'Frankfurt',
          rel: 'mentions',
          geoJSON: { type: 'Point', coordinates: [8.6821, 50.1109] },
          contactInfo: [{ type: 'address', address: { country: 'DE' } }],
        },
      ],
      subjects: [
        {
          name: 'economy, business and finance',
          rel: 'about',
          uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000',
          literal: 'medtop:04000000',
          confidence: 88,
        },
        { name: 'interest rates', rel: 'keyword' },
        { name: 'inflation', rel: 'keyword' },
        { name: 'Business', rel: 'category' },
        { name: 'Central Banks', rel: 'category' },
      ],
      altIds: [
        { role: 'guid', value: story.source.guid },
        { role: 'canonicalUrl', value: story.source.canonicalUrl },
        { role: 'url', value: story.source.url },
        { role: 'clusterId', value: 'cluster-ecb-rates' },
      ],
    });
    expect(doc.bodies?.map((body) => body.contentType)).toStrictEqual(['text/html', 'text/plain']);
    expect(doc.bodies?.[0]?.wordCount).toBe(story.enrichment?.wordCount);
    expect(doc).not.toHaveProperty('edNote');
    expect(doc).not.toHaveProperty('associations');
    expect(doc).not.toHaveProperty('$schema');
  });

  it('keeps the uri across versions and writes version as a string', () => {
    const first = makeStory();
    const second = makeStory({
      version: 2,
      headline: 'ECB holds rates, signals June cut',
      versionCreated: '2024-03-06T15:40:00Z',
      signals: { updateNumber: 1 },
      dedup: { status: 'update', method: 'guid' },
    });
    expect(second.id).toBe(first.id);
    const [a, b] = [toNinjs(first), toNinjs(second)];
    expectValidNinjs(b, 'update');
    expect(b.uri).toBe(a.uri);
    expect([a.version, b.version]).toStrictEqual(['1', '2']);
    expect(b.versionCreated).toBe('2024-03-06T15:40:00Z');
    expect(b.firstCreated).toBe(a.firstCreated);
    expect(b.edNote).toBe('Update 1.');
  });

  it('marks a canceled story as canceled, keeping its content', () => {
    const doc = toNinjs(makeStory({ signals: { canceled: true } }));
    expectValidNinjs(doc, 'canceled');
    expect(doc.pubStatus).toBe('canceled');
    expect(doc.headlines).toHaveLength(1);
  });

  it.each([
    [true, 2],
    [false, 5],
  ])('maps urgent=%s to urgency %i', (urgent, urgency) => {
    const doc = toNinjs(makeStory({ signals: { urgent } }));
    expectValidNinjs(doc, `urgent=${urgent}`);
    expect(doc.urgency).toBe(urgency);
  });

  it('renders every signal and a marked duplicate at once', () => {
    const story = makeStory({
      version: 4,
      dateMissing: true,
      signals: { urgent: true, correction: true, canceled: true, updateNumber: 3 },
      dedup: {
        status: 'duplicate',
        duplicateOf: 'a1b2c3d4e5f6a7b8c9d0e1f2',
        similarity: 0.9312,
        method: 'near',
      },
    });
    const doc = toNinjs(story);
    expectValidNinjs(doc, 'all signals');
    expect(doc).toMatchObject({ version: '4', pubStatus: 'canceled', urgency: 2 });
    expect(doc.edNote).toBe(
      'Correction. Update 3. The feed gave no date: firstCreated is when Wirefeed fetched the item. ' +
        'Duplicate of story a1b2c3d4e5f6a7b8c9d0e1f2 (near, similarity 0.93).',
    );
    expect(doc.associations).toStrictEqual([
      {
        name: 'original',
        rel: 'duplicateOf',
        uri: 'urn:wirefeed:story:a1b2c3d4e5f6a7b8c9d0e1f2',
        type: 'text',
        representationType: 'partial',
      },
    ]);
  });

  it('keeps unicode and HTML intact and counts characters, not UTF-16 units', () => {
    const text = 'Zürich 🇨🇭 — «naïve» 東京 القاهرة e\u0301 <script>alert("x")</script> & "quotes"';
    const story = makeStory({
      headline: 'Ünïcödé: 東京 & <Zürich> "quoted" 👩🏽‍⚕️',
      summary: 'Résumé with <b>markup</b> &amp; entities',
      body: { text, html: `<p>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p><p>مرحبا</p>` },
      byline: 'Par Éloïse Lefèvre',
      dateline: { place: 'SÃO PAULO' },
      source: {
        feedTitle: 'Agência Notícias — Últimas',
        feedUrl: 'https://notícias.example.br/feed?seção=últimas&tags[]=a|b',
        guid: 'urn:uuid:5f0c6f0e-9b1a-4c5e-8a57-3d7a4a5e2b10',
        canonicalUrl: 'https://notícias.example.br/2024/03/São Paulo',
      },
      enrichment: {
        people: [{ name: 'Jürgen Müller', mentions: 1, uri: 'https://de.wikipedia.org/wiki/Jürgen_Müller' }],
        organisations: [{ name: 'Q42 Holdings', mentions: 1, uri: 'Q42' }],
        places: [{ name: 'São Paulo', mentions: 1, countryCode: 'BR', lat: -23.55, lon: -46.63 }],
        keywords: ['économie', 'économie', '', '  ', '東京'],
      },
      categories: ['Économie', 'Économie'],
    });
    const doc = toNinjs(story);
    expectValidNinjs(doc, 'unicode');
    expect(doc.headlines?.[0]?.value).toBe(story.headline);
    expect(doc.bodies?.[1]).toMatchObject({ value: text, charCount: [...text].length });
    expect([...text].length).toBeLessThan(text.length);
    expect(doc.people?.[0]?.uri).toBe('https://de.wikipedia.org/wiki/J%C3%BCrgen_M%C3%BCller');
    expect(doc.organisations?.[0]).toStrictEqual({ name: 'Q42 Holdings', rel: 'mentions', literal: 'Q42' });
    expect(doc.infoSources[1]?.uri).toBe(
      'https://xn--notcias-9ya.example.br/feed?se%C3%A7%C3%A3o=%C3%BAltimas&tags%5B%5D=a%7Cb',
    );
    // altIds are plain strings in the schema, so the feed's identifiers stay exactly as given.
    expect(doc.altIds).toContainEqual({
      role: 'canonicalUrl',
      value: 'https://notícias.example.br/2024/03/São Paulo',
    });
    expect(doc.subjects?.filter((subject) => subject.rel === 'keyword').map((s) => s.name)).toStrictEqual([
      'économie',
      '東京',
    ]);
    expect(doc.subjects?.filter((subject) => subject.rel === 'category')).toHaveLength(1);
    expect(doc.located).toBe('SÃO PAULO');
  });

  it('leaves out blank optional values and a feed URL that is a local path', () => {
    const doc = toNinjs(
      makeStory({
        summary: '   ',
        byline: '',
        credit: '\n',
        dateline: { place: ' ', raw: '' },
        body: { text: '', html: '  ' },
        source: { feedUrl: './fixtures/wire.xml', feedTitle: ' ', guid: '', url: '', canonicalUrl: ' ' },
        dedup: undefined,
        enrichment: {
          people: [{ name: ' ', mentions: 1 }],
          subjects: [{ code: ' ', name: 'x', confidence: 0 }],
        },
      }),
    );
    expectValidNinjs(doc, 'blanks');
    for (const key of ['descriptions', 'by', 'located', 'bodies', 'people', 'altIds'] as const) {
      expect(doc, key).not.toHaveProperty(key);
    }
    expect(doc.infoSources).toStrictEqual([
      { name: 'feed-reuters-business', role: DISTRIBUTOR, literal: 'feed-reuters-business' },
    ]);
    expect(doc.subjects?.[0]).toStrictEqual({ name: 'x', rel: 'about', confidence: 0 });
  });

  it('drops an identifier that cannot be made a URI and stays fast on hostile input', () => {
    const hostile = `http://${'a'.repeat(50_000)}<`;
    const doc = toNinjs(
      makeStory({
        source: { feedUrl: hostile },
        enrichment: { people: [{ name: 'Hostile', mentions: 1, uri: `${'%'.repeat(20_000)}:` }] },
      }),
    );
    expectValidNinjs(doc, 'hostile');
    expect(doc.people?.[0]).not.toHaveProperty('uri');
  });
});

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

describe('makeStory', () => {
  it('gives a story that passes StorySchema, with all optional fields filled', () => {
    const story = makeStory();
    expect(StorySchema.parse(story)).toStrictEqual(story);
    for (const key of [
      'summary',
      'byline',
      'credit',
      'dateline',
      'language',
      'dedup',
      'enrichment',
    ] as const) {
      expect(story[key], key).toBeDefined();
    }
  });

  it('merges nested overrides, removes fields set to undefined and derives the id from the identity', () => {
    const story = makeStory({
      signals: { urgent: true },
      enrichment: undefined,
      source: { guid: 'other-guid' },
    });
    expect(story.signals).toStrictEqual({ correction: false, urgent: true, canceled: false });
    expect(story).not.toHaveProperty('enrichment');
    expect(story.id).not.toBe(makeStory().id);
    expect(makeStory({ source: { guid: 'other-guid' } }).id).toBe(story.id);
  });

  it('refuses an invalid story', () => {
    expect(() => makeStory({ language: 'English' })).toThrow();
  });
});

// A small seeded generator (mulberry32), so a failing seed can be replayed exactly.
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
    dateline: maybe(() => ({ place: maybe(() => phrase(2)), raw: phrase(4) })),
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
