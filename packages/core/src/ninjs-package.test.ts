import { describe, expect, it } from 'vitest';
import { toNinjs } from './ninjs.ts';
import { expectValidNinjs } from './ninjs-assertions.ts';
import { makeStory } from './story-fixtures.ts';

describe('toNinjs: what wire formats add', () => {
  it("renders a package's text items as text associations by the provider's uri, without renditions", () => {
    const story = makeStory({
      media: [
        {
          kind: 'text',
          uri: 'urn:newsml:dpa.example:20240309:1',
          headline: 'Bundestag beschließt Wärmegesetz',
          caption: 'Nach monatelangem Streit.',
          renditions: [],
        },
        // Not a URI: a packaged story nobody can look up is left out.
        { kind: 'text', uri: 'N1', renditions: [] },
        {
          kind: 'picture',
          uri: 'urn:newsml:dpa.example:20240309:2',
          href: 'https://img.dpa.example/2.jpg',
          renditions: [],
        },
      ],
    });
    const doc = toNinjs(story);
    expectValidNinjs(doc, 'package');
    expect(doc.associations).toEqual([
      {
        name: 'text1',
        rel: 'association',
        uri: 'urn:newsml:dpa.example:20240309:1',
        type: 'text',
        representationType: 'partial',
        headlines: [{ role: 'main', value: 'Bundestag beschließt Wärmegesetz' }],
        descriptions: [{ role: 'summary', value: 'Nach monatelangem Streit.' }],
      },
      expect.objectContaining({ type: 'picture', uri: 'urn:newsml:dpa.example:20240309:2' }),
    ]);
  });

  it('notes an update the source marks without numbering it', () => {
    const doc = toNinjs(makeStory({ signals: { update: true } }));
    expectValidNinjs(doc, 'update');
    expect(doc.edNote).toBe('Update.');
  });
});
