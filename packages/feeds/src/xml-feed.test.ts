import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.ts';

const ATOM = 'xmlns="http://www.w3.org/2005/Atom"';
const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('parseFeed: relative URLs', () => {
  it('resolves links and HTML attributes against xml:base, each against its parent, then the feed URL', async () => {
    const feed = await parseFeed(
      `<feed ${ATOM} xml:base="/news/"><link href="."/><entry xml:base="2024/">` +
        '<link href="story.html"/>' +
        '<content type="html" xml:base="media/">&lt;a href="x.html"&gt;x&lt;/a&gt;&lt;img src="/i.png"&gt;</content>' +
        '<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="../s.html">s</a></div></summary>' +
        '</entry></feed>',
      { url: 'https://wire.example/feeds/atom.xml' },
    );
    expect(feed.link).toBe('https://wire.example/news/');
    expect(feed.items[0]).toMatchObject({
      link: 'https://wire.example/news/2024/story.html',
      contentHtml:
        '<a href="https://wire.example/news/2024/media/x.html">x</a><img src="https://wire.example/i.png">',
      summary: '<a href="https://wire.example/news/s.html">s</a>',
    });
  });

  it('resolves RSS links and HTML against the feed URL, keeps absolute ones as written, and ignores an unsafe base', async () => {
    const feed = await parseFeed(
      '<rss version="2.0" xml:base="javascript:alert(1)"><channel><link>/</link><item><link>/a?b=1</link>' +
        '<description>&lt;a href="/x"&gt;x&lt;/a&gt;</description></item>' +
        '<item><link>HTTP://Wire.Example/B</link></item></channel></rss>',
      { url: 'https://wire.example/rss' },
    );
    expect(feed.link).toBe('https://wire.example/');
    expect(feed.items.map((item) => item.link)).toEqual([
      'https://wire.example/a?b=1',
      'HTTP://Wire.Example/B',
    ]);
    expect(feed.items[0]?.contentHtml).toBe('<a href="https://wire.example/x">x</a>');
  });

  it('leaves relative links alone when the feed came from a file', async () => {
    const feed = await parseFeed('<rss><channel><item><link>/a</link></item></channel></rss>', {
      url: 'file:///tmp/feed.xml',
    });
    expect(feed.items[0]?.link).toBe('/a');
  });
});

describe('parseFeed: WebSub hubs and self', () => {
  it('reads them from atom:link in RSS, under any prefix bound to Atom', async () => {
    const feed = await parseFeed(
      '<rss version="2.0" xmlns:a10="http://www.w3.org/2005/Atom"><channel>' +
        '<a10:link rel="hub" href="https://hub.example/"/><a10:link rel="hub" href="https://hub2.example/"/>' +
        '<a10:link rel="self" href="/rss.xml" type="application/rss+xml"/><link>https://wire.example/</link>' +
        '</channel></rss>',
      { url: 'https://wire.example/rss.xml?x=1' },
    );
    expect(feed).toMatchObject({
      link: 'https://wire.example/',
      self: 'https://wire.example/rss.xml',
      hubs: ['https://hub.example/', 'https://hub2.example/'],
    });
  });

  it('reads them from Atom links, and from JSON Feed hubs and feed_url', async () => {
    const atom = await parseFeed(
      `<feed ${ATOM}><link rel="self" href="https://wire.example/atom"/><link rel="hub" href="https://hub.example/"/>` +
        '<link href="https://wire.example/"/></feed>',
    );
    expect(atom).toMatchObject({
      link: 'https://wire.example/',
      self: 'https://wire.example/atom',
      hubs: ['https://hub.example/'],
    });
    const json = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        feed_url: 'https://wire.example/feed.json',
        hubs: [{ type: 'WebSub', url: 'https://hub.example/' }],
        items: [],
      }),
    );
    expect(json).toMatchObject({ self: 'https://wire.example/feed.json', hubs: ['https://hub.example/'] });
  });
});

