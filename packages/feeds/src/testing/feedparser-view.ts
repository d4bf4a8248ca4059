// Our side, seen as feedparser's dictionaries: the values an `Expect:` line's names and lookups reach.
import type { ParsedFeed } from '../feed.ts';
import type { PyValue } from './python-expr.ts';

type Item = ParsedFeed['items'][number];

/** time.struct_time of a date string, in UTC (feedparser's *_parsed), when JavaScript can read it. */
export function dateTuple(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text.trim());
  if (Number.isNaN(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const yday = Math.floor((ms - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  return [
    year,
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    (date.getUTCDay() + 6) % 7,
    yday,
    0,
  ];
}

/**
 * Where feedparser's `version` keeps our format: it compares equal to every feedparser version name
 * of that family (VERSION_FAMILY).
 */
export const KEEP = Symbol('version');
/** feedparser's `version`, as our format. */
export interface VersionValue {
  readonly [KEEP]: string;
}

/** A value a Python expression over our side can produce; a `view` stands for a feedparser dict. */
export type Value = PyValue | undefined | VersionValue | { readonly view: Record<string, unknown> } | Value[];

function entryView(item: Item): Record<string, unknown> {
  const body = item.contentHtml ?? item.contentText;
  const summary = item.summary ?? body;
  const language = item.language ?? null;
  return {
    title: item.title,
    title_detail: { view: { value: item.title, language } },
    link: item.link,
    id: item.guid,
    guid: item.guid,
    author: item.author,
    author_detail: { view: { name: item.author } },
    authors: item.author === undefined ? [] : [{ view: { name: item.author } }],
    summary,
    description: summary,
    summary_detail: { view: { value: summary, language } },
    content: body === undefined ? [] : [{ view: { value: body, language } }],
    published: item.published,
    published_parsed: dateTuple(item.published),
    updated: item.updated,
    updated_parsed: dateTuple(item.updated),
    tags: item.categories.map((term) => ({ view: { term } })),
    category: item.categories[0],
    language,
  };
}

function feedView(feed: ParsedFeed): Record<string, unknown> {
  return {
    title: feed.title,
    title_detail: { view: { value: feed.title, language: feed.language ?? null } },
    link: feed.link,
    language: feed.language,
    author: feed.author,
    author_detail: { view: { name: feed.author } },
    updated: feed.updated,
    updated_parsed: dateTuple(feed.updated),
  };
}

/** Whether a value stands for a feedparser dict. */
export function isView(value: Value): value is { view: Record<string, unknown> } {
  return typeof value === 'object' && value !== null && 'view' in value;
}

/** Whether a value is feedparser's `version`. */
export function isVersion(value: Value): value is VersionValue {
  return typeof value === 'object' && value !== null && KEEP in value;
}

/** The names an `Expect:` line starts from (feed, entries, version), over a parsed feed. */
export function rootOf(feed: ParsedFeed): Record<string, unknown> {
  return {
    feed: { view: feedView(feed) },
    entries: feed.items.map((item) => ({ view: entryView(item) })),
    version: { [KEEP]: feed.format },
  };
}
