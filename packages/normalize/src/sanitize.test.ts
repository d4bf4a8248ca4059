import { describe, expect, it } from 'vitest';
import { sanitizeBodyHtml, textToHtml } from './sanitize.ts';

const BASE = 'https://news.example.com/world/story-1';

describe('sanitizeBodyHtml against XSS', () => {
  it('drops <script> with its content', () => {
    expect(sanitizeBodyHtml('<p>Hi</p><script>alert(1)</script>')).toBe('<p>Hi</p>');
  });

  it('drops event handlers', () => {
    const out = sanitizeBodyHtml('<p onclick="x()">a<img src="https://x.test/a.png" onerror="alert(1)"></p>');
    expect(out).toBe('<p>a<img src="https://x.test/a.png" /></p>');
  });

  it('drops javascript: links, however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'jav&#x09;ascript:alert(1)',
      ' javascript:x',
    ]) {
      expect(sanitizeBodyHtml(`<a href="${href}">x</a>`, BASE)).toBe('x');
    }
  });

  it('drops data: and other non-http images', () => {
    expect(sanitizeBodyHtml('<p><img src="data:image/svg+xml;base64,PHN2Zz4="></p>', BASE)).toBe('');
    expect(sanitizeBodyHtml('<img src="file:///etc/passwd">', BASE)).toBe('');
  });

  it('drops iframes, objects, forms, styles and svg', () => {
    const html =
      '<iframe src="https://evil.test">fallback</iframe><object data="x.swf">o</object><form><input value="v"></form>' +
      '<style>body{}</style><svg onload="alert(1)"><circle/></svg><p style="color:red" class="c" id="i">ok</p>';
    expect(sanitizeBodyHtml(html)).toBe('<p>ok</p>');
  });

  it('keeps escaped markup escaped', () => {
    expect(sanitizeBodyHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });
});

describe('sanitizeBodyHtml', () => {
  it('keeps the allowed structure', () => {
    const html =
      '<h2>H</h2><blockquote><p>q</p></blockquote><ul><li><strong>s</strong> <em>e</em></li></ul>' +
      '<figure><img src="https://x.test/i.jpg" alt="A"><figcaption>C</figcaption></figure>' +
      '<table><thead><tr><th>h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table><pre><code>c</code></pre>';
    expect(sanitizeBodyHtml(html)).toBe(html.replace('alt="A">', 'alt="A" />'));
  });

  it('makes relative links and images absolute against the base and marks links', () => {
    const out = sanitizeBodyHtml(
      '<a href="/x?a=1" target="_blank" rel="opener">x</a><img src="../i.png"><a href="//cdn.test/y">y</a>',
      BASE,
    );
    expect(out).toBe(
      '<a href="https://news.example.com/x?a=1" rel="noopener nofollow">x</a>' +
        '<img src="https://news.example.com/i.png" />' +
        '<a href="https://cdn.test/y" rel="noopener nofollow">y</a>',
    );
  });

  it('drops a relative URL when there is no base to resolve it against', () => {
    expect(sanitizeBodyHtml('<a href="/x">x</a>')).toBe('x');
  });

  it('keeps mailto links', () => {
    expect(sanitizeBodyHtml('<a href="mailto:desk@example.com">desk</a>')).toBe(
      '<a href="mailto:desk@example.com" rel="noopener nofollow">desk</a>',
    );
  });

  it('takes the real picture of a lazy-loaded image', () => {
    expect(
      sanitizeBodyHtml('<img src="data:image/gif;base64,R0lGOD" data-src="/big.jpg" alt="b">', BASE),
    ).toBe('<img src="https://news.example.com/big.jpg" alt="b" />');
  });

  it('turns wrappers into paragraphs and untangles the nesting', () => {
    expect(sanitizeBodyHtml('<div>One</div><div><p>Two</p><p>Three</p></div><h1>Four</h1>')).toBe(
      '<p>One</p><p>Two</p><p>Three</p><h2>Four</h2>',
    );
  });

  it('unwraps elements left without text, but not an image in a link', () => {
    expect(
      sanitizeBodyHtml(
        '<p><strong> </strong></p><p><a href="https://x.test"><img src="https://x.test/i.png"></a></p>',
      ),
    ).toBe('<p><a href="https://x.test/" rel="noopener nofollow"><img src="https://x.test/i.png" /></a></p>');
  });

  it('removes a table with no text, and control characters anywhere', () => {
    expect(sanitizeBodyHtml('<table><tr><td> </td></tr></table><p>a&#x1;b\u0007c</p>')).toBe('<p>abc</p>');
  });

  it('undoes double escaping', () => {
    expect(sanitizeBodyHtml('<p>AT&amp;amp;T&amp;#39;s</p>')).toBe("<p>AT&amp;T's</p>");
  });
});

describe('textToHtml', () => {
  it('builds escaped paragraphs with line breaks', () => {
    expect(textToHtml('a < b & c\n"d"\n\nNext')).toBe('<p>a &lt; b &amp; c<br />"d"</p><p>Next</p>');
  });

  it('gives nothing for no text', () => {
    expect(textToHtml('')).toBe('');
  });
});
