import { WirefeedError } from '@wirefeed/core/contracts';
import { Parser } from 'htmlparser2';

/**
 * How much markup one HTML value of a feed item may hold before it is refused. The parsers under
 * sanitize-html (htmlparser2) take time quadratic in nesting depth, and sanitize-html's unwrapping of
 * an empty element copies everything written so far: 100,000 nested tags, or a few thousand empty
 * elements after a long text, take seconds to minutes. Real wire stories nest a few levels and hold
 * a few hundred elements; browsers stop nesting at 512.
 */
export const HTML_LIMITS = {
  /** Open elements at any point, counting the ones htmlparser2 closes by implication. */
  maxDepth: 256,
  /** Start tags in one value. */
  maxElements: 10_000,
  /**
   * Elements the sanitizer would unwrap (empty, or links to nowhere) times the length of the value:
   * each unwrap copies the output written so far, so this bounds the characters copied.
   */
  maxUnwrapCost: 200_000_000,
} as const;

export type HtmlLimits = { readonly [K in keyof typeof HTML_LIMITS]: number };

// Elements the sanitizer keeps (after renaming) and may unwrap when they end up empty; table parts
// and line breaks are kept empty, and everything else is discarded without a copy.
const UNWRAPPABLE = new Set([
  'p',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'strong',
  'em',
  'b',
  'i',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'figcaption',
  'table',
  'caption',
  'pre',
  'code',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'address',
  'center',
]);
const SAFE_HREF = /^\s*(?:https?:|mailto:|tel:|[^:]*$)/i;
// `<` then a letter (a start tag) or `</` then a letter (an end tag): what htmlparser2 reads as tags.
const START_TAG = /<[A-Za-z]/g;
const ANY_TAG = /<\/?[A-Za-z]/g;

class OverLimit extends Error {}

function count(pattern: RegExp, text: string, stopAbove: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) if (++n > stopAbove) break;
  return n;
}

/**
 * Why an HTML value is over `HTML_LIMITS`, or undefined when it is within them. Linear in the
 * length of the value: tags are counted by a scan first, and only a value with enough of them to
 * matter is parsed (with htmlparser2, abandoned at the first limit crossed). `unwraps` counts the
 * elements the body sanitizer would unwrap; only the body goes through it.
 */
export function htmlLimitProblem(
  html: string,
  options: { unwraps: boolean; limits?: HtmlLimits },
): string | undefined {
  const limits = options.limits ?? HTML_LIMITS;
  // Every element costs a start tag; an end tag with no element open costs htmlparser2 a search of
  // its stack, so both kinds are bounded, end tags at one per element.
  if (count(START_TAG, html, limits.maxElements) > limits.maxElements)
    return `more than ${limits.maxElements} elements`;
  const tags = count(ANY_TAG, html, 2 * limits.maxElements);
  if (tags > 2 * limits.maxElements) return `more than ${2 * limits.maxElements} tags`;
  const unwrapBound = options.unwraps ? tags * html.length : 0;
  // Too few tags to nest past the limit or to unwrap past the budget: nothing to parse.
  if (tags <= limits.maxDepth && unwrapBound <= limits.maxUnwrapCost) return undefined;
  return parsedProblem(html, limits, options.unwraps);
}

interface Frame {
  tag: string;
  content: boolean;
  unsafeLink: boolean;
}

function parsedProblem(html: string, limits: HtmlLimits, withUnwraps: boolean): string | undefined {
  const stack: Frame[] = [];
  let unwraps = 0;
  let problem: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length >= limits.maxDepth) {
          problem = `nested more than ${limits.maxDepth} deep`;
          throw new OverLimit();
        }
        if (name === 'img') {
          const top = stack.at(-1);
          if (top) top.content = true;
        }
        const href = attribs.href;
        stack.push({ tag: name, content: false, unsafeLink: name === 'a' && !SAFE_HREF.test(href ?? ':') });
      },
      ontext(text) {
        const top = stack.at(-1);
        if (top && !top.content && text.trim() !== '') top.content = true;
      },
      onclosetag() {
        const frame = stack.pop();
        if (!frame) return;
        const parent = stack.at(-1);
        if (parent && frame.content) parent.content = true;
        if (!withUnwraps || !UNWRAPPABLE.has(frame.tag)) return;
        if (frame.content && !frame.unsafeLink) return;
        unwraps += 1;
        if (unwraps * html.length > limits.maxUnwrapCost) {
          problem = `${unwraps} empty elements or links to nowhere in ${html.length} characters`;
          throw new OverLimit();
        }
      },
    },
    { decodeEntities: true },
  );
  try {
    parser.end(html);
  } catch (err) {
    if (!(err instanceof OverLimit)) throw err;
  }
  return problem;
}

/**
 * Throws `WF_E_ITEM_TOO_COMPLEX` naming `field` and the limit crossed, when `html` is over
 * `HTML_LIMITS` (see `htmlLimitProblem`).
 */
export function assertHtmlWithinLimits(html: string, field: string, options: { unwraps: boolean }): void {
  const problem = htmlLimitProblem(html, options);
  if (problem === undefined) return;
  throw new WirefeedError('WF_E_ITEM_TOO_COMPLEX', `${field} HTML is too complex: ${problem}`, {
    details: { field, limits: HTML_LIMITS },
  });
}
