import { randomBytes } from 'node:crypto';
import type { Config, ServiceFactory } from '@wirefeed/core';
import { runServices } from '@wirefeed/core';
import { createDashboardRoutes } from './dashboard.ts';
import { createWebSubRenewals } from './websub-renewals.ts';
import { createWebSubRoutesFor } from './websub-routes.ts';

/**
 * `start` and `service dashboard`: services plus the dashboard API on the dashboard port. When no
 * token is configured one is generated and printed, so a person starting Wirefeed can log in.
 */
export async function runDashboard(
  config: Config,
  name: string,
  factories: readonly ServiceFactory[],
): Promise<void> {
  const token = config.WIREFEED_DASHBOARD_TOKEN ?? randomBytes(18).toString('base64url');
  // Hubs can only reach a callback with a public URL: without one nothing subscribes, so nothing renews.
  const publicUrl = config.WIREFEED_PUBLIC_URL;
  await runServices(config, {
    name,
    factories: publicUrl ? [...factories, createWebSubRenewals({ publicUrl })] : factories,
    port: config.WIREFEED_DASHBOARD_PORT,
    host: config.WIREFEED_DASHBOARD_HOST,
    routes: (host) => [
      createWebSubRoutesFor(host.deps),
      createDashboardRoutes({ producer: host.deps.producer, sinks: config.WIREFEED_SINKS, token }),
    ],
    onListening(url, log) {
      log.info({ url, generatedToken: !config.WIREFEED_DASHBOARD_TOKEN }, 'dashboard listening');
      // stderr: stdout carries the JSON logs.
      process.stderr.write(
        `\nWirefeed is running. Dashboard API: ${url}/api/pipeline\n  token: ${token}\n` +
          `  health: ${url}/healthz  ${url}/readyz\n  Stop with Ctrl-C.\n\n`,
      );
    },
  });
}
