import type { ServiceFactory, WorkerServiceName } from '@wirefeed/core';
import { PIPELINE_SERVICES, SERVICES, WirefeedError, WORKER_SERVICES } from '@wirefeed/core';

/**
 * A service's factory, imported when it is run from the package the registry (`SERVICES` in core)
 * names: a process running one stage loads only that stage's code and data (the enricher's
 * gazetteer, the normalizer's language models), not every stage's.
 */
export async function loadService(name: WorkerServiceName): Promise<ServiceFactory> {
  const spec = SERVICES[name];
  const module = (await import(spec.package)) as Record<string, unknown>;
  const factory = module[spec.entry];
  if (typeof factory !== 'function') {
    throw new WirefeedError(
      'WF_E_INTERNAL',
      `${spec.package} does not export ${spec.entry} (service ${name})`,
    );
  }
  return factory as ServiceFactory;
}

export function loadServices(names: readonly WorkerServiceName[]): Promise<ServiceFactory[]> {
  return Promise.all(names.map(loadService));
}

/** Every service with stage workers: what `wirefeed start` runs beside the dashboard. */
export const loadWorkerServices = (): Promise<ServiceFactory[]> => loadServices(WORKER_SERVICES);

/** The stages that carry items, without the scheduler: what a one-shot run needs. */
export const loadPipeline = (): Promise<ServiceFactory[]> => loadServices(PIPELINE_SERVICES);
