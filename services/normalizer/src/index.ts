export type { Normalize, NormalizeTask } from './normalizer.ts';
export {
  createNormalizeHandler,
  createNormalizer,
} from './normalizer.ts';
