import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Config, ReadinessCheck, RouteHandler, ServiceFactory } from '@wirefeed/core';
import {
  createHealthServer,
  createLogger,
  createShutdown,
  installSignalHandlers,
  startHost,
} from '@wirefeed/core';
import { createDashboardRoutes } from '@wirefeed/service-dashboard';
import { ensureRedis } from '../ensure-redis.ts';

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export interface RunOptions {
  name: string;
  factories: readonly ServiceFactory[];
  /** Serve the dashboard API beside /healthz and /readyz. */
  dashboard: boolean;
  port: number;
  host: string;
}

/**
 * Run services until SIGTERM/SIGINT: Redis (REDIS_URL or a private one), the workers, and an HTTP
 * server with /healthz, /readyz and, for `start` and `service dashboard`, the dashboard API.
 */
export async function runServices(config: Config, options: RunOptions): Promise<void> {
  const log = createLogger({ level: config.LOG_LEVEL, name: options.name });
  const shutdown = createShutdown(log);
  const redis = await ensureRedis(config, log);
  shutdown.add('redis', () => redis.release());
  const host = await startHost({ config, log, redisUrl: redis.url, factories: options.factories }).catch(
    async (err: unknown) => {
      await redis.release();
      throw err;
    },
  );
  shutdown.add('services', () => host.close());
  const routes: RouteHandler[] = [];
  let token = config.WIREFEED_DASHBOARD_TOKEN;
  if (options.dashboard) {
    token ??= randomBytes(18).toString('base64url');
    routes.push(createDashboardRoutes({ producer: host.deps.producer, sinks: config.WIREFEED_SINKS, token }));
  }
  const checks: ReadinessCheck[] = host.checks;
  if (options.port > 0 || options.dashboard) {
    const server = createHealthServer({ checks, routes });
    const port = await listen(server, options.port, options.host);
    shutdown.add('http', () => new Promise((resolve) => server.close(() => resolve(undefined))));
    const url = `http://${options.host}:${port}`;
    if (options.dashboard) {
      log.info({ url, generatedToken: !config.WIREFEED_DASHBOARD_TOKEN }, 'dashboard listening');
      // The one line a person starting Wirefeed needs; stderr keeps stdout for data.
      process.stderr.write(
        `\nWirefeed is running. Dashboard API: ${url}/api/pipeline\n  token: ${token}\n  health: ${url}/healthz  ${url}/readyz\n  Stop with Ctrl-C.\n\n`,
      );
    } else log.info({ url }, 'health endpoints listening');
  }
  installSignalHandlers(shutdown, (code) => {
    // Flush pino's async buffer before leaving.
    log.flush();
    setTimeout(() => process.exit(code), 50).unref();
  });
}
