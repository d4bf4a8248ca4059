import { randomBytes } from 'node:crypto';
import type { Config, Host, Logger, ServiceFactory } from '@wirefeed/core';
import { parseDuration, runServices } from '@wirefeed/core';
import { MIN_INTERVAL_MS } from '@wirefeed/feeds/subscriptions';
import type { AppDeps } from './app.ts';
import { createApp } from './app.ts';
import { createWebSubRenewals } from './websub-renewals.ts';
import { createWebSubRoutesFor } from './websub-routes.ts';

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', '*']);

/**
 * The Host names the dashboard port answers: WIREFEED_DASHBOARD_HOSTS, else the loopback names, the
 * address it listens on (unless a wildcard: then a name must be given to be reached by another), and
 * the public URL's host.
 */
export function dashboardHosts(config: Config): string[] {
  if (config.WIREFEED_DASHBOARD_HOSTS) return config.WIREFEED_DASHBOARD_HOSTS;
  const hosts = new Set(['localhost', '127.0.0.1', '[::1]']);
  const listening = config.WIREFEED_DASHBOARD_HOST.toLowerCase();
  if (!WILDCARDS.has(listening)) hosts.add(listening.includes(':') ? `[${listening}]` : listening);
  const publicHost = config.WIREFEED_PUBLIC_URL ? URL.parse(config.WIREFEED_PUBLIC_URL)?.hostname : undefined;
  if (publicHost) hosts.add(publicHost.toLowerCase());
  return [...hosts];
}

/**
 * What the dashboard of a started host works with. Its Redis is the host's fail-fast connection: a
 * page or API call made while Redis is away fails at once (and says so) instead of hanging until it
 * is back, as it did on the workers' connection, which never gives up on a command.
 */
export function dashboardDeps(host: Host, config: Config, token: string, log: Logger): AppDeps {
  const publicUrl = config.WIREFEED_PUBLIC_URL;
  return {
    producer: host.deps.producer,
    redis: host.requests,
    keyPrefix: host.deps.keyPrefix,
    sinks: config.WIREFEED_SINKS,
    tokens: {
      admin: token,
      ...(config.WIREFEED_DASHBOARD_VIEWER_TOKEN ? { viewer: config.WIREFEED_DASHBOARD_VIEWER_TOKEN } : {}),
    },
    log,
    defaultIntervalMs: Math.max(parseDuration(config.WIREFEED_POLL_INTERVAL), MIN_INTERVAL_MS),
    ...(publicUrl ? { publicUrl } : {}),
    trustedProxies: config.WIREFEED_TRUSTED_PROXIES,
  };
}

/**
 * `start` and `service dashboard`: services plus the dashboard on the dashboard port (with /healthz,
 * /readyz, /metrics and the WebSub callback), answering only its own Host names. When no admin token
 * is configured one is generated and printed once; a configured token is never printed (stderr is
 * kept by Docker and systemd).
 */
export async function runDashboard(
  config: Config,
  name: string,
  factories: readonly ServiceFactory[],
): Promise<void> {
  const generated = config.WIREFEED_DASHBOARD_TOKEN === undefined;
  const token = config.WIREFEED_DASHBOARD_TOKEN ?? randomBytes(18).toString('base64url');
  const allowedHosts = dashboardHosts(config);
  // Hubs can only reach a callback with a public URL: without one nothing subscribes, so nothing renews.
  const publicUrl = config.WIREFEED_PUBLIC_URL;
  await runServices(config, {
    name,
    factories: publicUrl ? [...factories, createWebSubRenewals({ publicUrl })] : factories,
    port: config.WIREFEED_DASHBOARD_PORT,
    portSetting: 'WIREFEED_DASHBOARD_PORT',
    hostSetting: 'WIREFEED_DASHBOARD_HOST',
    host: config.WIREFEED_DASHBOARD_HOST,
    // Fastify is the process's only HTTP server: the dashboard, /healthz, /readyz, /metrics and the
    // WebSub callback are routes of one app, every one answering only the dashboard's Host names.
    serve: async (host, log) => {
      const app = createApp(dashboardDeps(host, config, token, log), {
        checks: host.checks,
        webSub: createWebSubRoutesFor(host.deps),
        allowedHosts,
      });
      await app.ready();
      return app.server;
    },
    onListening(url, log) {
      log.info({ url, generatedToken: generated, hosts: allowedHosts }, 'dashboard listening');
      // stderr: stdout carries the JSON logs. A generated token goes only to the terminal, once, never to
      // the logs; a configured one is the operator's already, and stays out of captured output.
      const tokenLine = generated
        ? `  token: ${token} (generated for this run; set WIREFEED_DASHBOARD_TOKEN to keep one)\n`
        : '  token: the one in WIREFEED_DASHBOARD_TOKEN\n';
      process.stderr.write(
        `\nWirefeed is running. Dashboard: ${url}/login\n${tokenLine}` +
          `  Dashboard API: ${url}/api/pipeline (Authorization: Bearer <token>)\n` +
          `  health: ${url}/healthz  ${url}/readyz  metrics: ${url}/metrics\n  Stop with Ctrl-C.\n\n`,
      );
    },
  });
}
