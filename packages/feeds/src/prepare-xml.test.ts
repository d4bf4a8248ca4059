import { cpuMs } from '@wirefeed/testing/cpu';
import { describe, expect, it } from 'vitest';
import { markupAsCdata, repairEntities, repairReferences } from './prepare-xml.ts';

describe('markupAsCdata', () => {
  it('turns Atom 1.0 xhtml text constructs into CDATA without their wrapping div', () => {
    const xml =
      '<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b></div></title></entry>';
    expect(markupAsCdata(xml, true)).toBe(
      '<entry><title type="xhtml"><![CDATA[A <b>b</b>]]></title></entry>',
    );
  });

  it("keeps Atom 0.3's div, which is content, and drops namespace declarations", () => {
    const xml =
      '<title type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><b>x</b></div></title>';
    expect(markupAsCdata(xml)).toBe(
      '<title type="application/xhtml+xml" mode="xml"><![CDATA[<div><b>x</b></div>]]></title>',
    );
  });

  it('wraps naked markup in RSS text elements, unprefixing XHTML and escaping inner CDATA', () => {
    const xml =
      '<rss xmlns:x="http://www.w3.org/1999/xhtml"><item><x:body><x:p>a</x:p><![CDATA[<b>]]></x:body>' +
      '<description>Plain <em>and</em> text</description></item></rss>';
    expect(markupAsCdata(xml)).toBe(
      '<rss xmlns:x="http://www.w3.org/1999/xhtml"><item><x:body><![CDATA[<p>a</p>&lt;b&gt;]]></x:body>' +
        '<description><![CDATA[Plain <em>and</em> text]]></description></item></rss>',
    );
  });

  it('keeps a "]]>" inside the markup intact', () => {
    const out = markupAsCdata("<content type='xhtml'><div><p>x]]>y</p></div></content>", true);
    expect(out).toBe("<content type='xhtml'><![CDATA[<p>x]]]]><![CDATA[>y</p>]]></content>");
  });

  it('leaves escaped HTML, plain text, CDATA, comments and self-closing elements alone', () => {
    const xml =
      '<title type="html">&lt;b&gt;</title><content type="xhtml"/><summary>plain</summary>' +
      '<description><![CDATA[<p>already</p>]]></description><!-- <title><b>x</b></title> -->';
    expect(markupAsCdata(xml)).toBe(xml);
  });

  it('stops at an element that never closes instead of searching again for every opening', async () => {
    const xml = `<feed>${'<content type="xhtml"><b>'.repeat(20_000)}`;
    // CPU time, generous: a search again per opening takes minutes here, the linear pass milliseconds.
    expect(await cpuMs(() => expect(markupAsCdata(xml)).toBe(xml))).toBeLessThan(5_000);
  });
});

describe('repairEntities', () => {
  it('turns HTML entities into character references and escapes any other stray "&", outside CDATA', () => {
    expect(
      repairEntities('<a href="?a=1&b=2">&nbsp;&eacute;&amp;&#38;&#x26;&bogus;<![CDATA[&x]]>&</a>'),
    ).toBe('<a href="?a=1&amp;b=2">&#160;&#233;&amp;&#38;&#x26;&amp;bogus;<![CDATA[&x]]>&amp;</a>');
  });
});

describe('repairReferences', () => {
  it('reads &#X as &#x, C1 references and characters as Windows-1252, and closes a final end tag', () => {
    expect(repairReferences('<rss><t>&#X41;&#146;\u0092&#x80;</t></rss')).toBe(
      '<rss><t>&#x41;&#x2019;\u2019&#x20ac;</t></rss>',
    );
  });
});
