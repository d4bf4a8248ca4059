import { walkHtml } from './html-walk.ts';
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
  let buffer = '';
  let preDepth = 0;
  walkHtml(collapseDoubleEscapes(html), {
    open(tag) {
      if (tag === 'pre') preDepth++;
      if (BLOCK_TAGS.has(tag)) buffer += PARAGRAPH;
      else if (tag === 'br') buffer += LINE;
      else if (tag === 'td' || tag === 'th') buffer += ' ';
    },
    close(tag) {
      if (tag === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (BLOCK_TAGS.has(tag)) buffer += PARAGRAPH;
    },
    text(text) {
      const clean = stripControls(text);
      buffer += preDepth > 0 ? clean.replace(/\r?\n/g, LINE) : clean;
    },
  });
  return buffer.split(PARAGRAPH).flatMap(paragraphsOfBlock).join('\n\n');
}

function paragraphsOfBlock(block: string): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const line of block.split(LINE).map(collapseSpaces)) {
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
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
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
