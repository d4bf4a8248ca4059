/** What a feed says about where to subscribe: its hubs, and the topic URL it names itself by. */
export interface HubDiscovery {
  /** Hub URLs, HTTP `Link:` header first (the spec's preferred place), then the document's own. */
  hubs: string[];
  /** The topic URL (`rel="self"`); subscribers must use it exactly as given. */
  self?: string;
}

interface FoundLink {
  href: string;
  rels: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function relsOf(value: string): string[] {
  return value.toLowerCase().split(/\s+/).filter(Boolean);
}

/** RFC 8288 `Link:` values: `<url>; rel="hub", <url>; rel="self"` (a rel may list several types). */
export function parseLinkHeader(header: string | null | undefined): FoundLink[] {
  const links: FoundLink[] = [];
  let i = 0;
  const text = header ?? '';
  // Commas occur inside URLs and quoted parameters, so the header is walked, not split.
  while (i < text.length) {
    const open = text.indexOf('<', i);
    if (open === -1) break;
    const close = text.indexOf('>', open + 1);
    if (close === -1) break;
    const href = text.slice(open + 1, close).trim();
    let end = close + 1;
    let quoted = false;
    while (end < text.length && (quoted || text[end] !== ',')) {
      if (text[end] === '"') quoted = !quoted;
      end += 1;
    }
    const params = text.slice(close + 1, end);
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(params);
    const value = rel?.[1] ?? rel?.[2];
    if (value) links.push({ href, rels: relsOf(value) });
    i = end + 1;
  }
  return links;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (m[1]) attrs.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? ''));
  }
  return attrs;
}

// Only the feed's own head counts: an item's links describe the item, not where the feed is published.
function feedHead(text: string): string {
  const first = text.search(/<(?:[\w.-]+:)?(?:item|entry)[\s>/]/);
  return first === -1 ? text : text.slice(0, first);
}

function xmlLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  // `<link rel=…>` (Atom, HTML) and `<atom:link rel=…>` (RSS); RSS's own `<link>url</link>` has no rel.
  for (const m of feedHead(text).matchAll(/<(?:[\w.-]+:)?link\b([^>]*)>/gi)) {
    const attrs = attributes(m[1] ?? '');
    const rel = attrs.get('rel');
    const href = attrs.get('href');
    if (rel && href) links.push({ href: href.trim(), rels: relsOf(rel) });
  }
  return links;
}

// JSON Feed 1.1: `hubs: [{ type: "WebSub", url }]`, and `feed_url` as the feed's own address.
function jsonFeedLinks(text: string): FoundLink[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof doc !== 'object' || doc === null) return [];
  const { hubs, feed_url: feedUrl } = doc as { hubs?: unknown; feed_url?: unknown };
  const links: FoundLink[] = [];
  if (Array.isArray(hubs)) {
    for (const hub of hubs as unknown[]) {
      if (typeof hub !== 'object' || hub === null) continue;
      const { type, url } = hub as { type?: unknown; url?: unknown };
      if (typeof url === 'string' && typeof type === 'string' && /^(websub|pubsubhubbub)$/i.test(type)) {
        links.push({ href: url, rels: ['hub'] });
      }
    }
  }
  if (typeof feedUrl === 'string') links.push({ href: feedUrl, rels: ['self'] });
  return links;
}

// An absolute URL is kept byte for byte: the hub matches topics as strings, and `new URL` would
// normalise (a trailing slash, case) into a topic the hub does not know.
function absolute(href: string, base: string | undefined): string | undefined {
  const isWeb = (url: URL | null) => url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
  if (isWeb(URL.parse(href))) return href;
  const resolved = URL.parse(href, base);
  return resolved && isWeb(resolved) ? resolved.href : undefined;
}

/**
 * Finds a feed's WebSub hubs and topic URL: in the HTTP `Link:` header, then in the document
 * (`<link rel="hub">`, `<atom:link rel="hub">`, `rel="self"`, JSON Feed `hubs`). Relative URLs are
 * resolved against `baseUrl` (the URL fetched); anything not http(s) is ignored. Pure.
 */
export function discoverHub(feedText: string, linkHeader?: string | null, baseUrl?: string): HubDiscovery {
  const body = feedText.trimStart().startsWith('{') ? jsonFeedLinks(feedText) : xmlLinks(feedText);
  const links = [...parseLinkHeader(linkHeader), ...body];
  const hubs: string[] = [];
  let self: string | undefined;
  for (const link of links) {
    const href = absolute(link.href, baseUrl);
    if (!href) continue;
    if (link.rels.includes('hub') && !hubs.includes(href)) hubs.push(href);
    if (link.rels.includes('self') && self === undefined) self = href;
  }
  return self === undefined ? { hubs } : { hubs, self };
}
