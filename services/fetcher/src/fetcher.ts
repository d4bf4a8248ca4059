import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { createStageWorker, Stage } from '@wirefeed/core';
import { createFetchHandler } from './fetch-handler.ts';

/** The fetcher service: consumes `fetch` (one feed poll per job), emits to `normalize`. */
export function createFetcher(deps: ServiceDeps): WirefeedService {
  const worker = createStageWorker({
    queue: Stage.fetch,
    connection: deps.connection,
    producer: deps.producer,
    prefix: deps.queuePrefix,
    keyPrefix: deps.keyPrefix,
    log: deps.log.child({ service: 'fetcher' }),
    handler: createFetchHandler(),
    concurrency: deps.config.WIREFEED_CONCURRENCY,
  });
  return { name: 'fetcher', workers: [worker] };
}
