// NewsML-G2 and NITF over documents written as agencies deliver them (see newsml-g2-delivery.ts):
// dpa- and AFP-style items, a NITF document alone, versions of one item.
import { describe, expect, it } from 'vitest';
import { agency, deliverAll, deliverOne } from './newsml-g2-delivery.ts';

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
      day: 9,
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
