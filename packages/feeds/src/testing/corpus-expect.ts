// Test support for the feedparser conformance corpus: turns the simple `Expect:` lines (one equality on
// one field, against one Python string literal) into checks on a ParsedFeed. Anything more elaborate
// is left out rather than guessed at.
import type { ParsedFeed } from '../feed.ts';

type Item = ParsedFeed['items'][number];

export interface Expectation {
  /** The field as feedparser names it, e.g. `entries[0]['title']`. */
  field: string;
  expected: string;
  actual: (feed: ParsedFeed) => string | undefined;
}

const LITERAL = String.raw`u?(?:"""[\s\S]*?"""|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
const SIMPLE = new RegExp(
  String.raw`^(?:not bozo and )?(entries\[(\d+)\]|feed)(?:\[['"](\w+)['"]\]|\.(\w+))(?:\[(\d+)\]\[['"](\w+)['"]\])? == (${LITERAL})$`,
);
const VERSION = /^(?:not bozo and )?version == '(\w+)'$/;

const ITEM_FIELDS = new Map<string, (item: Item, index: number) => string | undefined>([
  ['title', (item) => item.title],
  ['link', (item) => item.link],
  ['id', (item) => item.guid],
  ['guid', (item) => item.guid],
  ['summary', (item) => item.summary],
  ['description', (item) => item.summary],
  ['author', (item) => item.author],
  ['published', (item) => item.published],
  ['updated', (item) => item.updated],
  ['content.value', (item) => item.contentHtml ?? item.contentText],
  ['tags.term', (item, index) => item.categories[index]],
]);
const FEED_FIELDS = new Map<string, (feed: ParsedFeed) => string | undefined>([
  ['title', (feed) => feed.title],
  ['link', (feed) => feed.link],
  ['language', (feed) => feed.language],
]);
const FORMATS = new Map([
  ['rss090', 'rss'],
  ['rss091n', 'rss'],
  ['rss091u', 'rss'],
  ['rss092', 'rss'],
  ['rss093', 'rss'],
  ['rss094', 'rss'],
  ['rss20', 'rss'],
  ['rss10', 'rdf'],
  ['atom03', 'atom'],
  ['atom10', 'atom'],
  ['json1', 'json-feed'],
  ['json11', 'json-feed'],
  ['cdf', 'cdf'],
]);

const ESCAPES = new Map([
  ['n', '\n'],
  ['t', '\t'],
  ['r', '\r'],
  ['\\', '\\'],
  ["'", "'"],
  ['"', '"'],
]);

/** The value of a Python string literal (quotes, `u` prefix and backslash escapes). */
export function pythonString(literal: string): string {
  const body = literal.replace(/^u/, '');
  const quote = body.startsWith('"""') ? 3 : 1;
  return body
    .slice(quote, -quote)
    .replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (all, code) => {
      if (/^[xuU]/.test(code) && code.length > 1)
        return String.fromCodePoint(Number.parseInt(code.slice(1), 16));
      return ESCAPES.get(code) ?? all;
    });
}

/** The check an `Expect:` line stands for, when it is simple enough to translate. */
export function translate(expect: string): Expectation | undefined {
  const version = VERSION.exec(expect.trim());
  const format = version?.[1] ? FORMATS.get(version[1]) : undefined;
  if (format) return { field: 'version', expected: format, actual: (feed) => feed.format };
  const match = SIMPLE.exec(expect.trim());
  if (!match) return undefined;
  const [, scope = '', entry, bracketed, dotted, sub, subField, literal = ''] = match;
  const name = [bracketed ?? dotted, subField].filter(Boolean).join('.');
  const expected = pythonString(literal);
  if (scope === 'feed') {
    const read = sub === undefined ? FEED_FIELDS.get(name) : undefined;
    return read && { field: `feed.${name}`, expected, actual: read };
  }
  const read = ITEM_FIELDS.get(name);
  const index = Number(entry);
  const subIndex = Number(sub ?? 0);
  if (!read || (sub !== undefined && name !== 'tags.term' && subIndex !== 0)) return undefined;
  return {
    field: `entries.${name}`,
    expected,
    actual: (feed) => {
      const item = feed.items[index];
      return item && read(item, subIndex);
    },
  };
}

/** The `Expect:` and `Header: Content-type:` lines from the comment that opens a corpus file. */
export function corpusHeader(head: string): { expect?: string; contentType?: string } {
  // The JSON files carry theirs inside a string: "Description: … Expect: … -->".
  const expect = /(?:^|\s)Expect:\s*(.+?)\s*(?:-->.*)?$/m.exec(head)?.[1];
  const contentType = /^Header:\s*Content-type:\s*(.+)$/im.exec(head)?.[1]?.trim();
  return { ...(expect ? { expect } : {}), ...(contentType ? { contentType } : {}) };
}
