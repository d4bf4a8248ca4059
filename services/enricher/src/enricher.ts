import type { ServiceDeps, WirefeedService } from '@wirefeed/core';
import { createStageService, Stage } from '@wirefeed/core';
import type { EnrichResult } from './enrich-job.ts';
import { createEnrichHandler, ENRICH_PREPARE } from './enrich-job.ts';

/**
 * The enricher service: consumes `enrich`, emits to `deliver`. `enrichStory` runs on the process's
 * task threads (`deps.threads`; each builds the gazetteer when it loads the module, before it takes a
 * story), each story within `WIREFEED_ITEM_BUDGET`. This thread never loads @wirefeed/enrich.
 */
export function createEnricher(deps: ServiceDeps): WirefeedService {
  const module = new URL('./enrich-tasks.ts', import.meta.url);
  deps.threads.use(module);
  deps.local?.prepare(Stage.enrich, { task: ENRICH_PREPARE, module });
  const handler = createEnrichHandler((story) => deps.threads.run<EnrichResult>('enrich', story));
  return createStageService(deps, { name: 'enricher', queue: Stage.enrich, handler });
}
