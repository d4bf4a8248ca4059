import { walkHtml } from './html-walk.ts';
import { collapseWhitespace } from './spaces.ts';
import { collapseDoubleEscapes, decodeEntitiesOnce, stripControls } from './unescape.ts';

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

// Text has no control characters (stripControls), which frees two of them to mark structure while it
// is gathered, before whitespace (the source's own newlines too) is collapsed.
const PARAGRAPH = '\u0001';
const LINE = '\u0002';
// Invisible characters that only get in the way of matching and counting: zero-width space, BOM, soft hyphen.
const INVISIBLE = /[\u200b\ufeff\u00ad]/g;

/**
 * HTML to plain text: block elements become paragraphs separated by a blank line, `<br>` a line
 * break (two in a row, a paragraph), entities decoded once (double escapes included), spaces
 * collapsed, lines trimmed, no markup left.
 */
export function htmlToText(html: string): string {
  // Without markup or entities the parser would hand over the input as one text chunk, so skip it.
  if (!html.includes('<') && !html.includes('&')) return paragraphsOfBlock(stripControls(html)).join('\n\n');
  const gatherer = new TextGatherer();
  walkHtml(collapseDoubleEscapes(html), gatherer);
  return gatherer.finish();
}

/**
 * The text half of `htmlToText`, fed by parser events: the sanitizer's own pass can feed it, so
 * that the text comes out of the same parse as the HTML. Offsets let a caller take back what an
 * element added when the sanitizer then drops or unwraps that element.
 */
export class TextGatherer {
  #buffer = '';
  #preDepth = 0;

  /** How much has been gathered: the offset `unwrap` and `truncate` take. */
  get offset(): number {
    return this.#buffer.length;
  }

  open(tag: string): void {
    if (tag === 'pre') this.#preDepth++;
    if (BLOCK_TAGS.has(tag)) this.#buffer += PARAGRAPH;
    else if (tag === 'br') this.#buffer += LINE;
    else if (tag === 'td' || tag === 'th') this.#buffer += ' ';
  }

  close(tag: string): void {
    if (tag === 'pre') this.#preDepth = Math.max(0, this.#preDepth - 1);
    if (BLOCK_TAGS.has(tag)) this.#buffer += PARAGRAPH;
  }

  text(text: string): void {
    this.strippedText(stripControls(text));
  }

  /** `text` for text that `stripControls` has already been through (the sanitizer's text filter). */
  strippedText(clean: string): void {
    this.#buffer += this.#preDepth > 0 ? clean.replace(/\r?\n/g, LINE) : clean;
  }

  /**
   * Take back the marks of an element that was opened at `start` and has just been closed, keeping
   * its text: the text of the HTML once the element is unwrapped.
   */
  unwrap(tag: string, start: number): void {
    const b = this.#buffer;
    if (BLOCK_TAGS.has(tag)) this.#buffer = b.slice(0, start) + b.slice(start + 1, b.length - 1);
    else if (tag === 'br' || tag === 'td' || tag === 'th')
      this.#buffer = b.slice(0, start) + b.slice(start + 1);
  }

  /** Take back everything since `start`: the element opened there was removed with its content. */
  truncate(start: number): void {
    this.#buffer = this.#buffer.slice(0, start);
  }

  finish(): string {
    // Collapsing once over the whole buffer is collapsing each line: no run of spaces crosses a mark.
    const collapsed = collapseWhitespace(this.#buffer.replace(INVISIBLE, ''));
    const paragraphs: string[] = [];
    for (const block of collapsed.split(PARAGRAPH)) paragraphs.push(...paragraphsOfCollapsedBlock(block));
    return paragraphs.join('\n\n');
  }
}

function paragraphsOfBlock(block: string): readonly string[] {
  return paragraphsOfCollapsedBlock(collapseWhitespace(block.replace(INVISIBLE, '')));
}

const NONE: readonly string[] = [];

function paragraphsOfCollapsedBlock(block: string): readonly string[] {
  // Most blocks are one paragraph with no line break, or empty (between two block tags).
  if (!block.includes(LINE)) {
    const line = block.trim();
    return line === '' ? NONE : [line];
  }
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of block.split(LINE).map((l) => l.trim())) {
    if (line !== '') {
      lines.push(line);
    } else if (lines.length > 0) {
      paragraphs.push(lines.join('\n'));
      lines = [];
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join('\n'));
  return paragraphs;
}

function collapseSpaces(text: string): string {
  return collapseWhitespace(text.replace(INVISIBLE, '')).trim();
}

/**
 * Plain text from a feed, tidied like `htmlToText` output: entities decoded once, paragraphs
 * separated by a blank line. When the text has blank lines they separate paragraphs (single newlines
 * are wrapping); when it has none, every line is a paragraph.
 */
export function cleanPlainText(text: string): string {
  const unix = decodeEntitiesOnce(text).replace(/\r\n?/g, '\n');
  const clean = stripControls(unix).trim();
  const blank = /\n[^\S\n]*\n/;
  const paragraphs = blank.test(clean) ? clean.split(blank) : clean.split('\n');
  return paragraphs
    .map(collapseSpaces)
    .filter((p) => p !== '')
    .join('\n\n');
}

/** One line of text from a short field that may hold markup or entities (title, author, category). */
export function inlineText(html: string): string {
  return collapseSpaces(htmlToText(html));
}

/** Whether a feed field holds markup (a tag or an entity) rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]+);/i.test(text);
}
