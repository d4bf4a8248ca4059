import { partKit } from './kit.ts';

export { shortened } from './fifth-heldout-kit.ts';
export { reprint, story } from './fourth-heldout-kit.ts';

/** The ninth held-out part's pairs and figures (see `partKit`). */
export const { split, pair, stagePair, figures } = partKit('heldout-9');
