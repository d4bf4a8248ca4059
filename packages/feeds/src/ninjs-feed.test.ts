import { readFileSync } from 'node:fs';
import { RawItemSchema, WirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.ts';

// The IPTC's published ninjs 3.0 examples (copied into test/fixtures/ninjs with their licence) and a 1.x-style feed.
const example = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/ninjs/${name}`, import.meta.url));
const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

describe('parseFeed: IPTC ninjs', () => {
  it('maps a single ninjs 3.0 text item: headline, both bodies, by, dates, language', async () => {
    const feed = await parseFeed(example('ninjsExSimpleText_3.json'));
    expect(feed).toMatchObject({ format: 'ninjs', hubs: [] });
    const [item] = feed.items;
    expect(item).toMatchObject({
      guid: 'http://ninjs.example.com/newsitems/20130709simp123',
      title: 'Captain of wrecked cruise ship on trial in Italy',
      author: "Paulo Santalucia and Frances d'Emilio",
      updated: '2013-07-09T10:37:00Z',
    });
    expect(item?.contentText).toMatch(/^GROSSETO, Italy \(AP\) -- The trial/);
    // The HTML body is given as a <body> element: its content is the body.
    expect(item?.contentHtml).toMatch(/^<p>GROSSETO, Italy \(AP\)/);
    expect(item?.contentHtml).not.toMatch(/<\/?body/);
  });

  it('keeps what is inside <body> of an HTML document body, and reads descriptions and language', async () => {
    const [item] = (await parseFeed(example('tt_text_image_3.json'))).items;
    expect(item).toMatchObject({
      guid: 'http://tt.se/media/text/210526-militarovning-a0f2d045',
      title: 'Militärövning i jätteformat hålls 2023',
      language: 'sv',
      updated: '2021-05-26T13:40:18+02:00',
    });
    expect(item?.summary).toMatch(/^Pandemin satte stopp/);
    expect(item?.contentHtml).not.toMatch(/<head|<title/i);
  });

  it('takes categories from subject names, and skips a credit line as the summary', async () => {
    const [release] = (await parseFeed(example('businesswire-newsml-20130605006126.json'))).items;
    expect(release?.categories).toEqual(
      expect.arrayContaining(['Technology', 'Nanotechnology', 'California']),
    );
    expect(release).toMatchObject({ language: 'zh', title: 'Cambrios被Gartner評選為「最酷供應商」' });
    const [picture] = (await parseFeed(example('ap_image.json'))).items;
    expect(picture).toMatchObject({ title: 'Turkey Islamic State', published: '2019-11-15T13:39:59Z' });
    expect(picture?.summary).toMatch(/^FILE - In this Monday/);
  });

  it('reads a 1.x-style { items } document, and leaves out the items that do not validate', async () => {
    const feed = await parseFeed(fixture('ninjs-1x.json'));
    expect(feed.items).toEqual([
      {
        guid: 'urn:newsml:wire.example:20240307:ecb-rates',
        title: 'UPDATE 1-ECB holds rates steady',
        contentHtml:
          '<p>FRANKFURT (Example) - The European Central Bank held rates on Thursday.</p><p>Second paragraph.</p>',
        contentText:
          'FRANKFURT (Example) - The European Central Bank held rates on Thursday.\n\nSecond paragraph.',
        summary: 'The ECB left rates unchanged on Thursday.',
        author: 'Jane Reporter',
        categories: ['financial and business service', 'Central banks'],
        // A subject with a code is the provider's own, kept with it.
        providerSubjects: [{ code: '04006000', name: 'financial and business service' }],
        published: '2024-03-07T12:30:00Z',
        updated: '2024-03-07T13:05:00Z',
        language: 'en',
      },
      expect.objectContaining({
        guid: 'urn:newsml:wire.example:20240307:weather',
        title: 'Storm warning for the coast',
      }),
    ]);
    for (const item of feed.items) expect(RawItemSchema.parse(item)).toEqual(item);
    // The item left out is reported with its position and what is wrong with it.
    expect(feed.skipped).toEqual([
      { position: 3, reason: expect.stringMatching(/^item 3 is not a valid ninjs item: /) },
    ]);
  });

  it('reads an array of items, and rejects a ninjs document none of whose items validates', async () => {
    const array = JSON.stringify([
      { uri: 'urn:a', headlines: [{ value: 'A' }], versionCreated: '2024-01-01T00:00:00Z' },
      {
        uri: 'urn:b',
        headlines: [
          { role: 'sub', value: 'sub' },
          { role: 'main', value: 'B' },
        ],
      },
    ]);
    expect((await parseFeed(array)).items.map((item) => item.title)).toEqual(['A', 'B']);
    const err = await parseFeed('{"uri":"urn:x","headlines":[{"value":7}]}').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WirefeedError);
    expect((err as WirefeedError).message).toBe(
      'not a valid ninjs item: headlines.0.value: Invalid input: expected string, received number',
    );
  });

  it('does not take other JSON with a uri for ninjs', async () => {
    const err = await parseFeed('{"uri":"https://x.example/","name":"not news"}').catch((e: unknown) => e);
    expect((err as WirefeedError).message).toMatch(/not a JSON Feed .* nor ninjs/);
  });
});
