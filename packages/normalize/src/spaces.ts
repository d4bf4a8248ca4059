/**
 * Whitespace as the regex `\s` sees it, by UTF-16 unit (every such character is one unit), and
 * comparisons that leave it out without building the squeezed string: the body's text is a few
 * kilobytes, and a squeezed copy of it only to compare its start was a measurable share of a story.
 */

export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// The runs `\s+` finds that are not already one plain space: a space between two words, nearly every
// run in prose, then costs no match.
const RUNS_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** `text.replace(/\s+/g, ' ')`: every run of whitespace one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(RUNS_TO_COLLAPSE, ' ');
}

/** `text` without its whitespace. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** `squeeze(text).length`. */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** `squeeze(text).startsWith(prefix)`, for a `prefix` with no whitespace. */
export function startsWithSqueezed(text: string, prefix: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length && j < prefix.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    if (code !== prefix.charCodeAt(j)) return false;
    j++;
  }
  return j === prefix.length;
}

/** `squeeze(text).endsWith(suffix)`, for a `suffix` with no whitespace. */
export function endsWithSqueezed(text: string, suffix: string): boolean {
  let j = suffix.length - 1;
  for (let i = text.length - 1; i >= 0 && j >= 0; i--) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    if (code !== suffix.charCodeAt(j)) return false;
    j--;
  }
  return j === -1;
}
