import { sha256Hex, storyIdFor } from './hash.ts';
import type { DedupResult, Enrichment, Story } from './story.ts';
import { StorySchema } from './story.ts';

type Nested = 'source' | 'body' | 'signals' | 'dateline' | 'dedup' | 'enrichment';

/**
 * Changes to the default story of `makeStory`. Nested objects merge field by field, so
 * `{ signals: { urgent: true } }` keeps the other signals; `undefined` removes an optional field
 * (`{ enrichment: undefined }` gives a story as it leaves normalize).
 */
export type StoryOverrides = Partial<Omit<Story, Nested>> & {
  source?: Partial<Story['source']>;
  body?: Partial<Story['body']>;
  signals?: Partial<Story['signals']>;
  dateline?: Partial<NonNullable<Story['dateline']>>;
  dedup?: Partial<DedupResult>;
  enrichment?: Partial<Enrichment>;
};

const TEXT =
  'FRANKFURT, March 6 (Reuters) - The European Central Bank left interest rates unchanged on Wednesday ' +
  'as inflation eased for a fourth month, President Christine Lagarde said in Frankfurt.\n\n' +
  'Economists polled by Reuters had expected the hold.';
const HTML =
  '<p>FRANKFURT, March 6 (Reuters) - The European Central Bank left interest rates unchanged on Wednesday ' +
  'as inflation eased for a fourth month, President Christine Lagarde said in Frankfurt.</p>' +
  '<p>Economists polled by Reuters had expected the hold.</p>';

function defaults(): Omit<Story, 'id' | 'contentHash'> {
  return {
    version: 1,
    source: {
      feedId: 'feed-reuters-business',
      feedUrl: 'https://feeds.example.com/reuters/business.rss',
      feedTitle: 'Reuters Business News',
      guid: 'tag:reuters.com,2024:newsml_L1N3F0123',
      url: 'https://www.example.com/markets/ecb-holds-rates-2024-03-06/?utm_source=rss',
      canonicalUrl: 'https://www.example.com/markets/ecb-holds-rates-2024-03-06/',
    },
    headline: 'ECB holds rates steady as inflation cools',
    summary: 'The European Central Bank left rates unchanged as inflation eased for a fourth month.',
    body: { text: TEXT, html: HTML },
    byline: 'By Francesco Canepa',
    credit: 'Reuters',
    contributors: [],
    dateline: { place: 'FRANKFURT', day: 6, raw: 'FRANKFURT, March 6 (Reuters) -' },
    language: 'en',
    firstCreated: '2024-03-06T13:15:00Z',
    versionCreated: '2024-03-06T13:15:00Z',
    dateMissing: false,
    dateClamped: false,
    signals: { correction: false, urgent: false, canceled: false },
    categories: ['Business', 'Central Banks'],
    providerSubjects: [],
    media: [],
    dedup: { status: 'unique', clusterId: 'cluster-ecb-rates', method: 'none' },
    enrichment: {
      people: [{ name: 'Christine Lagarde', mentions: 1, uri: 'http://www.wikidata.org/entity/Q12702' }],
      organisations: [
        { name: 'European Central Bank', mentions: 1, uri: 'http://www.wikidata.org/entity/Q8901' },
        { name: 'Reuters', mentions: 2 },
      ],
      places: [{ name: 'Frankfurt', mentions: 2, countryCode: 'DE', lat: 50.1109, lon: 8.6821 }],
      subjects: [
        {
          code: 'medtop:04000000',
          name: 'economy, business and finance',
          uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000',
          confidence: 87.5,
        },
      ],
      keywords: ['interest rates', 'inflation'],
      wordCount: TEXT.split(/\s+/u).filter((word) => word !== '').length,
      failed: [],
    },
    trace: [
      { stage: 'fetch', at: '2024-03-06T13:15:02Z', ms: 120 },
      { stage: 'normalize', at: '2024-03-06T13:15:02.150Z', ms: 4 },
      { stage: 'dedup', at: '2024-03-06T13:15:02.160Z', ms: 2 },
      { stage: 'enrich', at: '2024-03-06T13:15:02.170Z', ms: 9 },
    ],
  };
}

/**
 * A complete, valid Story for tests: every optional field filled with realistic wire data, then
 * `overrides` applied (see `StoryOverrides`). Unless overridden, `id` and `contentHash` are derived the
 * way normalize derives them: the id from the feed and the item's identity (guid, canonical URL, link, or
 * headline and date), the hash from headline and body text. Throws if the result fails `StorySchema`.
 */
export function makeStory(overrides: StoryOverrides = {}): Story {
  const base = defaults();
  const removed = (key: 'dateline' | 'dedup' | 'enrichment'): boolean =>
    key in overrides && overrides[key] === undefined;
  const source = withoutUndefined({ ...base.source, ...overrides.source });
  const body = withoutUndefined({ ...base.body, ...overrides.body });
  const headline = overrides.headline ?? base.headline;
  const firstCreated = overrides.firstCreated ?? base.firstCreated;
  const identity = source.guid ?? source.canonicalUrl ?? source.url ?? `${headline}\n${firstCreated}`;
  // StorySchema.parse keeps keys whose value is undefined, so they are dropped first: a removed field is
  // absent, as in a story that never had it.
  return StorySchema.parse(
    withoutUndefined({
      ...base,
      ...overrides,
      id: overrides.id ?? storyIdFor(source.feedId, identity),
      contentHash: overrides.contentHash ?? sha256Hex(headline, body.text),
      source,
      body,
      signals: withoutUndefined({ ...base.signals, ...overrides.signals }),
      dateline: removed('dateline')
        ? undefined
        : withoutUndefined({ ...base.dateline, ...overrides.dateline }),
      dedup: removed('dedup') ? undefined : withoutUndefined({ ...base.dedup, ...overrides.dedup }),
      enrichment: removed('enrichment')
        ? undefined
        : withoutUndefined({ ...base.enrichment, ...overrides.enrichment }),
    }),
  );
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
