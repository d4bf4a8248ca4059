// Short news texts for measuring language detection: a headline and the first paragraph, as the
// normalizer sees them, written for this set (no copied agency copy). Seven per language (16 languages): four
// ordinary stories, one thick with foreign names, one more ordinary or regional variant, and a bare
// headline. Spanish/Portuguese and Dutch/German are close pairs on purpose, as are Chinese and the
// kanji-heavy Japanese. `docs/adr/0008-language-detection.md` has the figures measured on it.

/** What makes a sample hard: a bare headline, or a text whose names come from another language. */
export type LanguageSampleKind = 'story' | 'names' | 'headline';

export interface LanguageSample {
  /** ISO 639-1 code of the text's language. */
  lang: string;
  kind: LanguageSampleKind;
  headline: string;
  /** The first paragraph; empty for a bare headline. */
  lead: string;
}

export const s = (lang: string, headline: string, lead: string): LanguageSample => ({
  lang,
  kind: 'story',
  headline,
  lead,
});
export const n = (lang: string, headline: string, lead: string): LanguageSample => ({
  lang,
  kind: 'names',
  headline,
  lead,
});
export const h = (lang: string, headline: string): LanguageSample => ({
  lang,
  kind: 'headline',
  headline,
  lead: '',
});

/** The text a detector is given: headline and lead, as normalizeItem joins them. */
export function sampleText(sample: LanguageSample): string {
  return sample.lead ? `${sample.headline}\n${sample.lead}` : sample.headline;
}
