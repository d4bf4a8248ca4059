import type { ServiceFactory } from '@wirefeed/core';

/**
 * Each service's factory, loaded on demand: a process running one stage loads only that stage's code
 * and data (the enricher's gazetteer, the normalizer's language models), not every stage's.
 */
export const SERVICE_LOADERS = {
  scheduler: async () => (await import('@wirefeed/service-scheduler')).createScheduler,
  fetcher: async () => (await import('@wirefeed/service-fetcher')).createFetcher,
  normalizer: async () => (await import('@wirefeed/service-normalizer')).createNormalizer,
  deduplicator: async () => (await import('@wirefeed/service-deduplicator')).createDeduplicator,
  enricher: async () => (await import('@wirefeed/service-enricher')).createEnricher,
  deliverer: async () => (await import('@wirefeed/service-deliverer')).createDeliverer,
} as const satisfies Record<string, () => Promise<(...args: never[]) => unknown>>;

export type StageServiceName = keyof typeof SERVICE_LOADERS;

export async function loadService(name: StageServiceName): Promise<ServiceFactory> {
  return (await SERVICE_LOADERS[name]()) as ServiceFactory;
}
