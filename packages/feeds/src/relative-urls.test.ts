import { describe, expect, it } from 'vitest';
import { childBase, resolveUrl, resolveUrlsInHtml } from './relative-urls.ts';

describe('childBase', () => {
  it('resolves xml:base against its parent, and ignores one that is unsafe or not a web address', () => {
    expect(childBase('https://a.example/feed/', 'entry/')).toBe('https://a.example/feed/entry/');
    expect(childBase('https://a.example/', "javascript:alert('x')")).toBe('https://a.example/');
    expect(childBase('https://a.example/', 'http:///b.example/test/')).toBe('http://b.example/test/');
    expect(childBase(undefined, 'relative/')).toBeUndefined();
  });
});

describe('resolveUrl', () => {
  it('keeps absolute references exactly as written, and IRIs as IRIs', () => {
    expect(resolveUrl('HTTP://Item.TEST/', 'https://a.example/')).toBe('HTTP://Item.TEST/');
    expect(resolveUrl('\u00c0', 'http://any.test/')).toBe('http://any.test/\u00c0');
    expect(resolveUrl(' /x ', 'https://a.example/feed')).toBe('https://a.example/x');
    expect(resolveUrl('/x', 'file:///feeds/a.xml')).toBe('/x');
  });
});

describe('resolveUrlsInHtml', () => {
  it('rewrites URL attributes only, with "&" escaped, and leaves absolute ones untouched', () => {
    expect(
      resolveUrlsInHtml(
        `<a href='/p?a=1&amp;b=2' title="/not-a-url"><img src=i.png alt=x><q cite="https://b.example/">`,
        'https://a.example/dir/',
      ),
    ).toBe(
      '<a href="https://a.example/p?a=1&amp;b=2" title="/not-a-url"><img src="https://a.example/dir/i.png" alt=x><q cite="https://b.example/">',
    );
  });
});
