import { RawItemSchema, WirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { MAX_FEED_ITEMS } from './limits.ts';
import { parseFeed } from './parse-feed.ts';
import { normalizeJobsForPush } from './websub/ingest.ts';

const NAR = 'http://iptc.org/std/nar/2006-10-01/';

const newsItem = (inner: string, attrs = 'guid="urn:newsml:wire.example:1" version="1"') =>
  `<newsItem xmlns="${NAR}" ${attrs} standard="NewsML-G2" standardversion="2.33">${inner}</newsItem>`;

const textItem = (headline: string, extra = '', attrs?: string) =>
  newsItem(
    `<itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:WIRE"/>` +
      `<versionCreated>2024-03-09T10:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>` +
      `<contentMeta><headline>${headline}</headline>${extra}</contentMeta>` +
      `<contentSet><inlineData contenttype="text/plain">Body of ${headline}.</inlineData></contentSet>`,
    attrs,
  );

const picture = (guid: string, renditions: string) =>
  newsItem(
    `<itemMeta><itemClass qcode="ninat:picture"/><provider qcode="nprov:WIRE"/></itemMeta>` +
      `<contentMeta><headline>Photo ${guid}</headline><description role="drol:caption">Caption ${guid}</description></contentMeta>` +
      `<contentSet>${renditions}</contentSet>`,
    `guid="${guid}" version="1"`,
  );

const rendition = (i: number) =>
  `<remoteContent rendition="rnd:r${i}" href="https://img.wire.example/${i}.jpg" contenttype="image/jpeg" width="${100 + i}" height="${50 + i}"/>`;

const message = (items: string, header = '<header><sent>2024-03-09T10:00:00Z</sent></header>') =>
  `<?xml version="1.0" encoding="UTF-8"?><newsMessage xmlns="${NAR}">${header}<itemSet>${items}</itemSet></newsMessage>`;

async function parseError(body: string): Promise<WirefeedError> {
  const err = await parseFeed(body, { url: 'https://wire.example/g2.xml' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WirefeedError);
  expect((err as WirefeedError).code).toBe('WF_E_FEED_PARSE');
  return err as WirefeedError;
}

describe('parseFeed: NewsML-G2', () => {
  it('reads a news message item by item, each a valid RawItem', async () => {
    const feed = await parseFeed(
      message(textItem('First', '', 'guid="a" version="1"') + textItem('Second', '', 'guid="b" version="4"')),
    );
    expect(feed.format).toBe('newsml-g2');
    expect(feed.items.map((i) => [i.guid, i.itemVersion, i.title, i.contentText])).toEqual([
      ['a', 1, 'First', 'Body of First.'],
      ['b', 4, 'Second', 'Body of Second.'],
    ]);
    for (const item of feed.items) expect(RawItemSchema.safeParse(item).success).toBe(true);
  });

  it('states a kill, an update, a correction and the urgency (the message priority when the item has none)', async () => {
    const killed = newsItem(
      '<itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:canceled"/>' +
        '<signal qcode="sig:update"/><signal uri="http://cv.iptc.org/newscodes/signal/correction"/></itemMeta>' +
        '<contentMeta><urgency>1</urgency><headline>Killed</headline></contentMeta>',
    );
    const plain = textItem('Plain', '', 'guid="p" version="1"');
    const feed = await parseFeed(message(killed + plain, '<header><priority>4</priority></header>'));
    expect(feed.items[0]?.signals).toEqual({ canceled: true, update: true, correction: true, urgency: 1 });
    expect(feed.items[1]?.signals).toEqual({ urgency: 4 });
  });

  it('resolves IPTC qcodes and an inline catalog to URIs and keeps other codes as written', async () => {
    const feed = await parseFeed(
      newsItem(
        '<catalog><scheme alias="agsubj" uri="https://cv.wire.example/subject/"/></catalog>' +
          '<itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta>' +
          '<subject qcode="medtop:20000523"><name xml:lang="de">Arbeitsmarkt</name><name xml:lang="en">labour market</name></subject>' +
          '<subject qcode="subj:04000000"><name>economy</name></subject>' +
          '<subject qcode="agsubj:jobs"><name>Jobs</name></subject>' +
          '<subject qcode="private:x1"/><subject literal="int001"/>' +
          '<headline xml:lang="en">Jobs</headline><language tag="en"/></contentMeta>',
      ),
    );
    expect(feed.items[0]?.providerSubjects).toEqual([
      {
        code: 'medtop:20000523',
        name: 'labour market',
        uri: 'http://cv.iptc.org/newscodes/mediatopic/20000523',
        scheme: 'medtop',
      },
      {
        code: 'subj:04000000',
        name: 'economy',
        uri: 'http://cv.iptc.org/newscodes/subjectcode/04000000',
        scheme: 'subj',
      },
      { code: 'agsubj:jobs', name: 'Jobs', uri: 'https://cv.wire.example/subject/jobs', scheme: 'agsubj' },
      { code: 'private:x1', scheme: 'private' },
    ]);
  });

  it('takes the byline without its lead-in and agency, and the job title out of a NITF byline', async () => {
    const by = await parseFeed(
      textItem('A', '<by>Von Anna Schmidt und Max Weber, dpa</by><creditline>dpa</creditline>'),
    );
    expect(by.items[0]?.author).toBe('Anna Schmidt und Max Weber');
    const nitf = await parseFeed(
      newsItem(
        '<itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:WIRE"><name>Example Wire</name></provider></itemMeta>' +
          '<contentMeta><headline>B</headline></contentMeta><contentSet><inlineXML contenttype="application/nitf+xml">' +
          '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head><byline>By JANE DOE, <byttl>Chief Economist</byttl> / Example Wire</byline></body.head>' +
          '<body.content><p>Text.</p></body.content></body></nitf></inlineXML></contentSet>',
      ),
    );
    expect(nitf.items[0]?.author).toBe('JANE DOE');
  });

  it('reads located with its broader region and country, and the dateline as written', async () => {
    const feed = await parseFeed(
      textItem(
        'Quake',
        '<located qcode="geo:1"><name>Las Vegas</name>' +
          '<broader qcode="iso3166-1a2:US-NV"><name>Nevada</name></broader>' +
          '<broader qcode="iso3166-1a3:USA" type="cptype:country"><name>United States</name></broader></located>' +
          '<dateline>LAS VEGAS, March 9 (Wire) -</dateline>',
      ),
    );
    expect(feed.items[0]?.dateline).toEqual({
      raw: 'LAS VEGAS, March 9 (Wire) -',
      place: 'Las Vegas',
      region: 'Nevada',
      country: 'United States',
      countryCode: 'US',
    });
  });

  it('gives a picture its renditions, the original as its main file, relative hrefs resolved', async () => {
    const feed = await parseFeed(
      picture(
        'tag:wire.example,2024:pic1',
        '<remoteContent rendition="rnd:thumbnail" href="thumb/1.jpg" contenttype="image/jpeg" width="100" height="66" size="3000"/>' +
          '<remoteContent rendition="rnd:highRes" href="https://img.wire.example/1.jpg" contenttype="image/jpeg" width="3000" height="2000" size="2000000"/>' +
          '<remoteContent rendition="rnd:web" href="file:///etc/passwd" contenttype="image/jpeg" width="600" height="400"/>',
      ),
      { url: 'https://wire.example/g2/feed.xml' },
    );
    const [item] = feed.items;
    expect(item).toMatchObject({
      title: 'Photo tag:wire.example,2024:pic1',
      contentText: 'Caption tag:wire.example,2024:pic1',
    });
    expect(item?.media?.[0]).toMatchObject({
      kind: 'picture',
      uri: 'tag:wire.example,2024:pic1',
      href: 'https://img.wire.example/1.jpg',
      width: 3000,
      height: 2000,
      size: 2000000,
      caption: 'Caption tag:wire.example,2024:pic1',
    });
    // Every address is kept as the parser found it; normalize drops what is not http(s).
    expect(item?.media?.[0]?.renditions.map((r) => [r.name, r.href])).toEqual([
      ['thumbnail', 'https://wire.example/g2/thumb/1.jpg'],
      ['highRes', 'https://img.wire.example/1.jpg'],
      ['web', 'file:///etc/passwd'],
    ]);
  });

  it('makes a package a story whose associations are its items, and gives a text the pictures of its group', async () => {
    const pkg =
      '<packageItem guid="pkg" version="1"><itemMeta><itemClass qcode="ninat:composite"/></itemMeta>' +
      '<contentMeta><headline>Package</headline></contentMeta><groupSet root="G1">' +
      '<group id="G1"><itemRef residref="t1"><itemClass qcode="ninat:text"/></itemRef>' +
      '<itemRef residref="p1"><itemClass qcode="ninat:picture"/></itemRef></group>' +
      '<group id="G2"><itemRef residref="elsewhere" href="https://wire.example/items/x"><itemClass qcode="ninat:text"/><title>Sidebar</title></itemRef></group>' +
      '</groupSet></packageItem>';
    const feed = await parseFeed(
      message(
        pkg +
          textItem('Text', '', 'guid="t1" version="1"') +
          picture('p1', rendition(1)) +
          picture('p2', rendition(2)),
      ),
    );
    expect(feed.items.map((i) => i.guid)).toEqual(['pkg', 't1', 'p2']);
    const [story, text] = feed.items;
    expect(story?.media?.map((m) => [m.kind, m.uri, m.headline])).toEqual([
      ['text', 't1', 'Text'],
      ['picture', 'p1', 'Photo p1'],
      ['text', 'elsewhere', 'Sidebar'],
    ]);
    expect(text?.media?.map((m) => [m.kind, m.uri, m.renditions.length])).toEqual([['picture', 'p1', 1]]);
  });

  it('reads an XHTML body in order, mixed content kept, the head left out', async () => {
    const feed = await parseFeed(
      newsItem(
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>H</headline></contentMeta>' +
          '<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">' +
          '<head><title>Title</title></head><body><p>One <b>bold</b> &amp; <a href="https://x.example/?a=1&amp;b=2">link</a> end.</p><p>Two&#160;&nbsp;<![CDATA[<raw>]]></p></body></html>' +
          '</inlineXML></contentSet>',
      ),
    );
    expect(feed.items[0]?.contentHtml).toBe(
      '<p>One <b>bold</b> &amp; <a href="https://x.example/?a=1&amp;b=2">link</a> end.</p><p>Two\u00a0\u00a0&lt;raw&gt;</p>',
    );
  });

  it('reads a base64 inlineData body', async () => {
    const text = Buffer.from('Grüße aus Berlin.').toString('base64');
    const feed = await parseFeed(
      newsItem(
        '<itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>H</headline></contentMeta>' +
          `<contentSet><inlineData contenttype="text/plain" encoding="base64">${text}</inlineData></contentSet>`,
      ),
    );
    expect(feed.items[0]?.contentText).toBe('Grüße aus Berlin.');
  });

  it('takes a news message pushed by a WebSub hub like a polled one: one normalize job per item', async () => {
    const body = new TextEncoder().encode(
      message(textItem('A', '', 'guid="a"') + textItem('B', '', 'guid="b"')),
    );
    const { feed, emits } = await normalizeJobsForPush(body, {
      feedId: 'g2',
      topic: 'https://wire.example/g2.xml',
      contentType: 'application/vnd.iptc.g2.newsmessage+xml',
      receivedAt: new Date('2024-03-09T10:00:00Z'),
    });
    expect(feed.format).toBe('newsml-g2');
    expect(emits.map((e) => (e.data as { item: { guid?: string } }).item.guid)).toEqual(['a', 'b']);
  });

  it('leaves out and reports an item with no headline or text, and a concept item; delivers the rest', async () => {
    const empty = newsItem('<itemMeta><itemClass qcode="ninat:text"/></itemMeta>', 'guid="empty"');
    const concept = `<conceptItem guid="c1"><concept><name>X</name></concept></conceptItem>`;
    const feed = await parseFeed(message(empty + concept + textItem('Kept', '', 'guid="k"')));
    expect(feed.items.map((i) => i.guid)).toEqual(['k']);
    expect(feed.skipped).toEqual([
      { position: 1, reason: 'item 1 (empty) has neither a headline nor any text' },
      { position: 2, reason: 'item 2 (c1) is a concept item: it carries no news' },
    ]);
  });

  it("names subjects and places from the item's asserts when they carry no name of their own (AP)", async () => {
    const feed = await parseFeed(
      textItem('A', '<located qcode="apgeo:1"/><subject qcode="apperson:9" type="cpnat:person"/>').replace(
        '</newsItem>',
        '<assert qcode="apgeo:1"><name>Kentucky</name></assert><assert qcode="apperson:9"><name>Keegan Murray</name></assert></newsItem>',
      ),
    );
    expect(feed.items[0]?.providerSubjects).toEqual([
      { code: 'apperson:9', name: 'Keegan Murray', scheme: 'apperson' },
    ]);
    expect(feed.items[0]?.dateline).toEqual({ place: 'Kentucky' });
  });

  it('refuses what carries no news, with a reason', async () => {
    expect((await parseError(`<conceptItem xmlns="${NAR}" guid="c"/>`)).message).toMatch(/concept item/);
    expect((await parseError(`<knowledgeItem xmlns="${NAR}"/>`)).message).toMatch(/catalog of concepts/);
    expect((await parseError('<NewsML Version="1.2"><NewsItem/></NewsML>')).message).toMatch(/NewsML 1\.x/);
  });
});

describe('parseFeed: NITF', () => {
  const nitf = (head: string, body: string) =>
    `<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "nitf-3-6.dtd"><nitf baselang="en-GB"><head>${head}</head><body>${body}</body></nitf>`;

  it('reads a standalone document: docdata, hedline, byline, dateline, body and its pictures', async () => {
    const feed = await parseFeed(
      nitf(
        '<docdata management-status="usable"><doc-id id-string="doc-1"/><urgency ed-urg="2"/>' +
          '<date.issue norm="20240309T081500+0100"/><date.release norm="20240309T120000Z"/><du-key version="3"/></docdata>',
        '<body.head><hedline><hl1>Headline</hl1><hl2>Sub</hl2></hedline><byline>By <person>Ann Poe</person>, Example Wire</byline>' +
          '<distributor>Example Wire</distributor><dateline><location><city>OSLO</city><country iso-cc="no">Norway</country></location></dateline></body.head>' +
          '<body.content><p>First &mdash; <person>Ann</person> said.</p><media media-type="image"><media-reference source="https://img.example/a.jpg" width="10" height="5"/>' +
          '<media-caption>Cap</media-caption></media><hl2>Part</hl2><bq><p>Quote</p></bq></body.content>',
      ),
    );
    expect(feed.format).toBe('nitf');
    expect(feed.items[0]).toMatchObject({
      guid: 'doc-1',
      itemVersion: 3,
      title: 'Headline',
      subheadline: 'Sub',
      author: 'Ann Poe',
      credit: 'Example Wire',
      language: 'en-GB',
      published: '2024-03-09T08:15:00+01:00',
      embargoedUntil: '2024-03-09T12:00:00Z',
      signals: { urgency: 2 },
      dateline: { place: 'OSLO', country: 'Norway', countryCode: 'NO' },
      contentHtml: '<p>First \u2014 Ann said.</p><h2>Part</h2><blockquote><p>Quote</p></blockquote>',
      media: [{ kind: 'picture', href: 'https://img.example/a.jpg', caption: 'Cap' }],
    });
  });

  it('reads management-status canceled as a kill', async () => {
    const feed = await parseFeed(
      nitf(
        '<docdata management-status="canceled"/>',
        '<body.head><hedline><hl1>Gone</hl1></hedline></body.head>',
      ),
    );
    expect(feed.items[0]?.signals).toEqual({ canceled: true });
  });
});

describe('parseFeed: NewsML-G2 and NITF on hostile input', () => {
  it(`reads the first ${MAX_FEED_ITEMS} items of a message with thousands`, async () => {
    const items = Array.from({ length: 5_000 }, (_, i) =>
      textItem(`Item ${i}`, '', `guid="g${i}" version="1"`),
    );
    const feed = await parseFeed(message(items.join('')));
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items.at(-1)?.guid).toBe(`g${MAX_FEED_ITEMS - 1}`);
    expect(feed.skipped).toEqual([
      {
        position: MAX_FEED_ITEMS + 1,
        reason: `the message holds 5000 items: only the first ${MAX_FEED_ITEMS} are read`,
      },
    ]);
  });

  it('keeps 20 renditions of a picture listing thousands, and 200 items of a package listing thousands', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => rendition(i)).join('');
    const feed = await parseFeed(picture('p', many));
    expect(feed.items[0]?.media?.[0]?.renditions).toHaveLength(20);
    const refs = Array.from({ length: 5_000 }, (_, i) => `<itemRef residref="urn:x:${i}"/>`).join('');
    const pkg = await parseFeed(
      `<packageItem xmlns="${NAR}" guid="pkg"><contentMeta><headline>P</headline></contentMeta><groupSet><group>${refs}</group></groupSet></packageItem>`,
    );
    expect(pkg.items[0]?.media).toHaveLength(200);
  });

  it('refuses a document cut short, one nested too deep and one with too many elements', async () => {
    const cut = message(textItem('A') + textItem('B')).slice(0, -40);
    expect((await parseError(cut)).message).toMatch(/cut short/);
    const deep = textItem('A', `<description>${'<x>'.repeat(500)}${'</x>'.repeat(500)}</description>`);
    expect((await parseError(deep)).message).toMatch(/too deep/);
    const wide = newsItem(`<contentMeta>${'<x/>'.repeat(600_000)}</contentMeta>`);
    expect((await parseError(wide)).message).toMatch(/too large/);
  });

  it('expands no entity a DOCTYPE declares, and lets no __proto__ element through', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    const feed = await parseFeed(`${laughs}${textItem('&b;', '<description>&xxe;</description>')}`);
    expect(feed.items[0]).toMatchObject({ title: '&b;', summary: '&xxe;' });
    const odd = await parseFeed(
      newsItem('<contentMeta><__proto__><polluted>yes</polluted></__proto__></contentMeta>'),
    ).catch((err: unknown) => err);
    expect(odd).toBeInstanceOf(WirefeedError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // Speed is the bench's (`npm run bench -- normalize`); here, that it settles: 3 s on a quiet machine,
  // past the default 30 s on one loaded 13-fold, hence a limit of its own.
  it('settles on a million ampersands in a headline', { timeout: 120_000 }, async () => {
    const outcome = await parseFeed(textItem('&'.repeat(1_000_000))).catch((err: unknown) => err);
    if (outcome instanceof Error) expect(outcome).toBeInstanceOf(WirefeedError);
    else expect(outcome).toHaveProperty('items');
  });
});
