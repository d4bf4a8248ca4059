import type { Story, TaskModule } from '@wirefeed/core/contracts';
import { loadGazetteer } from '@wirefeed/enrich';
import { enrichInputOf, enrichKey } from './enrich-input.ts';
import type { EnrichAhead } from './enrich-job.ts';
import { enrichToResult } from './enrich-result.ts';

/**
 * The enricher's task module, loaded into the process's task threads (see createEnricher).
 * `enrich.prepare` enriches a story the normalizer just made, in the same trip (fused, ADR 0024).
 */
export const tasks = {
  enrich: enrichToResult,
  'enrich.prepare': (story: Story): EnrichAhead => ({
    key: enrichKey(story),
    result: enrichToResult(enrichInputOf(story)),
  }),
} satisfies TaskModule['tasks'];

/** Built when a thread loads the module, so the first story does not wait for the gazetteer. */
export function warm(): void {
  loadGazetteer();
}
