import { isWirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { HTML_LIMITS, htmlLimitProblem } from './html-limits.ts';
import { normalizeItem } from './normalize-item.ts';

const ctx = {
  feedId: 'wire',
  feedUrl: 'https://wire.example/feed.xml',
  fetchedAt: '2026-01-02T03:04:05.000Z',
};
const nested = (tag: string, n: number) => `${`<${tag}>`.repeat(n)}hi${`</${tag}>`.repeat(n)}`;

function failure(run: () => unknown): { code?: string; message: string } {
  try {
    run();
  } catch (err) {
    return { code: isWirefeedError(err) ? err.code : undefined, message: (err as Error).message };
  }
  return { message: 'did not throw' };
}

describe('htmlLimitProblem', () => {
  it('passes a real story without parsing it', () => {
    const story = '<p>PARIS (Reuters) - <b>Talks</b> went on.</p><ul><li>one</li><li>two</li></ul>';
    expect(htmlLimitProblem(story, { unwraps: true })).toBeUndefined();
  });

  it('passes nesting up to the limit and refuses one level more', () => {
    expect(htmlLimitProblem(nested('b', HTML_LIMITS.maxDepth), { unwraps: false })).toBeUndefined();
    expect(htmlLimitProblem(nested('b', HTML_LIMITS.maxDepth + 1), { unwraps: false })).toBe(
      `nested more than ${HTML_LIMITS.maxDepth} deep`,
    );
  });

  it('counts depth as the parser does: unclosed paragraphs and list items close each other', () => {
    const loose = `${'<p>para '.repeat(2_000)}<ul>${'<li>item '.repeat(2_000)}</ul>`;
    expect(htmlLimitProblem(loose, { unwraps: true })).toBeUndefined();
  });

  it('refuses too many elements, and too many stray end tags, before parsing', () => {
    expect(htmlLimitProblem('<br>'.repeat(HTML_LIMITS.maxElements + 1), { unwraps: false })).toBe(
      `more than ${HTML_LIMITS.maxElements} elements`,
    );
    const stray = `${'<b>'.repeat(200)}${'</i>'.repeat(2 * HTML_LIMITS.maxElements)}`;
    expect(htmlLimitProblem(stray, { unwraps: false })).toBe(`more than ${2 * HTML_LIMITS.maxElements} tags`);
  });

  it('refuses a long text followed by thousands of empty elements, the sanitizer’s quadratic case', () => {
    const html = `<p>${'word '.repeat(50_000)}</p>${'<b></b>'.repeat(5_000)}`;
    expect(htmlLimitProblem(html, { unwraps: true })).toMatch(/empty elements or links to nowhere/);
    // The plain walk (text of short fields) unwraps nothing, so the same value is fine there.
    expect(htmlLimitProblem(html, { unwraps: false })).toBeUndefined();
  });

  it('is quick on every hostile shape (a bound, not a benchmark: these took seconds to minutes)', () => {
    const hostile = [
      nested('a href="http://x/"', 100_000),
      '<div>'.repeat(100_000),
      `<p>${'word '.repeat(200_000)}</p>${'<b></b>'.repeat(9_000)}`,
    ];
    const started = performance.now();
    for (const html of hostile) expect(htmlLimitProblem(html, { unwraps: true })).toBeDefined();
    // Within the limits, and cheap to parse: angle brackets that are no tags, stray end tags at full depth.
    expect(htmlLimitProblem('<'.repeat(1_000_000), { unwraps: true })).toBeUndefined();
    const stray = `${'<b>'.repeat(256)}${'</i>'.repeat(19_000)}x`;
    expect(htmlLimitProblem(stray, { unwraps: true })).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('normalizeItem over the limits', () => {
  it('fails the item alone with WF_E_ITEM_TOO_COMPLEX and the reason, for the 100,000-deep body', () => {
    const raw = {
      guid: 'g1',
      title: 'Nested',
      contentHtml: nested('a href="http://x/"', 100_000),
      categories: [],
    };
    const started = performance.now();
    const err = failure(() => normalizeItem(raw, ctx));
    expect(err.code).toBe('WF_E_ITEM_TOO_COMPLEX');
    expect(err.message).toBe(`body HTML is too complex: more than ${HTML_LIMITS.maxElements} elements`);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('names the depth when the elements are few enough', () => {
    const raw = { guid: 'g0', title: 'Nested', contentHtml: nested('div', 5_000), categories: [] };
    expect(failure(() => normalizeItem(raw, ctx)).message).toBe(
      `body HTML is too complex: nested more than ${HTML_LIMITS.maxDepth} deep`,
    );
  });

  it('checks the short fields too (a title is walked for its text)', () => {
    const raw = { guid: 'g2', title: nested('b', 1_000), contentText: 'Body.', categories: [] };
    const err = failure(() => normalizeItem(raw, ctx));
    expect(err.code).toBe('WF_E_ITEM_TOO_COMPLEX');
    expect(err.message).toMatch(/^item HTML is too complex: nested more than 256 deep$/);
  });

  it('still normalizes a long but ordinary body', () => {
    const html = `<p>${'Officials said the talks went on. '.repeat(20)}</p>`.repeat(400);
    const story = normalizeItem({ guid: 'g3', title: 'Long', contentHtml: html, categories: [] }, ctx);
    expect(story.body.text.split('\n\n')).toHaveLength(400);
  });
});
