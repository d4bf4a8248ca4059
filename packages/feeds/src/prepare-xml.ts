// Text passes over a feed before xml2js sees it, each undoing one way real feeds trip a strict parser
// or lose content in xml2js. All are linear: every search moves forward, and a construct that never
// closes ends the pass instead of being searched for again.
import { htmlEntityCodePoint } from './html-entities.ts';

/** Runs `rewrite` over the parts of `xml` outside CDATA sections (inside them, text is literal). */
function outsideCdata(xml: string, rewrite: (text: string) => string): string {
  const parts: string[] = [];
  let at = 0;
  while (at < xml.length) {
    const cdata = xml.indexOf('<![CDATA[', at);
    parts.push(rewrite(xml.slice(at, cdata < 0 ? xml.length : cdata)));
    if (cdata < 0) break;
    const close = xml.indexOf(']]>', cdata);
    at = close < 0 ? xml.length : close + 3;
    parts.push(xml.slice(cdata, at));
  }
  return parts.join('');
}

// ---- markup held in text elements --------------------------------------------------------------

// Elements whose content is text or HTML. When a feed puts live (unescaped) markup in one of them,
// xml2js would turn it into objects that no longer keep text and elements in order; wrapped in CDATA
// it arrives as the HTML string it is, the way escaped HTML does. Atom's type="xhtml" is the
// standard case; RSS descriptions with naked markup, `<xhtml:body>` and Atom 0.3's inline XML the rest.
const HOLDERS = [
  'title',
  'subtitle',
  'summary',
  'content',
  'rights',
  'description',
  'encoded',
  'body',
  'fullitem',
  'info',
  'tagline',
  'copyright',
  'abstract',
];
// Media RSS's <media:content> is not a text construct: its children (title, description, thumbnail)
// are elements to read, so it is left alone.
const SCAN = new RegExp(
  String.raw`<!\[CDATA\[|<!--|<(?!media:content\b)((?:[\w.-]+:)?(?:${HOLDERS.join('|')}))(\s[^<>]*)?>`,
  'gi',
);
// Atom 1.0's xhtml type wraps the content in a <div> that is not part of it (as feedparser reads it,
// also when an Atom 1.0 feed says application/xhtml+xml); Atom 0.3 had no such rule, and its div is
// content.
const XHTML_TYPE = /\stype\s*=\s*["'](?:xhtml|application\/xhtml\+xml)["']/i;
const WRAPPER_START = /^<(?:[\w-]+:)?div\b[^<>]*>/;
const WRAPPER_END = /<\/(?:[\w-]+:)?div\s*>$/;
const XHTML_PREFIX = /\sxmlns:([\w.-]+)\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/g;

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function unwrap(inner: string): string {
  const trimmed = inner.trim();
  const start = WRAPPER_START.exec(trimmed);
  if (!start || !WRAPPER_END.test(trimmed.slice(-64))) return trimmed;
  return trimmed.slice(start[0].length, trimmed.lastIndexOf('</')).trim();
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Section {
  kind: 'text' | 'cdata' | 'comment';
  value: string;
}

// Text, CDATA sections and comments in order; undefined when a section does not close.
function sections(markup: string): Section[] | undefined {
  const out: Section[] = [];
  let at = 0;
  let cdataAt = -2;
  let commentAt = -2;
  while (at < markup.length) {
    // Each search resumes past the previous one, so the split stays linear.
    if (cdataAt !== -1 && cdataAt < at) cdataAt = markup.indexOf('<![CDATA[', at);
    if (commentAt !== -1 && commentAt < at) commentAt = markup.indexOf('<!--', at);
    const start = cdataAt < 0 ? commentAt : commentAt < 0 ? cdataAt : Math.min(cdataAt, commentAt);
    if (start < 0) {
      out.push({ kind: 'text', value: markup.slice(at) });
      break;
    }
    if (start > at) out.push({ kind: 'text', value: markup.slice(at, start) });
    const isCdata = start === cdataAt;
    const end = markup.indexOf(isCdata ? ']]>' : '-->', start + (isCdata ? 9 : 4));
    if (end < 0) return undefined;
    const value = isCdata ? markup.slice(start + 9, end) : markup.slice(start, end + 3);
    out.push({ kind: isCdata ? 'cdata' : 'comment', value });
    at = end + 3;
  }
  return out;
}

// XML leftovers that mean nothing in HTML: namespace declarations, the XHTML prefix on elements, and
// CDATA sections (whose text HTML would read as a bogus comment).
function asHtml(parts: readonly Section[], xhtmlPrefixes: readonly string[]): string {
  const html = parts.map(({ kind, value }) => {
    if (kind === 'cdata') return escapeText(value);
    if (kind === 'comment') return value;
    let text = value.replace(/<([A-Za-z][\w:.-]*)(\s[^<>]*)?>/g, (_, name: string, attrs = '') => {
      const kept = attrs.replace(/\s+xmlns(?::[\w.-]+)?\s*=\s*(?:"[^"]*"|'[^']*')/g, '');
      return `<${name}${kept}>`;
    });
    for (const prefix of xhtmlPrefixes)
      text = text.replaceAll(`<${prefix}:`, '<').replaceAll(`</${prefix}:`, '</');
    return text;
  });
  return html.join('');
}

/**
 * Wraps the inner markup of every text element that holds live markup in CDATA, as HTML. `atom10`:
 * the document is Atom 1.0, whose xhtml constructs lose their wrapping div.
 */
export function markupAsCdata(xml: string, atom10 = false): string {
  const xhtmlPrefixes = [...new Set([...xml.matchAll(XHTML_PREFIX)].map((m) => m[1] ?? ''))];
  const parts: string[] = [];
  let done = 0;
  // The next `<name` / `</name` at or after a position, remembered per name so that many openings
  // sharing one far-away close are not each searched to it.
  const found = new Map<string, number>();
  const next = (tag: string, from: number): number => {
    const known = found.get(tag);
    if (known !== undefined && (known >= from || known < 0)) return known;
    let at = xml.indexOf(tag, from);
    while (at >= 0 && !/[\s>/]/.test(xml.charAt(at + tag.length))) at = xml.indexOf(tag, at + 1);
    found.set(tag, at);
    return at;
  };
  const scan = new RegExp(SCAN);
  for (let match = scan.exec(xml); match; match = scan.exec(xml)) {
    if (match[0] === '<![CDATA[' || match[0] === '<!--') {
      const end = xml.indexOf(match[0] === '<!--' ? '-->' : ']]>', scan.lastIndex);
      if (end < 0) break;
      scan.lastIndex = end + 3;
      continue;
    }
    const [, name = '', attrs = ''] = match;
    if (attrs.endsWith('/')) continue;
    const innerStart = scan.lastIndex;
    const close = next(`</${name}`, innerStart);
    if (close < 0) break;
    // The same element nested inside is left as it is.
    const reopen = next(`<${name}`, innerStart);
    if (reopen >= 0 && reopen < close) continue;
    const inner = xml.slice(innerStart, close);
    // So is an element whose close tag sits inside a CDATA section or comment of its own.
    const split = sections(inner);
    if (!split?.some((part) => part.kind === 'text' && /<[A-Za-z]/.test(part.value))) continue;
    const unwrapped = atom10 && XHTML_TYPE.test(attrs) ? sections(unwrap(inner)) : split;
    parts.push(xml.slice(done, innerStart), cdata(asHtml(unwrapped ?? split, xhtmlPrefixes)));
    done = close;
    scan.lastIndex = close;
  }
  parts.push(xml.slice(done));
  return parts.join('');
}

// ---- references and entities -------------------------------------------------------------------

// Windows-1252 for 0x80–0x9F: feeds write "&#146;" meaning the curly quote, as browsers read it.
const C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function characterReference(all: string, hex: string | undefined, decimal: string | undefined): string {
  const code = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
  const windows = code >= 0x80 && code <= 0x9f ? C1[code - 0x80] : undefined;
  if (windows) return `&#x${windows.toString(16)};`;
  return hex === undefined ? all : `&#x${hex};`;
}

const asWindows1252 = (char: string) =>
  String.fromCodePoint(C1[(char.codePointAt(0) ?? 0) - 0x80] || (char.codePointAt(0) ?? 0));

/**
 * Character references as feeds write them rather than as XML allows: `&#X41;` (upper-case X) and
 * C1 code points, as references or as characters, that stand for Windows-1252 ones (no text means a
 * C1 control). Also closes a final end tag that lost its `>` (`…</rss` at the very end), which is not
 * truncation: everything before it is whole.
 */
export function repairReferences(xml: string): string {
  const demoronized = xml.replace(/[\u0080-\u009f]/g, asWindows1252);
  const repaired = outsideCdata(demoronized, (text) =>
    text.replace(/&#[xX]([0-9a-fA-F]{1,6});|&#(\d{1,7});/g, (all, hex?: string, decimal?: string) =>
      characterReference(all, hex, decimal),
    ),
  );
  const tail = /<\/[A-Za-z][\w:.-]*\s*$/.exec(repaired.slice(-256));
  return tail ? `${repaired.trimEnd()}>` : repaired;
}

// Bare "&" (query strings in links) and HTML entities (&nbsp;) are the commonest reason a feed is not
// well-formed XML. Each known HTML entity becomes the character reference it stands for; any other
// "&" that starts no XML entity or reference is escaped, and survives as literal text.
const AMPERSAND = /&(?:(amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));|&/g;

/** Repairs `&` that XML rejects, outside CDATA sections (inside them, `&` is already literal). */
export function repairEntities(xml: string): string {
  return outsideCdata(xml, (text) =>
    text.replace(AMPERSAND, (all, xml?: string, name?: string) => {
      if (xml) return all;
      const code = name === undefined ? undefined : htmlEntityCodePoint(name);
      return code === undefined ? `&amp;${all.slice(1)}` : `&#${code};`;
    }),
  );
}
