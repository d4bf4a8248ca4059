// Relative references in a feed are resolved against the nearest xml:base, each xml:base against its
// parent's, the outermost against the feed's own URL (RFC 3986 §5.1, XML Base). Only a web address
// makes a base: a feed read from a local file has none, and its relative links stay as written.
// Nothing else can do this later: xml:base lives in the XML and is gone once the values are strings.

const WEB = /^https?:$/i;

/** The base that an element with this xml:base establishes, inside a parent whose base is `parent`. */
export function childBase(parent: string | undefined, xmlBase: string | undefined): string | undefined {
  const written = xmlBase?.trim();
  if (!written) return parent;
  const url = URL.parse(written, parent);
  // A javascript: or data: base, or one that does not parse, is ignored rather than trusted.
  return url && WEB.test(url.protocol) ? url.href : parent;
}

/**
 * A reference made absolute against `base`. One that is already absolute is kept as written (no
 * normalization of case or escapes: it is the feed's own value); without a web base it is kept too.
 */
export function resolveUrl(reference: string | undefined, base: string | undefined): string | undefined {
  const written = reference?.trim();
  if (!written) return reference;
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) || base === undefined || !/^https?:/i.test(base)) return written;
  const href = URL.parse(written, base)?.href;
  if (href === undefined) return written;
  // An IRI stays an IRI: the non-ASCII characters URL had to percent-encode are given back.
  return /[^\p{ASCII}]/u.test(written) ? href.replace(/(?:%[89a-f][0-9a-f])+/gi, utf8Characters) : href;
}

function utf8Characters(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

// The attributes feedparser (and HTML) treat as URLs.
const URL_ATTRIBUTES = new Set([
  'action',
  'background',
  'cite',
  'codebase',
  'data',
  'href',
  'longdesc',
  'poster',
  'profile',
  'src',
  'usemap',
]);
// One start tag at a time: each match is bounded by the next "<" or ">", so the scan stays linear.
const START_TAG = /<([A-Za-z][\w:.-]*)(\s[^<>]*)>/g;
const ATTRIBUTE = /(\s)([^\s"'<>/=]+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'<>`]+)/g;

/** HTML with the URL attributes of its tags (href, src, …) resolved against `base`. */
export function resolveUrlsInHtml(html: string, base: string | undefined): string {
  if (base === undefined || !/^https?:/i.test(base) || !html.includes('<')) return html;
  return html.replace(START_TAG, (_tag, name: string, attributes: string) => {
    const rewritten = attributes.replace(ATTRIBUTE, (all, space, attr: string, equals, quoted: string) => {
      if (!URL_ATTRIBUTES.has(attr.toLowerCase())) return all;
      const quote = /^["']/.test(quoted) ? quoted.charAt(0) : '';
      const value = quote ? quoted.slice(1, -1) : quoted;
      const decoded = decodeAmpersands(value);
      const resolved = resolveUrl(decoded, base);
      if (resolved === undefined || resolved === decoded.trim()) return all;
      const escaped = resolved.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      return `${space}${attr}${equals}"${escaped}"`;
    });
    return `<${name}${rewritten}>`;
  });
}

// An attribute value in HTML may write "&" as "&amp;"; URL resolution must see the real character.
function decodeAmpersands(value: string): string {
  return value
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;/g, "'");
}
