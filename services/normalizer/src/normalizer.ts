import type { NormalizeJob, ServiceDeps, StageHandler, StoryJob, WirefeedService } from '@wirefeed/core';
import { createStageService, jobIds, Stage, traced } from '@wirefeed/core';
import { normalizeItem } from '@wirefeed/normalize';

/** Raw item → Story v1, handed to dedup under an id made of the story id and its content hash. */
export const normalizeHandler: StageHandler<NormalizeJob> = async (job, ctx) => {
  const story = traced(
    normalizeItem(job.item, {
      feedId: job.feedId,
      feedUrl: job.feedUrl,
      fetchedAt: job.fetchedAt,
      ...(job.feedTitle ? { feedTitle: job.feedTitle } : {}),
    }),
    Stage.normalize,
    ctx,
  );
  const data: StoryJob = { story, ...(job.run ? { run: job.run } : {}) };
  return { emits: [{ queue: Stage.dedup, jobId: jobIds.dedup(story.id, story.contentHash, job.run), data }] };
};

/** The normalizer service: consumes `normalize`, emits to `dedup`. */
export function createNormalizer(deps: ServiceDeps): WirefeedService {
  return createStageService(deps, { name: 'normalizer', queue: Stage.normalize, handler: normalizeHandler });
}
