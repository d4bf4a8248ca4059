export type { SchedulerOptions } from './scheduler.ts';
export { createScheduler } from './scheduler.ts';
