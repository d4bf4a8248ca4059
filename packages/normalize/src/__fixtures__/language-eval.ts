// Short news texts for measuring language detection: a headline and the first paragraph, as the
// normalizer sees them, written for this set (no copied agency copy). Seven per language (16 languages): four
// ordinary stories, one thick with foreign names, one more ordinary or regional variant, and a bare
// headline. Spanish/Portuguese and Dutch/German are close pairs on purpose, as are Chinese and the
// kanji-heavy Japanese. `docs/adr/0008-language-detection.md` has the figures measured on it.

import { EUROPE_EVAL } from './language-eval-europe.ts';
import type { LanguageSample } from './language-eval-sample.ts';
import { WORLD_EVAL } from './language-eval-world.ts';

export type { LanguageSample, LanguageSampleKind } from './language-eval-sample.ts';
export { sampleText } from './language-eval-sample.ts';

export const LANGUAGE_EVAL: readonly LanguageSample[] = [...EUROPE_EVAL, ...WORLD_EVAL];
