// NewsML-G2 and NITF documents as feeds. A news message carries several items; a lone newsItem or
// packageItem is one; a NITF document alone is one text. Text items become stories; a package becomes
// a story whose associations are its items, and the pictures and videos it groups with a text go with
// that text too; picture and video items nobody packages are stories of their own (their caption is
// the text). The mapping, and why, is docs/adr/0015-newsml-g2-and-nitf.md.
import type { Media, RawItem } from '@wirefeed/core';
import type { ParsedFeed, SkippedEntry } from './feed.ts';
import type { Schemes } from './g2-codes.ts';
import { schemesOf } from './g2-codes.ts';
import { bodyOf, mediaOf, referencedMedia } from './g2-content.ts';
import type { G2Context, G2Meta } from './g2-meta.ts';
import { readMeta } from './g2-meta.ts';
import { MAX_FEED_ITEMS } from './limits.ts';
import type { NitfFields } from './nitf.ts';
import { nitfFields } from './nitf.ts';
import type { XmlElement } from './xml-tree.ts';
import { attribute, element, elements, parseXmlTree, textOf } from './xml-tree.ts';

/** The roots read here, by local name, and the format each is. */
export const WIRE_ROOTS: ReadonlyMap<string, 'newsml-g2' | 'nitf'> = new Map([
  ['newsMessage', 'newsml-g2'],
  ['newsItem', 'newsml-g2'],
  ['packageItem', 'newsml-g2'],
  ['nitf', 'nitf'],
]);

// G2 items that carry news; concept, knowledge and planning items describe things, not stories.
const NEWS_ITEMS = new Set(['newsItem', 'packageItem']);
const ALL_ITEMS = new Set([...NEWS_ITEMS, 'conceptItem', 'knowledgeItem', 'planningItem']);

// Per item, repeated elements beyond these counts are left out while parsing, so a hostile document
// cannot make one item hold thousands of files or subjects. Renditions match normalize's cap.
const PER_ITEM: Readonly<Record<string, number>> = {
  remoteContent: 20,
  icon: 5,
  inlineXML: 5,
  inlineData: 5,
  subject: 200,
  keyword: 200,
  creator: 50,
  contributor: 50,
  infoSource: 20,
  headline: 10,
  description: 20,
  located: 5,
  assert: 200,
  rightsInfo: 10,
  signal: 20,
  itemRef: 200,
  media: 50,
  'media-reference': 100,
  'tobject.subject': 200,
};

const LIMITS = { maxDepth: 128, maxElements: 500_000 };

interface Caps {
  keep: (local: string) => boolean;
  /** How many items the document holds, those past the cap included. */
  items: () => number;
}

/** Items past MAX_FEED_ITEMS, and repeated elements past PER_ITEM within an item, are left out. */
function caps(): Caps {
  let items = 0;
  const counts = new Map<string, number>();
  const keep = (local: string) => {
    if (ALL_ITEMS.has(local)) {
      items += 1;
      counts.clear();
      return items <= MAX_FEED_ITEMS;
    }
    const cap = PER_ITEM[local];
    if (cap === undefined) return true;
    const n = (counts.get(local) ?? 0) + 1;
    counts.set(local, n);
    return n <= cap;
  };
  return { keep, items: () => items };
}

export interface WireOptions {
  url?: string | undefined;
  /** The transport's Content-Language, the language of items that state none. */
  language?: string | undefined;
}

interface Read {
  meta: G2Meta;
  raw: RawItem;
  /** The item itself as media, when it is a picture, video, graphic or audio item. */
  media: Media | undefined;
}

const uniqueMedia = (media: readonly Media[]) =>
  media.filter((m, i) => m.uri === undefined || media.findIndex((o) => o.uri === m.uri) === i);

