import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { Config } from './config.ts';
import { ensureRedis } from './ensure-redis.ts';
import { isWirefeedError, WirefeedError } from './errors.ts';
import { createHealthServer } from './health.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';
import type { Host, ServiceFactory } from './service-host.ts';
import { startHost } from './service-host.ts';
import { createShutdown, installSignalHandlers } from './shutdown.ts';

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Fail on a port that is taken before anything starts: the workers would otherwise take jobs, and a
 * fetcher queue items, in the seconds before the HTTP server finds the port in use. (Another process
 * can still take the port in between; then the later listen fails, after the work has started.)
 */
async function checkPortFree(port: number, host: string, settings: ListenSettings): Promise<void> {
  const probe = createServer();
  await listen(probe, port, host).catch((err: unknown) => {
    throw cannotListen(host, port, settings, err);
  });
  await new Promise((resolve) => probe.close(resolve));
}

interface ListenSettings {
  portSetting?: string | undefined;
  hostSetting?: string | undefined;
}

function cannotListen(host: string, port: number, settings: ListenSettings, err: unknown): WirefeedError {
  // Only a port in use (or one below 1024 without the right) is fixed by another port: an address
  // that does not resolve or is not this machine's (ENOTFOUND, EADDRNOTAVAIL) needs another address.
  const code = (err as NodeJS.ErrnoException).code;
  const portProblem = code === 'EADDRINUSE' || code === 'EACCES';
  const fix = portProblem
    ? settings.portSetting
      ? `set ${settings.portSetting} to a free port`
      : 'choose another port'
    : settings.hostSetting
      ? `set ${settings.hostSetting} to an address of this machine`
      : 'choose another address';
  return new WirefeedError(
    'WF_E_CONFIG',
    `cannot listen on ${host}:${port} (${(err as Error).message}); ${fix}`,
    { cause: err },
  );
}

export interface RunServicesOptions {
  name: string;
  factories: readonly ServiceFactory[];
  /** Where /healthz and /readyz listen; 0 without `serve`: no HTTP server. */
  port: number;
  host: string;
  /** The setting that chose `port`, named when the port is taken. */
  portSetting?: string;
  /** The setting that chose `host`, named when the address cannot be listened on. */
  hostSetting?: string;
  /**
   * The process's HTTP server, given the started host, in place of the health server: the dashboard's
   * one Fastify app, which answers /healthz and /readyz itself.
   */
  serve?: (host: Host, log: Logger) => Promise<Server>;
  /** Called once listening, with the server's base URL. */
  onListening?: (url: string, log: Logger) => void;
}

/**
 * Run services until SIGTERM/SIGINT: Redis (REDIS_URL or a private one), the workers, and an HTTP
 * server with /healthz and /readyz (or the caller's own, `serve`). Shutdown runs in reverse: HTTP, workers
 * (active jobs finish up to a deadline), queues and connections, then the private Redis.
 */
export async function runServices(config: Config, options: RunServicesOptions): Promise<void> {
  // A stdout sink writes stories there: the log goes to stderr then, so stdout stays one NDJSON stream.
  const storiesOnStdout = config.WIREFEED_SINKS.some((s) => s.kind === 'stdout');
  const log = createLogger({
    level: config.LOG_LEVEL,
    name: options.name,
    destination: storiesOnStdout ? 2 : 1,
  });
  const shutdown = createShutdown(log);
  if (options.port > 0) await checkPortFree(options.port, options.host, options);
  const redis = await ensureRedis(config, log);
  shutdown.add('redis', () => redis.release());
  const host = await startHost({ config, log, redisUrl: redis.url, factories: options.factories }).catch(
    async (err: unknown) => {
      await redis.release();
      throw err;
    },
  );
  shutdown.add('services', () => host.close());
  if (options.port > 0 || options.serve) {
    const server = options.serve
      ? await options.serve(host, log)
      : createHealthServer({ checks: host.checks });
    const port = await listen(server, options.port, options.host).catch(async (err: unknown) => {
      await shutdown.run('cannot listen');
      throw cannotListen(options.host, options.port, options, err);
    });
    shutdown.add('http', () => new Promise((resolve) => server.close(() => resolve(undefined))));
    const url = `http://${options.host}:${port}`;
    log.info({ url }, 'http listening');
    options.onListening?.(url, log);
  }
  installSignalHandlers(shutdown, (code) => {
    log.flush();
    // Give pino's async destination a moment to drain before leaving.
    setTimeout(() => process.exit(code), 50).unref();
  });
}

/**
 * The body of a service's main.ts: run `main`, and turn a configuration or start-up error into one
 * clear line on stderr and exit code 1 instead of a stack trace.
 */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (!isWirefeedError(err)) throw err;
    process.stderr.write(`wirefeed: ${err.message}\n`);
    process.exitCode = 1;
  }
}
