export type { Enrich, EnricherFailure, EnrichResult } from './enrich-job.ts';
export { createEnrichHandler } from './enrich-job.ts';
export { createEnricher } from './enricher.ts';
