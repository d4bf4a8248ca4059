// Text passes over a feed before xml2js sees it, each undoing one way real feeds trip a strict parser.

// Atom's type="xhtml" puts live markup inside title, summary and content. xml2js would turn it into
// objects that no longer keep text and elements in order, so before parsing each such element's inner
// markup is wrapped in CDATA: it then arrives as the HTML string it is, like type="html" does.

const OPENING = /<(title|subtitle|summary|content|rights)(\s[^<>]*)?>/;
// Atom 0.3 said "application/xhtml+xml" for the same thing.
const XHTML_TYPE = /\stype\s*=\s*["'](?:xhtml|application\/xhtml\+xml)["']/;
const WRAPPER_START = /^<(?:[\w-]+:)?div\b[^<>]*>/;
const WRAPPER_END = /<\/(?:[\w-]+:)?div\s*>$/;

function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

// The spec's wrapping <div xmlns="http://www.w3.org/1999/xhtml"> is not part of the content.
function unwrap(inner: string): string {
  const trimmed = inner.trim();
  const start = WRAPPER_START.exec(trimmed);
  if (!start || !WRAPPER_END.test(trimmed.slice(-64))) return trimmed;
  return trimmed.slice(start[0].length, trimmed.lastIndexOf('</')).trim();
}

/** Rewrites every Atom `type="xhtml"` text construct so that its content parses as one string. */
export function xhtmlAsCdata(xml: string): string {
  const parts: string[] = [];
  const opening = new RegExp(OPENING, 'g');
  let done = 0;
  for (let open = opening.exec(xml); open; open = opening.exec(xml)) {
    const attrs = open[2] ?? '';
    if (!XHTML_TYPE.test(attrs) || attrs.endsWith('/')) continue;
    const innerStart = open.index + open[0].length;
    const close = xml.indexOf(`</${open[1]}>`, innerStart);
    if (close < 0) break;
    parts.push(xml.slice(done, innerStart), cdata(unwrap(xml.slice(innerStart, close))));
    done = close;
    opening.lastIndex = close;
  }
  parts.push(xml.slice(done));
  return parts.join('');
}

// Bare "&" (query strings in links) and HTML entities (&nbsp;) are the commonest reason a feed is not
// well-formed XML. Escaping every "&" that starts no XML entity or character reference lets such a
// feed parse; an HTML entity then survives as its literal text ("&nbsp;"), which is still right in
// HTML fields and is decoded downstream along with everything else.
const STRAY_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/g;

/** Escapes stray `&` outside CDATA sections (inside them, `&` is already literal). */
export function escapeStrayAmpersands(xml: string): string {
  const parts: string[] = [];
  let at = 0;
  while (at < xml.length) {
    const cdata = xml.indexOf('<![CDATA[', at);
    parts.push(xml.slice(at, cdata < 0 ? xml.length : cdata).replace(STRAY_AMPERSAND, '&amp;'));
    if (cdata < 0) break;
    const close = xml.indexOf(']]>', cdata);
    at = close < 0 ? xml.length : close + 3;
    parts.push(xml.slice(cdata, at));
  }
  return parts.join('');
}
