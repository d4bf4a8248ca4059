// The dashboard on its own: the JSON API with /healthz and /readyz. The only file here with side effects.
import { loadConfig, runMain } from '@wirefeed/core';
import { runDashboard } from './run-dashboard.ts';

await runMain(() => runDashboard(loadConfig(), 'dashboard', []));
