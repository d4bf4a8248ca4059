import type { Socket } from 'node:net';
import type { RedisOptions } from 'ioredis';
import { Cluster, Redis } from 'ioredis';
import { WirefeedError } from './errors.ts';
import type { Logger } from './logger.ts';

export type RedisClient = Redis | Cluster;

/**
 * `worker` connections block on BRPOPLPUSH-style commands and must never give up on a command
 * (BullMQ requires `maxRetriesPerRequest: null`); `producer` connections fail fast so an HTTP request
 * or a CLI command reports Redis being down instead of hanging.
 */
export type ConnectionRole = 'worker' | 'producer';

function roleOptions(role: ConnectionRole): RedisOptions {
  return role === 'worker'
    ? { maxRetriesPerRequest: null, enableReadyCheck: true }
    : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5_000 };
}

/** True when REDIS_URL names a cluster: a comma list of host:port seeds. */
export function isClusterUrl(url: string): boolean {
  return !/^rediss?:\/\//.test(url);
}

/**
 * Connection errors are expected while Redis restarts (ioredis reconnects by itself), so they are
 * logged at most once per message every 10 s instead of ioredis's "Unhandled error event" on stderr.
 */
function watchErrors(client: RedisClient, name: string | undefined, log: Logger | undefined): RedisClient {
  const lastLogged = new Map<string, number>();
  client.on('error', (err: Error) => {
    const now = Date.now();
    if (now - (lastLogged.get(err.message) ?? 0) < 10_000) return;
    lastLogged.set(err.message, now);
    log?.warn({ err, connection: name }, 'redis connection error');
  });
  return client;
}

export function createRedis(url: string, role: ConnectionRole, name?: string, log?: Logger): RedisClient {
  const options: RedisOptions = { ...roleOptions(role), connectionName: name, lazyConnect: false };
  if (!isClusterUrl(url)) return watchErrors(new Redis(url, options), name, log);
  const nodes = url.split(',').map((hostPort) => {
    const [host = '127.0.0.1', port = '6379'] = hostPort.trim().split(':');
    return { host, port: Number(port) };
  });
  const cluster = new Cluster(nodes, {
    redisOptions: options,
    enableOfflineQueue: role === 'worker',
    clusterRetryStrategy: (times) => Math.min(times * 200, 2_000),
  });
  return watchErrors(cluster, name, log);
}

/** The key prefix wrapped as a cluster hash tag, so every key of one deployment lands in one slot. */
export function hashTagPrefix(prefix: string): string {
  return `{${prefix}}`;
}

/**
 * Resolve once a connection is ready, or reject with WF_E_REDIS naming the URL. Producer connections
 * have no offline queue, so a command sent before this fails at once.
 */
export function whenReady(client: RedisClient, url: string, timeoutMs = 10_000): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolveReady, reject) => {
    const done = (err?: Error) => {
      client.off('ready', onReady);
      client.off('error', onError);
      clearTimeout(timer);
      if (!err) return resolveReady();
      reject(new WirefeedError('WF_E_REDIS', `cannot reach Redis at ${url}: ${err.message}`, { cause: err }));
    };
    const onReady = () => done();
    const onError = (err: Error) => done(err);
    const timer = setTimeout(() => done(new Error(`no answer in ${timeoutMs / 1000} s`)), timeoutMs);
    client.once('ready', onReady);
    client.once('error', onError);
  });
}

/**
 * Start `calls` (each sends its Redis commands as it starts) in order, as one socket write: the
 * connection's stream is corked while they start and uncorked on the next tick, so their commands
 * leave in one writev and Redis runs them in this order. Each is awaited; the first failure in order
 * is thrown once all have settled. A Cluster (no single stream) sends them one write each, as before.
 */
export async function sendTogether(
  client: RedisClient,
  calls: readonly (() => Promise<unknown>)[],
): Promise<void> {
  if (calls.length <= 1) {
    for (const call of calls) await call();
    return;
  }
  const stream = client instanceof Redis ? (client as Redis & { stream?: Socket }).stream : undefined;
  const cork = stream && !stream.destroyed && stream.writable ? stream : undefined;
  cork?.cork();
  let started: Promise<unknown>[];
  try {
    started = calls.map((call) => call());
  } finally {
    if (cork) process.nextTick(() => cork.uncork());
  }
  const settled = await Promise.allSettled(started);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
}
