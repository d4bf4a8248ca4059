export type { Normalize, NormalizeTask } from './normalizer.ts';
export {
  createNormalizeHandler,
  createNormalizer,
  indexingNormalizeHandler,
} from './normalizer.ts';
