import { WirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.ts';

const atom = (entries: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${entries}</feed>`;

describe('one bad entry never loses a feed', () => {
  it('skips an empty Atom entry, says which and why, and delivers the rest', async () => {
    const feed = await parseFeed(
      atom('<entry></entry><entry><id>2</id><title>Good</title></entry><entry/>'),
      { url: 'https://wire.example/atom' },
    );
    expect(feed.items.map((item) => item.title)).toEqual(['Good']);
    expect(feed.skipped).toEqual([
      { position: 1, reason: 'entry 1 is empty: no title, link, id or content' },
      { position: 3, reason: 'entry 3 is empty: no title, link, id or content' },
    ]);
  });

  it('skips an empty RSS item too, and reports nothing when every entry reads', async () => {
    const feed = await parseFeed(
      '<rss version="2.0"><channel><item></item><item><title>B</title></item></channel></rss>',
    );
    expect(feed.items.map((item) => item.title)).toEqual(['B']);
    expect(feed.skipped).toEqual([{ position: 1, reason: expect.stringMatching(/^entry 1 is empty/) }]);
    expect((await parseFeed(atom('<entry><id>1</id></entry>'))).skipped).toBeUndefined();
  });

  it('names the feed in a parse error and never shows a library exception', async () => {
    const err = await parseFeed('<rss><channel><item><title>x</title></item>', {
      url: 'https://wire.example/cut',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WirefeedError);
    expect((err as Error).message).toMatch(/^https:\/\/wire\.example\/cut: malformed XML: /);
    expect((err as Error).message).not.toMatch(/Cannot read|TypeError|undefined/);
  });
});

describe('RSS 1.1 and Atom link relations', () => {
  it('reads RSS 1.1 (<Channel xmlns="…rss1.1#">) with its items', async () => {
    const feed = await parseFeed(
      '<Channel xmlns="http://purl.org/net/rss1.1#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" rdf:about="http://x.example/">' +
        '<title>R</title><link>http://x.example/</link><description>D</description>' +
        '<items rdf:parseType="Collection"><item rdf:about="http://x.example/1"><title>One</title><link>http://x.example/1</link></item>' +
        '<item rdf:about="http://x.example/2"><title>Two</title><link>http://x.example/2</link></item></items></Channel>',
    );
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((item) => [item.guid, item.title])).toEqual([
      ['http://x.example/1', 'One'],
      ['http://x.example/2', 'Two'],
    ]);
  });

  it('treats a rel written as the full IANA URI as its short name', async () => {
    const feed = await parseFeed(
      atom(
        '<entry><id>1</id><link rel="http://www.iana.org/assignments/relation/related" href="http://x.example/r"/>' +
          '<link rel="http://www.iana.org/assignments/relation/alternate" href="http://x.example/a"/></entry>',
      ),
    );
    expect(feed.items[0]?.link).toBe('http://x.example/a');
    expect(feed.items[0]?.detail?.links?.map((l) => l.rel)).toEqual(['related', 'alternate']);
  });
});

describe('what an item carries besides its text', () => {
  it('splits RSS authors, keeps schemed categories, the source and the channel copyright', async () => {
    const feed = await parseFeed(
      '<rss version="2.0"><channel><title>W</title><copyright>© Wire</copyright><item><title>T</title>' +
        '<author>me@example.com (Example editor)</author><category domain="http://s.example/">Politics</category>' +
        '<category>Loose</category><source url="http://orig.example/rss">Origin Wire</source></item></channel></rss>',
    );
    const [item] = feed.items;
    expect(item).toMatchObject({
      author: 'me@example.com (Example editor)',
      contributors: [{ name: 'Example editor', email: 'me@example.com', role: 'author' }],
      categories: ['Politics', 'Loose'],
      providerSubjects: [{ name: 'Politics', scheme: 'http://s.example/' }],
      rights: { notice: '© Wire' },
      origin: { title: 'Origin Wire', feedUrl: 'http://orig.example/rss' },
    });
    expect(feed.rights).toEqual({ value: '© Wire', type: 'text/plain' });
  });

  it('reads Media RSS contents, groups and thumbnails and Atom enclosures as media, nothing fetched', async () => {
    const rss = await parseFeed(
      '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>P</title>' +
        '<media:content url="http://m.example/v.mp4" type="video/mp4" duration="61" fileSize="900"><media:title>Clip</media:title></media:content>' +
        '<media:thumbnail url="http://m.example/t.jpg" width="120" height="90"/>' +
        '<media:credit>Jo Lens</media:credit><media:description>What it shows</media:description>' +
        '<enclosure url="http://m.example/v.mp4" length="900" type="video/mp4"/></item></channel></rss>',
    );
    expect(rss.items[0]?.media).toEqual([
      {
        kind: 'video',
        href: 'http://m.example/v.mp4',
        mimeType: 'video/mp4',
        size: 900,
        duration: 61,
        headline: 'Clip',
        caption: 'What it shows',
        credit: 'Jo Lens',
        renditions: [
          { name: 'original', href: 'http://m.example/v.mp4', mimeType: 'video/mp4', size: 900 },
          { name: 'thumbnail', href: 'http://m.example/t.jpg', width: 120, height: 90 },
        ],
      },
    ]);
    const entry = await parseFeed(
      atom(
        '<entry><id>1</id><link rel="enclosure" href="http://m.example/a.mp3" type="audio/mpeg" length="42"/></entry>',
      ),
    );
    expect(entry.items[0]?.media).toEqual([
      { kind: 'audio', href: 'http://m.example/a.mp3', mimeType: 'audio/mpeg', size: 42, renditions: [] },
    ]);
  });

  it('caps what one item may list (hostile input decides no unbounded work)', async () => {
    const many = '<media:content url="http://m.example/x.jpg"/>'.replace('x', 'x{}');
    const items = Array.from({ length: 500 }, (_, i) => many.replace('{}', String(i))).join('');
    const feed = await parseFeed(
      `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>M</title>${items}</item></channel></rss>`,
    );
    expect(feed.items[0]?.media).toHaveLength(50);
  });

  it('reads JSON Feed images and attachments, and ninjs associations with renditions', async () => {
    const json = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: '1',
            title: 'J',
            image: '/i.png',
            attachments: [{ url: 'http://m.example/p.pdf', mime_type: 'application/pdf', size_in_bytes: 7 }],
          },
          'not an item',
        ],
      }),
      { url: 'https://json.example/feed.json' },
    );
    expect(json.items[0]?.media).toEqual([
      { kind: 'picture', href: 'https://json.example/i.png', renditions: [] },
      { kind: 'file', href: 'http://m.example/p.pdf', mimeType: 'application/pdf', size: 7, renditions: [] },
    ]);
    expect(json.skipped).toEqual([{ position: 2, reason: 'item 2 is not an object' }]);
    const ninjs = await parseFeed(
      JSON.stringify({
        uri: 'urn:story',
        headlines: [{ value: 'N' }],
        associations: [
          {
            name: 'featuremedia',
            type: 'picture',
            uri: 'urn:pic',
            descriptions: [{ role: 'caption', value: 'A caption' }],
            by: 'Photographer',
            copyrightHolder: 'Agency',
            renditions: [
              {
                name: 'thumbnail',
                href: 'http://m.example/t.jpg',
                width: 100,
                height: 80,
                contentType: 'image/jpeg',
              },
              {
                name: 'original',
                href: 'http://m.example/o.jpg',
                width: 3000,
                height: 2000,
                contentType: 'image/jpeg',
              },
            ],
          },
          { name: 'other', type: 'text', uri: 'urn:story2' },
        ],
      }),
    );
    expect(ninjs.items[0]?.media).toEqual([
      expect.objectContaining({
        kind: 'picture',
        uri: 'urn:pic',
        href: 'http://m.example/o.jpg',
        width: 3000,
        caption: 'A caption',
        credit: 'Photographer',
        rights: { holder: 'Agency' },
        renditions: [
          expect.objectContaining({ name: 'thumbnail' }),
          expect.objectContaining({ name: 'original' }),
        ],
      }),
    ]);
  });
});