describe('parseFeed: Atom text constructs', () => {
  it('decodes base64 content (Atom 0.3 mode, Atom 1.0 media type) and keeps 0.3 inline XHTML whole', async () => {
    const old = await parseFeed(
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>' +
        `<content type="text/html" mode="base64">${base64('<p>Décodé</p>')}</content>` +
        '<title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b></div></title>' +
        '<summary type="text/html" mode="escaped">&lt;i&gt;s&lt;/i&gt;</summary>' +
        '<issued>2004-01-01T19:48:21Z</issued><modified>2004-01-02T19:48:21Z</modified></entry></feed>',
    );
    expect(old.items[0]).toMatchObject({
      contentHtml: '<p>Décodé</p>',
      title: '<div>A <b>b</b></div>',
      summary: '<i>s</i>',
      published: '2004-01-01T19:48:21Z',
      updated: '2004-01-02T19:48:21Z',
    });
    const current = await parseFeed(
      `<feed ${ATOM}><entry><title type="application/octet-stream">${base64('Example <b>Atom</b>')}</title>` +
        `<content type="image/png">${Buffer.from([0x89, 0x50, 0, 0]).toString('base64')}</content></entry></feed>`,
    );
    expect(current.items[0]).toMatchObject({ title: 'Example <b>Atom</b>' });
    // Binary content is an attachment, not a body.
    expect(current.items[0]?.contentHtml ?? current.items[0]?.contentText).toBeUndefined();
  });

  it('gives an entry without an author its source’s, else its feed’s, and joins several', async () => {
    const feed = await parseFeed(
      `<feed ${ATOM}><author><name>Desk</name></author>` +
        '<entry><id>1</id></entry>' +
        '<entry><id>2</id><source><author><name>Agency</name></author></source></entry>' +
        '<entry><id>3</id><author><name>A</name></author><author><name>B</name></author></entry></feed>',
    );
    expect(feed.author).toBe('Desk');
    expect(feed.items.map((item) => item.author)).toEqual(['Desk', 'Agency', 'A, B']);
  });

  it('takes the language of the body: its xml:lang, else inherited; an empty xml:lang unsets it', async () => {
    const feed = await parseFeed(
      `<feed ${ATOM} xml:lang="fr"><entry><content xml:lang="en">Hello</content></entry>` +
        '<entry><title>Bonjour</title></entry><entry xml:lang=""><title>?</title></entry></feed>',
    );
    expect(feed.language).toBe('fr');
    expect(feed.items.map((item) => item.language)).toEqual(['en', 'fr', undefined]);
  });

  it('falls back to the Content-Language the server sent', async () => {
    const feed = await parseFeed(`<feed ${ATOM}><entry><title>x</title></entry></feed>`, {
      contentLanguage: 'de_AT',
    });
    expect(feed).toMatchObject({ language: 'de-AT', items: [{ language: 'de-AT' }] });
  });
});

