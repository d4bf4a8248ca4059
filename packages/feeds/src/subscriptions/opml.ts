import { WirefeedError } from '@wirefeed/core';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { hasControlCharacter } from './store-codec.ts';
import type { Subscription } from './subscription.ts';

/** One feed found in an OPML file. */
export interface OpmlFeed {
  /** An http(s) URL: parseOpml lists any other in `skipped`. */
  url: string;
  title?: string;
  /** Names of the folders it sits in (outermost first), then its own `category` values. */
  tags: string[];
  htmlUrl?: string;
  /** From a Wirefeed export: the subscription's id (story ids derive from it) and interval bounds. */
  id?: string;
  minIntervalMs?: number;
  maxIntervalMs?: number;
}

/** An outline the import must not subscribe, and why. */
export interface OpmlSkipped {
  url: string;
  reason: string;
}

export interface OpmlDocument {
  title?: string;
  feeds: OpmlFeed[];
  skipped: OpmlSkipped[];
}

// Outline attributes of our own (OPML allows any): what an export must carry for an import elsewhere to
// give back the same subscriptions. Intervals are in milliseconds.
const ID_ATTR = 'wirefeedId';
const MIN_ATTR = 'wirefeedMinInterval';
const MAX_ATTR = 'wirefeedMaxInterval';

type Node = Record<string, unknown>;

const ATTR = '@_';

function opmlError(source: string, message: string): WirefeedError {
  return new WirefeedError('WF_E_CONFIG', `${source}: not usable OPML: ${message}`, {
    details: { source },
  });
}

function attr(node: Node, name: string): string | undefined {
  const value = node[`${ATTR}${name}`];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

function asNodes(value: unknown): Node[] {
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  // An empty <outline/> or one with only text parses as a string; it has no attributes to offer.
  return list.map((v) => (typeof v === 'object' && v !== null ? (v as Node) : {}));
}

/** OPML 2.0 categories: a comma list of slash-delimited paths ("/News/World,/Markets"). */
function categoriesOf(node: Node): string[] {
  return (attr(node, 'category') ?? '')
    .split(',')
    .map((c) => c.trim().replace(/^\/+|\/+$/g, ''))
    .filter(Boolean);
}

function addTags(into: string[], tags: readonly string[]): void {
  for (const t of tags) if (t && !into.includes(t)) into.push(t);
}

// A tag may not hold a comma (it would split in `category` on export), and the store refuses one; a
// folder named "News, World" is still one folder, so it becomes one tag.
function folderTag(name: string): string {
  return name.replace(/\s*,\s*/g, ' ').trim();
}

function millis(node: Node, name: string): number | undefined {
  const text = attr(node, name);
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

// An OPML file is untrusted input: a file URL or a path in it would have the fetcher read local files.
// The URL is parsed once, and what the parse checked (its href) is what goes on: a raw text with a
// tab or a control character (`ht&#9;tp://x/../..`) parses as http but reads as a relative path.
function httpFeedUrl(raw: string): { url: string } | { reason: string } {
  if (hasControlCharacter(raw))
    return { reason: 'a feed URL with a control character (a tab, a newline…) is not imported' };
  const parsed = URL.parse(raw);
  if ((parsed?.protocol === 'http:' || parsed?.protocol === 'https:') && parsed.hostname)
    return { url: parsed.href };
  return { reason: 'only http and https feed URLs are imported from OPML' };
}

/**
 * Parse OPML 1.0 or 2.0 subscription lists: every outline with an `xmlUrl` is a feed, however deep;
 * the outlines it sits in (folders) and its `category` attribute give its tags; `title`, else `text`,
 * its title; Wirefeed's own attributes (an export's), the id and interval bounds. A URL listed twice
 * (in two folders) is one feed with both folders' tags. A feed URL that is not http(s) goes to
 * `skipped`, with the reason. Anything that is not well-formed XML, not `<opml>`, or has no `<body>` is
 * refused with an error naming the problem; `source` names the file in that message.
 */
export function parseOpml(text: string, source = 'OPML'): OpmlDocument {
  if (text.trim() === '') throw opmlError(source, 'the file is empty');
  // XML allows no control character but tab, newline and carriage return, not even by reference; the
  // parser would drop `&#1;` silently, and a URL that had it would pass for one that had not.
  const control = /&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|x0*(?:[0-8bcef]|1[\da-f]));/i.exec(text);
  if (control)
    throw opmlError(
      source,
      `not well-formed XML: ${control[0]} stands for a control character, which XML does not allow`,
    );
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw opmlError(
      source,
      `not well-formed XML at line ${valid.err.line}${valid.err.col ? `, column ${valid.err.col}` : ''}: ${valid.err.msg}`,
    );
  let doc: Node;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: ATTR,
      parseAttributeValue: false,
      parseTagValue: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      htmlEntities: true,
      isArray: (name) => name === 'outline',
    }).parse(text) as Node;
  } catch (err) {
    throw opmlError(source, (err as Error).message);
  }
  const roots = Object.keys(doc).filter((k) => !k.startsWith('#') && !k.startsWith('?'));
  if (!('opml' in doc)) throw opmlError(source, `the root element is <${roots[0] ?? '?'}>, expected <opml>`);
  const root = typeof doc.opml === 'object' && doc.opml !== null ? (doc.opml as Node) : {};
  const body = root.body;
  if (body === undefined) throw opmlError(source, 'there is no <body>');
  const head = typeof root.head === 'object' && root.head !== null ? (root.head as Node) : {};
  const title = typeof head.title === 'string' && head.title.trim() ? head.title.trim() : undefined;

  const byUrl = new Map<string, OpmlFeed>();
  const skipped = new Map<string, OpmlSkipped>();
  const walk = (outlines: Node[], folders: readonly string[], depth: number) => {
    // Real exports are a few levels deep; a hand-made file nested past this is a mistake or an attack.
    if (depth > 32) throw opmlError(source, 'outlines are nested more than 32 deep');
    for (const outline of outlines) {
      const raw = attr(outline, 'xmlUrl') ?? attr(outline, 'xmlurl');
      const name = attr(outline, 'title') ?? attr(outline, 'text');
      const checked = raw === undefined ? undefined : httpFeedUrl(raw);
      if (raw && checked && 'reason' in checked) {
        skipped.set(raw, { url: raw, reason: checked.reason });
        walk(asNodes(outline.outline), folders, depth + 1);
      } else if (checked && 'url' in checked) {
        const { url } = checked;
        // Readers (and buildOpml) put the URL in `text` when a feed has no title: that is no title.
        const title = name === url || name === raw ? undefined : name;
        const tags: string[] = [];
        addTags(tags, folders);
        addTags(tags, categoriesOf(outline));
        const seen = byUrl.get(url);
        if (seen) addTags(seen.tags, tags);
        else {
          const htmlUrl = attr(outline, 'htmlUrl');
          const id = attr(outline, ID_ATTR);
          const minIntervalMs = millis(outline, MIN_ATTR);
          const maxIntervalMs = millis(outline, MAX_ATTR);
          byUrl.set(url, {
            url,
            ...(title ? { title } : {}),
            tags,
            ...(htmlUrl ? { htmlUrl } : {}),
            ...(id ? { id } : {}),
            ...(minIntervalMs === undefined ? {} : { minIntervalMs }),
            ...(maxIntervalMs === undefined ? {} : { maxIntervalMs }),
          });
        }
        walk(asNodes(outline.outline), folders, depth + 1);
      } else {
        const tag = name === undefined ? '' : folderTag(name);
        walk(asNodes(outline.outline), tag ? [...folders, tag] : folders, depth + 1);
      }
    }
  };
  walk(asNodes(typeof body === 'object' && body !== null ? (body as Node).outline : undefined), [], 0);
  return { ...(title ? { title } : {}), feeds: [...byUrl.values()], skipped: [...skipped.values()] };
}

