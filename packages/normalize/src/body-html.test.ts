import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sanitizeBodyWithText } from './body-html.ts';
import { htmlToText } from './html-to-text.ts';
import { trimHtmlText, trimTidyHtml } from './html-trim.ts';
import { sanitizeBodyHtml } from './sanitize.ts';

const BASE = 'https://wire.example.com/world/story-1';
const story = readFileSync(new URL('./__fixtures__/wire-story-3kb.html', import.meta.url), 'utf8');

// The one-pass reading must agree with the separate passes it replaces, for the shapes it takes on
// and for those where it hands back to them.
const bodies = {
  'a wire story': story,
  'a story in a div, whose <p>s a second parse untangles': `<div>${story}</div>`,
  'a story with an SVG and a control character': `<svg><p/></svg>${story.replace('Thursday', 'Thurs\u0001day')}`,
  'paragraphs in a div': '<div><p>BEIJING: One.</p><p>Two. –Agencies</p></div>',
  'a paragraph left empty and a link to nowhere':
    '<p>LONDON (AP) — Text.</p><p> </p><p><a>x</a></p><p>–Agencies</p>',
};

describe('sanitizeBodyWithText', () => {
  for (const [name, body] of Object.entries(bodies)) {
    it(`reads ${name} as the separate passes do`, () => {
      const got = sanitizeBodyWithText(body, BASE);
      const html = sanitizeBodyHtml(body, BASE);
      expect(got.html).toBe(html);
      expect(got.text).toBe(htmlToText(html));
      if (got.stream === undefined) return;
      const text = htmlToText(html);
      for (const [head, tail] of [
        [text.slice(0, 30), ''],
        ['', text.slice(-60)],
        [text.slice(0, 12), text.slice(-8)],
      ] as const) {
        expect(trimTidyHtml(got.html, got.stream, head, tail)).toBe(trimHtmlText(html, head, tail));
      }
    });
  }

  it('reads generated bodies as the separate passes do', () => {
    const tags = ['p', 'div', 'span', 'em', 'a href="/x"', 'a', 'h1', 'li', 'ul', 'td', 'tr', 'table', 'pre'];
    const leaves = [
      'Text.',
      ' ',
      '&nbsp;',
      '<br>',
      '<img src="/i.jpg">',
      '<img>',
      '&amp;amp;',
      '<script>x</script>',
    ];
    let seed = 7;
    // A small linear congruential generator: the same bodies on every run.
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n; // the low bits of an LCG repeat too soon
    };
    const tree = (depth: number): string => {
      if (depth > 3 || next(3) === 0) return leaves[next(leaves.length)] ?? '';
      const tag = tags[next(tags.length)] ?? 'p';
      const kids = Array.from({ length: next(4) }, () => tree(depth + 1)).join('');
      return `<${tag}>${kids}</${tag.split(' ')[0]}>`;
    };
    for (let i = 0; i < 300; i++) {
      const body = `<p>LONDON (AP) - ${tree(1)}</p>${tree(0)}<p>${tree(2)} (AFP)</p>`;
      const got = sanitizeBodyWithText(body, BASE);
      const html = sanitizeBodyHtml(body, BASE);
      expect(got.html).toBe(html);
      expect(got.text).toBe(htmlToText(html));
      if (got.stream !== undefined) {
        expect(trimTidyHtml(got.html, got.stream, 'LONDON (AP) -', '(AFP)')).toBe(
          trimHtmlText(html, 'LONDON (AP) -', '(AFP)'),
        );
      }
    }
  });

  it('cuts bodies with non-breaking spaces and escaped entities as the separate passes do', () => {
    for (const body of [
      '<p>LONDON (AP) - Text.</p><p><em>&nbsp;</em> (AFP)</p>',
      '<p>LONDON (AP) - Text.</p><p><em>&nbsp;(AFP)</em></p>',
      '<p>LONDON (AP) - Text.</p><p><em>&amp;nbsp;(AFP)</em></p>',
      '<p>LONDON (AP) - Text.</p><p><em>&amp;(AFP)</em></p>',
    ]) {
      const got = sanitizeBodyWithText(body, BASE);
      const html = sanitizeBodyHtml(body, BASE);
      expect(got.stream, body).toBeDefined();
      expect(trimTidyHtml(got.html, got.stream ?? '', 'LONDON (AP) -', '(AFP)'), body).toBe(
        trimHtmlText(html, 'LONDON (AP) -', '(AFP)'),
      );
    }
  });

  it('takes the one-pass path for the wire story', () => {
    expect(sanitizeBodyWithText(story, BASE).stream).toBeDefined();
  });
});
