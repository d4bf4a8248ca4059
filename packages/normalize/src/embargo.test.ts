import { describe, expect, it } from 'vitest';
import { parseEmbargo } from './embargo.ts';

const REF = new Date('2026-11-26T10:00:00Z');

describe('parseEmbargo', () => {
  it.each([
    ['EMBARGOED UNTIL 0001 GMT 27 November 2026', '2026-11-27T00:01:00.000Z'],
    ['Embargoed to 00:01 Thursday 27 November', '2026-11-27T00:01:00.000Z'],
    ['Embargo: 27 November 2026 09:30 CET', '2026-11-27T08:30:00.000Z'],
    ['EMBARGO: 2026-11-27T05:00:00Z', '2026-11-27T05:00:00.000Z'],
    ['Embargo: 2026-11-27 07:00 +02:00', '2026-11-27T05:00:00.000Z'],
    ['Embargoed until Nov. 28, 2026, 10:00 a.m. EST', '2026-11-28T15:00:00.000Z'],
    ['Embargoed until midnight 30 November', '2026-11-30T00:00:00.000Z'],
    ['EMBARGOED UNTIL 1900 BST 2 January', '2027-01-02T18:00:00.000Z'],
    ['Embargoed until 5pm GMT, 27 Nov', '2026-11-27T17:00:00.000Z'],
  ])('%s', (line, expected) => {
    expect(parseEmbargo(`${line}\n\nLONDON (Reuters) - The story.`, REF)).toBe(expected);
  });

  it('finds the line at the top of a story and ignores text without one', () => {
    expect(parseEmbargo('Some preamble.\nEMBARGOED UNTIL 0001 GMT 27 November 2026\nBody.', REF)).toBe(
      '2026-11-27T00:01:00.000Z',
    );
    expect(parseEmbargo('The trade embargo on Cuba was discussed on 27 November.', REF)).toBeUndefined();
    expect(parseEmbargo('Nothing to see here.', REF)).toBeUndefined();
  });

  it('refuses a line without a day or a time, or with an impossible day', () => {
    expect(parseEmbargo('Embargoed until further notice', REF)).toBeUndefined();
    expect(parseEmbargo('Embargoed until 27 November', REF)).toBeUndefined();
    expect(parseEmbargo('Embargoed until 00:01 GMT 31 February 2027', REF)).toBeUndefined();
  });
});

describe('normalizeItem and embargo lines', () => {
  it('sets embargoedUntil from the line at the top of the body', async () => {
    const { normalizeItem } = await import('./normalize-item.ts');
    const story = normalizeItem(
      {
        guid: 'embargo-1',
        title: 'Study finds coral recovering',
        contentHtml:
          '<p>EMBARGOED UNTIL 0001 GMT 27 November 2026</p><p>LONDON (Reuters) - Corals on the reef are recovering, a study found.</p>',
        categories: [],
      },
      {
        feedId: 'wire',
        feedUrl: 'https://wire.example/feed.xml',
        fetchedAt: '2026-11-26T10:00:00.000Z',
        now: REF,
      },
    );
    expect(story.embargoedUntil).toBe('2026-11-27T00:01:00.000Z');
  });
});
