import { tidyHtml } from './sanitize.ts';
import { endsWithSqueezed, isSpace, nonSpaceLength, squeeze, startsWithSqueezed } from './spaces.ts';
import { escapeHtmlText } from './unescape.ts';

/**
 * Remove `head` from the start and `tail` from the end of the text of sanitized HTML (the dateline
 * and the credit), comparing without whitespace so markup in between does not matter. A part that
 * does not match the HTML's text is left in place; elements emptied by the cut are unwrapped.
 */
export function trimHtmlText(html: string, head: string, tail: string): string {
  if (squeeze(head) === '' && squeeze(tail) === '') return html;
  let text = '';
  tidyHtml(html, (chunk) => {
    text += chunk;
    return chunk;
  });
  const span = keptSpan(text, head, tail);
  if (!span) return html;
  return tidyHtml(tidyHtml(html, textCutter(span)));
}

/**
 * `trimHtmlText` for HTML that a tidy pass wrote (`sanitizeBodyWithText`), given the text chunks it
 * read in that pass, in order (`stream`). Such HTML parses back into the elements it spells out, its text escaped
 * with four entities only, and a tidy pass over it keeps every element: so the cut is made on the
 * string, and the unwrapping of what the cut emptied is done here too (see `unwrapEmptied`).
 */
export function trimTidyHtml(html: string, stream: string, head: string, tail: string): string {
  const span = keptSpan(stream, head, tail);
  if (!span) return html;
  const cut = textCutter(span);
  const pieces: string[] = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const end = lt === -1 ? html.length : lt;
    if (end > at) {
      const text = html.slice(at, end);
      const plain = text.includes('&') ? text.replace(ESCAPED, unescapeEntity) : text;
      const kept = cut(plain);
      // Text the cut left whole is already escaped as it would be again.
      pieces.push(kept === plain ? text : escapeHtmlText(kept));
    }
    if (lt === -1) break;
    const gt = html.indexOf('>', lt);
    if (gt === -1) return tidyHtml(pieces.join('') + html.slice(lt));
    pieces.push(html.slice(lt, gt + 1));
    at = gt + 1;
  }
  return unwrapEmptied(pieces) ?? tidyHtml(pieces.join(''));
}

// The only entities `escapeHtmlText` writes.
const ESCAPED = /&(?:amp|lt|gt|nbsp);/g;
const unescapeEntity = (entity: string): string =>
  entity === '&amp;' ? '&' : entity === '&lt;' ? '<' : entity === '&gt;' ? '>' : '\u00a0';
// As in `tidyHtml`: table parts and line breaks stay even when empty.
const KEEP_EMPTY = new Set(['br', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
const VOID = new Set(['br', 'img']);
const TAG = /^<(\/?)([a-z][a-z\d]*)/;

interface Element {
  name: string;
  piece: number;
  text: boolean;
  image: boolean;
}

/**
 * What `tidyHtml` makes of tidy output whose text was cut, given as tag and text pieces: an element
 * left with neither text nor image is unwrapped (a table is removed), and its text no longer counts
 * for its parent. Undefined for anything but the shapes a tidy pass writes; the caller then runs one.
 */
function unwrapEmptied(pieces: string[]): string | undefined {
  const stack: Element[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    const tag = piece.startsWith('<') ? TAG.exec(piece) : null;
    if (!tag) {
      const parent = stack.at(-1);
      if (parent && !parent.text) parent.text = hasVisibleText(piece);
      continue;
    }
    const [, closing, name = ''] = tag;
    if (!closing) {
      if (name === 'img' && !piece.includes(' src="')) return undefined;
      if (name === 'a' && !piece.includes(' href="')) return undefined;
      if (name === 'img') for (const open of stack) open.image = true;
      if (!VOID.has(name)) stack.push({ name, piece: i, text: false, image: false });
      continue;
    }
    const element = stack.pop();
    if (element?.name !== name) return undefined;
    const parent = stack.at(-1);
    if (KEEP_EMPTY.has(name) || element.image || element.text) {
      if (parent && element.text) parent.text = true;
    } else if (name === 'table') {
      pieces.fill('', element.piece, i + 1);
    } else {
      pieces[element.piece] = '';
      pieces[i] = '';
    }
  }
  return stack.length === 0 ? pieces.join('').trim() : undefined;
}

// `piece.replace(ESCAPED, unescapeEntity).trim() !== ''` without the copy: of the four entities
// only `&nbsp;` decodes to whitespace.
function hasVisibleText(piece: string): boolean {
  for (let i = 0; i < piece.length; i++) {
    if (isSpace(piece.charCodeAt(i))) continue;
    if (!piece.startsWith('&nbsp;', i)) return true;
    i += 5;
  }
  return false;
}

interface Span {
  dropHead: number;
  keepUntil: number;
}

// Which non-space characters of the text stay; undefined when the cut changes nothing. `text` is
// all the text in order; positions count its non-space characters.
function keptSpan(text: string, head: string, tail: string): Span | undefined {
  const headChars = squeeze(head);
  const tailChars = squeeze(tail);
  if (headChars === '' && tailChars === '') return undefined;
  const dropHead = headChars !== '' && startsWithSqueezed(text, headChars) ? headChars.length : 0;
  const tailMatches = tailChars !== '' && endsWithSqueezed(text, tailChars);
  if (dropHead === 0 && !tailMatches) return undefined;
  const length = nonSpaceLength(text);
  const tailFits = tailMatches && length - tailChars.length >= dropHead;
  const keepUntil = tailFits ? length - tailChars.length : length;
  if (dropHead === 0 && keepUntil === length) return undefined;
  return { dropHead, keepUntil };
}

// Sees the text in document order, in any chunks, and keeps the span's characters.
function textCutter({ dropHead, keepUntil }: Span): (text: string) => string {
  // Positions count UTF-16 units of non-space characters, the same unit `stream.length` counts in.
  let seen = 0;
  let kept = false;
  return (text) => {
    const count = nonSpaceLength(text);
    // A chunk wholly inside the span, after its first kept character, is kept whole.
    if (seen >= dropHead && seen + count < keepUntil && (kept || dropHead === 0)) {
      seen += count;
      kept ||= count > 0;
      return text;
    }
    // Kept characters are copied as runs (slices), not one by one: the chunk holding the dateline is
    // often the whole first paragraph.
    let out = '';
    let run = -1;
    for (let i = 0; i < text.length; i++) {
      const space = isSpace(text.charCodeAt(i));
      const inside = seen >= dropHead && seen < keepUntil;
      // The space between the head and the first kept word would otherwise open the body.
      if (inside && (!space || kept || dropHead === 0)) {
        if (run < 0) run = i;
        kept ||= !space;
      } else if (run >= 0) {
        out += text.slice(run, i);
        run = -1;
      }
      if (!space) seen += 1;
    }
    return run >= 0 ? out + text.slice(run) : out;
  };
}
