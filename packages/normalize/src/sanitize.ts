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
/** The elements a sanitized body may hold. */
export const BODY_TAGS: ReadonlySet<string> = new Set(ALLOWED_TAGS);
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
export function sanitizeBodyHtml(html: string, baseUrl?: string, observer?: TidyObserver): string {
  return tidyHtml(sanitizeHtml(collapseDoubleEscapes(html), optionsFor(baseUrl)), undefined, observer);
}

/** How `tidyHtml` treats an element it has just closed. */
export type TidyVerdict = 'keep' | 'unwrap' | 'remove';

/**
 * Sees a `tidyHtml` pass as it runs, so that one parse can yield more than the HTML: tags as parsed,
 * each text chunk as written (decoded, after `rewriteText`), and what became of each closed element.
 */
export interface TidyObserver {
  open(tag: string): void;
  close(tag: string): void;
  /** `text` has no control characters left; `dropped` tells that some were taken out of the chunk. */
  text(text: string, dropped: boolean): void;
  verdict(tag: string, verdict: TidyVerdict): void;
}

// Built once: sanitize-html copies options on every call anyway, and this pass runs for every body.
const TIDY_OPTIONS = optionsFor(undefined);

/**
 * Re-run the allow-list over sanitized HTML, unwrapping elements that hold neither text nor an
 * image and dropping control characters. `rewriteText`, when given, sees each decoded text chunk in
 * order and returns its replacement.
 */
export function tidyHtml(
  html: string,
  rewriteText?: (text: string) => string,
  observer?: TidyObserver,
): string {
  const hadImage: boolean[] = [];
  let lastClosedHadImage = false;
  const options: sanitizeHtml.IOptions = {
    ...TIDY_OPTIONS,
    // sanitize-html only records images that are direct children, so track them at any depth here.
    onOpenTag: (tag, attribs) => {
      const image = tag === 'img' && Boolean(attribs.src);
      if (image) hadImage.fill(true);
      hadImage.push(image);
      observer?.open(tag);
    },
    onCloseTag: (tag) => {
      lastClosedHadImage = hadImage.pop() ?? false;
      observer?.close(tag);
    },
    exclusiveFilter: (frame) => {
      const verdict = tidyVerdict(frame.tag, frame, lastClosedHadImage);
      observer?.verdict(frame.tag, verdict === 'excludeTag' ? 'unwrap' : verdict ? 'remove' : 'keep');
      return verdict;
    },
    textFilter: (text) => {
      const raw = unescapeFilterText(text);
      const plain = stripControls(raw);
      const out = rewriteText ? rewriteText(plain) : plain;
      observer?.text(out, plain.length !== raw.length);
      return escapeHtmlText(out);
    },
  };
  return sanitizeHtml(html, options).trim();
}

function tidyVerdict(
  tag: string,
  frame: sanitizeHtml.IFrame,
  lastClosedHadImage: boolean,
): boolean | 'excludeTag' {
  // The first pass dropped unsafe URLs; what they leave behind is an image of nothing or a link to nowhere.
  if (tag === 'img') return !frame.attribs.src;
  if (tag === 'a' && !frame.attribs.href) return 'excludeTag';
  if (KEEP_EMPTY.has(tag) || lastClosedHadImage || frame.text.trim() !== '') return false;
  return tag === 'table' ? true : 'excludeTag';
}

// htmlparser2's implied end tags (`openImpliesClose` in its Parser, 10.x) among the tags a sanitized
// body may hold: opening the key closes the innermost open element when it is named in the value.
// body-html.test.ts compares the one pass with the two on generated bodies, so a drift shows there.
const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...[
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'figure',
    'figcaption',
    'ol',
    'ul',
    'pre',
    'table',
  ].map((tag) => [tag, new Set(['p'])] as const),
  ['li', new Set(['li'])],
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);
const RENAMED: Readonly<Record<string, string>> = {
  ...Object.fromEntries(AS_PARAGRAPH.map((tag) => [tag, 'p'])),
  h1: 'h2',
};
// Foreign (SVG, MathML) content parses by other rules, so written out as HTML it reads back otherwise.
const FOREIGN = new Set(['svg', 'math']);
const SKIPPED = new Set(NON_TEXT_TAGS);

/**
 * `sanitizeBodyHtml` in one parse instead of two, or undefined when that would not give the same
 * HTML. The second parse only changes the outcome where the first one's output reads back as other
 * elements: an element opening where htmlparser2 closes the innermost one for it (once `div`s have
 * become `p`s, or a dropped `span` no longer stands between two `p`s), SVG or MathML content, or
 * a tag cut off by the end of the input. Everything else the tidy pass does is applied in this pass.
 */
export function sanitizeBodyOnce(
  html: string,
  baseUrl: string | undefined,
  observer: TidyObserver,
): string | undefined {
  const base = optionsFor(baseUrl);
  // Per raw element: its name, and the name it is written out as (undefined when it is dropped).
  const open: { raw: string; name: string | undefined }[] = [];
  // Depth inside an element whose content sanitize-html skips: nothing in there reaches the output.
  let skipping = 0;
  const written: string[] = [];
  const hadImage: boolean[] = [];
  let lastClosedHadImage = false;
  let same = true;
  const options: sanitizeHtml.IOptions = {
    ...base,
    onOpenTag: (tag, attribs) => {
      if (FOREIGN.has(tag)) same = false;
      if (skipping > 0 || SKIPPED.has(tag)) skipping++;
      const name = RENAMED[tag] ?? tag;
      const kept = skipping === 0 && BODY_TAGS.has(name);
      if (kept) {
        const top = written.at(-1);
        if (top !== undefined && IMPLIED_CLOSE.get(name)?.has(top)) same = false;
        written.push(name);
        observer.open(name);
      }
      open.push({ raw: tag, name: kept ? name : undefined });
      const image = kept && name === 'img' && Boolean(imageAttributes(attribs, baseUrl).src);
      if (image) hadImage.fill(true);
      hadImage.push(image);
    },
    onCloseTag: (tag) => {
      lastClosedHadImage = hadImage.pop() ?? false;
      const element = open.pop();
      // htmlparser2 closes a tag cut off by the end of input without having opened it.
      if (element?.raw !== tag) same = false;
      if (skipping > 0) skipping--;
      const name = element?.name;
      if (name === undefined) return;
      written.pop();
      observer.close(name);
    },
    exclusiveFilter: (frame) => {
      const tag = RENAMED[frame.tag] ?? frame.tag;
      const verdict = tidyVerdict(tag, frame, lastClosedHadImage);
      observer.verdict(tag, verdict === 'excludeTag' ? 'unwrap' : verdict ? 'remove' : 'keep');
      return verdict;
    },
    textFilter: (text) => {
      const raw = unescapeFilterText(text);
      const plain = stripControls(raw);
      observer.text(plain, plain.length !== raw.length);
      return escapeHtmlText(plain);
    },
  };
  const out = sanitizeHtml(collapseDoubleEscapes(html), options).trim();
  return same ? out : undefined;
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
