// NewsML-G2 and NITF through the stages that shape a story (parse → normalize → ninjs), over the IPTC's
// own examples (test/fixtures/newsml-g2/iptc, from the NewsML-G2 Implementation Guide) and over
// documents written in the style of real agency deliveries (test/fixtures/newsml-g2/agency): every
// story must be valid ninjs 3.1 and carry what the source said.
import { readFileSync } from 'node:fs';
import type { NinjsDocument, RawItem, Story } from '@wirefeed/core';
import { toNinjs } from '@wirefeed/core';
import { expectValidNinjs } from '@wirefeed/core/testing';
import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import { describe, expect, it } from 'vitest';

const FEED_URL = 'https://wire.example.com/g2/feed.xml';
const NOW = '2024-03-10T12:00:00.000Z';

const read = (path: string) => readFileSync(new URL(`./fixtures/newsml-g2/${path}`, import.meta.url));
const iptc = (name: string) => read(`iptc/${name}`);
const agency = (name: string) => read(`agency/${name}`);

interface Delivered {
  story: Story;
  doc: NinjsDocument;
}

function deliver(item: RawItem, label: string): Delivered {
  const story = normalizeItem(item, { feedId: 'g2', feedUrl: FEED_URL, fetchedAt: NOW, now: new Date(NOW) });
  const doc = toNinjs(story);
  expectValidNinjs(doc, label);
  return { story, doc };
}

async function deliverAll(body: Uint8Array | string, label: string): Promise<Delivered[]> {
  const feed = await parseFeed(body, { url: FEED_URL });
  return feed.items.map((item, i) => deliver(item, `${label} #${i}`));
}

async function deliverOne(body: Uint8Array | string, label: string): Promise<Delivered> {
  const [one, ...more] = await deliverAll(body, label);
  expect(more).toHaveLength(0);
  if (!one) throw new Error(`${label}: no story`);
  return one;
}

// Listings 7, 25 and 28 of the guide are fragments of an item; put in an item, they are one.
function inItem(fragment: Buffer, contentMeta = '', root = 'newsItem', itemClass = 'text'): string {
  const body = fragment.toString('utf8').replace(/^<\?xml[^>]*\?>/, '');
  return (
    `<${root} xmlns="http://iptc.org/std/nar/2006-10-01/" guid="tag:wirefeed.test,2024:fragment" version="1">` +
    `<itemMeta><itemClass qcode="ninat:${itemClass}"/><provider qcode="nprov:TEST"/>` +
    `<versionCreated>2024-03-09T10:00:00Z</versionCreated></itemMeta>${contentMeta}${body}</${root}>`
  );
}

