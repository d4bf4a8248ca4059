// rss-parser is used for what it does well, finding the channel and its items whatever the RSS
// flavour, and kept away from the rest: every element but the structural ones below is renamed with
// SHADOW while xml2js parses, so rss-parser's own field handling finds nothing to trip on (its
// contentSnippet regex backtracks quadratically on hostile text, one bad Atom date throws away the whole
// feed, an element with attributes where it expects text is a TypeError). The custom fields below
// hand every element we read back to us raw, as xml2js built it, attributes included.
import type { Node } from './nodes.ts';
import { isNode, SHADOW } from './nodes.ts';

/** The elements rss-parser needs under their own names to find the channel and its items. */
export const STRUCTURAL = new Set(['rss', 'channel', 'item', 'feed', 'rdf:RDF']);

const ITEM_NAMES = [
  'title',
  'dc:title',
  'media:title',
  'link',
  'atom:link',
  'guid',
  'id',
  'description',
  'dc:description',
  'summary',
  'itunes:summary',
  'abstract',
  'content',
  'content:encoded',
  'body',
  'xhtml:body',
  'fullitem',
  'author',
  'dc:creator',
  'dc:author',
  'itunes:author',
  'source',
  'category',
  'dc:subject',
  'itunes:category',
  'media:category',
  'tags',
  'pubDate',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'dcterms:modified',
  'published',
  'issued',
  'created',
  'updated',
  'modified',
  'atom:published',
  'atom:updated',
  'dc:language',
  'language',
  'enclosure',
  'media:content',
  'media:group',
  'media:thumbnail',
  'media:description',
  'media:credit',
  'media:copyright',
  'contributor',
  'dc:contributor',
  'dc:publisher',
  'rights',
  'copyright',
  'dc:rights',
  'comments',
  'cc:license',
  'creativeCommons:license',
  'itunes:image',
  'image',
  'itunes:keywords',
  'dcterms:created',
];
const FEED_NAMES = [
  'title',
  'dc:title',
  'link',
  'atom:link',
  'language',
  'dc:language',
  'author',
  'managingEditor',
  'dc:creator',
  'dc:author',
  'itunes:author',
  'updated',
  'modified',
  'lastBuildDate',
  'dcterms:modified',
  'dc:date',
  'ttl',
  'sy:updatePeriod',
  'sy:updateFrequency',
  'subtitle',
  'tagline',
  'description',
  'dc:description',
  'abstract',
  'info',
  'rights',
  'copyright',
  'dc:rights',
  'generator',
  'admin:generatoragent',
  'image',
  'logo',
  'icon',
  'itunes:image',
  'category',
  'dc:subject',
  'itunes:category',
  'itunes:keywords',
  'media:category',
  'tags',
  'id',
  'contributor',
  'dc:contributor',
  'dc:publisher',
  'webMaster',
  'published',
  'pubDate',
  'issued',
  'dcterms:issued',
  'docs',
  'itunes:owner',
  'itunes:subtitle',
  'itunes:summary',
  'feedburner:browserfriendly',
];
type Field = [from: string, to: string, options: { keepArray: boolean }];
const fields = (names: readonly string[]): Field[] => [
  ...names.map((name): Field => [SHADOW + name, name, { keepArray: true }]),
  ['$', '$', { keepArray: true }],
];
/** rss-parser's custom item fields: every item element we read, handed back raw. */
export const ITEM_FIELDS = fields(ITEM_NAMES);
/**
 * rss-parser's custom feed fields. Its types accept only names for these; its runtime (copyFromXML)
 * takes the same [from, to, options] tuples as for items. `item` catches RDF items misplaced inside
 * the channel. Atom entries are not structural: rss-parser's own entry handling throws on an empty
 * `<entry>` (and loses the feed), so they come back raw under `entries` and are read one by one;
 * RSS 1.1 keeps its items inside `<items>`.
 */
export const FEED_FIELDS = [
  ...fields(FEED_NAMES),
  ['item', 'items-in-channel', { keepArray: true }],
  [`${SHADOW}entry`, 'entries', { keepArray: true }],
  [`${SHADOW}items`, 'items-element', { keepArray: true }],
] as unknown as string[];

/** An item node as xml2js built it (shadowed names) turned into the shape rss-parser's custom fields give. */
export function rawItem(node: unknown): Node {
  if (!isNode(node)) return {};
  const item: Node = { $: node.$ };
  for (const name of ITEM_NAMES) {
    const value = node[SHADOW + name];
    if (value !== undefined) item[name] = value;
  }
  return item;
}
