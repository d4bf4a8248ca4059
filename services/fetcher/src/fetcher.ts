import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { createStageService, createTaskPool, Stage } from '@wirefeed/core';
import type { ParseFeedOptions } from '@wirefeed/feeds';
import { createFetchHandler } from '@wirefeed/feeds/poll';
import type { SelectedFeed, SelectOptions } from '@wirefeed/feeds/read';
import { parseAndSelect } from '@wirefeed/feeds/read';

/**
 * A big feed is read on a thread of the fetcher's own, within this budget and heap, stopped once idle
 * so its memory goes back; the event loop never waits for it. There an XML feed is read a slice of a
 * few hundred items at a time (`parseInSlices`), keeping only the items it takes; one that cannot be
 * cut so (JSON, or a slice that does not parse) is read whole. Not on the event loop: the garbage of
 * 100,000 items' slices grew the main heap by 150 MB (peak RSS of `start` 553–612 MB on the flood of
 * test/bounded-work.e2e.test.ts), where a thread's small young generation collects it as it goes.
 */
const PARSE_BUDGET_MS = 60_000;
const PARSE_HEAP_MB = 512;
/** Bodies smaller than this are read whole on the event loop: a few milliseconds. */
const WHOLE_PARSE_BYTES = 256 * 1024;

/**
 * The fetcher service: consumes `fetch` (one feed poll per job), emits to `normalize`. The polling
 * itself, and its binding to the store, the schedulers and the config, live in @wirefeed/feeds/poll;
 * this gives it a reader that keeps big feeds off the event loop.
 */
export function createFetcher(deps: ServiceDeps): WirefeedService {
  const log = deps.log.child({ service: 'fetcher' });
  const parsing = createTaskPool({
    name: 'fetch',
    threads: 1,
    budgetMs: PARSE_BUDGET_MS,
    maxHeapMb: PARSE_HEAP_MB,
    idleMs: 5_000,
    log,
  });
  parsing.use(new URL('./fetch-tasks.ts', import.meta.url));
  const read = async (body: Uint8Array, options: ParseFeedOptions, select: SelectOptions) => {
    if (body.length < WHOLE_PARSE_BYTES) return parseAndSelect(body, options, select);
    return parsing.run<SelectedFeed>('read', { body, options, select });
  };
  const handler = createFetchHandler({ ...deps, log }, read);
  const service = createStageService(deps, { name: 'fetcher', queue: Stage.fetch, handler });
  return { ...service, close: () => parsing.close() };
}
