export { createDedupHandler, createDeduplicator } from './deduplicator.ts';
