import { readFileSync } from 'node:fs';
import type { RawItem } from '@wirefeed/core';
import { RawItemSchema } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import type { NormalizeContext } from './normalize-item.ts';
import { normalizeItem } from './normalize-item.ts';

// The sample wire story: first line the headline, then one paragraph a line, opening with a
// "BEIJING:" dateline and closing with a "–Agencies" credit.
const ctx: NormalizeContext = {
  feedId: 'feed-1',
  feedUrl: 'https://wire.example.com/rss.xml',
  fetchedAt: '2021-11-26T12:00:00.000Z',
  now: new Date('2021-11-26T12:00:00.000Z'),
};
const item = (fields: Record<string, unknown>): RawItem => RawItemSchema.parse(fields);

const [fixtureTitle = '', ...fixtureBody] = readFileSync(
  new URL('./__fixtures__/wire-story-agencies.txt', import.meta.url),
  'utf8',
).split('\n');
const fixtureText = fixtureBody.join('\n');
const fixtureHtml = fixtureBody
  .filter((line) => line.trim() !== '')
  .map((line) => `<p>${line.replace(/’/g, '&rsquo;')}</p>`)
  .join('\n');

describe('normalizeItem on a wire story with a dateline and an agency credit', () => {
  for (const [name, fields] of [
    ['as text', { contentText: fixtureText }],
    ['as HTML', { contentHtml: fixtureHtml }],
  ] as const) {
    it(name, () => {
      const story = normalizeItem(item({ title: fixtureTitle, ...fields }), ctx);
      expect(story.headline).toBe('President Xi calls for greater Beijing-Baku exchanges');
      expect(story.dateline).toEqual({ place: 'Beijing', raw: 'BEIJING:' });
      expect(story.credit).toBe('Agencies');
      expect(story.body.text.startsWith('Chinese President Xi Jinping said')).toBe(true);
      expect(story.body.text.endsWith('global poverty reduction.')).toBe(true);
      expect(story.body.text).not.toContain('Agencies');
      expect(story.body.text).toContain('Azerbaijan’s fight');
      expect(story.body.text.split('\n\n')).toHaveLength(7);
      expect(story.body.html.match(/<p>/g)).toHaveLength(7);
      expect(story.body.html).not.toMatch(/BEIJING|Agencies/);
      expect(story.body.html).toContain('Azerbaijan’s fight');
    });
  }

  it('gives the same content hash to the text and the HTML rendition', () => {
    const fromText = normalizeItem(item({ guid: 'g', title: fixtureTitle, contentText: fixtureText }), ctx);
    const fromHtml = normalizeItem(item({ guid: 'g', title: fixtureTitle, contentHtml: fixtureHtml }), ctx);
    expect(fromHtml.contentHash).toBe(fromText.contentHash);
    expect(fromHtml.id).toBe(fromText.id);
  });
});
