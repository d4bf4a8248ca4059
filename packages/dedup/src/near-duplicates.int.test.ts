import { readFileSync } from 'node:fs';
import type { RedisClient, Story } from '@wirefeed/core';
import { sha256Hex } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDedupIndex } from './dedup-index.ts';

// The real wire story vendored in test/fixtures/samples, and a second readout written from the same template.
const SAMPLE = readFileSync(
  new URL('../../../test/fixtures/samples/wire-story-agencies.txt', import.meta.url),
  'utf8',
);
const ORIGINAL = SAMPLE.split('\n').slice(2).join('\n\n').trim();
// Another call the same day, written from the same template: the frame sentences are the agency's,
// the leader, the anniversary, the projects and the figures are this call's own.
const OTHER_CALL = [
  'BEIJING: Chinese President Xi Jinping said that China and Kazakhstan should take the signing of the grain corridor agreement in Astana this spring as an opportunity to push for greater development of bilateral ties.',
  'In a telephone conversation with Kazakh President Kassym-Jomart Tokayev, Xi suggested that the two countries carry forward their traditional friendship, deepen win-win cooperation, increase mutual support, and create more benefits for their people. Xi noted that trade between the two countries rose 22 percent last year to 41 billion U.S. dollars, a record.',
  'China supports Kazakhstan in hosting the summit of the Shanghai Cooperation Organisation next year, and is ready to work with Astana to make the meeting a success, he said.',
  'The two sides, he suggested, should expand freight on the China-Europe railway through the Khorgos crossing, build the second track of the Dostyk line, and open new air routes between Urumqi, Almaty and Shymkent.',
  'China is willing to buy more wheat, uranium and copper from Kazakhstan, and to encourage Chinese enterprises to invest in wind and solar plants in the Turkistan and Zhambyl regions, he added.',
  'Tokayev said Kazakhstan firmly adheres to the one-China principle and thanked China for its help after the spring floods, which forced more than 100,000 people from their homes.',
].join('\n\n');

// The readout as normalize leaves it, and an outlet's heavy rewrite of it (the same text as
// test/fixtures/feeds/outlet-possible-copy.xml): a new lead, three of its paragraphs, two of its own.
const NORMALIZED = ORIGINAL.replace(/^BEIJING: /, '').replace(/ –Agencies$/, '');
const REWRITE = [
  "Azerbaijan's President Ilham Aliyev and Chinese leader Xi Jinping agreed on Thursday to expand trade and transport links, in a call that Baku officials said could bring new Chinese investment in the country's non-oil economy.",
  ...NORMALIZED.split('\n\n').slice(3, 6),
  "Azerbaijan's economy ministry said Chinese companies were already building a solar plant near Sumgait and had bid for two sections of the Baku-Tbilisi railway upgrade.",
  'Trade between the two countries was about $1.3 billion last year, according to the State Customs Committee, most of it Azerbaijani oil and Chinese machinery.',
].join('\n\n');

function story(feedId: string, guid: string, text: string, headline = 'Xi calls for closer ties'): Story {
  return makeStory({
    id: sha256Hex('story', feedId, guid).slice(0, 24),
    source: { feedId, guid, canonicalUrl: `https://${feedId}.example/${guid}` },
    headline,
    body: { text, html: `<p>${text}</p>` },
    contentHash: sha256Hex(headline, text).slice(0, 32),
  });
}

/** What another outlet does to agency copy: new headline, a trimmed tail, an added line, light edits. */
function outletCopy(text: string, n: number): string {
  const paragraphs = text.split('\n\n');
  const kept = paragraphs.slice(0, paragraphs.length - 1 - (n % 2));
  kept.push(`Read more: outlet ${n} coverage of China's diplomacy.`);
  return kept
    .join('\n\n')
    .replace('suggested', n % 3 === 0 ? 'proposed' : 'suggested')
    .replace(' –Agencies', '');
}