describe('NewsML-G2 and NITF: the IPTC examples', () => {
  it('LISTING 1, a text item: rights, embargo, located with region and country, subjects, signal, provider', async () => {
    const { story, doc } = await deliverOne(iptc('LISTING_1_A_NewsML-G2_News_Item.xml'), 'listing 1');
    expect(story.source.guid).toBe('urn:newsml:acmenews.com:20161018:US-FINANCE-FED');
    expect(doc).toMatchObject({
      headlines: [{ role: 'main', value: 'Fed to halt QE to avert "bubble"' }],
      language: 'en',
      embargoedUntil: '2018-10-23T12:00:00.000Z',
      located: 'Berlin, Berlin, Germany',
      by: 'Meredith Jameson',
      copyrightHolder: 'Example Enews LLP',
      copyrightNotice: 'Copyright 2017-18 Example Enews LLP, all rights reserved',
      usageTerms: 'Not for use outside the United States',
      edNote: 'Update.',
      firstCreated: '2016-10-18T18:12:21.000Z',
      versionCreated: '2018-10-21T21:25:32.000Z',
    });
    expect(story.dateline).toMatchObject({ place: 'Berlin', countryCode: 'DE' });
    expect(doc.infoSources).toContainEqual({
      name: 'REUTERS',
      role: 'http://cv.iptc.org/newscodes/contentprodpartyrole/origcont',
      uri: 'http://cv.iptc.org/newscodes/newsprovider/REUTERS',
    });
    expect(doc.subjects).toEqual([
      {
        name: 'economy, business and finance',
        rel: 'about',
        uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000',
        literal: 'medtop:04000000',
        creator: 'provider',
      },
      {
        name: 'labour market',
        rel: 'about',
        uri: 'http://cv.iptc.org/newscodes/mediatopic/20000523',
        literal: 'medtop:20000523',
        creator: 'provider',
      },
    ]);
    expect(doc.people).toEqual([
      { name: 'Meredith Jameson', rel: 'author', uri: 'http://www.example.com/staff/mjameson' },
    ]);
  });

  it('LISTING 2 and the receiver view, text with a NITF body: body, byline, the info source as credit', async () => {
    const { story, doc } = await deliverOne(iptc('LISTING_2_NewsML-G2_Text_Document.xml'), 'listing 2');
    expect(story.body.text).toMatch(/^\(New York, NY - October 21\) Et, sent luptat luptat/);
    expect(story.body.html).toMatch(/^<p>\(New York, NY - October 21\) Et, sent luptat/);
    expect(story.body.text.split('\n\n')).toHaveLength(2);
    expect(doc).toMatchObject({ by: 'Meredith Jameson', located: 'New York, NY', language: 'en' });
    expect(doc.infoSources.map((s) => s.name)).toEqual(['Associated Press', 'acmenews.com', 'g2']);
    expect(doc.subjects?.map((s) => s.literal)).toEqual([
      'medtop:04000000',
      'medtop:20000350',
      'medtop:20000379',
    ]);
    const receiver = await deliverOne(iptc('Receiver_View.xml'), 'receiver view');
    expect(receiver.doc).toMatchObject({ urgency: 5, usageTerms: expect.stringMatching(/^NAG Example/) });
  });

  it('LISTING 22, a sports story in NITF: summary, body, the creator as byline, the provider subjects', async () => {
    const { story, doc } = await deliverOne(
      iptc('LISTING_22_Sports_story_in_NewsML-G2NITF.xml'),
      'listing 22',
    );
    expect(story.headline).toBe(
      'Preview: Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05 p.m.',
    );
    expect(story.summary).toMatch(/^A pair of teams coming off big weekend sweeps will square off tonight/);
    expect(story.body.text.split('\n\n')).toHaveLength(6);
    expect(doc.by).toBe('The Sports Network');
    expect(story.providerSubjects).toContainEqual({
      code: 'medtop:20000849',
      name: 'Baseball',
      uri: 'http://cv.iptc.org/newscodes/mediatopic/20000849',
      scheme: 'medtop',
    });
    expect(story.providerSubjects).toContainEqual({
      code: 'person:l.mlb.com-p.456',
      name: 'Doug Davis',
      scheme: 'person',
    });
  });

  it('LISTING 25, a NITF article inline: headline, byline and abstract from NITF when the item has none', async () => {
    const { story } = await deliverOne(
      inItem(iptc('LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml')),
      'listing 25',
    );
    expect(story.headline).toBe('Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.');
    expect(story.summary).toMatch(/^A pair of teams coming off big weekend sweeps will square off Tonight/);
    expect(story.body.text).toMatch(/looks set to be a clash of the Titans\.$/);
  });

  it('LISTING 3 and 3A, a photo in three renditions: the picture with its caption, credit and rights', async () => {
    for (const name of [
      'LISTING_3_Photo_in_NewsML-G2.xml',
      'LISTING_3A_Photo_in_NewsML-G2_(URI_sibling_attributes).xml',
    ]) {
      const { story, doc } = await deliverOne(iptc(name), name);
      expect(story.headline).toBe('Variety Of Recessionary Forces Leave Las Vegas Economy Scarred');
      expect(story.body.text).toMatch(/^A general view of part of downtown, including Las Vegas Boulevard/);
      expect(story.credit).toBe('Getty Images');
      expect(story.contributors).toEqual([
        { name: 'Spencer Platt', role: 'photographer' },
        { name: 'sp/lrc', role: 'caption writer' },
      ]);
      // Only http(s) renditions reach a consumer: the two file:/// ones are left out, the relative one resolved.
      expect(doc.associations).toEqual([
        {
          name: 'featuremedia',
          rel: 'association',
          uri: 'tag:gettyimages.com,2010:GYI0062134533',
          type: 'picture',
          representationType: 'partial',
          headlines: [
            { role: 'main', value: 'Variety Of Recessionary Forces Leave Las Vegas Economy Scarred' },
          ],
          descriptions: [
            { role: 'caption', value: expect.stringMatching(/^A general view of part of downtown/) },
          ],
          by: 'Getty Images',
          copyrightHolder: 'Getty Images North America',
          copyrightNotice: expect.stringMatching(/^Copyright 2010 Getty Images\./),
          usageTerms: expect.stringMatching(/^Contact your local office/),
          renditions: [
            {
              name: 'highRes',
              href: 'https://wire.example.com/g2/GYI0062134533.jpg',
              contentType: 'image/jpeg',
              width: 1500,
              height: 1001,
              sizeInBytes: 346071,
            },
          ],
        },
      ]);
    }
  });

  it('LISTING 4, a video in three renditions and a thumbnail: durations, the HD original as main file', async () => {
    const { story, doc } = await deliverOne(
      iptc('LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml'),
      'listing 4',
    );
    expect(story.headline).toMatch(/^- Amir Hussein Abdullahian, Iranian foreign ministry/);
    expect(story.media[0]).toMatchObject({
      kind: 'video',
      href: 'http://components.afp.com/3e353716caa.1920x1080.mp4',
      duration: 69,
    });
    expect(doc.associations?.[0]).toMatchObject({ type: 'video', by: 'AFP' });
    const renditions =
      doc.associations?.[0] && 'renditions' in doc.associations[0] ? doc.associations[0].renditions : [];
    expect(renditions?.map((r) => [r.name, r.width, r.height, r.duration])).toEqual([
      ['dvd', 720, 576, 69],
      ['HD1080', 1920, 1080, 69],
      ['HD720', 1280, 720, 69],
      ['thumbnail', 110, 62, undefined],
    ]);
  });

  it('LISTING 26, photo metadata: urgency, credit line, keywords, rights', async () => {
    const { story, doc } = await deliverOne(
      iptc('LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml'),
      'listing 26',
    );
    expect(doc).toMatchObject({
      urgency: 4,
      copyrightHolder: 'Thomson Reuters',
      usageTerms: 'NO ARCHIVAL OR WIRELESS USE',
    });
    expect(story.credit).toBe('Acme/John Smith');
    expect(story.categories).toEqual(['us', 'military', 'aviation', 'crash', 'fire']);
    expect(story.media[0]?.renditions).toHaveLength(1);
  });

  it('LISTING 28, located and dateline: the dateline as written, its place when located names none', async () => {
    const fragment = iptc('LISTING_28_Illustrating_Located_Subject_and_Dateline.xml');
    const withHeadline = Buffer.from(
      fragment
        .toString('utf8')
        .replace('</contentMeta>', '<headline>Talks on South Ossetia</headline></contentMeta>'),
    );
    const { story, doc } = await deliverOne(inItem(withHeadline), 'listing 28');
    expect(story.dateline).toEqual({ place: 'Moscow', raw: 'MOSCOW, Monday (Reuters)' });
    expect(doc.located).toBe('Moscow');
    expect(doc.by).toBe('Thomson Reuters');
  });

  it('LISTING 6 and 7, packages: a story whose associations are its items', async () => {
    const { story, doc } = await deliverOne(iptc('LISTING_6_Simple_NewsML-G2_Package.xml'), 'listing 6');
    expect(story.headline).toBe('UK');
    expect(story.media.map((m) => [m.kind, m.uri])).toEqual([
      ['text', 'urn:newsml:iptc.org:20081007:tutorial-item-A'],
    ]);
    expect(doc.associations).toEqual([
      expect.objectContaining({
        type: 'text',
        uri: 'urn:newsml:iptc.org:20081007:tutorial-item-A',
        headlines: [{ role: 'main', value: 'Obama annonce son équipe' }],
      }),
    ]);
    const hierarchical = await deliverOne(
      inItem(
        iptc('LISTING_7_Group_Set_example_showing_Hierarchical_Package_Structure.xml'),
        '<contentMeta><headline>Obama team</headline></contentMeta>',
        'packageItem',
        'composite',
      ),
      'listing 7',
    );
    expect(hierarchical.doc.associations?.map((a) => [a.type, a.name])).toEqual([
      ['text', 'text1'],
      ['text', 'text2'],
    ]);
  });

  it("LISTING 24 and 29 and AP's example, items without a headline or text: each left out and reported", async () => {
    const message = await parseFeed(iptc('LISTING_24_News_Message_conveying_a_complete_News_Package.xml'));
    expect(message.format).toBe('newsml-g2');
    expect(message.items).toEqual([]);
    expect(message.skipped).toEqual([
      { position: 1, reason: 'item 1 has neither a headline nor any text' },
      { position: 2, reason: 'item 2 (N1) has neither a headline nor any text' },
      { position: 3, reason: 'item 3 (N2) has neither a headline nor any text' },
      { position: 4, reason: 'item 4 (N3) has neither a headline nor any text' },
      { position: 5, reason: 'item 5 (N4) has neither a headline nor any text' },
    ]);
    for (const name of ['LISTING_29_Hop_History.xml', 'ap_metadata_example.xml']) {
      const feed = await parseFeed(iptc(name));
      expect(feed.items).toEqual([]);
      expect(feed.skipped?.[0]?.reason).toMatch(/^item 1 \(.+\) has neither a headline nor any text$/);
    }
  });
});

