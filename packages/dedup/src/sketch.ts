/**
 * Near-duplicate sketches: what a story's body looks like to the near-duplicate layer, in a few dozen
 * bytes. Pure; the same text always gives the same sketch.
 *
 * - `body`: a bottom-k MinHash sketch (Broder 1997; Cohen & Kaplan 2007) of the body's word 3-shingles —
 *   the k smallest distinct 32-bit shingle hashes, kept as their top 16 bits. Two sketches estimate the
 *   Jaccard similarity of the shingle sets, and with the set sizes the share of the shorter text that
 *   the other contains (a trimmed copy contains nearly all of itself in the original).
 * - `lead`: hashes of the lead's salient tokens — names, numbers, capitalised words after the first of
 *   a sentence. Copies of one story keep the lead's who / where / how-many; two different events written
 *   from one template (two phone-call readouts, two earthquake bulletins) differ exactly there.
 * - `postings`: the m smallest shingle hashes, the keys the index files the story under. Two texts
 *   sharing a good part of their shingles very likely share one of them (bottom-k as LSH).
 */
export interface NearSketch {
  /** Ascending 16-bit values, at most SKETCH_K. */
  body: number[];
  /** Distinct shingles in the body. */
  shingles: number;
  /** Ascending distinct 16-bit hashes of the lead's salient tokens, at most LEAD_K. */
  lead: number[];
  /** The smallest shingle hashes (full 32 bits): where the story is filed for candidate lookup. */
  postings: number[];
}

export const SKETCH_K = 28;
export const LEAD_K = 12;
export const POSTINGS_M = 8;
/** Bodies with fewer shingles than this carry too little text to call two stories the same. */
export const MIN_SHINGLES = 20;
const SHINGLE = 3;
const LEAD_WORDS = 80;

/**
 * Lines agencies and outlets add around the same copy: credits, standards blurbs, "read more" links.
 * They say nothing about the story, and two different stories share them.
 */
const NOISE_PARAGRAPH =
  /^\s*(?:\((?:reporting|writing|editing|additional reporting|compiled)\b[^)]*\)?|(?:reporting|writing|editing)\s+by\b|read more\b|related:|see also\b|our standards\b|©|copyright\b|all rights reserved|follow (?:us|\w+ on)\b|sign up\b|click here\b|this (?:story|article) (?:has been|was) (?:updated|corrected)\b)/i;

/** 32-bit FNV-1a: fast, well spread over short strings, and the same in every process. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // FNV alone leaves the low bits of short, similar strings close; a final avalanche spreads them.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;

/** The paragraphs that carry the story, without credit lines and outlet furniture. */
export function storyParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !NOISE_PARAGRAPH.test(p));
}

/** Folded words: lowercase, quotes and thousands separators unified, so "1,000" and "1000" agree. */
function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').matchAll(WORD)) {
    out.push(
      m[0]
        .toLowerCase()
        .replace(/[’']/g, "'")
        .replace(/(\d)[,.](?=\d{3}\b)/g, '$1'),
    );
  }
  return out;
}

/** Salient tokens in text order: capitalised words that are not a sentence's first, and numbers. */
function salientTokens(text: string, limitWords: number): string[] {
  const out: string[] = [];
  let words = 0;
  let sentenceStart = true;
  for (const m of text.normalize('NFKC').matchAll(/[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*|[.!?:]/gu)) {
    const w = m[0];
    if (w === '.' || w === '!' || w === '?' || w === ':') {
      sentenceStart = true;
      continue;
    }
    if (++words > limitWords) break;
    const salient = /\d/.test(w) || (!sentenceStart && /^\p{Lu}/u.test(w) && w.length > 1);
    sentenceStart = false;
    if (!salient || /^\p{Lu}+$/u.test(w)) continue; // all-caps words are datelines and agency tags
    // A possessive is the name; "Xi's" and "Xi" are one token. "1,000" and "1000" are one number.
    out.push(
      w
        .toLowerCase()
        .replace(/[’']s$/, '')
        .replace(/[,.](?=\d{3}\b)/g, ''),
    );
  }
  return out;
}

const short = (token: string): number => fnv1a(token) >>> 16;

/** The lead's names and numbers: a copy keeps its lead's who, where and how many. */
function leadNames(paragraphs: readonly string[]): number[] {
  const seen = [...new Set(salientTokens(paragraphs.join(' '), LEAD_WORDS).map(short))];
  return seen.sort((a, b) => a - b).slice(0, LEAD_K);
}

/** The sketch of a body, or undefined when the body is too short to compare. */
export function nearSketch(text: string, m = POSTINGS_M): NearSketch | undefined {
  const paragraphs = storyParagraphs(text);
  const words = foldedWords(paragraphs.join('\n'));
  if (words.length < SHINGLE) return undefined;
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    hashes.add(fnv1a(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  }
  if (hashes.size < MIN_SHINGLES) return undefined;
  const sorted = [...hashes].sort((a, b) => a - b);
  const body: number[] = [];
  for (const h of sorted) {
    const top = h >>> 16;
    if (body[body.length - 1] !== top) body.push(top);
    if (body.length === SKETCH_K) break;
  }
  return {
    body,
    shingles: hashes.size,
    lead: leadNames(paragraphs.slice(0, 2)),
    postings: sorted.slice(0, m),
  };
}

/**
 * Sketch bytes as stored in the index: shingle count (16 bits), the number of body and lead values
 * (8 bits each), then body and lead values, 16 bits each: 84 bytes at most.
 */
export function encodeSketch(s: NearSketch): Buffer {
  const values = [...s.body, ...s.lead];
  const buf = Buffer.alloc(4 + 2 * values.length);
  buf.writeUInt16BE(Math.min(s.shingles, 0xffff), 0);
  buf.writeUInt8(s.body.length, 2);
  buf.writeUInt8(s.lead.length, 3);
  for (const [i, v] of values.entries()) buf.writeUInt16BE(v, 4 + 2 * i);
  return buf;
}

export function decodeSketch(buf: Buffer): Omit<NearSketch, 'postings'> {
  const shingles = buf.readUInt16BE(0);
  const nBody = buf.readUInt8(2);
  const values: number[] = [];
  for (let at = 4; at + 1 < buf.length; at += 2) values.push(buf.readUInt16BE(at));
  return {
    shingles,
    body: values.slice(0, nBody),
    lead: values.slice(nBody),
  };
}

/** A posting as an index field: 4 bytes, big-endian. */
export function postingField(h: number): Buffer {
  const buf = Buffer.alloc(4);
  buf.writeUInt32BE(h >>> 0, 0);
  return buf;
}
