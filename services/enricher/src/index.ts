export { createEnricher, enrichHandler } from './enricher.ts';
