import { describe, expect, it } from 'vitest';
import {
  collapseDoubleEscapes,
  decodeEntitiesOnce,
  escapeHtmlText,
  stripControls,
  unescapeFilterText,
} from './unescape.ts';

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

  it('strips what \\p{Cc} matches but tab and line breaks', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      const control = /\p{Cc}/u.test(c) && c !== '\t' && c !== '\n' && c !== '\r';
      expect(stripControls(`a${c}b`), `U+${code.toString(16)}`).toBe(control ? 'ab' : `a${c}b`);
    }
  });
});
