import sanitizeHtml from 'sanitize-html';
import { assertHtmlWithinLimits } from './html-limits.ts';
import { unescapeFilterText } from './unescape.ts';

/**
 * Elements whose content is never reader text: code, styling, form widgets, embeds and their
 * fallbacks. Every pass over a body uses this one list so that they all see the same text.
 */
export const NON_TEXT_TAGS: readonly string[] = [
  'script',
  'style',
  'textarea',
  'option',
  'select',
  'button',
  'xmp',
  'noscript',
  'template',
  'iframe',
  'object',
  'title',
];

/** Callbacks for `walkHtml`, called in document order. */
export interface HtmlVisitor {
  open?(tag: string, attribs: Readonly<Record<string, string>>): void;
  close?(tag: string): void;
  text?(text: string): void;
}

/**
 * Walk HTML with the parser sanitize-html is built on (htmlparser2), handing the visitor tags and
 * decoded text. Nothing is rendered or executed; the text of NON_TEXT_TAGS is never handed over.
 *
 * @throws WirefeedError `WF_E_ITEM_TOO_COMPLEX` when the HTML is over `HTML_LIMITS`.
 */
export function walkHtml(html: string, visitor: HtmlVisitor): void {
  assertHtmlWithinLimits(html, 'item', { unwraps: false });
  // sanitize-html rather than htmlparser2 directly: it is this package's declared dependency, and its
  // hooks give the same events with the same skipping of non-text elements as the sanitizer itself.
  sanitizeHtml(html, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: [...NON_TEXT_TAGS],
    onOpenTag: (tag, attribs) => visitor.open?.(tag, attribs),
    onCloseTag: (tag) => visitor.close?.(tag),
    textFilter: (text) => {
      visitor.text?.(unescapeFilterText(text));
      return '';
    },
  });
}
