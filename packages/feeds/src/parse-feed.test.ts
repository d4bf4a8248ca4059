import { readFileSync } from 'node:fs';
import { RawItemSchema, WirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import type { FeedItem } from './feed.ts';
import { parseFeed } from './parse-feed.ts';

// The RawItem part of a parsed item: what a normalize job carries.
const rawOf = (item: FeedItem | undefined) => {
  const { detail: _detail, ...raw } = item ?? {};
  return raw;
};

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

async function parseError(body: Uint8Array | string, contentType?: string): Promise<WirefeedError> {
  const err = await parseFeed(body, contentType ? { contentType } : {}).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WirefeedError);
  expect((err as WirefeedError).code).toBe('WF_E_FEED_PARSE');
  return err as WirefeedError;
}

describe('parseFeed: RSS 2.0', () => {
  it('maps channel and items, content:encoded and dc:creator included', async () => {
    const feed = await parseFeed(fixture('rss2.xml'), { url: 'https://wire.example/rss.xml' });
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Example Wire',
      link: 'https://wire.example/',
      language: 'en-gb',
      ttlMinutes: 15,
    });
    const [first, second] = feed.items;
    expect(rawOf(first)).toEqual({
      guid: 'urn:example:2024:0001',
      link: 'https://wire.example/news/central-bank-holds-rates',
      title: 'UPDATE 2-Central bank holds rates',
      contentHtml:
        '<p>LONDON (Example) - The central bank held rates on Thursday.</p><p>Second paragraph.</p>',
      summary: '<p>The central bank <b>held</b> rates.</p>',
      // A plain RSS author is a byline for normalize to clean, not a person record.
      author: 'Jane Reporter',
      categories: ['Economy', 'Central banks'],
      // A category in the provider's scheme (RSS `domain`) is also one of its own subjects.
      providerSubjects: [{ name: 'Central banks', scheme: 'https://wire.example/topics' }],
      published: 'Thu, 07 Mar 2024 12:30:00 GMT',
      language: 'en-gb',
    });
    // A relative link is resolved against the feed's URL; a plain description is a summary only.
    expect(second).toMatchObject({
      link: 'https://wire.example/news/storm',
      author: 'desk@wire.example (Weather Desk)',
      // The author as written, and split for the Story's contributors.
      contributors: [{ name: 'Weather Desk', email: 'desk@wire.example', role: 'author' }],
    });
    expect(second?.contentHtml).toBeUndefined();
    expect(second?.summary).toBe('Plain summary without markup & an ampersand.');
    for (const item of feed.items) expect(RawItemSchema.parse(rawOf(item))).toEqual(rawOf(item));
  });

  it('reads stray ampersands and HTML entities (as their characters) that make a feed ill-formed XML', async () => {
    const feed = await parseFeed(
      '<rss version="2.0"><channel><item><title>A&nbsp;B</title><link>http://x.example/?a=1&b=2</link>' +
        '<description><![CDATA[kept & <b>as is</b>]]></description></item></channel></rss>',
    );
    expect(feed.items[0]).toMatchObject({
      title: 'A\u00a0B',
      link: 'http://x.example/?a=1&b=2',
      contentHtml: 'kept & <b>as is</b>',
    });
  });

  it('reads RSS 0.9x without a channel, and an empty <rss> as an empty feed', async () => {
    const loose = await parseFeed('<rss version="0.91"><item><title>Loose</title></item></rss>');
    expect(loose.items.map((item) => item.title)).toEqual(['Loose']);
    expect(await parseFeed('<rss version="2.0"/>')).toEqual({ format: 'rss', hubs: [], items: [] });
  });

  it('takes the poll interval from sy:updatePeriod when there is no ttl', async () => {
    const feed = await parseFeed(
      '<rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel>' +
        '<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency></channel></rss>',
    );
    expect(feed.ttlMinutes).toBe(15);
  });
});

