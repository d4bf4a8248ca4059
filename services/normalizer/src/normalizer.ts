import type {
  Logger,
  NormalizeJob,
  RawItem,
  ServiceDeps,
  StageHandler,
  StageResult,
  Story,
  StoryJob,
  WirefeedService,
} from '@wirefeed/core';
import { createStageService, jobIds, Stage, traced } from '@wirefeed/core';
import type { NormalizeContext } from '@wirefeed/normalize';
import type { StoryIndex } from '@wirefeed/story-index';
import { createStoryIndex } from '@wirefeed/story-index';

/** One item for `normalizeItem`, as it crosses to a task thread. */
export interface NormalizeTask {
  item: RawItem;
  context: NormalizeContext;
}

/**
 * Runs `normalizeItem`: in a task thread (the service), or in this thread (tests). This module never
 * loads @wirefeed/normalize itself, so a process keeps one copy of it, in its threads.
 */
export type Normalize = (task: NormalizeTask) => Promise<Story>;

/** Raw item → Story v1, handed to dedup under an id made of the story id and its content hash. */
export function createNormalizeHandler(normalize: Normalize): StageHandler<NormalizeJob> {
  return async (job, ctx) => {
    const context: NormalizeContext = {
      feedId: job.feedId,
      feedUrl: job.feedUrl,
      fetchedAt: job.fetchedAt,
      ...(job.feedTitle ? { feedTitle: job.feedTitle } : {}),
    };
    const story = traced(await normalize({ item: job.item, context }), Stage.normalize, ctx);
    return forward(job, story);
  };
}

function forward(job: NormalizeJob, story: Story): StageResult {
  const data: StoryJob = {
    story,
    ...(job.run ? { run: job.run } : {}),
    // Handed on; the stage worker turns it into the replay's tag and keys the emitted job id with it.
    ...(job.replay ? { replay: job.replay } : {}),
  };
  return { emits: [{ queue: Stage.dedup, jobId: jobIds.dedup(story.id, story.contentHash, job.run), data }] };
}

/**
 * The normalize handler that also records each story in the story index (search, trace, replay).
 * Recorded after the story is queued; an index failure is logged, not retried: the index is a
 * convenience, and failing the job for it would hold stories back.
 */
export function indexingNormalizeHandler(
  index: StoryIndex,
  log: Logger,
  handler: StageHandler<NormalizeJob>,
): StageHandler<NormalizeJob> {
  return async (job, ctx) => {
    const result = await handler(job, ctx);
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

/**
 * The normalizer service: consumes `normalize`, emits to `dedup`, records stories in the story index.
 * `normalizeItem` runs on the process's task threads (`deps.threads`), each item within
 * `WIREFEED_ITEM_BUDGET`: hostile markup fails its item, never freezes the process.
 */
export function createNormalizer(deps: ServiceDeps): WirefeedService {
  deps.threads.use(new URL('./normalize-tasks.ts', import.meta.url));
  const pooled = createNormalizeHandler((task) => deps.threads.run<Story>('normalize', task));
  // One-shot runs (`process`) keep their state apart; only the services' stories are indexed.
  const handler =
    deps.statePrefix !== deps.keyPrefix
      ? pooled
      : indexingNormalizeHandler(
          createStoryIndex({
            redis: deps.connection,
            prefix: deps.keyPrefix,
            maxStories: deps.config.WIREFEED_STORY_INDEX_MAX,
            maxBytes: deps.config.WIREFEED_STORY_INDEX_MAX_BYTES,
          }),
          deps.log.child({ service: 'normalizer' }),
          pooled,
        );
  return createStageService(deps, { name: 'normalizer', queue: Stage.normalize, handler });
}
