import type { RedisOptions } from 'ioredis';
import { Cluster, Redis } from 'ioredis';

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

export function createRedis(url: string, role: ConnectionRole, name?: string): RedisClient {
  const options: RedisOptions = { ...roleOptions(role), connectionName: name, lazyConnect: false };
  if (!isClusterUrl(url)) return new Redis(url, options);
  const nodes = url.split(',').map((hostPort) => {
    const [host = '127.0.0.1', port = '6379'] = hostPort.trim().split(':');
    return { host, port: Number(port) };
  });
  return new Cluster(nodes, {
    redisOptions: options,
    enableOfflineQueue: role === 'worker',
    clusterRetryStrategy: (times) => Math.min(times * 200, 2_000),
  });
}

/** The key prefix wrapped as a cluster hash tag, so every key of one deployment lands in one slot. */
export function hashTagPrefix(prefix: string): string {
  return `{${prefix}}`;
}
