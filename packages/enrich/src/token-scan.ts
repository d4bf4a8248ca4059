// Initialisms with dots ("U.S.") first, an acronym with a plus ("OPEC+"), then words with inner
// apostrophes ("Xi's", "N'Djamena"), then any other single non-space character as punctuation.
// Hyphens split words so that "Beijing-Baku" yields both capitals.
export const TOKEN_RE =
  /\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}{2,}\+(?![\p{L}\p{N}+])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');

// What `\s` matches beyond ASCII (Unicode Zs, the line and paragraph separators, the BOM).
const SPACES = new Set([
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
// Punctuation and symbols wire copy writes all the time (none a letter, mark, number or space): they
// end a word and stand alone without asking the Unicode regex. The right single quote is not here: it
// is also an apostrophe inside words.
const PUNCTUATION = new Set([
  0x2018, 0x201a, 0x201c, 0x201d, 0x201e, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2026, 0xab, 0xbb,
  0x2022, 0xb7, 0xa9, 0xae, 0xb0, 0x20ac, 0xa3, 0xa5, 0x2032, 0x2033, 0xa7, 0xb6, 0x2122, 0xbf, 0xa1,
]);

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number): boolean => isAlpha(c) || (c >= 48 && c <= 57);

/**
 * Calls `emit` with the offsets of each token `TOKEN_RE` finds in `source`, in order, the same
 * tokens: ASCII words and punctuation are scanned by hand (the Unicode regex cost more than the rest of
 * tokenizing), anything else is handed to the regex at that position.
 */
export function scanTokens(source: string, emit: (start: number, end: number) => void): void {
  const len = source.length;
  let pos = 0;
  while (pos < len) {
    const c = source.charCodeAt(pos);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        pos++;
        continue;
      }
      if (!isAlnum(c)) {
        emit(pos, pos + 1);
        pos++;
        continue;
      }
      const end = asciiWordEnd(source, pos);
      if (end !== -1) {
        emit(pos, end);
        pos = end;
        continue;
      }
    } else if (SPACES.has(c)) {
      pos++;
      continue;
    } else if (PUNCTUATION.has(c)) {
      emit(pos, pos + 1);
      pos++;
      continue;
    }
    TOKEN_AT.lastIndex = pos;
    const match = TOKEN_AT.exec(source);
    if (match === null) {
      pos++;
      continue;
    }
    emit(pos, pos + match[0].length);
    pos += match[0].length;
  }
}

// The end of the word starting at `start` (an ASCII letter or digit), or -1 when deciding it needs a
// character beyond ASCII that is not a known space or punctuation mark.
function asciiWordEnd(s: string, start: number): number {
  const len = s.length;
  if (isUpper(s.charCodeAt(start))) {
    // "U.S.": a capital, then one or more ".X", then an optional full stop.
    if (s.charCodeAt(start + 1) === 46) {
      const c2 = s.charCodeAt(start + 2);
      if (c2 >= 128) return -1;
      if (isUpper(c2)) {
        let p = start + 1;
        while (s.charCodeAt(p) === 46) {
          const u = s.charCodeAt(p + 1);
          if (u >= 128) return -1;
          if (!isUpper(u)) break;
          p += 2;
        }
        return s.charCodeAt(p) === 46 ? p + 1 : p;
      }
    }
    // "OPEC+": two or more capitals and a plus not followed by a letter, a number or another plus.
    let j = start;
    while (j < len && isUpper(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) >= 128) return -1;
    if (j - start >= 2 && s.charCodeAt(j) === 43) {
      const next = s.charCodeAt(j + 1);
      if (next >= 128) return -1;
      if (!isAlnum(next) && next !== 43) return j + 1;
    }
  }
  // A word, then any number of "'" + letters.
  let p = start;
  while (p < len && isAlnum(s.charCodeAt(p))) p++;
  for (;;) {
    const c = s.charCodeAt(p);
    if (c >= 128) return SPACES.has(c) || PUNCTUATION.has(c) ? p : -1;
    if (c !== 39) return p;
    const next = s.charCodeAt(p + 1);
    if (next >= 128) return -1;
    if (!isAlpha(next)) return p;
    p += 2;
    while (p < len && isAlpha(s.charCodeAt(p))) p++;
  }
}