describe('parseFeed: RDF and Atom', () => {
  it('maps RSS 1.0 (RDF), with rdf:about as guid and dc:date, as written, as published and updated', async () => {
    const feed = await parseFeed(fixture('rdf.xml'));
    expect(feed).toMatchObject({ format: 'rdf', title: 'RDF Wire', language: 'de' });
    expect(feed.items).toEqual([
      expect.objectContaining({
        guid: 'https://rdf.example/a',
        title: 'Erste Meldung',
        summary: 'Kurzfassung der Meldung.',
        author: 'Max Muster',
        categories: ['Politik'],
        published: '2024-03-07T10:00:00+01:00',
        updated: '2024-03-07T10:00:00+01:00',
      }),
    ]);
  });

  it('maps Atom: html and xhtml content, xml:lang, and keeps invalid dates raw instead of failing', async () => {
    const feed = await parseFeed(fixture('atom.xml'));
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Fil Atom',
      link: 'https://atom.example/',
      language: 'fr',
    });
    expect(rawOf(feed.items[0])).toEqual({
      guid: 'tag:atom.example,2024:1',
      link: 'https://atom.example/1',
      title: 'Premier article',
      contentHtml: '<p>Le texte <em>complet</em>.</p>',
      summary: 'Résumé court.',
      author: 'Claire Dupont',
      contributors: [{ name: 'Claire Dupont', role: 'author' }],
      categories: ['politique'],
      published: '2024-03-07T09:00:00Z',
      updated: '2024-03-07T11:00:00Z',
      language: 'fr',
    });
    expect(feed.items[1]).toMatchObject({
      title: 'XHTML title',
      contentHtml: '<p>Inline <strong>XHTML</strong> body</p>',
      published: 'also not a date',
      updated: 'not a date',
      language: 'en',
    });
  });

  it('treats untyped Atom content as text unless it carries markup', async () => {
    const atom = (content: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id>${content}</entry></feed>`;
    const text = await parseFeed(atom('<content>Plain words.</content>'));
    expect(text.items[0]).toMatchObject({ contentText: 'Plain words.' });
    const html = await parseFeed(atom('<content>&lt;p&gt;Tagged&lt;/p&gt;</content>'));
    expect(html.items[0]).toMatchObject({ contentHtml: '<p>Tagged</p>' });
    const binary = await parseFeed(atom('<content type="application/octet-stream">AAAA</content>'));
    expect(binary.items[0]?.contentHtml ?? binary.items[0]?.contentText).toBeUndefined();
  });
});

describe('parseFeed: charsets', () => {
  it('decodes a windows-1252 feed from its XML declaration', async () => {
    const feed = await parseFeed(fixture('windows-1252.xml'));
    expect(feed.title).toBe('Café Wire – Europe');
    expect(feed.items[0]).toMatchObject({ title: '“Quoted” headline for 5€', summary: 'Naïve résumé' });
  });

  it('lets the Content-Type charset win over the declaration', async () => {
    const bytes = Buffer.from(
      '<?xml version="1.0" encoding="utf-8"?><rss><channel><title>\xe9</title></channel></rss>',
      'latin1',
    );
    expect((await parseFeed(bytes, { contentType: 'text/xml; charset=ISO-8859-1' })).title).toBe('é');
  });

  it('strips the BOM of a string body', async () => {
    expect((await parseFeed('\uFEFF<rss><channel><title>B</title></channel></rss>')).title).toBe('B');
  });
});

describe('parseFeed: what is not a feed', () => {
  it.each([
    ['an empty body', '', /empty body/],
    ['whitespace', ' \n\t ', /empty body/],
    [
      'an HTML page',
      '<!DOCTYPE html><html><head><title>Home</title></head></html>',
      /looks like an HTML page/,
    ],
    ['an HTML page without doctype', '<html lang="en"><body>hi</body></html>', /looks like an HTML page/],
    ['an OPML file', '<?xml version="1.0"?><opml version="2.0"><body/></opml>', /OPML/],
    ['plain text', 'Service Unavailable', /neither markup nor JSON/],
    ['a JSON array', '[1, 2]', /not an object/],
  ])('rejects %s', async (_, body, reason) => {
    expect((await parseError(body)).message).toMatch(reason);
  });

  it('rejects truncated XML with the line it stopped at, and names the URL', async () => {
    const err = await parseFeed(fixture('broken.xml'), { url: 'https://broken.example/rss' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WirefeedError);
    expect((err as WirefeedError).message).toBe(
      'https://broken.example/rss: malformed XML: unclosed root tag (line 7)',
    );
    expect((err as WirefeedError).details).toMatchObject({ url: 'https://broken.example/rss' });
    expect((err as WirefeedError).cause).toBeInstanceOf(Error);
  });
});
