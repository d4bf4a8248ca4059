// Particles that stay lower-case inside place names and personal names: "Rio de Janeiro",
// "Dar es Salaam", "Isle of Man", "Port-au-Prince", "Ludwig van Beethoven".
const PARTICLES = new Set([
  'a',
  'am',
  'and',
  'au',
  'aux',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'en',
  'es',
  'im',
  'la',
  'le',
  'les',
  'of',
  'on',
  'sur',
  'the',
  'upon',
  'van',
  'von',
  'y',
]);
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

/**
 * Title-case text written all in capitals ("MEXICO CITY" → "Mexico City", "O'BRIEN" → "O'Brien");
 * text that has any lower-case letter is someone's deliberate spelling and is returned as is.
 */
export function titleCaseIfShouting(text: string): string {
  if (!/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)) return text;
  return text
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => casePart(part, i === 0 && j === 0))
        .join('-'),
    )
    .join(' ');
}

function casePart(part: string, first: boolean): string {
  const lower = part.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  if (ROMAN.test(part)) return part;
  let out = '';
  let capitalize = true;
  let lettersInSegment = 0;
  for (const ch of lower) {
    const letter = /\p{L}/u.test(ch);
    out += capitalize && letter ? ch.toUpperCase() : ch;
    if (letter) {
      capitalize = false;
      lettersInSegment++;
    } else if (ch === '.' || ch === '/') {
      // "J.R.R.", "U.S.", "Washington/Brussels"
      capitalize = true;
      lettersInSegment = 0;
    } else if (ch === "'" || ch === '’') {
      // "O'Brien", "N'Djamena", but "Jane's"
      capitalize = lettersInSegment === 1;
      lettersInSegment = 0;
    }
  }
  return out;
}
