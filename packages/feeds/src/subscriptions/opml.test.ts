import { isWirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { buildOpml, parseOpml } from './opml.ts';
import type { Subscription } from './subscription.ts';

function sub(id: string, url: string, overrides: Partial<Subscription> = {}): Subscription {
  return {
    id,
    url,
    tags: [],
    origin: 'cli',
    minIntervalMs: 60_000,
    maxIntervalMs: 86_400_000,
    paused: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    state: { consecutiveErrors: 0, itemsSeen: 0 },
    ...overrides,
  };
}

function refusal(text: string): string {
  try {
    parseOpml(text, 'subs.opml');
  } catch (err) {
    if (isWirefeedError(err)) return err.message;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('parseOpml', () => {
  it('reads OPML 1.0 with nested folders as tags, title falling back to text', () => {
    const doc = parseOpml(`<?xml version="1.0"?>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News">
      <outline text="World">
        <outline text="Wire World" type="rss" xmlUrl="https://wire.example/world.rss" htmlUrl="https://wire.example/"/>
      </outline>
      <outline title="Markets" text="ignored" type="rss" xmlUrl="https://wire.example/markets.rss"/>
    </outline>
    <outline type="rss" xmlUrl="https://solo.example/feed"/>
  </body>
</opml>`);
    expect(doc).toEqual({
      title: 'My feeds',
      feeds: [
        {
          url: 'https://wire.example/world.rss',
          title: 'Wire World',
          tags: ['News', 'World'],
          htmlUrl: 'https://wire.example/',
        },
        { url: 'https://wire.example/markets.rss', title: 'Markets', tags: ['News'] },
        { url: 'https://solo.example/feed', tags: [] },
      ],
      skipped: [],
    });
  });

  it('reads OPML 2.0 categories, entities, and one feed listed in two folders as one with both tags', () => {
    const doc = parseOpml(`<opml version="2.0"><head/><body>
      <outline text="A">
        <outline text="Q &amp; A &#233;" xmlUrl="https://x.example/feed?a=1&amp;b=2" category="/Science/Space,/Tech"/>
      </outline>
      <outline text="B"><outline text="dup" xmlUrl="https://x.example/feed?a=1&amp;b=2"/></outline>
    </body></opml>`);
    expect(doc.feeds).toEqual([
      { url: 'https://x.example/feed?a=1&b=2', title: 'Q & A é', tags: ['A', 'Science/Space', 'Tech', 'B'] },
    ]);
  });

  it('makes a folder with a comma one tag without the comma, instead of a tag the store refuses', () => {
    const doc = parseOpml(`<opml version="2.0"><body>
      <outline text="News, World"><outline text="w" xmlUrl="https://w.example/rss" category="/a,/b"/></outline>
    </body></opml>`);
    expect(doc.feeds[0]?.tags).toEqual(['News World', 'a', 'b']);
  });

  it('accepts only http(s) feed URLs, listing the others as skipped with the reason', () => {
    // An OPML file is untrusted input: a file URL or a path would have the fetcher read local files.
    const doc = parseOpml(`<opml version="2.0"><body>
      <outline text="ok" xmlUrl="HTTPS://ok.example/rss"/>
      <outline text="passwd" xmlUrl="file:///etc/passwd"/>
      <outline text="path" xmlUrl="/etc/hostname"/>
      <outline text="relative" xmlUrl="feeds/local.xml"/>
      <outline text="gopher" xmlUrl="gopher://old.example/feed"/>
      <outline text="no host" xmlUrl="http://"/>
    </body></opml>`);
    // Stored as parsed: what was checked is what is subscribed.
    expect(doc.feeds.map((f) => f.url)).toEqual(['https://ok.example/rss']);
    expect(doc.skipped.map((f) => f.url)).toEqual([
      'file:///etc/passwd',
      '/etc/hostname',
      'feeds/local.xml',
      'gopher://old.example/feed',
      'http://',
    ]);
    for (const f of doc.skipped) expect(f.reason).toMatch(/^only http and https feed URLs are imported/);
  });

  it('skips URLs with a tab or a control character, which parse as http but read as a local path', () => {
    const doc = parseOpml(`<opml version="2.0"><body>
      <outline text="tab" xmlUrl="ht&#9;tp://x/../../../../srv/feeds/secret.xml"/>
      <outline text="newline" xmlUrl="http://x.example/&#10;feed"/>
      <outline text="del" xmlUrl="http://x.example/&#127;feed"/>
    </body></opml>`);
    expect(doc.feeds).toEqual([]);
    expect(doc.skipped.map((f) => f.url)).toEqual([
      'ht\ttp://x/../../../../srv/feeds/secret.xml',
      'http://x.example/\nfeed',
      'http://x.example/\u007ffeed',
    ]);
    for (const f of doc.skipped) expect(f.reason).toMatch(/control character/);
  });

  it('refuses a document with a reference to a control character, which XML does not allow', () => {
    for (const ref of ['&#1;', '&#x1;', '&#31;', '&#x1F;', '&#0;'])
      expect(() =>
        parseOpml(
          `<opml version="2.0"><body><outline text="soh" xmlUrl="${ref}http://x.example/feed"/></body></opml>`,
        ),
      ).toThrow(`OPML: not usable OPML: not well-formed XML: ${ref} stands for a control character`);
    // Tab, newline and carriage return are XML characters: read, and their URLs skipped.
    expect(
      parseOpml(`<opml version="2.0"><body><outline xmlUrl="ht&#9;tp://x/"/></body></opml>`).skipped,
    ).toHaveLength(1);
  });

  it('reads the Wirefeed attributes (id, interval bounds), ignoring ones that are not numbers', () => {
    const doc = parseOpml(`<opml version="2.0"><body>
      <outline text="a" xmlUrl="https://a.example/rss" wirefeedId="world-wire"
        wirefeedMinInterval="120000" wirefeedMaxInterval="7200000"/>
      <outline text="b" xmlUrl="https://b.example/rss" wirefeedMinInterval="soon"/>
    </body></opml>`);
    expect(doc.feeds).toEqual([
      {
        url: 'https://a.example/rss',
        title: 'a',
        tags: [],
        id: 'world-wire',
        minIntervalMs: 120_000,
        maxIntervalMs: 7_200_000,
      },
      { url: 'https://b.example/rss', title: 'b', tags: [] },
    ]);
  });

  it('accepts an empty body', () => {
    expect(parseOpml('<opml version="2.0"><head><title>t</title></head><body/></opml>').feeds).toEqual([]);
  });

  it('refuses what is not OPML with the problem named', () => {
    expect(refusal('')).toBe('subs.opml: not usable OPML: the file is empty');
    expect(refusal('<opml><body><outline></body></opml>')).toMatch(
      /^subs\.opml: not usable OPML: not well-formed XML at line 1, column \d+: /,
    );
    expect(refusal('<rss version="2.0"><channel/></rss>')).toBe(
      'subs.opml: not usable OPML: the root element is <rss>, expected <opml>',
    );
    expect(refusal('<opml version="2.0"><head/></opml>')).toBe(
      'subs.opml: not usable OPML: there is no <body>',
    );
    expect(refusal('just text')).toMatch(/not usable OPML: not well-formed XML at line 1, column 1: /);
    expect(refusal('<opml>text</opml>')).toBe('subs.opml: not usable OPML: there is no <body>');
  });

  it('refuses absurd nesting rather than recursing without end', () => {
    const deep = `${'<outline text="f">'.repeat(40)}${'</outline>'.repeat(40)}`;
    expect(refusal(`<opml><body>${deep}</body></opml>`)).toMatch(/nested more than 32 deep/);
  });
});

describe('buildOpml', () => {
  const subs = [
    sub('w', 'https://wire.example/world.rss', { title: 'World <Wire> & "Co"', tags: ['news', 'world'] }),
    sub('m', 'https://wire.example/markets.rss?x=1&y=2', { tags: ['news'] }),
    sub('t', 'https://tech.example/feed', { tags: ['tech/ai', 'café'] }),
    sub('l', '/srv/feeds/local.xml'),
  ];

  it('writes OPML 2.0 with folders for first tags and every tag in category', () => {
    const xml = buildOpml(subs, { now: new Date('2026-03-01T12:00:00Z') });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(xml).toContain('<dateCreated>Sun, 01 Mar 2026 12:00:00 GMT</dateCreated>');
    expect(xml).toContain('<outline text="news" title="news">');
    expect(xml).toContain('category="/news,/world"');
    expect(xml).toContain('xmlUrl="https://wire.example/markets.rss?x=1&amp;y=2"');
    expect(xml).toContain('text="World &lt;Wire&gt; &amp; &quot;Co&quot;"');
  });

  it('keeps each subscription’s id and interval bounds, so a migration keeps feed (and story) ids', () => {
    const xml = buildOpml([
      sub('w1', 'https://w.example/rss', { minIntervalMs: 90_000, maxIntervalMs: 3_600_000 }),
    ]);
    expect(xml).toContain('wirefeedId="w1"');
    expect(xml).toContain('wirefeedMinInterval="90000"');
    expect(xml).toContain('wirefeedMaxInterval="3600000"');
    expect(parseOpml(xml).feeds).toEqual([
      { url: 'https://w.example/rss', tags: [], id: 'w1', minIntervalMs: 90_000, maxIntervalMs: 3_600_000 },
    ]);
  });

  it('round-trips: export then import gives the same feeds, titles and tags', () => {
    const doc = parseOpml(buildOpml(subs));
    // A local feed is exported (it is a subscription), but an import refuses it.
    expect(doc.skipped.map((f) => f.url)).toEqual(['/srv/feeds/local.xml']);
    const remote = subs.filter((s) => s.url.startsWith('https:'));
    const asSet = (list: { url: string; title?: string; tags: string[] }[]) =>
      new Set(list.map((f) => JSON.stringify([f.url, f.title, [...f.tags].sort()])));
    expect(asSet(doc.feeds)).toEqual(
      asSet(remote.map((s) => ({ url: s.url, title: s.title, tags: s.tags }))),
    );
    expect(doc.feeds.map((f) => f.id).sort()).toEqual(remote.map((s) => s.id).sort());
    expect(doc.title).toBe('Wirefeed subscriptions');
  });

  it('builds a valid empty document', () => {
    expect(parseOpml(buildOpml([])).feeds).toEqual([]);
  });
});
