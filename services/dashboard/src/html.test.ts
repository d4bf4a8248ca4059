import { describe, expect, it } from 'vitest';
import { escapeHtml, externalLink, html, safeHref, sandboxedFrame } from './html.ts';

describe('html', () => {
  it('escapes every interpolated value, and nests html without escaping it twice', () => {
    const hostile = `<script>alert("x")</script><img src=x onerror='y'>\``;
    const out =
      html`<p title="${hostile}">${hostile}${html`<b>${'&'}</b>`}${[1, '<', null, undefined, false]}</p>`
        .value;
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;y&#39;&gt;&#96;',
    );
    expect(out).toContain('<b>&amp;</b>');
    expect(out).toContain('1&lt;</p>');
  });

  it('makes links only of http(s) URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>')).toBeUndefined();
    expect(safeHref('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(externalLink('javascript:alert(1)').value).toBe('<span class="url">javascript:alert(1)</span>');
    expect(externalLink('https://e.com/"x').value).toContain('href="https://e.com/%22x"');
  });

  it('puts feed HTML only in a sandboxed srcdoc frame with its own policy', () => {
    const frame = sandboxedFrame('<p onclick="x()">hi</p><script>x()</script>', 'a "title"').value;
    expect(frame).toMatch(/^<iframe class="feed-html" sandbox="" /);
    expect(frame).not.toMatch(/<script|<p /);
    expect(frame).toContain('srcdoc="&lt;!doctype html&gt;');
    expect(frame).toContain('default-src &#39;none&#39;');
    expect(escapeHtml('a"b')).toBe('a&quot;b');
  });
});
