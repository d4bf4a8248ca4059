import type { TaskModule } from '@wirefeed/core/contracts';
import { loadGazetteer } from '@wirefeed/enrich';
import { enrichToResult } from './enrich-result.ts';

/** The enricher's task module, loaded into the process's task threads (see createEnricher). */
export const tasks = { enrich: enrichToResult } satisfies TaskModule['tasks'];

/** Built when a thread loads the module, so the first story does not wait for the gazetteer. */
export function warm(): void {
  loadGazetteer();
}
