import type { ServiceDeps, StageHandler, StoryJob, WirefeedService } from '@wirefeed/core';
import { createStageService, jobIds, Stage, traced } from '@wirefeed/core';
import { enrichStory, loadGazetteer } from '@wirefeed/enrich';

/** Language, entities, places, subjects, keywords; an enricher that throws is recorded in `enrichment.failed`, never fatal. */
export const enrichHandler: StageHandler<StoryJob> = async (job, ctx) => {
  const out = enrichStory(job.story);
  const language = job.story.language ?? out.language;
  const story = traced(
    { ...job.story, ...(language ? { language } : {}), enrichment: out.enrichment },
    Stage.enrich,
    ctx,
  );
  for (const err of out.errors ?? []) ctx.log.warn({ err, code: err.code }, 'enricher failed');
  const data: StoryJob = { story, ...(job.run ? { run: job.run } : {}) };
  return { emits: [{ queue: Stage.deliver, jobId: jobIds.deliver(story.id, story.version, job.run), data }] };
};

/**
 * The enricher service: consumes `enrich`, emits to `deliver`. The gazetteer (GeoNames cities) is
 * built here, before the worker takes a job, so the first story does not wait for it.
 */
export function createEnricher(deps: ServiceDeps): WirefeedService {
  loadGazetteer();
  return createStageService(deps, { name: 'enricher', queue: Stage.enrich, handler: enrichHandler });
}
