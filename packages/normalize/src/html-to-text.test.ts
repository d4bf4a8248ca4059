import { describe, expect, it } from 'vitest';
import { cleanPlainText, htmlToText, inlineText, looksLikeHtml } from './html-to-text.ts';

describe('htmlToText', () => {
  it('keeps paragraphs apart with a blank line', () => {
    expect(htmlToText('<p>One.</p><p>Two.</p>\n<div>Three.</div>')).toBe('One.\n\nTwo.\n\nThree.');
  });

  it('turns <br> into a line break and two of them into a paragraph break', () => {
    expect(htmlToText('<p>Line one<br>line two</p>')).toBe('Line one\nline two');
    expect(htmlToText('First<br><br>Second<br/> <br />Third')).toBe('First\n\nSecond\n\nThird');
  });

  it('treats headings, list items, quotes and table rows as blocks', () => {
    const html =
      '<h2>Title</h2><ul><li>a</li><li>b</li></ul><blockquote>q</blockquote><table><tr><td>1</td><td>2</td></tr></table>';
    expect(htmlToText(html)).toBe('Title\n\na\n\nb\n\nq\n\n1 2');
  });

  it('decodes entities once, including double escapes seen in real feeds', () => {
    expect(htmlToText('<p>AT&amp;amp;T &amp;#39;quoted&amp;#39; &amp;quot;said&amp;quot;</p>')).toBe(
      'AT&T \'quoted\' "said"',
    );
    expect(htmlToText('<p>Fish &amp; chips &rsquo;n&rsquo; more&hellip;</p>')).toBe('Fish & chips ’n’ more…');
  });

  it('leaves escaped markup as text, never as markup', () => {
    expect(htmlToText('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<script>alert(1)</script>');
  });

  it('drops scripts, styles and other non-text elements with their content', () => {
    const html =
      '<p>Kept</p><script>var x = 1;</script><style>p{}</style><noscript>enable js</noscript><iframe>f</iframe>';
    expect(htmlToText(html)).toBe('Kept');
  });

  it('collapses runs of spaces, non-breaking spaces and source newlines, and trims lines', () => {
    expect(htmlToText('<p>  Too   many\n spaces&nbsp;&nbsp;here\u200b </p>')).toBe('Too many spaces here');
  });

  it('keeps curly quotes and non-Latin text as they are', () => {
    expect(htmlToText('<p>“Quoted” — it’s 北京</p>')).toBe('“Quoted” — it’s 北京');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>a = 1\nb = 2</pre>')).toBe('a = 1\nb = 2');
  });

  it('returns an empty string for markup without text', () => {
    expect(htmlToText('<p> </p><div><br></div><img src="x.png">')).toBe('');
  });
});

describe('cleanPlainText', () => {
  it('takes every line as a paragraph when there are no blank lines', () => {
    expect(cleanPlainText('First paragraph.\nSecond  paragraph.\r\nThird.')).toBe(
      'First paragraph.\n\nSecond paragraph.\n\nThird.',
    );
  });

  it('takes blank lines as paragraph breaks and single newlines as wrapping', () => {
    expect(cleanPlainText('A wrapped\nsentence.\n\n  \nNext one.')).toBe('A wrapped sentence.\n\nNext one.');
  });

  it('decodes entities once', () => {
    expect(cleanPlainText('R&amp;D &amp;amp; more')).toBe('R&D & more');
  });
});

describe('inlineText', () => {
  it('flattens markup and line breaks into one line', () => {
    expect(inlineText('<b>Big</b> news<br>today &amp; tomorrow')).toBe('Big news today & tomorrow');
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from plain text', () => {
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(looksLikeHtml('a &amp; b')).toBe(true);
    expect(looksLikeHtml('Profits < costs & more')).toBe(false);
  });
});
