import { describe, expect, it } from 'vitest';
import { trimHtmlText } from './html-trim.ts';

describe('trimHtmlText', () => {
  it('removes a dateline split over markup and unwraps what it emptied', () => {
    expect(trimHtmlText('<p><strong>BEIJING:</strong> Chinese officials said.</p>', 'BEIJING:', '')).toBe(
      '<p>Chinese officials said.</p>',
    );
  });

  it('removes a dateline with different spacing than the text', () => {
    expect(
      trimHtmlText('<p>WASHINGTON,  Nov 26\n(Reuters) - Text.</p>', 'WASHINGTON, Nov 26 (Reuters) -', ''),
    ).toBe('<p>Text.</p>');
  });

  it('removes a credit at the end of the last paragraph or in a paragraph of its own', () => {
    expect(trimHtmlText('<p>One.</p><p>Two. –Agencies</p>', '', ' –Agencies')).toBe('<p>One.</p><p>Two.</p>');
    expect(
      trimHtmlText(
        '<p>One.</p><p><em>(Reporting by A; Editing by B)</em></p>',
        '',
        '(Reporting by A; Editing by B)',
      ),
    ).toBe('<p>One.</p>');
  });

  it('removes both at once', () => {
    expect(trimHtmlText('<p>PARIS (AFP) - Hello.</p><p>(AFP)</p>', 'PARIS (AFP) -', '(AFP)')).toBe(
      '<p>Hello.</p>',
    );
  });

  it('leaves the HTML alone when the text does not match', () => {
    const html = '<p>Nothing to cut.</p>';
    expect(trimHtmlText(html, 'LONDON:', 'Agencies')).toBe(html);
    expect(trimHtmlText(html, '', '')).toBe(html);
  });

  it('keeps escaped characters escaped', () => {
    expect(trimHtmlText('<p>ROME: a &lt; b &amp; c</p>', 'ROME:', '')).toBe('<p>a &lt; b &amp; c</p>');
  });
});
