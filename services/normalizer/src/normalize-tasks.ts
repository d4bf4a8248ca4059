import type { TaskModule } from '@wirefeed/core/contracts';
import { normalizeItem } from '@wirefeed/normalize';
import type { NormalizeTask } from './normalizer.ts';

/** The normalizer's task module, loaded into the process's task threads (see createNormalizer). */
export const tasks = {
  normalize: (task: NormalizeTask) => normalizeItem(task.item, task.context),
} satisfies TaskModule['tasks'];
