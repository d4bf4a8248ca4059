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

/**
 * A group of words, or one added to its family after sets were stored: a `late` group takes a bit
 * after every plain group's, so the bits stored sketches hold keep their meaning.
 */
export type WordGroup = readonly string[] | { readonly late: readonly string[] };

export function wordFamilies(families: readonly (readonly WordGroup[])[]): WordFamilies {
  const bits = new Map<string, number>();
  const masks = families.map(() => 0);
  let next = 0;
  const place = (late: boolean) => {
    families.forEach((family, f) => {
      for (const group of family) {
        const words = 'late' in group ? group.late : group;
        if ('late' in group !== late) continue;
        const bit = (1 << next++) >>> 0;
        masks[f] = ((masks[f] ?? 0) | bit) >>> 0;
        for (const w of words) bits.set(w, ((bits.get(w) ?? 0) | bit) >>> 0);
      }
    });
  };
  place(false);
  place(true);
  if (next > 32) throw new Error(`word groups must fit in 32 bits, not ${next}`);
  return { bits, masks };
}
