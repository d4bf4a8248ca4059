/**
 * Closed word lists as bits, for markers.ts and stages.ts. Pure. A family is a kind (which day, which
 * stage of a case) and each group in it one member named by any of its words; a text's set of members
 * fits in 32 bits, and each family's mask tells "names another member" from "names none of the kind".
 */
export interface WordFamilies {
  /** Each word's bits (a word may stand in groups of several families). */
  bits: ReadonlyMap<string, number>;
  /** The bits of each family. */
  masks: readonly number[];
}

export function wordFamilies(families: readonly (readonly (readonly string[])[])[]): WordFamilies {
  const bits = new Map<string, number>();
  const masks: number[] = [];
  let next = 0;
  for (const family of families) {
    let mask = 0;
    for (const words of family) {
      const bit = (1 << next++) >>> 0;
      mask |= bit;
      for (const w of words) bits.set(w, ((bits.get(w) ?? 0) | bit) >>> 0);
    }
    masks.push(mask >>> 0);
  }
  if (next > 32) throw new Error(`word groups must fit in 32 bits, not ${next}`);
  return { bits, masks };
}
