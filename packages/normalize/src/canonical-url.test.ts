import { describe, expect, it } from 'vitest';
import { canonicalUrl, httpUrl, resolveUrl } from './canonical-url.ts';

describe('canonicalUrl', () => {
  it('lower-cases scheme and host, keeps the path as is', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM/World/Story')).toBe('https://news.example.com/World/Story');
  });

  it('drops the default port, the fragment and credentials', () => {
    expect(canonicalUrl('https://user:pw@example.com:443/a#top')).toBe('https://example.com/a');
    expect(canonicalUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(canonicalUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('removes tracking parameters and sorts the rest', () => {
    expect(
      canonicalUrl(
        'https://example.com/a?z=1&utm_source=rss&UTM_Medium=x&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5&cmpid=6&a=2&a=1',
      ),
    ).toBe('https://example.com/a?a=1&a=2&z=1');
    expect(canonicalUrl('https://example.com/a?utm_campaign=x')).toBe('https://example.com/a');
    expect(
      canonicalUrl('https://example.com/a?xtor=RSS-3208&ns_campaign=rss&ns_mchannel=x&CMP=share&ito=1&id=4'),
    ).toBe('https://example.com/a?id=4');
  });

  it('resolves a relative link against the base', () => {
    expect(canonicalUrl('/story/1?utm_source=x', 'https://example.com/feed.xml')).toBe(
      'https://example.com/story/1',
    );
  });

  it('gives undefined for anything that is not an http(s) URL', () => {
    for (const value of [
      undefined,
      '',
      '  ',
      'not a url',
      'javascript:alert(1)',
      'mailto:a@b.c',
      'urn:uuid:1234',
      'ftp://x/y',
    ]) {
      expect(canonicalUrl(value)).toBeUndefined();
    }
    expect(canonicalUrl('/relative')).toBeUndefined();
  });
});

describe('httpUrl and resolveUrl', () => {
  it('resolves without canonicalising', () => {
    expect(httpUrl('/a?utm_source=x#f', 'https://example.com/feed')).toBe(
      'https://example.com/a?utm_source=x#f',
    );
    expect(httpUrl('javascript:x', 'https://example.com/')).toBeUndefined();
  });

  it('ignores a base that is not a URL when the value is absolute', () => {
    expect(resolveUrl('https://example.com/a', 'not a base')?.href).toBe('https://example.com/a');
    expect(resolveUrl('/a', 'not a base')).toBeUndefined();
  });
});
