import type {
  Logger,
  NormalizeJob,
  ServiceDeps,
  StageHandler,
  Story,
  StoryJob,
  WirefeedService,
} from '@wirefeed/core';
import { createStageService, jobIds, Stage, traced } from '@wirefeed/core';
import { normalizeItem } from '@wirefeed/normalize';
import type { StoryIndex } from '@wirefeed/story-index';
import { createStoryIndex } from '@wirefeed/story-index';

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
  const data: StoryJob = {
    story,
    ...(job.run ? { run: job.run } : {}),
    // Handed on; the stage worker turns it into the replay's tag and keys the emitted job id with it.
    ...(job.replay ? { replay: job.replay } : {}),
  };
  return { emits: [{ queue: Stage.dedup, jobId: jobIds.dedup(story.id, story.contentHash, job.run), data }] };
};

/**
 * The normalize handler that also records each story in the story index (search, trace, replay).
 * Recorded after the story is queued; an index failure is logged, not retried: the index is a
 * convenience, and failing the job for it would hold stories back.
 */
export function indexingNormalizeHandler(index: StoryIndex, log: Logger): StageHandler<NormalizeJob> {
  return async (job, ctx) => {
    const result = await normalizeHandler(job, ctx);
    const story = (result.emits?.[0]?.data as StoryJob | undefined)?.story;
    if (!story) return result;
    return { ...result, afterEmit: () => recordStory(index, job, story, ctx.jobId, log) };
  };
}

async function recordStory(
  index: StoryIndex,
  job: NormalizeJob,
  story: Story,
  jobId: string,
  log: Logger,
): Promise<void> {
  try {
    await index.record({
      id: story.id,
      headline: story.headline,
      feedId: story.source.feedId,
      urls: [story.source.url, story.source.canonicalUrl, story.source.guid],
      contentHash: story.contentHash,
      normalizeJobId: jobId,
      raw: job,
    });
  } catch (err) {
    log.warn({ err, storyId: story.id }, 'story index not updated');
  }
}

/** The normalizer service: consumes `normalize`, emits to `dedup`, records stories in the story index. */
export function createNormalizer(deps: ServiceDeps): WirefeedService {
  // One-shot runs (`process`) keep their state apart; only the services' stories are indexed.
  if (deps.statePrefix !== deps.keyPrefix) {
    return createStageService(deps, {
      name: 'normalizer',
      queue: Stage.normalize,
      handler: normalizeHandler,
    });
  }
  const index = createStoryIndex({
    redis: deps.connection,
    prefix: deps.keyPrefix,
    maxStories: deps.config.WIREFEED_STORY_INDEX_MAX,
    maxBytes: deps.config.WIREFEED_STORY_INDEX_MAX_BYTES,
  });
  return createStageService(deps, {
    name: 'normalizer',
    queue: Stage.normalize,
    handler: indexingNormalizeHandler(index, deps.log.child({ service: 'normalizer' })),
  });
}
