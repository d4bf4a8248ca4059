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

/** A story, and what the thread that made it computed ahead for the stages after it (fused). */
export interface Normalized {
  story: Story;
  prepared?: Readonly<Record<string, unknown>>;
}

/**
 * Runs `normalizeItem`: in a task thread (the service), or in this thread (tests). This module never
 * loads @wirefeed/normalize itself, so a process keeps one copy of it, in its threads.
 */
export type Normalize = (task: NormalizeTask) => Promise<Normalized>;

/** Raw item → Story v1, handed to dedup under an id made of the story id and its content hash. */
export function createNormalizeHandler(normalize: Normalize): StageHandler<NormalizeJob> {
  return async (job) => {
    const context: NormalizeContext = {
      feedId: job.feedId,
      feedUrl: job.feedUrl,
      fetchedAt: job.fetchedAt,
      ...(job.feedTitle ? { feedTitle: job.feedTitle } : {}),
    };
    const { story, prepared } = await normalize({ item: job.item, context });
    return { next: [{ queue: Stage.dedup, story }], ...(prepared ? { prepared } : {}) };
  };
}

/**
 * The normalizer service: consumes `normalize`, emits to `dedup`, records stories in the story index.
 * `normalizeItem` runs on the process's task threads (`deps.threads`), each item within
 * `WIREFEED_ITEM_BUDGET`: hostile markup fails its item, never freezes the process.
 */
export function createNormalizer(deps: ServiceDeps): WirefeedService {
  deps.threads.use(new URL('./normalize-tasks.ts', import.meta.url));
  // Fused (ADR 0024): the stages after this one that run inline here (dedup's fingerprints, the
  // enrichment) are computed in the same thread trip, so the story crosses the boundary once.
  const pooled = createNormalizeHandler(async (task) => {
    const ahead = deps.local?.preparations() ?? [];
    if (ahead.length === 0) return { story: await deps.threads.run<Story>('normalize', task) };
    // Loaded on first use: a lone stage never loads what only a fused process needs.
    for (const p of ahead) deps.threads.use(p.module);
    const out = await deps.threads.runAhead<Story>(
      'normalize',
      task,
      ahead.map((p) => p.task),
    );
    return { story: out.value, prepared: out.ahead };
  });
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
