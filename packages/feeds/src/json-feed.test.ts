import { readFileSync } from 'node:fs';
import { WirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.ts';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));

async function parseError(body: string): Promise<WirefeedError> {
  const err = await parseFeed(body).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WirefeedError);
  expect((err as WirefeedError).code).toBe('WF_E_FEED_PARSE');
  return err as WirefeedError;
}

describe('parseFeed: JSON Feed', () => {
  it('maps JSON Feed 1.1 and 1.0 items', async () => {
    const feed = await parseFeed(fixture('feed.json'), { url: 'https://json.example/feed.json' });
    expect(feed).toMatchObject({
      format: 'json-feed',
      title: 'JSON Wire',
      link: 'https://json.example/',
      language: 'es',
    });
    expect(feed.items.map(({ detail: _detail, ...raw }) => raw)).toEqual([
      {
        guid: '1',
        link: 'https://json.example/1',
        title: 'Primera noticia',
        contentHtml: '<p>Texto <b>completo</b>.</p>',
        summary: 'Resumen.',
        author: 'Ana Pérez',
        contributors: [{ name: 'Ana Pérez', role: 'author' }],
        categories: ['política', 'elecciones'],
        published: '2024-03-07T10:00:00+01:00',
        updated: '2024-03-07T11:00:00+01:00',
        language: 'es-ES',
      },
      expect.objectContaining({
        guid: '2',
        contentText: 'Solo texto.',
        author: 'Legacy Author',
        categories: ['ok', '42'],
      }),
    ]);
  });

  it('accepts a version-less document served as application/feed+json, and nothing else JSON', async () => {
    const body = '{"items":[{"id":"a","title":"T"}]}';
    expect((await parseFeed(body, { contentType: 'application/feed+json' })).items).toHaveLength(1);
    expect((await parseError(body)).message).toMatch(/not a JSON Feed/);
    expect((await parseError('{"version":"https://jsonfeed.org/version/1.1"}')).message).toMatch(/items/);
    expect((await parseError('{"version": ')).message).toMatch(/unreadable JSON/);
  });
});
