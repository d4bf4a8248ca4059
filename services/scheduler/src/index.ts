export type { DeclaredFeed } from './feeds-file.ts';
export { feedIdFor, parseFeedsFile, readFeedsFile } from './feeds-file.ts';
export { createScheduler, syncSchedulers } from './scheduler.ts';
