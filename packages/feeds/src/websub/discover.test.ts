import { describe, expect, it } from 'vitest';
import { discoverHub, parseLinkHeader } from './discover.ts';

const rss = (head: string, items = '') => `<?xml version="1.0"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>T</title><link>https://news.example.com/</link>${head}${items}</channel></rss>`;

describe('discoverHub', () => {
  it('finds atom:link hub and self in an RSS channel', () => {
    const text = rss(
      '<atom:link rel="hub" href="https://hub.example.com/"/><atom:link rel="self" type="application/rss+xml" href="https://news.example.com/feed?a=1&amp;b=2"/>',
    );
    expect(discoverHub(text)).toEqual({
      hubs: ['https://hub.example.com/'],
      self: 'https://news.example.com/feed?a=1&b=2',
    });
  });

  it('finds link rel="hub" in Atom, with single quotes and several hubs', () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<link rel='hub' href='https://a.hub.example/'/><link href="https://b.hub.example/" rel="hub"/>
<link rel="self" href="https://news.example.com/atom.xml"/><link rel="alternate" href="https://news.example.com/"/>
<entry><link rel="hub" href="https://entry.hub.example/"/></entry></feed>`;
    expect(discoverHub(text)).toEqual({
      hubs: ['https://a.hub.example/', 'https://b.hub.example/'],
      self: 'https://news.example.com/atom.xml',
    });
  });

  it('ignores links inside items, and RSS <link> text elements', () => {
    const text = rss(
      '',
      '<item><title>x</title><atom:link rel="hub" href="https://item.hub.example/"/></item>',
    );
    expect(discoverHub(text)).toEqual({ hubs: [] });
  });

  it('puts the Link header first and lets its self win', () => {
    const text = rss(
      '<atom:link rel="hub" href="https://body.hub.example/"/><atom:link rel="self" href="https://news.example.com/body-self"/>',
    );
    const header =
      '<https://header.hub.example/>; rel="hub", <https://news.example.com/feed>; rel="self"; type="application/rss+xml"';
    expect(discoverHub(text, header)).toEqual({
      hubs: ['https://header.hub.example/', 'https://body.hub.example/'],
      self: 'https://news.example.com/feed',
    });
  });

  it('resolves relative URLs against the fetched URL and drops non-web schemes', () => {
    const text = rss('<atom:link rel="hub" href="/hub"/><atom:link rel="hub" href="javascript:alert(1)"/>');
    expect(discoverHub(text, undefined, 'https://news.example.com/feeds/world.xml')).toEqual({
      hubs: ['https://news.example.com/hub'],
    });
  });

  it('keeps an absolute topic URL byte for byte', () => {
    const text = rss('<atom:link rel="self" href="HTTP://News.Example.com"/>');
    expect(discoverHub(text).self).toBe('HTTP://News.Example.com');
  });

  it('reads JSON Feed hubs and feed_url', () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      feed_url: 'https://news.example.com/feed.json',
      hubs: [
        { type: 'WebSub', url: 'https://hub.example.com/' },
        { type: 'rssCloud', url: 'https://cloud.example.com/' },
      ],
      items: [],
    });
    expect(discoverHub(text)).toEqual({
      hubs: ['https://hub.example.com/'],
      self: 'https://news.example.com/feed.json',
    });
  });

  it('finds nothing in a feed without hubs or in garbage', () => {
    expect(discoverHub(rss(''))).toEqual({ hubs: [] });
    expect(discoverHub('{not json')).toEqual({ hubs: [] });
    expect(discoverHub('')).toEqual({ hubs: [] });
  });
});

describe('parseLinkHeader', () => {
  it('reads several links, unquoted and multi-valued rels, and commas inside URLs', () => {
    expect(
      parseLinkHeader(
        '<https://h.example/a,b>; rel=hub, <https://n.example/f>; title="x, y"; rel="self alternate"',
      ),
    ).toEqual([
      { href: 'https://h.example/a,b', rels: ['hub'] },
      { href: 'https://n.example/f', rels: ['self', 'alternate'] },
    ]);
  });

  it('skips links without rel and empty headers', () => {
    expect(parseLinkHeader('<https://x.example/>; type="text/html"')).toEqual([]);
    expect(parseLinkHeader(undefined)).toEqual([]);
    expect(parseLinkHeader('')).toEqual([]);
  });
});