describe('near duplicates on a real Redis', () => {
  const redis = inSuite(() => testRedis('dedup-near'));
  let a: RedisClient;
  let b: RedisClient;
  let prefix: string;
  beforeAll(() => {
    ({ a, b, prefix } = redis());
  });

  it('calls an edited copy from another outlet a near duplicate of the first, with the similarity', async () => {
    const index = createDedupIndex({ redis: a, prefix: `${prefix}:one` });
    const first = story('agency', 'a-1', ORIGINAL);
    const copy = story('outlet', 'o-1', outletCopy(ORIGINAL, 1), 'China, Azerbaijan to deepen ties: Xi');
    expect((await index.checkAndInsert(first, 't')).kind).toBe('unique');
    const d = await index.checkAndInsert(copy, 't');
    expect(d).toMatchObject({
      kind: 'duplicate',
      version: 1,
      result: { status: 'duplicate', method: 'near', duplicateOf: first.id, clusterId: first.id },
    });
    expect(d.result.similarity).toBeGreaterThan(0.6);
    expect(d.result.similarity).toBeLessThanOrEqual(1);
    const record = await index.describe(copy.id);
    expect(record).toMatchObject({ status: 'duplicate', clusterId: first.id, method: 'near' });
    expect(record?.members).toEqual([
      { id: copy.id, feedId: 'outlet', method: 'near', similarity: d.result.similarity },
    ]);
  });

  it('keeps a different event written from the same template apart', async () => {
    const index = createDedupIndex({ redis: a, prefix: `${prefix}:two` });
    expect((await index.checkAndInsert(story('agency', 'call-az', ORIGINAL), 't')).kind).toBe('unique');
    const other = await index.checkAndInsert(story('agency', 'call-kz', OTHER_CALL), 't');
    expect(other).toMatchObject({ kind: 'unique', result: { status: 'unique' } });
  });

  it('marks a possible copy: a story of its own, with the cluster it may copy, replayed alike', async () => {
    const index = createDedupIndex({ redis: a, prefix: `${prefix}:possible` });
    const first = story('agency', 'p-1', NORMALIZED, 'President Xi calls for greater Beijing-Baku exchanges');
    await index.checkAndInsert(first, 't');
    await index.markForwarded(first);
    const rewrite = story(
      'outlet',
      'p-2',
      REWRITE,
      'Xi, Aliyev pledge closer ties in phone call as Baku eyes Chinese investment',
    );
    const d = await index.checkAndInsert(rewrite, 'job-1');
    expect(d).toMatchObject({
      kind: 'unique',
      version: 1,
      result: { status: 'unique', clusterId: rewrite.id, possibleDuplicateOf: first.id, method: 'near' },
    });
    expect(d.result.duplicateOf).toBeUndefined();
    expect(d.result.similarity).toBeGreaterThan(0.35);
    // A retried job gets the same decision back; once applied, the index remembers the mark.
    expect(await index.checkAndInsert(rewrite, 'job-1')).toEqual({ ...d, kind: 'replay' });
    await index.markForwarded(rewrite);
    expect(await index.describe(rewrite.id)).toMatchObject({
      status: 'unique',
      clusterId: rewrite.id,
      possibleDuplicateOf: first.id,
      members: [],
    });
    // Being no copy, it claims its own keys: its exact reprint is a copy of it, not of the first.
    const reprint = story('aggregator', 'p-3', REWRITE, 'Xi and Aliyev pledge closer ties');
    expect((await index.checkAndInsert(reprint, 't')).result).toMatchObject({
      status: 'duplicate',
      duplicateOf: rewrite.id,
    });
    // Its next version is an update, not marked again.
    await index.markForwarded(rewrite);
    const v2 = { ...rewrite, contentHash: sha256Hex('v2').slice(0, 32) };
    const u = await index.checkAndInsert(v2, 'job-2');
    expect(u).toMatchObject({ kind: 'update', version: 2, result: { status: 'update' } });
    expect(u.result.possibleDuplicateOf).toBeUndefined();
  });

  it('lets exactly one of many racing near copies be unique, across two replicas', async () => {
    const index = [a, b].map((redis) => createDedupIndex({ redis, prefix: `${prefix}:race` }));
    const copies = Array.from({ length: 30 }, (_, i) =>
      story(`outlet-${i}`, `race-${i}`, outletCopy(ORIGINAL, i)),
    );
    const decisions = await Promise.all(copies.map((s, i) => index[i % 2]?.checkAndInsert(s, `t${i}`)));
    const unique = decisions.filter((d) => d?.kind === 'unique');
    expect(unique).toHaveLength(1);
    const owner = copies[decisions.indexOf(unique[0])]?.id;
    for (const d of decisions.filter((x) => x?.kind !== 'unique')) {
      expect(d?.result).toMatchObject({ status: 'duplicate', clusterId: owner, duplicateOf: owner });
    }
    expect((await index[0]?.describe(owner ?? ''))?.members).toHaveLength(29);
  });

  it('never takes a kill notice for a copy, and makes a kill of a known story its next version', async () => {
    const index = createDedupIndex({ redis: a, prefix: `${prefix}:kill` });
    const first = story('agency', 'k-1', ORIGINAL);
    await index.checkAndInsert(first, 't');
    await index.markForwarded(first);
    const notice = 'This story has been withdrawn by the agency. There will be no substitute story. '.repeat(
      4,
    );
    const kill = { ...story('agency', 'k-1', notice, 'KILL'), signals: { ...first.signals, canceled: true } };
    expect(await index.checkAndInsert(kill, 't2')).toMatchObject({ kind: 'update', version: 2 });
    // Another agency's kill notice with the same wording is its own story, not a copy of this one.
    const otherKill = {
      ...story('agency', 'k-2', notice, 'KILL'),
      signals: { ...first.signals, canceled: true },
    };
    expect(await index.checkAndInsert(otherKill, 't')).toMatchObject({ kind: 'unique' });
  });
});
