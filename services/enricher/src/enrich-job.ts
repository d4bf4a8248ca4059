import type { Enrichment, StageHandler, Story, StoryJob } from '@wirefeed/core';
import { Stage } from '@wirefeed/core';

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

/**
 * What enrichment reads of a story, and all that crosses to its task thread: the body's HTML, the
 * source, media and trace stay here (structured-cloning them cost the main thread for nothing).
 */
export type EnrichInput = Pick<Story, 'headline' | 'language' | 'dateline'> & { body: { text: string } };

export function enrichInputOf(story: Story): EnrichInput {
  return {
    headline: story.headline,
    body: { text: story.body.text },
    ...(story.language !== undefined ? { language: story.language } : {}),
    ...(story.dateline !== undefined ? { dateline: story.dateline } : {}),
  };
}

/** Runs `enrichStory`: in a task thread (the service), or in this thread (tests). */
export type Enrich = (story: EnrichInput) => Promise<EnrichResult>;

/**
 * Language, entities, places, subjects, keywords; an enricher that throws is recorded in
 * `enrichment.failed` and logged, never fatal.
 */
export function createEnrichHandler(enrich: Enrich): StageHandler<StoryJob> {
  return async (job, ctx) => {
    const out = await enrich(enrichInputOf(job.story));
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