describe('parseFeed: RSS variants', () => {
  it('reads Dublin Core: creators, dates as written, subjects, language; and the channel author and date', async () => {
    const feed = await parseFeed(
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">' +
        '<channel><managingEditor>desk@wire.example (Desk)</managingEditor><lastBuildDate>Thu, 07 Mar 2024 12:00:00 GMT</lastBuildDate>' +
        '<item><dc:creator>A</dc:creator><dc:creator>B</dc:creator><dc:date>2024-03-07T10:00:00+01:00</dc:date>' +
        '<dcterms:modified>2024-03-07T11:00:00+01:00</dcterms:modified><dc:subject>Politik</dc:subject>' +
        '<dc:language>de</dc:language></item></channel></rss>',
    );
    expect(feed).toMatchObject({
      author: 'desk@wire.example (Desk)',
      updated: 'Thu, 07 Mar 2024 12:00:00 GMT',
    });
    expect(feed.items[0]).toMatchObject({
      author: 'A, B',
      published: '2024-03-07T10:00:00+01:00',
      updated: '2024-03-07T11:00:00+01:00',
      categories: ['Politik'],
      language: 'de',
    });
  });

  it('reads RSS in a namespace prefix, Dublin Core under any prefix, element names in any case', async () => {
    const prefixed = await parseFeed(
      '<r:rss xmlns:r="http://backend.userland.com/rss2" xmlns:DC="http://purl.org/dc/elements/1.1/">' +
        '<r:channel><r:TITLE>T</r:TITLE><r:item><r:title>I</r:title><DC:Creator>C</DC:Creator>' +
        '<r:PubDate>Thu, 07 Mar 2024 12:00:00 GMT</r:PubDate></r:item></r:channel></r:rss>',
    );
    expect(prefixed).toMatchObject({ format: 'rss', title: 'T' });
    expect(prefixed.items[0]).toMatchObject({
      title: 'I',
      author: 'C',
      published: 'Thu, 07 Mar 2024 12:00:00 GMT',
    });
    // A "dc" prefix bound to some other vocabulary is not Dublin Core.
    const other = await parseFeed(
      '<rss xmlns:dc="http://example.com/not-dc"><channel><item><dc:creator>X</dc:creator></item></channel></rss>',
    );
    expect(other.items[0]?.author).toBeUndefined();
  });

  it('reads RSS 1.0 with its elements under a prefix and items misplaced in the channel', async () => {
    const rdf = await parseFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">' +
        '<rss:channel><rss:title>C</rss:title><rss:item rdf:about="urn:1"><rss:title>One</rss:title></rss:item>' +
        '</rss:channel></rdf:RDF>',
    );
    expect(rdf).toMatchObject({ format: 'rdf', title: 'C', items: [{ guid: 'urn:1', title: 'One' }] });
  });

  it('takes xhtml:body, <summary> beside <description>, iTunes and Media RSS fallbacks', async () => {
    const feed = await parseFeed(
      '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/">' +
        '<channel><item><body xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></body>' +
        '<media:title>M</media:title><itunes:author>Host</itunes:author>' +
        '<itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category></item>' +
        '<item><summary>Short</summary><description>Long text</description></item></channel></rss>',
    );
    expect(feed.items[0]).toMatchObject({
      contentHtml: '<p>Body</p>',
      title: 'M',
      author: 'Host',
      categories: ['Technology', 'Gadgets'],
    });
    expect(feed.items[1]).toMatchObject({ summary: 'Short', contentHtml: 'Long text' });
  });

  it('reads CDF', async () => {
    const feed = await parseFeed(
      '<CHANNEL HREF="http://www.example.org/" LASTMOD="2004-04-06T23:05:43-05:00"><TITLE>Example feed</TITLE>' +
        '<ITEM HREF="/item" LASTMOD="2004-04-07T10:00:00-05:00"><TITLE>Item</TITLE><ABSTRACT>About</ABSTRACT></ITEM></CHANNEL>',
      { url: 'http://www.example.org/cdf.xml' },
    );
    expect(feed).toMatchObject({
      format: 'cdf',
      title: 'Example feed',
      link: 'http://www.example.org/',
      updated: '2004-04-06T23:05:43-05:00',
      items: [
        {
          title: 'Item',
          link: 'http://www.example.org/item',
          summary: 'About',
          updated: '2004-04-07T10:00:00-05:00',
        },
      ],
    });
  });
});

describe('parseFeed: documents that are not well-formed XML', () => {
  it('reads mismatched inner tags in sax’s lenient mode', async () => {
    const feed = await parseFeed(
      '<rss version="2.0"><channel><item><title>A</b></title><link>https://x.example/?a=1&b=2</link></item></channel></rss>',
    );
    expect(feed.items[0]).toMatchObject({ title: 'A</b>', link: 'https://x.example/?a=1&b=2' });
  });

  it('reads curly quotes written as C1 references or C1 characters, and a final end tag without ">"', async () => {
    const feed = await parseFeed('<rss><channel><title>don&#146;t \u0093x\u0094</title></channel></rss');
    expect(feed.title).toBe('don\u2019t \u201cx\u201d');
  });

  it('still refuses a document cut short, and one lenient parsing cannot finish', async () => {
    const cut = await parseFeed('<rss><channel><item><title>A</title></item>').catch((e: unknown) => e);
    expect(cut).toMatchObject({
      code: 'WF_E_FEED_PARSE',
      message: expect.stringMatching(/unclosed root tag/),
    });
    const never = await parseFeed(
      '<rss><channel><item><title>a</b></title></item></channel><![CDATA[ </rss>',
    ).catch((e: unknown) => e);
    expect(never).toMatchObject({ code: 'WF_E_FEED_PARSE' });
  });
});
