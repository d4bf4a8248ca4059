import { describe, expect, it } from 'vitest';
import { collapseDoubleEscapes, decodeEntitiesOnce, escapeHtmlText, unescapeFilterText } from './unescape.ts';

describe('unescape', () => {
  it('collapses one level of double escaping only', () => {
    expect(collapseDoubleEscapes('&amp;amp; &amp;#39; &amp;quot; &amp;#x27; R&amp;D')).toBe(
      '&amp; &#39; &quot; &#x27; R&amp;D',
    );
  });

  it('decodes once', () => {
    expect(decodeEntitiesOnce('&amp;amp;lt;')).toBe('&lt;');
    expect(decodeEntitiesOnce('&lt;b&gt; &rsquo;')).toBe('<b> ’');
  });

  it('inverts the escaping it is paired with', () => {
    const text = 'a < b && c > "d" &amp;';
    expect(unescapeFilterText(escapeHtmlText(text))).toBe(text);
  });
});
