export { createDashboardRoutes } from './dashboard.ts';
export type { DashboardDeps } from './dashboard.ts';
export { pipelineCounts } from './pipeline.ts';
export type { StageCounts } from './pipeline.ts';
