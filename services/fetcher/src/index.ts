export { createFetchHandler } from './fetch-handler.ts';
export { createFetcher } from './fetcher.ts';
