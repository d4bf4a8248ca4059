import { ABBREVIATIONS, BREAKERS, PARTICLES } from '../data/lexicon.ts';
import type { Token } from '../tokens.ts';
import { isSyllable } from './word-shape.ts';

const CONNECTORS = new Set([
  ...PARTICLES,
  'of',
  'the',
  'and',
  'for',
  'upon',
  'y',
  'e',
  'da',
  'dos',
  'das',
  'das',
  '&',
]);
const MAX_GAP = 3;
const DIGIT_RE = /^\p{N}/u;

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT_RE.test(text);
}

/**
 * Which of the first `n` tokens the tagger labels (1): capitalised words, and the connectors
 * between them ("Bank of England", "von der Leyen", "Lai Ching-te", "George W. Bush"); every other
 * token is outside any name.
 */
export function candidateTokens(tokens: readonly Token[], n: number): Uint8Array {
  const isNameWord = (i: number): boolean => {
    const t = tokens[i];
    return t?.word === true && t.cap && !startsWithDigit(t.text);
  };
  const candidate = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (isNameWord(i)) candidate[i] = 1;
  // Connectors between name words: "Bank of England", "von der Leyen", "Lai Ching-te", "George W. Bush".
  for (let i = 1; i < n - 1; i++) {
    // Only right after a candidate (the loop below would stop there anyway).
    if (candidate[i] || !candidate[i - 1]) continue;
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const joins =
      (t.word && CONNECTORS.has(t.lower)) ||
      (t.text === '-' && prev.end === t.start && (tokens[i + 1] as Token).start === t.end) ||
      t.text === '&' ||
      (t.text === '.' &&
        prev.end === t.start &&
        prev.word &&
        (prev.text.length === 1 || ABBREVIATIONS.has(prev.lower)) &&
        !(tokens[i + 1] as Token).sentenceStart);
    if (!joins) continue;
    let before = false;
    for (let k = i - 1; k >= Math.max(0, i - MAX_GAP); k--) {
      if (candidate[k] && isNameWord(k)) {
        before = true;
        break;
      }
      if (!candidate[k]) break;
    }
    if (!before) continue;
    for (let k = i + 1; k <= Math.min(n - 1, i + MAX_GAP); k++) {
      if (isNameWord(k) && !BREAKERS.has((tokens[k] as Token).bare)) {
        candidate[i] = 1;
        break;
      }
      const c = tokens[k] as Token;
      if (!(c.word && CONNECTORS.has(c.lower)) && c.text !== '.' && c.text !== '-') break;
    }
  }
  // "Lee Cheuk-yan", "Kim Jong-un", "Port-au-Prince", "Bourg-la-Reine": a hyphen inside a name,
  // before a name word or a short lowercase syllable.
  for (let i = 1; i < n - 1; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (
      t.text !== '-' ||
      !candidate[i - 1] ||
      (tokens[i - 1] as Token).end !== t.start ||
      t.end !== next.start
    )
      continue;
    if (!next.word || startsWithDigit(next.text)) continue;
    if (next.cap || next.text.length <= 3 || isSyllable(next.text)) {
      candidate[i] = 1;
      candidate[i + 1] = 1;
    }
  }
  // Particles opening a name: "de Gaulle", "al-Assad", "van Persie".
  for (let i = 0; i < n - 1; i++) {
    const t = tokens[i] as Token;
    if (candidate[i] || !t.word || t.cap) continue;
    if (isNameWord(i + 1) && PARTICLES.has(t.lower)) candidate[i] = 1;
    if (!candidate[i] && tokens[i + 1]?.text === '-' && isNameWord(i + 2) && PARTICLES.has(t.lower))
      candidate[i] = 1;
  }
  return candidate;
}
