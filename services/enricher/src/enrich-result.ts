import { enrichStory } from '@wirefeed/enrich';
import type { EnrichInput, EnrichResult } from './enrich-job.ts';

/**
 * The text enrichment reads: the first 200,000 characters of the body (a wire story is a few
 * thousand; a 15 MB body would take the enrich thread past its heap). Names, places and subjects come
 * from the top of a story anyway; the word count is of what was read.
 */
export const ENRICH_TEXT_CHARS = 200_000;

/** `enrichStory` as plain data that can cross threads: each failure with its enricher and reason. */
export function enrichToResult(story: EnrichInput): EnrichResult {
  const text = story.body.text;
  const read =
    text.length > ENRICH_TEXT_CHARS
      ? { ...story, body: { ...story.body, text: text.slice(0, ENRICH_TEXT_CHARS) } }
      : story;
  const out = enrichStory(read);
  return {
    ...(out.language ? { language: out.language } : {}),
    enrichment: out.enrichment,
    failures: (out.errors ?? []).map((err) => ({
      code: err.code,
      message: err.message,
      ...(typeof err.details?.enricher === 'string' ? { enricher: err.details.enricher } : {}),
      ...(err.cause instanceof Error ? { reason: err.cause.message } : {}),
    })),
  };
}
