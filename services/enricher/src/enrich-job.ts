import type { Enrichment, StageHandler, StoryJob } from '@wirefeed/core';
import { Stage } from '@wirefeed/core';
import type { EnrichInput } from './enrich-input.ts';
import { enrichInputOf, enrichKey } from './enrich-input.ts';

export type { EnrichInput } from './enrich-input.ts';
export { enrichInputOf } from './enrich-input.ts';

/** The task that enriches a story ahead, on the thread that normalized it (fused, ADR 0024). */
export const ENRICH_PREPARE = 'enrich.prepare';

/** An enrichment made ahead, with the key of the input it was made from. */
export interface EnrichAhead {
  key: string;
  result: EnrichResult;
}

/** An enricher that failed on a story, as it crosses from a task thread. */
export interface EnricherFailure {
  code: string;
  message: string;
  enricher?: string;
  /** The failure's own message. */
  reason?: string;
}

/** `enrichStory`'s output as plain data (its errors' classes stay in the thread). */
export interface EnrichResult {
  language?: string;
  enrichment: Enrichment;
  failures: EnricherFailure[];
}

/** Runs `enrichStory`: in a task thread (the service), or in this thread (tests). */
export type Enrich = (story: EnrichInput) => Promise<EnrichResult>;

/**
 * Language, entities, places, subjects, keywords; an enricher that throws is recorded in
 * `enrichment.failed` and logged, never fatal.
 */
export function createEnrichHandler(enrich: Enrich): StageHandler<StoryJob> {
  return async (job, ctx) => {
    const ahead = ctx.prepared?.[ENRICH_PREPARE] as EnrichAhead | undefined;
    // Made ahead from the story normalize made: still this story's input unless a stage between changed it.
    const out = ahead?.key === enrichKey(job.story) ? ahead.result : await enrich(enrichInputOf(job.story));
    const language = job.story.language ?? out.language;
    const story = { ...job.story, ...(language ? { language } : {}), enrichment: out.enrichment };
    for (const failure of out.failures)
      ctx.log.warn(
        { code: failure.code, enricher: failure.enricher, reason: failure.reason },
        'enricher failed',
      );
    return { next: [{ queue: Stage.deliver, story }] };
  };
}
