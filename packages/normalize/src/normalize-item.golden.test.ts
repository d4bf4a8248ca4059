import { readFileSync } from 'node:fs';
import { RawItemSchema } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { normalizeItem } from './normalize-item.ts';

// A ~3 KB wire story (dateline, credit, figure, links, entities, an empty paragraph, a script) and
// the Story the multi-pass normalizer made of it before the body was read in one pass. The golden
// file changes only with a deliberate change of the rules; regenerate it then, never to make this pass.
const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('normalizeItem on a 3 KB wire story', () => {
  it('gives the same Story as the golden output', () => {
    const item = RawItemSchema.parse({
      guid: 'wire-3kb',
      link: 'https://wire.example.com/world/rates-3kb?utm_source=rss',
      title: 'UPDATE 2-Central bank holds rates, says review due in spring',
      contentHtml: fixture('wire-story-3kb.html'),
      summary: 'The central bank said on Thursday that it would keep interest rates on hold.',
      author: 'By MARIA LOPEZ',
      categories: ['Markets', 'World'],
      published: 'Thu, 26 Nov 2026 10:00:00 GMT',
      language: 'en-US',
    });
    const story = normalizeItem(item, {
      feedId: 'wire-world',
      feedUrl: 'https://wire.example.com/world.rss',
      fetchedAt: '2026-11-26T12:00:00.000Z',
      now: new Date('2026-11-26T12:00:00.000Z'),
    });
    expect(JSON.parse(JSON.stringify(story))).toEqual(JSON.parse(fixture('wire-story-3kb.golden.json')));
  });
});
