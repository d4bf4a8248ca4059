import { RawItemSchema } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { buildBody } from './body.ts';

const item = (fields: Record<string, unknown>) => RawItemSchema.parse(fields);
const BASE = 'https://news.example.com/a/1';

describe('buildBody', () => {
  it('prefers contentHtml, then contentText, then summary', () => {
    expect(buildBody(item({ contentHtml: '<p>H</p>', contentText: 'T', summary: 'S' }), BASE)).toMatchObject({
      text: 'H',
      source: 'contentHtml',
    });
    expect(buildBody(item({ contentHtml: ' ', contentText: 'T', summary: 'S' }), BASE)).toMatchObject({
      text: 'T',
      html: '<p>T</p>',
      source: 'contentText',
    });
    expect(buildBody(item({ summary: '<p>S</p>' }), BASE)).toMatchObject({ text: 'S', source: 'summary' });
  });

  it('reads a contentHtml field that holds plain text as text, keeping its paragraphs', () => {
    expect(buildBody(item({ contentHtml: 'One.\nTwo.' }), BASE)).toMatchObject({
      text: 'One.\n\nTwo.',
      html: '<p>One.</p><p>Two.</p>',
    });
  });

  it('takes the dateline and the credits out of text and HTML alike', () => {
    const body = buildBody(
      item({
        contentHtml:
          '<p><b>LONDON (Reuters) -</b> Markets fell.</p><p>Oil rose.</p><p>(Reporting by A; Editing by B)</p>',
      }),
      BASE,
    );
    expect(body).toMatchObject({
      text: 'Markets fell.\n\nOil rose.',
      html: '<p>Markets fell.</p><p>Oil rose.</p>',
      fullText: 'LONDON (Reuters) - Markets fell.\n\nOil rose.\n\n(Reporting by A; Editing by B)',
      dateline: { place: 'London', raw: 'LONDON (Reuters) -', agency: 'Reuters' },
      credits: ['Reporting by A; Editing by B'],
    });
  });

  it('drops a first paragraph that was only a dateline', () => {
    expect(buildBody(item({ contentText: 'BEIJING:\nChina said.' }), BASE)).toMatchObject({
      text: 'China said.',
      html: '<p>China said.</p>',
      dateline: { place: 'Beijing', raw: 'BEIJING:' },
    });
  });

  it('gives an empty body for an item without one', () => {
    expect(buildBody(item({ title: 'Only a title' }), BASE)).toEqual({
      text: '',
      html: '',
      fullText: '',
      credits: [],
    });
  });
});
