import { partKit } from './kit.ts';

export {
  cutLast,
  houseStyle,
  merged,
  newIntro,
  reprint,
  resplit,
  shortened,
  sourced,
  story,
  tableTop,
  version,
} from './tenth-heldout-kit.ts';

/** The eleventh held-out part's pairs and figures (see `partKit`). */
export const { split, pair, stagePair, figures } = partKit('heldout-11');
