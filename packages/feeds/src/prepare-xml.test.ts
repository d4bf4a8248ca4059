import { describe, expect, it } from 'vitest';
import { escapeStrayAmpersands, xhtmlAsCdata } from './prepare-xml.ts';

describe('xhtmlAsCdata', () => {
  it('turns xhtml text constructs into CDATA without their wrapping div', () => {
    const xml =
      '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b></div></title></entry>';
    expect(xhtmlAsCdata(xml)).toBe('<entry><title type="xhtml"><![CDATA[A <b>b</b>]]></title></entry>');
  });

  it('keeps a "]]>" inside the markup intact', () => {
    const out = xhtmlAsCdata("<content type='xhtml'><div><p>x]]>y</p></div></content>");
    expect(out).toBe("<content type='xhtml'><![CDATA[<p>x]]]]><![CDATA[>y</p>]]></content>");
  });

  it('leaves html, text and self-closing constructs alone', () => {
    const xml = '<title type="html">&lt;b&gt;</title><content type="xhtml"/><summary>plain</summary>';
    expect(xhtmlAsCdata(xml)).toBe(xml);
  });
});

describe('escapeStrayAmpersands', () => {
  it('escapes "&" that starts no XML entity, outside CDATA only', () => {
    expect(escapeStrayAmpersands('<a href="?a=1&b=2">&nbsp;&amp;&#38;&#x26;<![CDATA[&x]]>&</a>')).toBe(
      '<a href="?a=1&amp;b=2">&amp;nbsp;&amp;&#38;&#x26;<![CDATA[&x]]>&amp;</a>',
    );
  });
});
