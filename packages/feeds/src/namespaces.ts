// xml2js is not namespace-aware: it hands back element names as written, prefix included. Feeds bind
// the same vocabularies to whatever prefix they like (`<r:rss xmlns:r="http://backend.userland.com/rss2">`,
// `<DC:creator>`), so names are rewritten while parsing to one canonical spelling per namespace: the
// core RSS and Atom namespaces lose their prefix, Dublin Core becomes `dc:`, and so on. Element names
// are also matched without regard to case, as feedparser does, because feeds are written by hand.
//
// The prefixes come from one pass over every `xmlns:p="uri"` in the document. A prefix rebound to a
// different namespace deeper in the tree is not followed; no feed in the wild or in the corpus does it.

const CANONICAL_PREFIX = new Map<string, string>([
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/dc/elements/1.0/', 'dc'],
  ['http://purl.org/dc/terms/', 'dcterms'],
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://purl.org/rss/1.0/modules/syndication/', 'sy'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ['http://www.w3.org/1999/xhtml', 'xhtml'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://search.yahoo.com/mrss/', 'media'],
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://www.w3.org/2005/atom', 'atom'],
  ['http://purl.org/atom/ns#', 'atom'],
  ['http://web.resource.org/cc/', 'cc'],
  ['http://backend.userland.com/creativecommonsrssmodule', 'creativeCommons'],
  ['http://webns.net/mvcb/', 'admin'],
  // The core vocabularies of RSS 0.90, 1.0 and the namespaced RSS 2.0 variants: read unprefixed.
  ['http://my.netscape.com/rdf/simple/0.9/', ''],
  ['http://purl.org/rss/1.0/', ''],
  ['http://backend.userland.com/rss2', ''],
  ['http://backend.userland.com/rss', ''],
  ['http://blogs.law.harvard.edu/tech/rss', ''],
]);

// Element names we read whose canonical spelling is not all lower case.
const MIXED_CASE = new Map(
  [
    'pubDate',
    'lastBuildDate',
    'managingEditor',
    'webMaster',
    'textInput',
    'skipHours',
    'skipDays',
    'updatePeriod',
    'updateFrequency',
    'updateBase',
    'RDF',
    'isPermaLink',
    'commentRss',
  ].map((name) => [name.toLowerCase(), name]),
);

const DECLARATION = /\sxmlns:([\w.-]{1,64})\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;

export type NameRewriter = (name: string) => string;

/**
 * A function from element or attribute names as written to their canonical spelling, given the
 * document (for its namespace declarations) and its format: in an Atom document the Atom namespace is
 * the core one and loses its prefix, elsewhere it is `atom:`.
 */
export function canonicalNames(xml: string, format: 'rss' | 'atom' | 'rdf' | 'cdf'): NameRewriter {
  const prefixes = new Map<string, string>();
  for (const match of xml.matchAll(DECLARATION)) {
    const prefix = (match[1] ?? '').toLowerCase();
    const uri = (match[2] ?? match[3] ?? '').trim().toLowerCase();
    let canonical = CANONICAL_PREFIX.get(uri) ?? CANONICAL_PREFIX.get(uri.replace(/\/?$/, '/'));
    if (canonical === 'atom' && format === 'atom') canonical = '';
    // A prefix that names one of our vocabularies but is bound to something else must not pass for it.
    if (canonical === undefined && [...CANONICAL_PREFIX.values()].includes(prefix)) canonical = `x-${prefix}`;
    if (canonical !== undefined && !prefixes.has(prefix)) prefixes.set(prefix, canonical);
  }
  return (name) => {
    const colon = name.indexOf(':');
    const written = colon < 0 ? '' : name.slice(0, colon).toLowerCase();
    const lower = name.slice(colon + 1).toLowerCase();
    const local = MIXED_CASE.get(lower) ?? lower;
    // xml:lang and xml:base keep their fixed prefix; undeclared prefixes are kept as written.
    const prefix = written === 'xml' ? 'xml' : (prefixes.get(written) ?? written);
    return prefix === '' ? local : `${prefix}:${local}`;
  };
}
