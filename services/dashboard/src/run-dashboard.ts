import { randomBytes } from 'node:crypto';
import type { Config, ServiceFactory } from '@wirefeed/core';
import { parseDuration, runServices } from '@wirefeed/core';
import { MIN_INTERVAL_MS } from '@wirefeed/feeds/subscriptions';
import { createApp, createDashboardRoute } from './app.ts';
import { createWebSubRenewals } from './websub-renewals.ts';
import { createWebSubRoutesFor } from './websub-routes.ts';

/**
 * `start` and `service dashboard`: services plus the dashboard on the dashboard port (with /healthz,
 * /readyz, /metrics and the WebSub callback). When no admin token is configured one is generated and
 * printed, so a person starting Wirefeed can log in.
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
    routes: (host, log) => [
      createWebSubRoutesFor(host.deps),
      createDashboardRoute(
        createApp({
          producer: host.deps.producer,
          redis: host.deps.connection,
          keyPrefix: host.deps.keyPrefix,
          sinks: config.WIREFEED_SINKS,
          tokens: {
            admin: token,
            ...(config.WIREFEED_DASHBOARD_VIEWER_TOKEN
              ? { viewer: config.WIREFEED_DASHBOARD_VIEWER_TOKEN }
              : {}),
          },
          log,
          defaultIntervalMs: Math.max(parseDuration(config.WIREFEED_POLL_INTERVAL), MIN_INTERVAL_MS),
        }),
      ),
    ],
    onListening(url, log) {
      log.info({ url, generatedToken: !config.WIREFEED_DASHBOARD_TOKEN }, 'dashboard listening');
      // stderr: stdout carries the JSON logs. The token goes only to the terminal, never to the logs.
      process.stderr.write(
        `\nWirefeed is running. Dashboard: ${url}/login\n  token: ${token}\n` +
          `  Dashboard API: ${url}/api/pipeline (Authorization: Bearer <token>)\n` +
          `  health: ${url}/healthz  ${url}/readyz  metrics: ${url}/metrics\n  Stop with Ctrl-C.\n\n`,
      );
    },
  });
}
