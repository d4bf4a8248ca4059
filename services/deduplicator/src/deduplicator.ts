import type { ServiceDeps, StageHandler, StoryJob, WirefeedService } from '@wirefeed/core';
import { createStageService, parseDuration, Stage } from '@wirefeed/core';
import type { DedupIndex, DuplicatePolicy } from '@wirefeed/dedup';
import { createDedupIndex, describeDecision, prepFor, routeDecision } from '@wirefeed/dedup';

/** The task that makes a check's fingerprints ahead, on the thread that normalized the story. */
export const DEDUP_PREPARE = 'dedup.prepare';

export function createDedupHandler(deps: {
  index: DedupIndex;
  policy: DuplicatePolicy;
}): StageHandler<StoryJob> {
  return async (job, ctx) => {
    const prep = prepFor(job.story, ctx.prepared?.[DEDUP_PREPARE]);
    const seen = await deps.index.checkAndInsert(job.story, ctx.token, prep);
    // A replay (`wirefeed replay`, the dashboard) asks for the story to flow again: its recorded
    // decision is applied once more instead of dropping it as unchanged. The sinks still write each
    // (id, version) once.
    const decision = job.replay && seen.kind === 'unchanged' ? { ...seen, kind: 'replay' as const } : seen;
    const routing = routeDecision(job.story, decision, deps.policy);
    ctx.log.debug(
      {
        decision: decision.kind,
        version: decision.version,
        method: decision.result.method,
        possibleDuplicateOf: decision.result.possibleDuplicateOf,
      },
      'dedup decided',
    );
    ctx.note(describeDecision(decision, routing));
    // Only once the decision is applied does the index stop replaying it: a crash in between re-runs it.
    const afterEmit = () => deps.index.markForwarded(job.story);
    if ('drop' in routing) return { outcome: routing.drop, afterEmit };
    return { next: [{ queue: Stage.enrich, story: routing.forward }], afterEmit };
  };
}

/** The deduplicator service: consumes `dedup`, drops (or marks) duplicates, emits to `enrich`. */
export function createDeduplicator(deps: ServiceDeps): WirefeedService {
  const index = createDedupIndex({
    redis: deps.connection,
    prefix: deps.statePrefix,
    windowSeconds: parseDuration(deps.config.WIREFEED_DEDUP_WINDOW) / 1000,
    maxStories: deps.config.WIREFEED_DEDUP_MAX_STORIES,
    maxBytes: deps.config.WIREFEED_DEDUP_MAX_BYTES,
  });
  deps.local?.prepare(Stage.dedup, {
    task: DEDUP_PREPARE,
    module: new URL('./dedup-tasks.ts', import.meta.url),
  });
  return createStageService(deps, {
    name: 'deduplicator',
    queue: Stage.dedup,
    handler: createDedupHandler({ index, policy: deps.config.WIREFEED_DUPLICATES }),
  });
}