function readNewsItem(item: XmlElement, ctx: G2Context): Read {
  const meta = readMeta(item, ctx);
  const { fields, caption } = meta;
  const media = mediaOf(item, meta, ctx.base);
  if (media) {
    // A picture's story is its caption (else its summary); the picture goes with it.
    const text = caption ?? fields.summary;
    const summary = caption && fields.summary !== caption ? fields.summary : undefined;
    const raw: RawItem = withoutUndefined({ ...fields, contentText: text, summary, media: [media] });
    return { meta, raw, media };
  }
  const body = bodyOf(element(item, 'contentSet'), meta, ctx.base);
  const empty: Partial<NitfFields> = {};
  const { media: nitfMedia = [], categories: nitfCategories = [], ...nitf } = body.nitf ?? empty;
  const own = withoutUndefined(fields);
  // The G2 metadata is the item's own; its NITF body fills what the metadata leaves out. A NITF guid or
  // version never overrides the item's, which name it in the provider's G2 scheme.
  const raw: RawItem = withoutUndefined({
    ...nitf,
    ...own,
    categories: [...new Set([...fields.categories, ...nitfCategories])],
    dateline: nitf.dateline || own.dateline ? { ...nitf.dateline, ...own.dateline } : undefined,
    signals: nitf.signals || own.signals ? { ...nitf.signals, ...own.signals } : undefined,
    providerSubjects:
      nitf.providerSubjects || own.providerSubjects
        ? [...(own.providerSubjects ?? []), ...(nitf.providerSubjects ?? [])]
        : undefined,
    contentHtml: nitf.contentHtml ?? body.html,
    contentText: nitf.contentHtml || body.html ? undefined : body.text,
    guid: own.guid ?? nitf.guid,
    itemVersion: own.itemVersion ?? nitf.itemVersion,
    media: nitfMedia.length > 0 ? nitfMedia : undefined,
  });
  return { meta, raw, media: undefined };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The itemRefs of a package, grouped: each `group` of its groupSet, or all its itemRefs as one. */
function groupsOf(pkg: XmlElement): XmlElement[][] {
  const groups = elements(element(pkg, 'groupSet'), 'group').map((group) => elements(group, 'itemRef'));
  const loose = elements(pkg, 'itemRef');
  return loose.length > 0 ? [...groups, loose] : groups;
}

function readPackage(
  pkg: XmlElement,
  ctx: G2Context,
  byGuid: ReadonlyMap<string, Read>,
  absorbed: Set<string>,
): Read {
  const meta = readMeta(pkg, ctx);
  const associations: Media[] = [];
  for (const group of groupsOf(pkg)) {
    const members = group.map((ref) => ({ ref, target: byGuid.get(attribute(ref, 'residref') ?? '') }));
    const files: Media[] = [];
    for (const { ref, target } of members) {
      const media = target?.media ?? (target ? undefined : referencedMedia(ref, ctx.base));
      if (target?.media) {
        files.push(target.media);
        if (target.meta.guid) absorbed.add(target.meta.guid);
      }
      if (media) associations.push(media);
      else if (target) associations.push(textAssociation(target));
    }
    // The pictures and videos a group holds go with each text of the group.
    for (const { target } of members) {
      if (target && !target.media && files.length > 0) {
        target.raw.media = uniqueMedia([...(target.raw.media ?? []), ...files]);
      }
    }
  }
  const raw: RawItem = withoutUndefined({
    ...meta.fields,
    ...(associations.length > 0 ? { media: uniqueMedia(associations) } : {}),
  });
  return { meta, raw, media: undefined };
}

function textAssociation(target: Read): Media {
  const { raw } = target;
  return {
    kind: 'text',
    ...(raw.guid ? { uri: raw.guid } : {}),
    ...(raw.title ? { headline: raw.title } : {}),
    ...(raw.summary ? { caption: raw.summary } : {}),
    renditions: [],
  };
}

const positive = (value: string | undefined) => {
  const n = Number(value?.trim());
  return Number.isInteger(n) && n > 0 && n <= 9 ? n : undefined;
};

function contextOf(
  root: XmlElement,
  header: XmlElement | undefined,
  schemes: Schemes,
  options: WireOptions,
): G2Context {
  return {
    schemes,
    base: options.url,
    language: attribute(root, 'xml:lang') ?? options.language,
    priority: positive(textOf(element(header, 'priority'))),
    sender: textOf(element(header, 'sender')),
  };
}

const KINDS: Readonly<Record<string, string>> = {
  conceptItem: 'a concept item',
  knowledgeItem: 'a knowledge item',
  planningItem: 'a planning item',
};

// A story needs a headline or some text (normalize refuses it otherwise); an item with neither is
// reported here, where its position is known.
const hasText = (raw: RawItem) => Boolean(raw.title || raw.contentHtml || raw.contentText || raw.summary);

const named = (position: number, item: XmlElement) => {
  const guid = attribute(item, 'guid');
  return guid ? `item ${position} (${guid})` : `item ${position}`;
};

function parseG2(root: XmlElement, options: WireOptions, total: number): ParsedFeed {
  const header = root.local === 'newsMessage' ? element(root, 'header') : undefined;
  const items =
    root.local === 'newsMessage'
      ? elements(element(root, 'itemSet')).filter((item) => ALL_ITEMS.has(item.local))
      : [root];
  const skipped: SkippedEntry[] = [];
  const reads: { item: XmlElement; position: number; read?: Read }[] = [];
  items.forEach((item, i) => {
    const kind = KINDS[item.local];
    if (kind)
      skipped.push({ position: i + 1, reason: `${named(i + 1, item)} is ${kind}: it carries no news` });
    else reads.push({ item, position: i + 1 });
  });
  const byGuid = new Map<string, Read>();
  const absorbed = new Set<string>();
  // News items first, so that packages find the items they reference whatever the order.
  for (const local of ['newsItem', 'packageItem']) {
    for (const entry of reads) {
      if (entry.item.local !== local) continue;
      const ctx = contextOf(root, header, schemesOf([header, root, entry.item]), options);
      try {
        entry.read =
          local === 'newsItem'
            ? readNewsItem(entry.item, ctx)
            : readPackage(entry.item, ctx, byGuid, absorbed);
      } catch {
        // The exception is the mapping's internals; what a user can act on is which item.
        const reason = `${named(entry.position, entry.item)} could not be read: its elements are not in a form we know`;
        skipped.push({ position: entry.position, reason });
        continue;
      }
      if (local === 'newsItem' && entry.read.meta.guid) byGuid.set(entry.read.meta.guid, entry.read);
    }
  }
  const out: RawItem[] = [];
  for (const { item, position, read } of reads) {
    // A picture or video a package carries is one of the package's associations, not a story of its own.
    if (!read || (read.media && read.meta.guid && absorbed.has(read.meta.guid))) continue;
    if (hasText(read.raw)) out.push(read.raw);
    else skipped.push({ position, reason: `${named(position, item)} has neither a headline nor any text` });
  }
  if (total > MAX_FEED_ITEMS) {
    skipped.push({
      position: MAX_FEED_ITEMS + 1,
      reason: `the message holds ${total} items: only the first ${MAX_FEED_ITEMS} are read`,
    });
  }
  skipped.sort((a, b) => a.position - b.position);
  return { format: 'newsml-g2', hubs: [], items: out, ...(skipped.length > 0 ? { skipped } : {}) };
}

function parseNitf(root: XmlElement, options: WireOptions): ParsedFeed {
  const { media, ...fields } = nitfFields(root, [], options.url);
  const language = fields.language ?? options.language;
  const raw: RawItem = {
    ...fields,
    ...(language ? { language } : {}),
    ...(media.length > 0 ? { media } : {}),
  };
  const title = textOf(element(element(root, 'head'), 'title'));
  if (hasText(raw)) return { format: 'nitf', ...(title ? { title } : {}), hubs: [], items: [raw] };
  const skipped = [{ position: 1, reason: 'the document has neither a headline nor any text' }];
  return { format: 'nitf', hubs: [], items: [], skipped };
}

/**
 * Reads a NewsML-G2 document (newsMessage, newsItem, packageItem) or a NITF document, decoded and
 * starting at its root element. Throws XmlTreeError when it is not well-formed or too large.
 */
export function parseWireDocument(xml: string, options: WireOptions = {}): ParsedFeed {
  const cap = caps();
  const root = parseXmlTree(xml, { ...LIMITS, keep: cap.keep });
  return root.local === 'nitf' ? parseNitf(root, options) : parseG2(root, options, cap.items());
}
