import type { Emit, NormalizeJob, RedisClient } from '@wirefeed/core';
import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';
import { replayStory } from './replay.ts';
import { createStoryIndex, headlineWords } from './story-index.ts';

const raw = (title: string, extra: Partial<NormalizeJob['item']> = {}): NormalizeJob => ({
  feedId: 'wire',
  feedUrl: 'https://wire.example/feed.xml',
  fetchedAt: '2026-11-27T00:00:00.000Z',
  item: { title, link: `https://wire.example/${encodeURIComponent(title)}`, categories: [], ...extra },
  run: { id: 'abcdef' },
});

describe('story index on a real Redis', () => {
  const fixture = inSuite(() => testRedis('story-index'));
  let redis: RedisClient;
  let prefix: string;
  beforeAll(() => {
    ({ a: redis, prefix } = fixture());
  });

  it('finds a story by id, URL, feed and headline words, newest first', async () => {
    const index = createStoryIndex({ redis, prefix });
    await index.record({
      id: 'aaaaaaaa01',
      headline: 'Storm hits the northern coast',
      feedId: 'wire',
      urls: ['https://wire.example/storm', undefined],
      contentHash: 'a'.repeat(32),
      normalizeJobId: 'n-1',
      raw: raw('Storm hits the northern coast'),
      at: '2026-11-27T00:00:00.000Z',
    });
    await index.record({
      id: 'aaaaaaaa02',
      headline: 'Storm moves south; coast cleans up',
      feedId: 'other',
      urls: ['https://other.example/storm-2'],
      contentHash: 'b'.repeat(32),
      normalizeJobId: 'n-2',
      raw: raw('Storm moves south'),
      at: '2026-11-27T01:00:00.000Z',
    });
    expect((await index.search('aaaaaaaa01')).map((s) => s.id)).toEqual(['aaaaaaaa01']);
    expect((await index.search('https://wire.example/storm')).map((s) => s.id)).toEqual(['aaaaaaaa01']);
    expect((await index.search('feed:other')).map((s) => s.id)).toEqual(['aaaaaaaa02']);
    expect((await index.search('STORM')).map((s) => s.id)).toEqual(['aaaaaaaa02', 'aaaaaaaa01']);
    expect((await index.search('storm coast')).map((s) => s.id)).toEqual(['aaaaaaaa02', 'aaaaaaaa01']);
    expect((await index.search('storm northern')).map((s) => s.id)).toEqual(['aaaaaaaa01']);
    expect(await index.search('nothing here')).toEqual([]);
    // The run a story came in with is not kept: a replay belongs to no one-shot run.
    expect((await index.get('aaaaaaaa01'))?.raw.run).toBeUndefined();
  });

  it('keeps each version once, caps raw fields, and trims the recent list', async () => {
    const index = createStoryIndex({ redis, prefix: `${prefix}:b`, maxStories: 3, maxFieldChars: 100 });
    const base = {
      headline: 'Budget vote',
      feedId: 'wire',
      urls: [],
      normalizeJobId: 'n-x',
      raw: raw('Budget vote', { contentHtml: 'x'.repeat(500) }),
    };
    await index.record({ ...base, id: 'bbbbbbbb01', contentHash: '1'.repeat(32) });
    await index.record({ ...base, id: 'bbbbbbbb01', contentHash: '2'.repeat(32) });
    await index.record({ ...base, id: 'bbbbbbbb01', contentHash: '2'.repeat(32) });
    const one = await index.get('bbbbbbbb01');
    expect(one?.versions.map((v) => v.contentHash[0])).toEqual(['1', '2']);
    expect(one?.raw.item.contentHtml).toHaveLength(100);
    expect(one?.rawTruncated).toBe(true);
    for (let i = 2; i <= 5; i++)
      await index.record({ ...base, id: `bbbbbbbb0${i}`, contentHash: '3'.repeat(32) });
    expect(await index.size()).toBe(3);
    expect((await index.recent(10)).map((s) => s.id)).toEqual(['bbbbbbbb05', 'bbbbbbbb04', 'bbbbbbbb03']);
  });

  it('evicts the least recently seen past maxStories, with every key it held', async () => {
    const p = `${prefix}:d`;
    const index = createStoryIndex({ redis, prefix: p, maxStories: 3 });
    for (let i = 1; i <= 5; i++) {
      await index.record({
        id: `dddddddd0${i}`,
        headline: `Harbour fire day${i}`,
        feedId: `feed${i}`,
        urls: [`https://wire.example/fire-${i}`],
        contentHash: String(i).repeat(32),
        normalizeJobId: `n-${i}`,
        raw: raw(`Harbour fire day${i}`),
        at: new Date(Date.UTC(2026, 10, 27, i)).toISOString(),
      });
    }
    expect(await index.size()).toBe(3);
    expect(await index.get('dddddddd01')).toBeUndefined();
    expect(await index.search('day1')).toEqual([]);
    expect(await index.search('https://wire.example/fire-1')).toEqual([]);
    expect(await index.search('feed:feed1')).toEqual([]);
    expect((await index.search('harbour')).map((s) => s.id)).toEqual([
      'dddddddd05',
      'dddddddd04',
      'dddddddd03',
    ]);
    // Nothing of the evicted stories is left behind: what a user pays for is what the caps allow.
    const keys = await redis.keys(`${p}:si:*`);
    expect(keys.filter((k) => /dddddddd0[12]|day[12]|feed[12]$/.test(k))).toEqual([]);
    expect(await redis.zcard(`${p}:si:word:harbour`)).toBe(3);
  });

  it('keeps the records under maxBytes, even for hostile items', async () => {
    const p = `${prefix}:e`;
    const index = createStoryIndex({ redis, prefix: p, maxBytes: 50_000, maxFieldChars: 10_000 });
    for (let i = 0; i < 40; i++) {
      await index.record({
        id: `eeeeeeee${String(i).padStart(2, '0')}`,
        headline: `Huge item ${i}`,
        feedId: 'wire',
        urls: [],
        contentHash: 'e'.repeat(32),
        normalizeJobId: `n-${i}`,
        raw: raw(`Huge item ${i}`, { contentHtml: 'x'.repeat(1_000_000), summary: 'y'.repeat(1_000_000) }),
      });
    }
    const usage = await index.usage();
    expect(usage.bytes).toBeLessThanOrEqual(50_000);
    expect(usage.stories).toBe(2);
    // The count is the sum of what the stories left hold.
    const left = await redis.zrange(`${p}:si:recent`, 0, -1);
    const records = await Promise.all(left.map((id) => redis.get(`${p}:si:s:${id}`)));
    expect(records.reduce((sum, r) => sum + Number(r?.split('\n')[0]), 0)).toBe(usage.bytes);
  });

  it('evicts stories last seen more than maxAge before the newest', async () => {
    const index = createStoryIndex({ redis, prefix: `${prefix}:f`, maxAgeSeconds: 3_600 });
    const base = {
      headline: 'Flood warning',
      feedId: 'wire',
      urls: [],
      normalizeJobId: 'n-f',
      raw: raw('Flood'),
    };
    await index.record({
      ...base,
      id: 'ffffffff01',
      contentHash: '1'.repeat(32),
      at: '2026-11-27T00:00:00.000Z',
    });
    await index.record({
      ...base,
      id: 'ffffffff02',
      contentHash: '2'.repeat(32),
      at: '2026-11-27T00:30:00.000Z',
    });
    expect(await index.size()).toBe(2);
    await index.record({
      ...base,
      id: 'ffffffff03',
      contentHash: '3'.repeat(32),
      at: '2026-11-27T01:15:00.000Z',
    });
    expect((await index.recent(10)).map((s) => s.id)).toEqual(['ffffffff03', 'ffffffff02']);
  });

  it('files a story under its latest headline and URLs only', async () => {
    const index = createStoryIndex({ redis, prefix: `${prefix}:g` });
    const base = { id: 'gggggggg01', feedId: 'wire', normalizeJobId: 'n-g', raw: raw('Quake') };
    await index.record({
      ...base,
      headline: 'Quake strikes north',
      urls: ['https://wire.example/quake'],
      contentHash: '1'.repeat(32),
      at: '2026-11-27T00:00:00.000Z',
    });
    await index.record({
      ...base,
      headline: 'Quake toll rises',
      urls: ['https://wire.example/quake-toll'],
      contentHash: '2'.repeat(32),
      at: '2026-11-27T01:00:00.000Z',
    });
    expect(await index.search('north')).toEqual([]);
    expect(await index.search('https://wire.example/quake')).toEqual([]);
    const story = (await index.search('quake toll'))[0];
    expect(story).toMatchObject({
      id: 'gggggggg01',
      headline: 'Quake toll rises',
      firstSeenAt: '2026-11-27T00:00:00.000Z',
      lastSeenAt: '2026-11-27T01:00:00.000Z',
    });
    expect(story?.versions.map((v) => v.contentHash[0])).toEqual(['1', '2']);
    expect((await index.search('https://wire.example/quake-toll')).map((s) => s.id)).toEqual(['gggggggg01']);
  });

  it('keeps replays apart from the versions', async () => {
    const index = createStoryIndex({ redis, prefix: `${prefix}:c` });
    const base = {
      id: 'cccccccc01',
      headline: 'Port strike',
      feedId: 'wire',
      urls: [],
      raw: raw('Port strike'),
    };
    await index.record({ ...base, contentHash: '1'.repeat(32), normalizeJobId: 'n-first' });
    await index.record({ ...base, contentHash: '1'.repeat(32), normalizeJobId: 'n-cccccccc01-rpabc' });
    const story = await index.get('cccccccc01');
    expect(story?.versions.map((v) => v.normalizeJobId)).toEqual(['n-first']);
    expect(story?.replays.map((r) => r.normalizeJobId)).toEqual(['n-cccccccc01-rpabc']);
  });

  it('replays a story as a fresh normalize job marked replay', async () => {
    const index = createStoryIndex({ redis, prefix });
    const added: Emit[] = [];
    const producer = { add: async (emits: readonly Emit[]) => void added.push(...emits) };
    const first = await replayStory({ index, producer }, 'aaaaaaaa01');
    const second = await replayStory({ index, producer }, 'aaaaaaaa01');
    expect(first?.jobId).not.toBe(second?.jobId);
    expect(added[0]).toMatchObject({ queue: 'normalize', data: { feedId: 'wire', replay: true } });
    expect(await replayStory({ index, producer }, 'zzzzzzzz99')).toBeUndefined();
  });

  it('splits headlines into searchable words', () => {
    expect(headlineWords('UPDATE 2-Élan: the Élan vital, a 3% rise')).toEqual([
      'update',
      'élan',
      'the',
      'vital',
      'rise',
    ]);
  });
});
