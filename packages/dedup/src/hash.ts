const FNV_OFFSET = 0x811c9dc5;

/** 32-bit FNV-1a: fast, well spread over short strings, and the same in every process. */
export function fnv1a(text: string): number {
  return avalanche(fnvAdd(FNV_OFFSET, text));
}

/**
 * `fnv1a` of `count` words from `from` joined by single spaces, without making the joined string:
 * a story's shingles are hashed by the hundred.
 */
export function fnv1aWords(words: readonly string[], from: number, count: number): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < count; k++) {
    if (k > 0) h = Math.imul(h ^ 0x20, 0x01000193);
    h = fnvAdd(h, words[from + k] ?? '');
  }
  return avalanche(h);
}

/**
 * FNV-1a in steps: `fnv1aAfter(fnvPrefix(b, fnvPrefix(a)), c) === fnv1a(a + b + c)`, so strings
 * sharing a long prefix are hashed without hashing it again.
 */
export function fnvPrefix(text: string, after = FNV_OFFSET): number {
  return fnvAdd(after, text);
}

export function fnv1aAfter(prefix: number, text: string): number {
  return avalanche(fnvAdd(prefix, text));
}

function fnvAdd(start: number, text: string): number {
  let h = start;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

// FNV alone leaves the low bits of short, similar strings close; a final avalanche spreads them.
function avalanche(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
