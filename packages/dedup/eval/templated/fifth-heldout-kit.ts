import type { Label, Pair, Side } from './kit.ts';
import { pairMaker, side } from './kit.ts';

export { reprint, story } from './fourth-heldout-kit.ts';

export const split = 'heldout-5' as const;

/** A pair of the fifth held-out part from one template: a copy is kind `template-copy`. */
export function pair(id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair {
  return pairMaker(family, split)(id, a, b, note, label);
}

/**
 * A pair of two stories of one affair: `distinct` for two stages (the later recounts the earlier and
 * shares its names and background), a reprint, correction or cut of one stage is an ordinary `copy`.
 */
export function stagePair(id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair {
  return pairMaker(family, split, { copyKind: 'copy' })(id, a, b, note, label);
}

/** The same story cut to its first paragraphs, as outlets run a brief from a longer agency item. */
export function shortened(original: Side, feed: string, slug: string, headline: string, keep: number): Side {
  return side(feed, slug, headline, original.body.split('\n\n').slice(0, keep).join('\n\n'));
}
