import { describe, expect, it } from 'vitest';
import { ninjsStoryUri, toNinjs } from './ninjs.ts';
import { expectValidNinjs } from './ninjs-assertions.ts';
import type { StoryOverrides } from './story-fixtures.ts';
import { makeStory } from './story-fixtures.ts';

const ORIGINATOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/origcont';
const DISTRIBUTOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/distributor';
const STANDARD = {
  name: 'ninjs',
  version: '3.1',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
};

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

  it('notes a possible duplicate, delivered because the match is not certain', () => {
    const doc = toNinjs(
      makeStory({
        dedup: {
          status: 'unique',
          clusterId: 'f0e1d2c3b4a5968778695a4b',
          possibleDuplicateOf: 'a1b2c3d4e5f6a7b8c9d0e1f2',
          similarity: 0.6149,
          method: 'near',
        },
      }),
    );
    expectValidNinjs(doc, 'possible duplicate');
    expect(doc.edNote).toBe(
      'Possible duplicate of story a1b2c3d4e5f6a7b8c9d0e1f2 (near, similarity 0.61): not certain, so delivered.',
    );
    // Not a copy: no association to an original.
    expect(doc.associations ?? []).toEqual([]);
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
