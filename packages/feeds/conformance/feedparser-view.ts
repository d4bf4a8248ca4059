// Our side, seen as feedparser's dictionaries: the values an `Expect:` line's names and lookups reach.
import type {
  FeedLink,
  FeedMetadata,
  FeedPerson,
  FeedSource,
  FeedTag,
  FeedText,
  ParsedFeed,
} from '../src/feed.ts';
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
export type Value =
  | PyValue
  | undefined
  | VersionValue
  | { readonly view: Record<string, unknown>; readonly alias?: Record<string, unknown> }
  | Value[];

type Text = FeedText | undefined;

// A feedparser dict: `view` holds its keys, `alias` the older names feedparser also answers to (`url`
// for `href`), which a lookup finds but a whole-dict comparison does not count.
const dict = (view: Record<string, unknown>, alias?: Record<string, unknown>) => ({
  view: Object.fromEntries(Object.entries(view).filter(([, v]) => v !== undefined)),
  ...(alias ? { alias } : {}),
});

const textDetail = (text: Text, fallbackLanguage?: string | null) =>
  text === undefined
    ? undefined
    : dict({
        value: text.value,
        type: text.type,
        language: text.language === undefined ? (fallbackLanguage ?? null) : text.language,
      });

function person(p: FeedPerson | undefined) {
  return p === undefined ? undefined : dict({ name: p.name, email: p.email, href: p.uri }, { url: p.uri });
}

// feedparser's display form of an Atom person: "name (email)".
const displayName = (p: FeedPerson | undefined) =>
  p?.name && p.email ? `${p.name} (${p.email})` : (p?.name ?? p?.email);

const links = (list: readonly FeedLink[] | undefined) => (list ?? []).map((link) => dict({ ...link }));
const tags = (list: readonly FeedTag[] | undefined) => (list ?? []).map((tag) => dict({ ...tag }));
const people = (list: readonly FeedPerson[] | undefined) => (list ?? []).map(person);

function text(field: string, value: Text, alias?: string, language?: string | null) {
  const detail = textDetail(value, language);
  return {
    [field]: value?.value,
    [`${field}_detail`]: detail,
    ...(alias ? { [alias]: value?.value, [`${alias}_detail`]: detail } : {}),
  };
}

function metadataView(meta: FeedMetadata, language: string | null, atom: boolean): Record<string, unknown> {
  const author = meta.authors?.[0];
  return {
    id: meta.id,
    links: links(meta.links),
    ...text('subtitle', meta.subtitle, 'tagline', language),
    description: meta.subtitle?.value,
    ...text('info', meta.info, undefined, language),
    ...text('rights', meta.rights, 'copyright', language),
    author_detail: person(author),
    authors: people(meta.authors),
    contributors: people(meta.contributors),
    publisher: meta.publisher && (displayName(meta.publisher) ?? undefined),
    publisher_detail: person(meta.publisher),
    generator: meta.generator?.name,
    generator_detail:
      meta.generator &&
      dict(
        { name: meta.generator.name, href: meta.generator.uri, version: meta.generator.version },
        { url: meta.generator.uri },
      ),
    icon: meta.icon,
    logo: meta.logo,
    tags: tags(meta.tags),
    category: meta.tags?.[0]?.term,
    published: meta.published,
    published_parsed: dateTuple(meta.published),
    ...(atom && author ? { author: displayName(author) } : {}),
  };
}

function entryView(item: Item, atom: boolean): Record<string, unknown> {
  const detail = item.detail ?? {};
  const body = item.contentHtml ?? item.contentText;
  const summary = item.summary ?? body;
  const language = item.language ?? null;
  const author = detail.authors?.[0];
  const source = detail.source;
  const contentType = detail.contentType ?? (item.contentHtml !== undefined ? 'text/html' : 'text/plain');
  const content =
    body !== undefined
      ? [dict({ value: body, language, type: contentType })]
      : detail.contentSrc
        ? [dict({ value: '', language, type: contentType, src: detail.contentSrc })]
        : [];
  return {
    title: item.title,
    title_detail: dict({ value: item.title, language, type: detail.titleType }),
    link: item.link,
    links: links(detail.links),
    id: item.guid,
    guid: item.guid,
    author: atom ? (displayName(author) ?? item.author) : item.author,
    author_detail: author
      ? person(author)
      : item.author === undefined
        ? undefined
        : dict({ name: item.author }),
    authors: detail.authors
      ? people(detail.authors)
      : item.author === undefined
        ? []
        : [dict({ name: item.author })],
    contributors: people(detail.contributors),
    publisher: detail.publisher && displayName(detail.publisher),
    publisher_detail: person(detail.publisher),
    summary,
    description: summary,
    summary_detail: dict({
      value: summary,
      language,
      type: detail.summaryType ?? (item.summary === undefined ? contentType : undefined),
    }),
    content,
    published: item.published,
    published_parsed: dateTuple(item.published),
    updated: item.updated,
    updated_parsed: dateTuple(item.updated),
    created: detail.created,
    created_parsed: dateTuple(detail.created),
    tags: detail.tags ? tags(detail.tags) : item.categories.map((term) => dict({ term })),
    category: item.categories[0],
    language,
    enclosures: (detail.enclosures ?? []).map((e) =>
      dict({ href: e.href, type: e.type, length: e.length }, { url: e.href }),
    ),
    ...text('rights', detail.rights, undefined, language),
    source: source && dict({ ...sourceView(source, language), href: source.href }),
    comments: detail.comments,
    license: detail.license,
    image: detail.image && dict({ href: detail.image }),
  };
}

function sourceView(source: FeedSource, language: string | null): Record<string, unknown> {
  return {
    ...metadataView(source, language, true),
    ...text('title', source.title, undefined, language),
    link: source.link,
    updated: source.updated,
    updated_parsed: dateTuple(source.updated),
  };
}

function feedView(feed: ParsedFeed): Record<string, unknown> {
  const language = feed.language ?? null;
  const atom = feed.format === 'atom';
  const image = feed.image;
  return {
    ...metadataView(feed, language, atom),
    title: feed.title,
    title_detail: dict({
      value: feed.title,
      language: feed.titleDetail?.language === undefined ? language : feed.titleDetail.language,
      type: feed.titleDetail?.type,
    }),
    link: feed.link,
    language: feed.language,
    ...(atom && feed.authors?.[0] ? {} : { author: feed.author }),
    author_detail: feed.authors?.[0]
      ? person(feed.authors[0])
      : feed.author === undefined
        ? undefined
        : dict({ name: feed.author }),
    updated: feed.updated,
    updated_parsed: dateTuple(feed.updated),
    image: image && dict({ ...image }, { url: image.href }),
    docs: feed.docs,
    ttl: feed.ttl,
  };
}

/** Whether a value stands for a feedparser dict. */
export function isView(
  value: Value,
): value is { view: Record<string, unknown>; alias?: Record<string, unknown> } {
  return typeof value === 'object' && value !== null && 'view' in value;
}

/** Whether a value is feedparser's `version`. */
export function isVersion(value: Value): value is VersionValue {
  return typeof value === 'object' && value !== null && KEEP in value;
}

/** The names an `Expect:` line starts from (feed, entries, version), over a parsed feed. */
export function rootOf(feed: ParsedFeed): Record<string, unknown> {
  const atom = feed.format === 'atom';
  return {
    feed: { view: feedView(feed) },
    entries: feed.items.map((item) => ({ view: entryView(item, atom) })),
    version: { [KEEP]: feed.format },
    encoding: feed.encoding,
  };
}
