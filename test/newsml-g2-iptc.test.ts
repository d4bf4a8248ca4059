// NewsML-G2 and NITF over the IPTC's own examples (see newsml-g2-delivery.ts): every story valid
// ninjs 3.1, carrying what the source said.
import { parseFeed } from '@wirefeed/feeds';
import { describe, expect, it } from 'vitest';
import { deliverOne, inItem, iptc } from './newsml-g2-delivery.ts';

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
