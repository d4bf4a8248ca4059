export type { DashboardDeps } from './dashboard.ts';
export { createDashboardRoutes } from './dashboard.ts';
export type { StageCounts } from './pipeline.ts';
export { pipelineCounts } from './pipeline.ts';
export { runDashboard } from './run-dashboard.ts';
export { createWebSubRenewals } from './websub-renewals.ts';
export { createWebSubRoutes, createWebSubRoutesFor } from './websub-routes.ts';
