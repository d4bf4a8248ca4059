import type { Config } from './config.ts';
import { WirefeedError } from './errors.ts';
import type { Stage } from './stages.ts';
import { STAGES } from './stages.ts';

/** A queue a service consumes or emits: a stage's queue, or every sink's (`sink.<name>`). */
export type QueuePattern = Stage | 'sink.*';

/** The configuration variables that set how many jobs of a queue one process runs at once. */
export type ConcurrencyVariable = 'WIREFEED_CONCURRENCY' | 'WIREFEED_SINK_CONCURRENCY';

/** One service of the pipeline: where its code is, what it takes from Redis and what it adds. */
export interface ServiceSpec {
  /** The workspace package that holds it, imported only when the service is run. */
  package: string;
  /** What the package exports to start it: a `ServiceFactory`, or for the dashboard its runner. */
  entry: string;
  /** Each queue its workers take jobs from, with the variable that sets their concurrency. */
  consumes: Partial<Record<QueuePattern, ConcurrencyVariable>>;
  /** The queues it adds jobs to. */
  emits: readonly QueuePattern[];
}

/**
 * Every service Wirefeed runs, in flow order: the one list the CLI (`wirefeed service NAME`,
 * `start`, `process`), the compose file's test, the test rigs and the bench derive from. Checked
 * at start (`checkRegistry`): each queue has exactly one consuming service, and every queue a
 * service emits to has one.
 */
export const SERVICES = {
  scheduler: {
    package: '@wirefeed/service-scheduler',
    entry: 'createScheduler',
    consumes: {},
    emits: ['fetch'],
  },
  fetcher: {
    package: '@wirefeed/service-fetcher',
    entry: 'createFetcher',
    consumes: { fetch: 'WIREFEED_CONCURRENCY' },
    // Its next poll, rescheduled after each fetch, and the items it read.
    emits: ['fetch', 'normalize'],
  },
  normalizer: {
    package: '@wirefeed/service-normalizer',
    entry: 'createNormalizer',
    consumes: { normalize: 'WIREFEED_CONCURRENCY' },
    emits: ['dedup'],
  },
  deduplicator: {
    package: '@wirefeed/service-deduplicator',
    entry: 'createDeduplicator',
    consumes: { dedup: 'WIREFEED_CONCURRENCY' },
    emits: ['enrich'],
  },
  enricher: {
    package: '@wirefeed/service-enricher',
    entry: 'createEnricher',
    consumes: { enrich: 'WIREFEED_CONCURRENCY' },
    emits: ['deliver'],
  },
  deliverer: {
    package: '@wirefeed/service-deliverer',
    entry: 'createDeliverer',
    consumes: { deliver: 'WIREFEED_CONCURRENCY', 'sink.*': 'WIREFEED_SINK_CONCURRENCY' },
    emits: ['sink.*'],
  },
  dashboard: {
    package: '@wirefeed/service-dashboard',
    entry: 'runDashboard',
    consumes: {},
    // "Fetch now", WebSub pushes and replays; retrying a failed job moves it within its own queue.
    emits: ['fetch', 'normalize'],
  },
} as const satisfies Record<string, ServiceSpec>;

export type ServiceName = keyof typeof SERVICES;
export const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];

/** The services that run stage workers (a `ServiceFactory` each): every one but the dashboard. */
export type WorkerServiceName = Exclude<ServiceName, 'dashboard'>;
export const WORKER_SERVICES = SERVICE_NAMES.filter((n): n is WorkerServiceName => n !== 'dashboard');

/** The services that carry items from a fetch to the sinks: what a one-shot run (`process`) starts. */
export const PIPELINE_SERVICES = WORKER_SERVICES.filter((n) => Object.keys(SERVICES[n].consumes).length > 0);
export type PipelineServiceName = (typeof PIPELINE_SERVICES)[number];

export function isServiceName(name: string): name is ServiceName {
  return Object.hasOwn(SERVICES, name);
}

function patternOf(queue: string): QueuePattern | undefined {
  if (queue.startsWith('sink.')) return 'sink.*';
  return (STAGES as readonly string[]).includes(queue) ? (queue as Stage) : undefined;
}

/** The service whose workers take `queue`'s jobs (`sink.<name>` → the deliverer). */
export function consumerOf(queue: string, registry: Record<string, ServiceSpec> = SERVICES): string {
  const pattern = patternOf(queue);
  const name = Object.keys(registry).find((n) => pattern && registry[n]?.consumes[pattern] !== undefined);
  if (!name) throw new WirefeedError('WF_E_INTERNAL', `no service consumes the queue "${queue}"`);
  return name;
}

/** The concrete queues a service consumes, with `sink.*` as one queue per sink. */
export function queuesOf(name: ServiceName, sinkNames: readonly string[]): string[] {
  return Object.keys(SERVICES[name].consumes).flatMap((q) =>
    q === 'sink.*' ? sinkNames.map((s) => `sink.${s}`) : [q],
  );
}

/** The variable that sets the concurrency of `name`'s workers on `queue`, when it is a known pair. */
export function concurrencyFor(config: Config, name: string, queue: string): number | undefined {
  const pattern = patternOf(queue);
  const spec: ServiceSpec | undefined = isServiceName(name) ? SERVICES[name] : undefined;
  const variable = pattern ? spec?.consumes[pattern] : undefined;
  return variable ? config[variable] : undefined;
}

/**
 * The registry's own invariants, checked at every start: each queue is consumed by exactly one
 * service (two would split its jobs between two handlers; none would leave them waiting), and every
 * queue a service emits to is consumed by one.
 */
export function checkRegistry(registry: Record<string, ServiceSpec> = SERVICES): void {
  const queues: QueuePattern[] = [...STAGES, 'sink.*'];
  for (const queue of queues) {
    const consumers = Object.keys(registry).filter((n) => registry[n]?.consumes[queue] !== undefined);
    if (consumers.length !== 1) {
      throw new WirefeedError(
        'WF_E_INTERNAL',
        `queue "${queue}" must have exactly one consuming service, has ${consumers.length}${consumers.length ? ` (${consumers.join(', ')})` : ''}`,
      );
    }
  }
  for (const [name, spec] of Object.entries(registry)) {
    for (const queue of [...Object.keys(spec.consumes), ...spec.emits]) {
      if (!(queues as string[]).includes(queue))
        throw new WirefeedError('WF_E_INTERNAL', `service "${name}" names an unknown queue "${queue}"`);
    }
  }
}

/**
 * Workers that started in one process must take the queues the registry gives their service, and
 * no queue twice: a service named in the registry that consumes another queue is a wiring mistake.
 */
export function checkWorkers(
  services: readonly { name: string; workers: readonly { name: string }[] }[],
): void {
  const taken = new Map<string, string>();
  for (const service of services) {
    for (const worker of service.workers) {
      const other = taken.get(worker.name);
      if (other !== undefined) {
        throw new WirefeedError(
          'WF_E_INTERNAL',
          `queue "${worker.name}" has two consumers in this process: ${other} and ${service.name}`,
        );
      }
      taken.set(worker.name, service.name);
      if (!isServiceName(service.name)) continue;
      const spec: ServiceSpec = SERVICES[service.name];
      const pattern = patternOf(worker.name);
      if (!pattern || spec.consumes[pattern] === undefined) {
        throw new WirefeedError(
          'WF_E_INTERNAL',
          `service "${service.name}" runs a worker on "${worker.name}", which the registry gives to ${consumerOf(worker.name)}`,
        );
      }
    }
  }
}
