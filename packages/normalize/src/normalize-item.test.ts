import type { RawItem } from '@wirefeed/core';
import { RawItemSchema, StorySchema, WirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import type { NormalizeContext } from './normalize-item.ts';
import { normalizeItem } from './normalize-item.ts';

const ctx: NormalizeContext = {
  feedId: 'feed-1',
  feedUrl: 'https://wire.example.com/rss.xml',
  feedTitle: ' Example Wire ',
  fetchedAt: '2021-11-26T12:00:00.000Z',
  now: new Date('2021-11-26T12:00:00.000Z'),
};
const item = (fields: Record<string, unknown>): RawItem => RawItemSchema.parse(fields);

describe('normalizeItem', () => {
  it('builds a complete, valid Story v1', () => {
    const story = normalizeItem(
      item({
        guid: ' tag:wire,2021:1 ',
        link: '/world/1?utm_source=rss#top',
        title: 'UPDATE 2-China &amp;amp; Azerbaijan agree',
        contentHtml: '<p>WASHINGTON, Nov 26 (Reuters) - Deal done.</p><script>x()</script>',
        summary: 'A deal between the two.',
        author: 'desk@wire.example.com (JANE DOE)',
        categories: [' World ', 'world', '', 'Asia &amp; Pacific'],
        published: 'Fri, 26 Nov 2021 05:00:00 EST',
        updated: '2021-11-26T11:00:00+01:00',
        language: 'en-US',
      }),
      ctx,
    );
    expect(story).toEqual(
      StorySchema.parse({
        id: story.id,
        version: 1,
        source: {
          feedId: 'feed-1',
          feedUrl: ctx.feedUrl,
          feedTitle: 'Example Wire',
          guid: 'tag:wire,2021:1',
          url: 'https://wire.example.com/world/1?utm_source=rss#top',
          canonicalUrl: 'https://wire.example.com/world/1',
        },
        headline: 'China & Azerbaijan agree',
        summary: 'A deal between the two.',
        body: { text: 'Deal done.', html: '<p>Deal done.</p>' },
        byline: 'Jane Doe',
        credit: 'Reuters',
        dateline: { place: 'Washington', day: 26, raw: 'WASHINGTON, Nov 26 (Reuters) -' },
        language: 'en',
        firstCreated: '2021-11-26T10:00:00.000Z',
        versionCreated: '2021-11-26T10:00:00.000Z',
        dateMissing: false,
        signals: { updateNumber: 2, correction: false, urgent: false, canceled: false },
        categories: ['World', 'Asia & Pacific'],
        contentHash: story.contentHash,
        trace: [],
      }),
    );
    expect(story.id).toMatch(/^[a-f0-9]{24}$/);
    expect(story.contentHash).toMatch(/^[a-f0-9]{64}$/);
  });

  it('throws WF_E_ITEM_INVALID for an item with neither headline nor body', () => {
    const attempt = () => normalizeItem(item({ guid: 'g', title: ' <b></b> ', summary: '  ' }), ctx);
    expect(attempt).toThrow(WirefeedError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'WF_E_ITEM_INVALID', retryable: false }));
  });

  it('derives a headline from the body when the item has none', () => {
    const story = normalizeItem(
      item({ contentText: 'BEIJING: China and Azerbaijan agreed on Friday. More later.' }),
      ctx,
    );
    expect(story.headline).toBe('China and Azerbaijan agreed on Friday');
  });

  it('keeps a title that was only a kill notice rather than inventing one', () => {
    const story = normalizeItem(item({ guid: 'g', title: 'STORY WITHDRAWN' }), ctx);
    expect(story.headline).toBe('STORY WITHDRAWN');
    expect(story.signals.canceled).toBe(true);
  });

  it('keeps one id across versions: markers, cosmetic HTML and tracking parameters do not change it', () => {
    const first = normalizeItem(
      item({
        link: 'https://wire.example.com/a?utm_source=x',
        title: 'Rates cut',
        contentHtml: '<p>Text.</p>',
      }),
      ctx,
    );
    const update = normalizeItem(
      item({
        link: 'https://WIRE.example.com/a#more',
        title: 'UPDATE 1-Rates cut',
        contentHtml: '<div><b>Text.</b></div>',
      }),
      ctx,
    );
    const changed = normalizeItem(
      item({ link: 'https://wire.example.com/a', title: 'Rates cut', contentHtml: '<p>New text.</p>' }),
      ctx,
    );
    expect(update.id).toBe(first.id);
    expect(update.contentHash).toBe(first.contentHash);
    expect(changed.id).toBe(first.id);
    expect(changed.contentHash).not.toBe(first.contentHash);
  });

  it('takes identity from guid, then canonical URL, then link, then headline and date', () => {
    const id = (fields: Record<string, unknown>) => normalizeItem(item({ title: 'T', ...fields }), ctx).id;
    expect(id({ guid: 'g1', link: 'https://x.test/1' })).not.toBe(
      id({ guid: 'g2', link: 'https://x.test/1' }),
    );
    expect(id({ link: 'https://x.test/1?fbclid=1' })).toBe(id({ link: 'https://x.test/1' }));
    expect(id({ link: 'urn:x:1' })).not.toBe(id({ link: 'urn:x:2' }));
    expect(id({ published: 'Fri, 26 Nov 2021 10:00:00 GMT' })).toBe(
      id({ published: '2021-11-26T10:00:00Z' }),
    );
    expect(id({ published: '2021-11-26T10:00:00Z' })).not.toBe(id({ published: '2021-11-25T10:00:00Z' }));
    expect(normalizeItem(item({ guid: 'g', title: 'T' }), { ...ctx, feedId: 'other' }).id).not.toBe(
      id({ guid: 'g' }),
    );
  });

  it('sanitizes the body against XSS and resolves relative URLs against the item link', () => {
    const story = normalizeItem(
      item({
        link: 'https://wire.example.com/world/1',
        title: 'T',
        contentHtml:
          '<p onclick="x()">Hi <a href="javascript:alert(1)">bad</a> <a href="../more">more</a></p>' +
          '<img src="x.png" onerror="alert(1)"><img src="data:image/png;base64,AAAA"><iframe src="//evil.test"></iframe>' +
          '<script>alert(1)</script>',
      }),
      ctx,
    );
    expect(story.body.html).toBe(
      '<p>Hi bad <a href="https://wire.example.com/more" rel="noopener nofollow">more</a></p>' +
        '<img src="https://wire.example.com/world/x.png" />',
    );
    expect(story.body.text).toBe('Hi bad more');
  });

  it('marks a missing date and uses the fetch time', () => {
    const story = normalizeItem(item({ title: 'T', published: 'soon' }), ctx);
    expect(story).toMatchObject({
      dateMissing: true,
      firstCreated: ctx.fetchedAt,
      versionCreated: ctx.fetchedAt,
    });
  });

  it('clamps a date far in the future to now', () => {
    const story = normalizeItem(item({ title: 'T', published: '2031-01-01T00:00:00Z' }), ctx);
    expect(story.firstCreated).toBe('2021-11-26T12:00:00.000Z');
  });

  it('leaves out a summary that repeats the body or is its opening', () => {
    const body = '<p>The central bank cut rates on Friday.</p><p>Markets rose.</p>';
    const summary = (s: string) =>
      normalizeItem(item({ title: 'T', contentHtml: body, summary: s }), ctx).summary;
    expect(summary('The central bank cut rates on Friday. Markets rose.')).toBeUndefined();
    expect(summary('The central bank cut rates…')).toBeUndefined();
    expect(summary('<b>Rates</b> are down &amp; markets are up.')).toBe('Rates are down & markets are up.');
  });

  it('uses the summary as the body when there is nothing else, and then has no summary', () => {
    const story = normalizeItem(item({ title: 'T', summary: 'Short &amp; sweet.' }), ctx);
    expect(story.body.text).toBe('Short & sweet.');
    expect(story.summary).toBeUndefined();
  });

  it('keeps only a valid ISO 639-1 language', () => {
    const language = (tag: string) => normalizeItem(item({ title: 'T', language: tag }), ctx).language;
    expect(language('fr-CA')).toBe('fr');
    expect(language('klingon')).toBeUndefined();
  });

  it('joins the dateline agency and the trailing agency credits; the people credited are contributors', () => {
    const story = normalizeItem(
      item({
        title: 'T',
        contentText: 'PARIS (AFP) - It happened.\n(dpa)\n(Reporting by Ann Poe; Editing by Bob Roe)',
      }),
      ctx,
    );
    expect(story.credit).toBe('AFP; dpa');
    expect(story.contributors).toEqual([
      { name: 'Ann Poe', role: 'reporter' },
      { name: 'Bob Roe', role: 'editor' },
    ]);
    expect(story.byline).toBe('Ann Poe');
    expect(story.body.text).toBe('It happened.');
  });

  it('keeps the feed’s contributors first and adds each credited person once', () => {
    const story = normalizeItem(
      item({
        title: 'T',
        contentText: 'It happened.\n(Reporting by Ann Poe; Editing by Bob Roe)',
        contributors: [{ name: 'Ann Poe', role: 'reporter', email: 'ann@example.org' }],
      }),
      ctx,
    );
    expect(story.contributors).toEqual([
      { name: 'Ann Poe', role: 'reporter', email: 'ann@example.org' },
      { name: 'Bob Roe', role: 'editor' },
    ]);
    expect(story.credit).toBeUndefined();
  });

  it('keeps the dateline’s region and country, not its agency', () => {
    const story = normalizeItem(
      item({ title: 'T', contentText: 'VAIL, Colorado 1996-12-07 - Maier won the downhill.' }),
      ctx,
    );
    expect(story.dateline).toEqual({
      place: 'Vail',
      region: 'Colorado',
      countryCode: 'US',
      day: 7,
      raw: 'VAIL, Colorado 1996-12-07 -',
    });
    expect(story.body.text).toBe('Maier won the downhill.');
  });
});
