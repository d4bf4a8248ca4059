export { createNormalizer, normalizeHandler } from './normalizer.ts';