function outlineFor(sub: Subscription): Node {
  return {
    [`${ATTR}type`]: 'rss',
    // OPML requires `text`; the URL stands in for a missing title, and parseOpml reads it back as none.
    [`${ATTR}text`]: sub.title ?? sub.url,
    ...(sub.title ? { [`${ATTR}title`]: sub.title } : {}),
    [`${ATTR}xmlUrl`]: sub.url,
    ...(sub.tags.length ? { [`${ATTR}category`]: sub.tags.map((t) => `/${t}`).join(',') } : {}),
    [`${ATTR}${ID_ATTR}`]: sub.id,
    [`${ATTR}${MIN_ATTR}`]: String(sub.minIntervalMs),
    [`${ATTR}${MAX_ATTR}`]: String(sub.maxIntervalMs),
  };
}

/**
 * Build an OPML 2.0 document with one outline per subscription. A subscription with tags sits in the
 * folder of its first tag (what feed readers show), and carries all its tags in `category` (what
 * they keep), so an import here gives back the same tags; and its id and interval bounds in attributes
 * of Wirefeed's own, so an import here keeps feed ids (story ids derive from them).
 */
export function buildOpml(
  subs: readonly Subscription[],
  options: { title?: string; now?: Date } = {},
): string {
  const folders = new Map<string, Node[]>();
  const top: Node[] = [];
  for (const sub of subs) {
    const first = sub.tags[0];
    if (first === undefined) top.push(outlineFor(sub));
    else folders.set(first, [...(folders.get(first) ?? []), outlineFor(sub)]);
  }
  const outlines: Node[] = [
    ...[...folders].map(([name, children]) => ({
      [`${ATTR}text`]: name,
      [`${ATTR}title`]: name,
      outline: children,
    })),
    ...top,
  ];
  const doc = {
    '?xml': { [`${ATTR}version`]: '1.0', [`${ATTR}encoding`]: 'UTF-8' },
    opml: {
      [`${ATTR}version`]: '2.0',
      head: {
        title: options.title ?? 'Wirefeed subscriptions',
        dateCreated: (options.now ?? new Date()).toUTCString(),
      },
      body: { outline: outlines },
    },
  };
  const xml = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    processEntities: true,
  }).build(doc) as string;
  return xml.endsWith('\n') ? xml : `${xml}\n`;
}
