import sanitizeHtml from 'sanitize-html';
import { resolveUrl } from './canonical-url.ts';
import { NON_TEXT_TAGS } from './html-walk.ts';
import { collapseDoubleEscapes, escapeHtmlText, stripControls, unescapeFilterText } from './unescape.ts';

const ALLOWED_TAGS = [
  'p',
  'br',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  'b',
  'i',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'pre',
  'code',
];
const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'];
const IMAGE_SCHEMES = ['http', 'https'];
// Wrappers that carry paragraphs in the wild. Dropped, their text would run into the next block's;
// as <p> they keep it apart, and the reparse in `tidyHtml` untangles the nesting that creates.
const AS_PARAGRAPH = ['div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'address', 'center'];
// Table parts keep the grid in shape even when a cell is empty; a table with no text at all goes whole.
const KEEP_EMPTY = new Set(['br', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);

/**
 * Sanitize a feed's HTML body against an allow-list: no scripts, styles, frames, event handlers or
 * non-http(s) images; relative links and images made absolute against `baseUrl`; links get
 * rel="noopener nofollow"; elements left with neither text nor image are unwrapped.
 */
export function sanitizeBodyHtml(html: string, baseUrl?: string): string {
  return tidyHtml(sanitizeHtml(collapseDoubleEscapes(html), optionsFor(baseUrl)));
}

/**
 * Re-run the allow-list over sanitized HTML, unwrapping elements that hold neither text nor an
 * image and dropping control characters. `rewriteText`, when given, sees each decoded text chunk in
 * order and returns its replacement.
 */
export function tidyHtml(html: string, rewriteText?: (text: string) => string): string {
  const hadImage: boolean[] = [];
  let lastClosedHadImage = false;
  const options: sanitizeHtml.IOptions = {
    ...optionsFor(undefined),
    // sanitize-html only records images that are direct children, so track them at any depth here.
    onOpenTag: (tag, attribs) => {
      const image = tag === 'img' && Boolean(attribs.src);
      if (image) hadImage.fill(true);
      hadImage.push(image);
    },
    onCloseTag: () => {
      lastClosedHadImage = hadImage.pop() ?? false;
    },
    exclusiveFilter: (frame) => {
      // The first pass dropped unsafe URLs; what they leave behind is an image of nothing or a link to nowhere.
      if (frame.tag === 'img') return !frame.attribs.src;
      if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
      if (KEEP_EMPTY.has(frame.tag) || lastClosedHadImage || frame.text.trim() !== '') return false;
      return frame.tag === 'table' ? true : 'excludeTag';
    },
    textFilter: (text) => {
      const plain = stripControls(unescapeFilterText(text));
      return escapeHtmlText(rewriteText ? rewriteText(plain) : plain);
    },
  };
  return sanitizeHtml(html, options).trim();
}

/** HTML for a body the feed gave only as text: one escaped <p> per paragraph, <br /> per line break. */
export function textToHtml(text: string): string {
  return text
    .split('\n\n')
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtmlText(p).replace(/\n/g, '<br />')}</p>`)
    .join('');
}

function optionsFor(baseUrl: string | undefined): sanitizeHtml.IOptions {
  const asParagraph = Object.fromEntries(AS_PARAGRAPH.map((tag) => [tag, 'p']));
  return {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      ol: ['start'],
      th: ['colspan', 'rowspan', 'scope'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: LINK_SCHEMES,
    allowedSchemesByTag: { img: IMAGE_SCHEMES },
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: [...NON_TEXT_TAGS],
    transformTags: {
      ...asParagraph,
      h1: 'h2',
      a: (_tag, attribs) => ({ tagName: 'a', attribs: linkAttributes(attribs, baseUrl) }),
      img: (_tag, attribs) => ({ tagName: 'img', attribs: imageAttributes(attribs, baseUrl) }),
    },
  };
}

function linkAttributes(
  attribs: sanitizeHtml.Attributes,
  baseUrl: string | undefined,
): sanitizeHtml.Attributes {
  const href = absoluteUrl(attribs.href, baseUrl, LINK_SCHEMES);
  const out: sanitizeHtml.Attributes = {};
  if (href) {
    out.href = href;
    out.rel = 'noopener nofollow';
  }
  if (attribs.title) out.title = attribs.title;
  return out;
}

function imageAttributes(
  attribs: sanitizeHtml.Attributes,
  baseUrl: string | undefined,
): sanitizeHtml.Attributes {
  // Lazy-loading pages put a placeholder (often a data: URL) in src and the picture in data-src.
  const candidates = [attribs.src, attribs['data-src'], attribs['data-lazy-src'], attribs['data-original']];
  const src = candidates.map((c) => absoluteUrl(c, baseUrl, IMAGE_SCHEMES)).find((c) => c !== undefined);
  const out: sanitizeHtml.Attributes = {};
  if (src) out.src = src;
  for (const name of ['alt', 'title', 'width', 'height']) {
    const value = attribs[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

// Resolving first and then checking the scheme of the result, so that tricks the URL parser strips
// (tabs and newlines inside "javascript:") are judged on what a browser would actually follow.
function absoluteUrl(
  value: string | undefined,
  baseUrl: string | undefined,
  schemes: string[],
): string | undefined {
  const url = resolveUrl(value, baseUrl);
  return url && schemes.includes(url.protocol.slice(0, -1)) ? url.href : undefined;
}
