import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import type { ServiceSpec } from './services.ts';
import {
  checkRegistry,
  checkWorkers,
  concurrencyFor,
  consumerOf,
  PIPELINE_SERVICES,
  queuesOf,
  SERVICES,
  WORKER_SERVICES,
} from './services.ts';

const spec = (consumes: ServiceSpec['consumes'], emits: ServiceSpec['emits'] = []): ServiceSpec => ({
  package: 'x',
  entry: 'x',
  consumes,
  emits,
});

describe('the service registry', () => {
  it('holds: every queue has exactly one consumer, every emitted queue has one', () => {
    expect(() => checkRegistry()).not.toThrow();
    expect(consumerOf('dedup')).toBe('deduplicator');
    expect(consumerOf('sink.archive')).toBe('deliverer');
  });

  it('refuses a queue with two consumers, or none, naming it', () => {
    expect(() => checkRegistry({ ...SERVICES, twin: spec({ enrich: 'WIREFEED_CONCURRENCY' }) })).toThrow(
      /queue "enrich" must have exactly one consuming service, has 2 \(enricher, twin\)/,
    );
    const { enricher: _, ...without } = SERVICES;
    expect(() => checkRegistry(without)).toThrow(
      /queue "enrich" must have exactly one consuming service, has 0/,
    );
  });

  it('derives the pipeline, the worker services and their queues', () => {
    expect(PIPELINE_SERVICES).toEqual(['fetcher', 'normalizer', 'deduplicator', 'enricher', 'deliverer']);
    expect(WORKER_SERVICES).toEqual(['scheduler', ...PIPELINE_SERVICES]);
    expect(queuesOf('deliverer', ['file', 'hook'])).toEqual(['deliver', 'sink.file', 'sink.hook']);
    const config = { ...loadConfig({}), WIREFEED_CONCURRENCY: 3, WIREFEED_SINK_CONCURRENCY: 7 };
    expect(concurrencyFor(config, 'deliverer', 'sink.file')).toBe(7);
    expect(concurrencyFor(config, 'enricher', 'enrich')).toBe(3);
    expect(concurrencyFor(config, 'websub-renewals', 'enrich')).toBeUndefined();
  });

  it('refuses workers on a queue their service does not own, or a queue taken twice in one process', () => {
    const worker = (name: string) => ({ name });
    expect(() => checkWorkers([{ name: 'enricher', workers: [worker('dedup')] }])).toThrow(
      /service "enricher" runs a worker on "dedup", which the registry gives to deduplicator/,
    );
    expect(() =>
      checkWorkers([
        { name: 'enricher', workers: [worker('enrich')] },
        { name: 'test-stage', workers: [worker('enrich')] },
      ]),
    ).toThrow(/queue "enrich" has two consumers in this process: enricher and test-stage/);
    expect(() =>
      checkWorkers([{ name: 'deliverer', workers: [worker('deliver'), worker('sink.a')] }]),
    ).not.toThrow();
  });
});
