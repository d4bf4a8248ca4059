import type { Token, Tokenized } from '../tokens.ts';
import { titleCase } from './word-shape.ts';

/** A number as written in tables and scores ("12", "3.5", "1,000", "2:30"). */
export const NUMBER_RE = /^[\p{N}]+(?:[.,:][\p{N}]+)*$/u;
const LETTER_RE = /\p{L}/u;

/**
 * `NUMBER_RE.test(text)`, answered without the Unicode regex when the text is ASCII (every token
 * of every story asks it).
 */
export function isNumber(text: string): boolean {
  let digit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c >= 128) return NUMBER_RE.test(text);
    else if ((c === 46 || c === 44 || c === 58) && digit) digit = false;
    else return false;
  }
  return digit;
}

function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return LETTER_RE.test(text);
  }
  return false;
}

/** A line of capitals: two or more longer words, most of them in capitals (a shouted headline, a table row). */
export interface Lines {
  /** Line number of each token. */
  readonly line: Int32Array;
  /** Index of the first token of each line. */
  readonly first: readonly number[];
  /** 1 for a line of capitals. */
  readonly caps: Uint8Array;
  /** How many numbers each line holds. */
  readonly numbers: Uint16Array;
}

/** The story's lines, and which are written in capitals. */
export function linesOf(input: Tokenized): Lines {
  const { tokens, source } = input;
  const n = tokens.length;
  const line = new Int32Array(n);
  const lineFirst: number[] = [];
  let current = -1;
  let nextNewline = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    if (i === 0 || (nextNewline !== -1 && nextNewline < t.start)) {
      current++;
      lineFirst.push(i);
      nextNewline = source.indexOf('\n', t.start);
    }
    line[i] = current;
  }
  const lineCount = current + 1;
  const capsLine = new Uint8Array(lineCount);
  const numbers = new Uint16Array(lineCount);
  const upper = new Uint16Array(lineCount);
  const lettered = new Uint16Array(lineCount);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const l = line[i] as number;
    if (!t.word) continue;
    if (isNumber(t.text)) numbers[l] = (numbers[l] as number) + 1;
    else if (t.text.length > 1 && hasLetter(t.text)) {
      lettered[l] = (lettered[l] as number) + 1;
      if (t.upper) upper[l] = (upper[l] as number) + 1;
    }
  }
  for (let l = 0; l < lineCount; l++) {
    const le = lettered[l] as number;
    capsLine[l] = le >= 2 && (upper[l] as number) / le >= 0.7 ? 1 : 0;
  }
  return { line, first: lineFirst, caps: capsLine, numbers };
}

/**
 * The tokens as the gazetteer and word lists should see them: in a line of capitals each word
 * title-cased ("NEW YORK" → "New York"), elsewhere as written.
 */
export function casedView(tokens: readonly Token[], lines: Lines): Token[] {
  const view: Token[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const shout = t.upper && lines.caps[lines.line[i] as number] === 1 && t.text.length > 1;
    view[i] = shout ? { ...t, text: titleCase(t.text), bare: titleCase(t.bare), upper: false } : t;
  }
  return view;
}
