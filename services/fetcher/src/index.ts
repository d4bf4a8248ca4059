export { createFetcher } from './fetcher.ts';
