import type { TaskModule } from '@wirefeed/core/contracts';
import { prepareDedup } from '@wirefeed/dedup/prepare';

/**
 * The deduplicator's task module, loaded into a fused process's task threads when the normalizer
 * first runs its item there (ADR 0024): the check's fingerprints and sketch, made from the new story
 * in the same trip. A lone deduplicator never loads it.
 */
export const tasks = { 'dedup.prepare': prepareDedup } satisfies TaskModule['tasks'];
