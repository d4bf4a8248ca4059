// How a word is written: its shape, and whether it is a romanised syllable.

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_CHAR_RE = /\p{N}/u;

// "cheung", "keung", "ching", "wen", "un": one romanised syllable (Chinese, Korean, Vietnamese
// given names are written "Che-cheung", "Jong-un"); "based", "led", "born", "owned" are not.
const SYLLABLE_RE = /^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|r)?$/;

/** Whether a lowercase word after a hyphen may end a name ("Kim Jong-un", "Leung Che-cheung"). */
export function isSyllable(text: string): boolean {
  return text.length <= 7 && SYLLABLE_RE.test(text);
}

/** "Xx", "XX", "X.X.", "Xx-Xx", "dd": the word's shape, runs of a kind of character collapsed. */
export function shapeOf(text: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const c =
      code < 128
        ? code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : ch
        : UPPER_RE.test(ch)
          ? 'X'
          : LOWER_RE.test(ch)
            ? 'x'
            : DIGIT_CHAR_RE.test(ch)
              ? 'd'
              : LETTER_RE.test(ch)
                ? 'x'
                : ch;
    if (c === last) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    out += c;
    last = c;
  }
  return out;
}

/** "NEW" → "New". */
export function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
