import type {
  NormalizeJob,
  RawItem,
  ServiceDeps,
  StageHandler,
  Story,
  WirefeedService,
} from '@wirefeed/core';
import { createStageService, Stage } from '@wirefeed/core';
import type { NormalizeContext } from '@wirefeed/normalize';
import { createStoryIndex, recordingStories } from '@wirefeed/story-index';

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
  return async (job) => {
    const context: NormalizeContext = {
      feedId: job.feedId,
      feedUrl: job.feedUrl,
      fetchedAt: job.fetchedAt,
      ...(job.feedTitle ? { feedTitle: job.feedTitle } : {}),
    };
    const story = await normalize({ item: job.item, context });
    return { next: [{ queue: Stage.dedup, story }] };
  };
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
      : recordingStories(
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
