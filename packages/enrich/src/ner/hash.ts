// The feature hashes shared by the tagger and its training: FNV-1a for values, a mix of the
// template number and the value's hash for features.

/** FNV-1a, 32 bits. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a of `s.slice(from, to)`, without making the slice. */
export function fnvRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Feature values that are constants ("caps:lower", "given", "per:B") are hashed once.
const constants = new Map<string, number>();
export function hashOf(value: string): number {
  let h = constants.get(value);
  if (h === undefined) {
    h = fnv(value);
    if (constants.size < 4096) constants.set(value, h);
  }
  return h;
}

/** One feature from a template number and a value's hash. */
export function combine(template: number, value: number): number {
  let h = Math.imul(template ^ 0x9e3779b9, 0x85ebca6b) ^ value;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Where `hash` stands in an ascending array of hashes, or -1: the tagger's word tables are kept so. */
export function indexOfHash(sorted: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] as number;
    if (v === hash) return mid;
    if (v < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
