import { detectLanguage as detectText } from '@wirefeed/normalize';
import type { Enricher } from './types.ts';

/**
 * ISO 639-1 code of the text's language, or undefined when too short or not confidently known.
 * The normalizer's detector (eld, measured best on short news text: ADR 0008), so a story gets the
 * same answer whichever stage asks.
 */
export function detectLanguage(headline: string, text: string): string | undefined {
  return detectText(`${headline}\n${text}`);
}

/** The story's language when it has one (declared, or detected at normalize), else detected here. */
export const languageEnricher: Enricher = {
  name: 'language',
  run: (input) => ({ language: input.language ?? detectLanguage(input.headline, input.text) }),
};
