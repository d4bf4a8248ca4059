import { decodeHTML, escapeText } from 'entities';

// A feed that escapes HTML which was already escaped ships `&amp;amp;`, `&amp;#39;`, `&amp;quot;`.
// Undoing that one extra level before the single real decode shows readers `&`, `'` and `"`; an
// article that truly means to print an entity's source text is far rarer than this bug.
const DOUBLE_ESCAPED = /&amp;(#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;

/** Undo one extra level of escaping (`&amp;quot;` → `&quot;`), so that one decode yields the character. */
export function collapseDoubleEscapes(html: string): string {
  return html.replace(DOUBLE_ESCAPED, '&$1;');
}

/** Decode the entities of text that should have been plain, double escapes included. */
export function decodeEntitiesOnce(text: string): string {
  return decodeHTML(collapseDoubleEscapes(text));
}

/** The exact inverse of the escaping sanitize-html applies before calling its `textFilter`. */
export function unescapeFilterText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Escape text for an HTML text node. */
export function escapeHtmlText(text: string): string {
  return escapeText(text);
}

// \p{Cc} (U+0000–U+001F, U+007F–U+009F) but tab, line feed and carriage return, as one class: a
// callback per match kept every newline of a body at the cost of a function call. Spelled out
// without the u or v flag, whose Unicode-mode scan took twice as long.
const hexRange = (from: number, to: number): string =>
  `\\x${from.toString(16).padStart(2, '0')}-\\x${to.toString(16).padStart(2, '0')}`;
const CONTROLS = new RegExp(
  `[${hexRange(0x00, 0x08)}${hexRange(0x0b, 0x0c)}${hexRange(0x0e, 0x1f)}${hexRange(0x7f, 0x9f)}]`,
  'g',
);

/** Remove control characters other than tab and line breaks: they never belong in text. */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}
