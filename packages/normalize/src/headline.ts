// Words that end in a full stop without ending the sentence: "Mr. Xi", "U.S. officials", "No. 10".
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'capt',
  'sgt',
  'no',
  'inc',
  'co',
  'corp',
  'ltd',
  'vs',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const SENTENCE_END = /[.!?]["”’)]*(?=\s+["“‘(]?\p{Lu}|\s*$)/gu;

/**
 * A headline for an item that came without one: the first sentence of its body, at most `max`
 * characters, cut at a word boundary (with an ellipsis) when longer. Undefined for an empty body.
 */
export function headlineFromBody(text: string, max = 120): string | undefined {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  if (first === '') return undefined;
  const sentence = firstSentence(first).replace(/\.$/, '');
  if (sentence.length <= max) return sentence;
  const room = sentence.slice(0, max - 1);
  const cut = room.lastIndexOf(' ') > 0 ? room.slice(0, room.lastIndexOf(' ')) : room;
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

function firstSentence(paragraph: string): string {
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    // Only the last few characters matter, and looking at no more keeps a long paragraph linear.
    const lastWord = /(\S+)\.["”’)]*$/.exec(paragraph.slice(Math.max(0, end - 24), end))?.[1] ?? '';
    // "Mr.", and initials or dotted abbreviations: "J.", "U.S.", "a.m."
    const abbreviation = ABBREVIATIONS.has(lastWord.toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(lastWord);
    if (!abbreviation) return paragraph.slice(0, end).trim();
  }
  return paragraph;
}
