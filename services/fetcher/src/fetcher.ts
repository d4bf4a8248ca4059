import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { createStageService, createTaskPool, Stage } from '@wirefeed/core';
import type { ParseFeedOptions } from '@wirefeed/feeds';
import { createFetchHandler } from '@wirefeed/feeds/poll';
import type { SelectedFeed, SelectOptions } from '@wirefeed/feeds/read';
import { parseAndSelect, parseInSlices } from '@wirefeed/feeds/read';

/**
 * A big XML feed is read on the event loop a slice of a few hundred items at a time (`parseInSlices`:
 * milliseconds each, then the loop's turn), keeping only the items it takes. One that cannot be cut
 * so (JSON, or a slice that does not parse) is read whole on a thread of the fetcher's own, within this
 * budget and heap, stopped once idle so its memory goes back; the event loop never waits for it.
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
    const sliced = await parseInSlices(body, options, select).catch(() => undefined);
    return sliced ?? parsing.run<SelectedFeed>('read', { body, options, select });
  };
  const handler = createFetchHandler({ ...deps, log }, read);
  const service = createStageService(deps, { name: 'fetcher', queue: Stage.fetch, handler });
  return { ...service, close: () => parsing.close() };
}
