export { createNormalizer, indexingNormalizeHandler, normalizeHandler } from './normalizer.ts';
