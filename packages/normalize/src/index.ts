export type { NormalizeContext } from './normalize-item.ts';
export { normalizeItem } from './normalize-item.ts';
