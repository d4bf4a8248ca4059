export { detectLanguage } from './language.ts';
export type { NormalizeContext } from './normalize-item.ts';
export { normalizeItem } from './normalize-item.ts';
