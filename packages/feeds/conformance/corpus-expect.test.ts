import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../src/feed.ts';
import { corpusHeader, dateTuple, outOfScope, translate } from './corpus-expect.ts';
import { canonicalMarkup, sameMarkup } from './markup-compare.ts';
import { parsePython } from './python-expr.ts';

const feed = (overrides: Partial<ParsedFeed> = {}): ParsedFeed => ({
  format: 'rss',
  title: 'Feed',
  hubs: [],
  items: [{ title: 'Example', categories: ['a', 'b'], published: 'Wed, 31 Dec 2003 10:14:55 GMT' }],
  ...overrides,
});

// null: the parse failed.
function check(line: string, parsed: ParsedFeed | null = feed()): boolean | string {
  const translation = translate(line);
  return translation.translatable ? translation.check(parsed ?? undefined).met : translation.reason;
}

describe('parsePython', () => {
  it('reads literals with prefixes, escapes, concatenation, triple quotes and tuples', () => {
    expect(parsePython("u'a\\u00e9' + 'b' \"c\"")).toMatchObject({
      kind: 'add',
      left: { kind: 'literal', value: 'a\u00e9' },
      right: { kind: 'literal', value: 'bc' },
    });
    expect(parsePython('"""x\'y"""')).toEqual({ kind: 'literal', value: "x'y" });
    expect(parsePython('(1, -2)')).toMatchObject({
      kind: 'tuple',
      items: [{ value: 1 }, { kind: 'negate' }],
    });
  });
});

describe('translate', () => {
  it('checks fields we parse, with bozo dropped', () => {
    expect(check("not bozo and entries[0]['title'] == u'Example'")).toBe(true);
    expect(check("entries[0]['title'] == 'Other'")).toBe(false);
    expect(check("feed.title == 'Feed' and len(entries) == 1")).toBe(true);
    expect(check("entries[0]['tags'][1]['term'] == 'b'")).toBe(true);
    expect(check("version == 'rss20'")).toBe(true);
    expect(check("version == 'atom10'")).toBe(false);
  });

  it('compares *_parsed tuples in UTC and None with what is absent', () => {
    expect(check("entries[0]['published_parsed'] == (2003, 12, 31, 10, 14, 55, 2, 365, 0)")).toBe(true);
    expect(dateTuple('2004-01-01T19:48:21Z')).toEqual([2004, 1, 1, 19, 48, 21, 3, 1, 0]);
    expect(check("entries[0]['content'][0]['language'] == None")).toBe(false);
    expect(check("entries[0]['language'] == None")).toBe(true);
    expect(check("not feed.has_key('language')")).toBe(true);
  });

  it('counts a line on a feed that did not parse, or an entry that is not there, as not met', () => {
    expect(check("entries[0]['title'] == 'Example'", null)).toBe(false);
    expect(check("entries[3]['title'] == 'Example'")).toBe(false);
  });

  it('counts a field the feed carries and we do not output as a miss, whatever the feed', () => {
    const translation = translate("'itunes_keywords' not in feed");
    expect(translation.translatable).toBe(true);
    if (translation.translatable) {
      expect(translation.check(feed())).toEqual({ met: false, detail: 'not output: feed.itunes_keywords' });
    }
    expect(check("not bozo and feed['cloud']['port'] == '80'")).toBe(false);
  });

  it("leaves out only feedparser's internals, bozo alone and constants", () => {
    expect(check('bozo')).toBe("bozo: feedparser's bozo, not a field of the feed");
    expect(check("entries[0]['title_detail']['base'] == 'http://x/'")).toMatch(/feedparser's base/);
    expect(check("headers.get('x-foo') == 'bar'")).toMatch(/feedparser's headers/);
    expect(check('1')).toBe('reads no field (bozo, a constant)');
  });

  it('reads the fields a feed carries: subtitle, rights, people, links and tags with their details', () => {
    const rich = feed({
      format: 'atom',
      subtitle: { value: 'Sub', type: 'text/plain' },
      rights: { value: '© Wire', type: 'text/plain' },
      items: [
        {
          title: 'T',
          categories: ['x'],
          detail: {
            links: [{ rel: 'alternate', type: 'text/html', href: 'http://x/' }],
            tags: [{ term: 'x', scheme: 'http://s/' }],
            authors: [{ name: 'Ann', email: 'ann@x', uri: 'http://ann/' }],
          },
        },
      ],
    });
    expect(check("feed['tagline'] == 'Sub' and feed['copyright'] == u'\xa9 Wire'", rich)).toBe(true);
    expect(check("entries[0]['tags'][0]['scheme'] == 'http://s/'", rich)).toBe(true);
    expect(
      check(
        "entries[0]['author'] == 'Ann (ann@x)' and entries[0]['author_detail']['url'] == 'http://ann/'",
        rich,
      ),
    ).toBe(true);
    expect(
      check("entries[0]['links'][0] == {'rel': 'alternate', 'type': 'text/html', 'href': 'http://x/'}", rich),
    ).toBe(true);
    expect(check("entries[0]['links'][0] == {'rel': 'alternate', 'href': 'http://x/'}", rich)).toBe(false);
  });

  it('leaves feedparser sanitizer tests out, but not its acceptable-markup ones', () => {
    expect(outOfScope('wellformed/sanitize/entry_content_script.xml')).toMatch(/sanitizer/);
    expect(outOfScope('wellformed/sanitize/acceptable_element_abbr.xml')).toBeUndefined();
    expect(outOfScope('wellformed/atom/entry_title.xml')).toBeUndefined();
  });

  it('reads the Expect and Header lines of a corpus file', () => {
    const head =
      '<!--\nHeader:      Content-Location: http://example.com/\nDescription: x\nExpect:      not bozo and 1\n-->';
    expect(corpusHeader(head)).toEqual({ expect: 'not bozo and 1', contentLocation: 'http://example.com/' });
  });
});

describe('sameMarkup', () => {
  it('ignores attribute order and quoting, self-closing syntax, case and entity spelling', () => {
    expect(sameMarkup('<IMG src=a.png alt="x&amp;y">', '<img alt="x&#38;y" src="a.png" />')).toBe(true);
    expect(sameMarkup('<circle r="1"/>', '<circle r="1"></circle>')).toBe(true);
    expect(sameMarkup('don&#146;t', 'don&#x2019;t')).toBe(true);
  });

  it('still tells apart a missing attribute, an escaped tag, or other text', () => {
    expect(sameMarkup('<span></span>', '<span abbr=""></span>')).toBe(false);
    expect(sameMarkup('&lt;b&gt;', '<b>')).toBe(false);
    expect(canonicalMarkup('a <b>c</b>')).not.toBe(canonicalMarkup('a <b>d</b>'));
  });
});