describe('NewsML-G2 and NITF: agency-style documents', () => {
  it('a dpa-style news message: the text with its two photos, and the package that groups them', async () => {
    const [pkg, text, ...rest] = await deliverAll(agency('dpa-news-message.xml'), 'dpa message');
    expect(rest).toHaveLength(0);
    expect(pkg?.doc.headlines?.[0]?.value).toBe('Bundestag beschließt Wärmegesetz - mit Bildern');
    expect(pkg?.doc.associations?.map((a) => [a.type, a.uri])).toEqual([
      ['text', 'urn:newsml:dpa-example.com:20240309:240309-99-000042'],
      ['picture', 'urn:newsml:dpa-example.com:20240309:pa-240309-0815'],
      ['picture', 'urn:newsml:dpa-example.com:20240309:pa-240309-0816'],
    ]);
    if (!text) throw new Error('no text story');
    const { story, doc } = text;
    expect(doc).toMatchObject({
      headlines: [
        { role: 'main', value: 'Bundestag beschließt Wärmegesetz' },
        { role: 'sub', value: 'Koalition setzt sich nach monatelangem Streit durch' },
      ],
      by: 'Anna Schmidt',
      located: 'Berlin, Berlin, Deutschland',
      language: 'de',
      urgency: 3,
      copyrightHolder: 'dpa Deutsche Presse-Agentur GmbH',
      copyrightNotice: '© dpa Deutsche Presse-Agentur GmbH, 2024',
      usageTerms: 'Nur zur redaktionellen Verwendung. Keine Archivierung über 30 Tage.',
      descriptions: [
        { role: 'summary', value: 'Nach monatelangem Streit hat der Bundestag das Wärmegesetz beschlossen.' },
      ],
    });
    expect(story.dateline).toMatchObject({ countryCode: 'DE', raw: 'Berlin' });
    expect(doc.infoSources.map((s) => s.name)).toEqual(['dpa', 'dpa Deutsche Presse-Agentur GmbH', 'g2']);
    // The body: sanitized like any feed's, its "Berlin (dpa) -" dateline taken off.
    expect(story.body.text).toMatch(/^Der Bundestag hat am Samstag nach monatelangem Streit/);
    expect(story.body.html).toMatch(
      /<a href="https:\/\/www.bundestag.example\/drucksache\/20-1234"[^>]*>Entwurf<\/a>/,
    );
    expect(story.body.html).not.toMatch(/script|alert/);
    expect(doc.people).toEqual([
      { name: 'Anna Schmidt', rel: 'author', uri: 'https://www.dpa-example.com/autoren/anna-schmidt' },
      { name: 'Max Weber', rel: 'editor' },
    ]);
    expect(doc.subjects?.filter((s) => s.creator === 'provider')).toEqual([
      {
        name: 'Parlament',
        rel: 'about',
        uri: 'http://cv.iptc.org/newscodes/mediatopic/20000418',
        literal: 'medtop:20000418',
        creator: 'provider',
      },
      {
        name: 'Regierung',
        rel: 'about',
        uri: 'http://cv.iptc.org/newscodes/subjectcode/11006000',
        literal: 'subj:11006000',
        creator: 'provider',
      },
      // dpa's own scheme, bound by the catalog the item carries.
      {
        name: 'Energie',
        rel: 'about',
        uri: 'https://cv.dpa-example.com/subject/energie',
        literal: 'dpasubject:energie',
        creator: 'provider',
      },
      // Bound only by a catalog the item references and nobody fetches: the code, without a URI.
      { name: 'Politik', rel: 'about', literal: 'dpacat:pl', creator: 'provider' },
    ]);
    expect(doc.subjects?.filter((s) => s.rel === 'category').map((s) => s.name)).toEqual([
      'Bundestag',
      'Heizung',
    ]);
    expect(doc.associations).toEqual([
      {
        name: 'featuremedia',
        rel: 'association',
        uri: 'urn:newsml:dpa-example.com:20240309:pa-240309-0815',
        type: 'picture',
        representationType: 'partial',
        headlines: [{ role: 'main', value: 'Abstimmung im Bundestag' }],
        descriptions: [
          { role: 'caption', value: 'Abgeordnete stimmen im Bundestag über das Wärmegesetz ab.' },
        ],
        by: 'dpa/Kay Nietfeld',
        copyrightHolder: 'picture alliance / dpa',
        usageTerms: 'Nur für redaktionelle Verwendung.',
        renditions: [
          {
            name: 'baseImage',
            href: 'https://media.dpa-example.com/pa/240309-0815/base.jpeg',
            contentType: 'image/jpeg',
            width: 5568,
            height: 3712,
            sizeInBytes: 9120455,
          },
          {
            name: 'preview',
            href: 'https://media.dpa-example.com/pa/240309-0815/preview.jpeg',
            contentType: 'image/jpeg',
            width: 1024,
            height: 683,
            sizeInBytes: 190114,
          },
          {
            name: 'thumbnail',
            href: 'https://media.dpa-example.com/pa/240309-0815/thumb.jpeg',
            contentType: 'image/jpeg',
            width: 256,
            height: 171,
            sizeInBytes: 14877,
          },
        ],
      },
      expect.objectContaining({
        name: 'picture2',
        uri: 'urn:newsml:dpa-example.com:20240309:pa-240309-0816',
        by: 'dpa/Michael Kappeler',
        renditions: [
          expect.objectContaining({ name: 'baseImage', width: 4000, height: 6000 }),
          expect.objectContaining({ name: 'preview' }),
          // A relative href, resolved against the document's address.
          expect.objectContaining({
            name: 'thumbnail',
            href: 'https://wire.example.com/pa/240309-0816/thumb.jpeg',
          }),
        ],
      }),
    ]);
  });

  it('an AFP-style item with a NITF body: the dateline as AFP writes it, embargo, urgency, update', async () => {
    const { story, doc } = await deliverOne(agency('afp-text-nitf.xml'), 'afp');
    expect(doc).toMatchObject({
      headlines: [
        { role: 'main', value: 'Retraites: le gouvernement présente sa réforme' },
        { role: 'sub', value: 'Les syndicats appellent à la grève' },
      ],
      by: 'Jean Dupont',
      located: 'Paris, Île-de-France, France',
      embargoedUntil: '2026-03-10T06:00:00.000Z',
      urgency: 2,
      edNote: 'Update.',
      language: 'fr',
      copyrightHolder: 'AFP',
    });
    expect(story.dateline).toEqual({
      place: 'Paris',
      region: 'Île-de-France',
      country: 'France',
      countryCode: 'FR',
      raw: 'PARIS, 9 mars 2024 (AFP) -',
    });
    expect(story.signals).toMatchObject({ urgent: true, update: true, urgency: 2 });
    expect(story.body.text).toMatch(/^Le gouvernement a présenté samedi sa réforme/);
    expect(story.body.text).toContain('jugeant la réforme "injuste" & "brutale"');
    expect(story.credit).toBe('AFP');
  });

  it('a NITF 3.6 document alone (Latin-1, a DOCTYPE): docdata, dateline, body with its picture, embargo', async () => {
    const { story, doc } = await deliverOne(agency('nitf-standalone.xml'), 'nitf');
    expect(story.source.guid).toBe('wire-2024-03-09-baltic-storm');
    expect(doc).toMatchObject({
      headlines: [
        { role: 'main', value: 'Storm closes ports along the Baltic coast' },
        { role: 'sub', value: 'Ferries to Sweden and Finland cancelled' },
      ],
      descriptions: [{ role: 'summary', value: 'A winter storm closed ports from Kiel to Gdansk.' }],
      by: 'John Roe',
      located: 'Rostock, Mecklenburg-Vorpommern, Germany',
      urgency: 3,
      language: 'en',
      embargoedUntil: '2024-03-09T11:00:00.000Z',
      copyrightHolder: 'Example Wire Service',
      copyrightNotice: 'Copyright 2024 Example Wire Service',
      usageTerms: 'No use in Poland before publication by the partner agency.',
    });
    expect(story.dateline?.countryCode).toBe('DE');
    // "&mdash;" (declared by the NITF DTD) is read as the dash that closes the dateline taken off here.
    expect(story.body.text).toMatch(/^A winter storm with gusts of up to 140 km\/h/);
    // An entity the document's own DOCTYPE declares is never expanded.
    expect(story.body.text).toContain('&wire; is not expanded');
    expect(story.body.html).toContain('<h2>Power cuts</h2>');
    expect(doc.subjects?.filter((s) => s.creator === 'provider').map((s) => [s.literal, s.uri])).toEqual([
      ['subj:17000000', 'http://cv.iptc.org/newscodes/subjectcode/17000000'],
      ['subj:17004000', 'http://cv.iptc.org/newscodes/subjectcode/17004000'],
    ]);
    expect(doc.associations?.[0]).toMatchObject({
      type: 'picture',
      descriptions: [{ role: 'caption', value: 'Waves break over the pier in Warnemünde.' }],
      by: 'Example Wire/Jane Poe',
    });
  });

  it('versions of one dpa-style item: one story id; an update and a kill are new content, a resend is not', async () => {
    const v1 = await deliverOne(agency('dpa-item-v1.xml'), 'v1');
    const v2 = await deliverOne(agency('dpa-item-v2.xml'), 'v2');
    const kill = await deliverOne(agency('dpa-item-v3-canceled.xml'), 'v3');
    const resent = await deliverOne(agency('dpa-item-v2.xml'), 'v2 again');
    expect(new Set([v1.story.id, v2.story.id, kill.story.id]).size).toBe(1);
    expect(new Set([v1.story.contentHash, v2.story.contentHash, kill.story.contentHash]).size).toBe(3);
    expect(resent.story.contentHash).toBe(v2.story.contentHash);
    expect(v2.doc.edNote).toBe('Update.');
    expect(kill.doc.pubStatus).toBe('canceled');
    // The kill repeats version 2's text: only the stated status and version make it new content.
    expect(kill.story.body.text).toBe(v2.story.body.text);
    expect(v1.doc).toMatchObject({ by: 'Lena Vogel', located: 'Hamburg, Deutschland', pubStatus: 'usable' });
  });
});
