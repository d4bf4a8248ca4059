import type { ServiceFactory } from '@wirefeed/core';
import { createDeduplicator } from '@wirefeed/service-deduplicator';
import { createDeliverer } from '@wirefeed/service-deliverer';
import { createEnricher } from '@wirefeed/service-enricher';
import { createFetcher } from '@wirefeed/service-fetcher';
import { createNormalizer } from '@wirefeed/service-normalizer';
import { createScheduler } from '@wirefeed/service-scheduler';

/** Every service by name, in pipeline order. Checked at start: an unknown name is refused. */
export const SERVICES = {
  scheduler: (deps) => createScheduler(deps),
  fetcher: createFetcher,
  normalizer: createNormalizer,
  deduplicator: createDeduplicator,
  enricher: createEnricher,
  deliverer: createDeliverer,
} as const satisfies Record<string, ServiceFactory>;

export type ServiceName = keyof typeof SERVICES | 'dashboard';
export const SERVICE_NAMES = [...Object.keys(SERVICES), 'dashboard'] as ServiceName[];

/** The stages that carry items, without the scheduler: what a one-shot run needs. */
export const PIPELINE_SERVICES: readonly ServiceFactory[] = [
  SERVICES.fetcher,
  SERVICES.normalizer,
  SERVICES.deduplicator,
  SERVICES.enricher,
  SERVICES.deliverer,
];
