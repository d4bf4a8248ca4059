import { fileURLToPath } from 'node:url';
import { validateNinjs } from '@wirefeed/core/testing';
import { ndjson, runCli } from '@wirefeed/testing/cli';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/feeds/${name}`, import.meta.url));

interface Doc {
  uri: string;
  headlines?: { value: string }[];
  located?: string;
  infoSources: { name: string; role: string }[];
  by?: string;
  people?: { name: string; rel?: string }[];
  urgency: number;
  pubStatus: string;
  firstCreated: string;
  versionCreated: string;
  language?: string;
  edNote?: string;
  altIds?: { role: string; value: string }[];
}

interface Want {
  headline: string;
  located?: string;
  credit?: string;
  /** null: not checked. */
  by?: string | null;
  /** The contributors a credit line names, as ninjs `people` with their role. */
  people?: { name: string; rel: string }[];
  urgency?: number;
  pubStatus?: string;
  versionCreated?: string;
  language?: string;
  edNote?: RegExp;
}

const ORIGINATOR = 'http://cv.iptc.org/newscodes/contentprodpartyrole/origcont';

// By guid. An absent `located`, `credit` or `by` must be absent from the document too.
const WANT: Record<string, Want> = {
  'wc-fed': {
    headline: 'Fed signals slower pace of rate hikes',
    located: 'Washington',
    // The credit is the agency alone; "(Reporting by …; Editing by …)" names contributors.
    credit: 'Reuters',
    // No byline in the feed: the reporters of "(Reporting by …)" stand in.
    by: 'Howard Schneider',
    people: [
      { name: 'Howard Schneider', rel: 'reporter' },
      { name: 'Andrea Ricci', rel: 'editor' },
    ],
    versionCreated: '2021-11-26T11:15:00.000Z',
    edNote: /Update 2\./,
  },
  'wc-oil': {
    headline: 'Oil prices slump as new variant rattles markets',
    located: 'London',
    credit: 'Reuters',
    by: 'Ahmad Ghaddar',
    people: [
      { name: 'Ahmad Ghaddar', rel: 'reporter' },
      { name: 'Jason Neely', rel: 'editor' },
    ],
    versionCreated: '2021-11-26T10:02:00.000Z',
    edNote: /Correction\./,
  },
  'wc-chicago': {
    headline: 'Chicago police investigate overnight shootings',
    located: 'Chicago',
    credit: 'AP',
    by: 'Jane Doe',
    versionCreated: '2021-11-26T09:04:05.000Z',
  },
  'wc-austin': {
    headline: 'Texas governor signs new electoral map',
    located: 'Austin, Texas',
    credit: 'AP',
    by: 'John Roe and Mary Poe, Associated Press',
    versionCreated: '2021-11-26T05:30:00.000Z',
  },
  'wc-kyiv': {
    headline: 'Ukraine warns of troop buildup on its border',
    located: 'Kyiv, Ukraine',
    credit: 'AP',
    by: 'Yuras Karmanau',
    // The feed's author written with an e-mail address is a person record: its maker, with that role.
    people: [{ name: 'Yuras Karmanau', rel: 'author' }],
    versionCreated: '2021-11-26T09:00:00.000Z',
  },
  'wc-nairobi': {
    headline: 'Ministry launches polio vaccination drive',
    located: 'Nairobi',
    credit: 'Kenya News Agency',
    versionCreated: '2021-11-26T07:00:00.000Z',
  },
  'wc-delhi': {
    headline: 'SC seeks Centre’s reply on air pollution',
    located: 'New Delhi',
    credit: 'PTI',
    versionCreated: '2021-11-26T10:00:00.000Z',
  },
  'wc-xinhua': {
    headline: 'China’s State Council vows support for small firms',
    located: 'Beijing',
    credit: 'Xinhua',
    versionCreated: '2021-11-26T08:00:00.000Z',
  },
  'wc-afp-fr': {
    headline: 'La France relève son niveau d’alerte',
    located: 'Paris',
    credit: 'AFP',
    by: 'Marie Dupont',
    urgency: 2,
    versionCreated: '2021-11-26T08:00:00.000Z',
    language: 'fr',
  },
  'wc-efe': {
    headline: 'Un sismo de magnitud 6,1 sacude el sur de México',
    located: 'México',
    credit: 'EFE',
    by: 'María López',
    urgency: 2,
    versionCreated: '2021-11-26T10:10:00.000Z',
    language: 'es',
  },
  'wc-dpa': {
    headline: 'Bundestag wählt neuen Kanzler',
    located: 'Berlin',
    credit: 'dpa',
    by: 'Anna Schmidt, dpa',
    urgency: 2,
    versionCreated: '2021-11-26T10:00:00.000Z',
    language: 'de',
  },
  'wc-beirut': {
    headline: 'Explosion reported at Beirut port',
    located: 'Beirut',
    credit: 'Reuters',
    urgency: 2,
    versionCreated: '2021-11-26T12:05:00.000Z',
  },
  'wc-kill': {
    headline: 'Fed official quits',
    pubStatus: 'canceled',
    versionCreated: '2021-11-26T11:00:00.000Z',
  },
  // Reuters' archive dateline: the region is kept, the ISO date leaves the text; no agency named.
  'wc-vail': {
    headline: 'Maier wins Vail downhill',
    located: 'Vail, Colorado',
    by: 'Karl Brenner',
    people: [
      { name: 'Karl Brenner', rel: 'reporter' },
      { name: 'Ian Ransom', rel: 'editor' },
    ],
    versionCreated: '1996-12-07T21:05:00.000Z',
  },
  'wc-undated': { headline: 'Council meets on budget', edNote: /gave no date/ },
  'wc-future': { headline: 'Embargoed report released early' },
  'wc1252-brussels': {
    headline: '“Historic” EU deal reached – officials',
    located: 'Brussels',
    credit: 'AP',
    by: 'Jane Doe',
    people: [{ name: 'Jane Doe', rel: 'author' }],
    versionCreated: '2021-11-26T09:00:00.000Z',
  },
  'wc1252-paris': {
    headline: 'Le ministre démissionne',
    located: 'Paris',
    credit: 'AFP',
    urgency: 2,
    versionCreated: '2021-11-26T13:00:00.000Z',
    language: 'fr',
  },
  'wc1252-madrid': {
    headline: 'Sánchez anuncia un plan de vivienda',
    located: 'Madrid',
    credit: 'EFE',
    versionCreated: '2021-11-25T18:45:00.000Z',
    language: 'es',
  },
  'wc1252-storm': {
    headline: 'Storm Arwen forces road closures',
    located: 'London',
    credit: 'PA',
    urgency: 2,
    versionCreated: '2021-11-26T11:45:00.000Z',
  },
};

describe('wirefeed process --format ninjs over the wire-conventions feeds', () => {
  const prefix = uniquePrefix('e2e-wire-conventions');
  const redisUrl = testRedisUrl();
  let docs: Doc[] = [];
  let startedAt = 0;
  let finishedAt = 0;

  beforeAll(async () => {
    startedAt = Date.now();
    const r = await runCli(
      ['process', '--format', 'ninjs', fixture('wire-conventions.xml'), fixture('wire-conventions-1252.xml')],
      { REDIS_URL: redisUrl, WIREFEED_PREFIX: prefix },
    );
    finishedAt = Date.now();
    expect(r.stderr).toMatch(/2 feed\(s\), 20 item\(s\) read, 20 delivered, 0 duplicate\(s\) dropped/);
    expect(r.code).toBe(0);
    docs = ndjson<Doc>(r.stdout);
  });
  afterAll(async () => {
    await dropPrefix(redisUrl, prefix);
  });

  it('writes one valid ninjs document per item', () => {
    expect(docs).toHaveLength(Object.keys(WANT).length);
    for (const doc of docs) expect(validateNinjs(doc).text).toBe('');
  });

  it.each(Object.entries(WANT))('%s', (guid, want) => {
    const doc = docs.find((d) => d.altIds?.some((a) => a.role === 'guid' && a.value === guid));
    expect(doc).toBeDefined();
    if (!doc) return;
    expect(doc.headlines?.[0]?.value).toBe(want.headline);
    expect(doc.located).toBe(want.located);
    const credit = doc.infoSources.find((s) => s.role === ORIGINATOR);
    expect(credit?.name).toBe(want.credit);
    if (want.by !== null) expect(doc.by).toBe(want.by);
    // The people a story mentions carry rel `mentions`; its makers carry their role.
    const makers = (doc.people ?? []).filter((p) => p.rel !== 'mentions');
    expect(makers.map(({ name, rel }) => ({ name, rel }))).toEqual(want.people ?? []);
    expect(doc.urgency).toBe(want.urgency ?? 5);
    expect(doc.pubStatus).toBe(want.pubStatus ?? 'usable');
    for (const date of [doc.firstCreated, doc.versionCreated])
      expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    if (want.versionCreated) expect(doc.versionCreated).toBe(want.versionCreated);
    else {
      // No date, or one years ahead: the time of the run stands in (clamped, never in the future).
      expect(Date.parse(doc.versionCreated)).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(Date.parse(doc.versionCreated)).toBeLessThanOrEqual(finishedAt);
    }
    if (want.language) expect(doc.language).toBe(want.language);
    if (want.edNote) expect(doc.edNote).toMatch(want.edNote);
    expect(doc.uri).toMatch(/^urn:wirefeed:story:/);
  });
});
