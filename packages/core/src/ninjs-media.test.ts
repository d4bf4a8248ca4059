import { describe, expect, it } from 'vitest';
import { toNinjs } from './ninjs.ts';
import { expectValidNinjs } from './ninjs-assertions.ts';
import { makeStory } from './story-fixtures.ts';

describe('toNinjs: media, parties and rights', () => {
  it('renders media as associations with renditions, rights, contributors and provider subjects', () => {
    const story = makeStory({
      byline: undefined,
      subheadline: 'Deposit rate stays at 4%',
      dateline: { place: 'VAIL', region: 'Colorado', raw: 'VAIL, Colorado 1996-12-07 -' },
      contributors: [
        { name: 'Marta Kowalski', role: 'reporter', email: 'marta@example.com' },
        { name: 'Daniel Price', role: 'editor' },
      ],
      provider: { name: 'Northwire', uri: 'https://northwire.example/' },
      rights: { holder: 'Northwire', notice: '(c) 2024 Northwire', usageTerms: 'No archiving.' },
      providerSubjects: [
        {
          code: 'medtop:20000763',
          name: 'central bank',
          uri: 'http://cv.iptc.org/newscodes/mediatopic/20000763',
        },
        { name: 'Markets', scheme: 'https://northwire.example/categories' },
      ],
      origin: { title: 'Original outlet', url: 'https://origin.example/story' },
      signals: { urgency: 3 },
      media: [
        {
          kind: 'picture',
          uri: 'tag:northwire.example,2024:pic-1',
          href: 'https://cdn.example/pic-1.jpg',
          mimeType: 'image/jpeg',
          width: 3000,
          height: 2000,
          caption: 'Christine Lagarde arrives for a news conference in Frankfurt.',
          credit: 'Northwire/Kai Pfaffenbach',
          renditions: [
            { name: 'thumbnail', href: 'https://cdn.example/pic-1-t.jpg', width: 300, height: 200 },
            { href: 'https://cdn.example/pic-1-p.jpg', width: 1024, height: 683, size: 81_920 },
          ],
        },
        { kind: 'video', href: 'https://cdn.example/clip.mp4', mimeType: 'video/mp4', renditions: [] },
        { kind: 'file', href: 'ftp://not.example/skip.pdf', renditions: [] },
      ],
    });
    const doc = toNinjs(story);
    expectValidNinjs(doc, 'media');
    expect(doc.headlines).toStrictEqual([
      { role: 'main', value: story.headline },
      { role: 'sub', value: 'Deposit rate stays at 4%' },
    ]);
    expect(doc.by).toBe('Marta Kowalski');
    expect(doc.located).toBe('VAIL, Colorado');
    expect(doc.urgency).toBe(3);
    expect(doc.copyrightHolder).toBe('Northwire');
    expect(doc.copyrightNotice).toBe('(c) 2024 Northwire');
    expect(doc.usageTerms).toBe('No archiving.');
    expect(doc.people).toContainEqual({
      name: 'Marta Kowalski',
      rel: 'reporter',
      contactInfo: [{ type: 'email', value: 'marta@example.com' }],
    });
    expect(doc.people).toContainEqual({ name: 'Daniel Price', rel: 'editor' });
    expect(doc.infoSources.map((s) => s.name)).toStrictEqual([
      'Reuters',
      'Northwire',
      'Reuters Business News',
    ]);
    expect(doc.subjects).toContainEqual({
      name: 'central bank',
      rel: 'about',
      uri: 'http://cv.iptc.org/newscodes/mediatopic/20000763',
      literal: 'medtop:20000763',
      creator: 'provider',
    });
    expect(doc.altIds).toContainEqual({ role: 'originUrl', value: 'https://origin.example/story' });
    // The ftp file has no address a consumer may fetch, so it is not an association.
    expect(doc.associations).toHaveLength(2);
    expect(doc.associations?.[0]).toStrictEqual({
      name: 'featuremedia',
      rel: 'association',
      uri: 'tag:northwire.example,2024:pic-1',
      type: 'picture',
      representationType: 'partial',
      descriptions: [
        { role: 'caption', value: 'Christine Lagarde arrives for a news conference in Frankfurt.' },
      ],
      by: 'Northwire/Kai Pfaffenbach',
      renditions: [
        {
          name: 'original',
          href: 'https://cdn.example/pic-1.jpg',
          contentType: 'image/jpeg',
          width: 3000,
          height: 2000,
        },
        { name: 'thumbnail', href: 'https://cdn.example/pic-1-t.jpg', width: 300, height: 200 },
        {
          name: '1024x683',
          href: 'https://cdn.example/pic-1-p.jpg',
          width: 1024,
          height: 683,
          sizeInBytes: 81_920,
        },
      ],
    });
    expect(doc.associations?.[1]).toMatchObject({
      name: 'video2',
      type: 'video',
      uri: `urn:wirefeed:story:${story.id}:media:2`,
      renditions: [{ name: 'original', href: 'https://cdn.example/clip.mp4', contentType: 'video/mp4' }],
    });
  });
});
