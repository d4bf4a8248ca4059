export type { AppDeps } from './app.ts';
export { createApp, createDashboardRoute } from './app.ts';
export type { Auth, Tokens } from './auth.ts';
export { Role } from './auth.ts';
export type { Overview, StageOverview } from './pipeline.ts';
export { pipelineOverview } from './pipeline.ts';
export { runDashboard } from './run-dashboard.ts';
export { createWebSubRenewals } from './websub-renewals.ts';
export { createWebSubRoutes, createWebSubRoutesFor } from './websub-routes.ts';
