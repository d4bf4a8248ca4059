import type { Label, Pair, Side } from './kit.ts';
import { pairMaker, prng } from './kit.ts';

export { shortened } from './fifth-heldout-kit.ts';
export { reprint, story } from './fourth-heldout-kit.ts';

export const split = 'heldout-7' as const;

/** A pair of the seventh held-out part from one template: a copy is kind `template-copy`. */
export function pair(id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair {
  return pairMaker(family, split)(id, a, b, note, label);
}

/**
 * A pair of two stories of one affair, or of a preview and its report: `distinct` for two stages (the
 * later recounts the earlier and shares its names and background); a reprint, update or cut of one stage
 * is an ordinary `copy`.
 */
export function stagePair(id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair {
  return pairMaker(family, split, { copyKind: 'copy' })(id, a, b, note, label);
}

/** A seeded figure source per family, so the tables never change between runs. */
export function figures(family: string): (lo: number, hi: number) => number {
  const r = prng(`heldout-7:${family}`);
  return (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
}
