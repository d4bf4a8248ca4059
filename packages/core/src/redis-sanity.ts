import type { Logger } from './logger.ts';
import type { RedisClient } from './redis.ts';

/** What a Redis says about the two settings a queue cannot live without. */
export interface RedisSanity {
  /** `maxmemory-policy`, or undefined when CONFIG is not allowed (managed Redis). */
  evictionPolicy?: string;
  /** AOF on, or RDB snapshots configured; undefined when neither can be read. */
  persistent?: boolean;
  warnings: string[];
}

/**
 * Read the eviction policy and persistence of a Redis. Anything but `noeviction` lets Redis drop queued
 * jobs and dedup records under memory pressure; without persistence a restart loses every queued
 * story. Managed Redis often forbids CONFIG: then the setting is unknown, not wrong.
 */
export async function checkRedisSanity(redis: RedisClient): Promise<RedisSanity> {
  const warnings: string[] = [];
  const policy = await redis
    .call('CONFIG', 'GET', 'maxmemory-policy')
    .then((r) => (Array.isArray(r) ? String(r[1] ?? '') : undefined))
    .catch(() => undefined);
  if (policy !== undefined && policy !== 'noeviction') {
    warnings.push(
      `maxmemory-policy is "${policy}": Redis may evict queued jobs and dedup records under memory pressure; set it to noeviction`,
    );
  }
  const info = await redis.info('persistence').catch(() => '');
  const aof = /aof_enabled:(\d)/.exec(info)?.[1];
  const save = await redis
    .call('CONFIG', 'GET', 'save')
    .then((r) => (Array.isArray(r) ? String(r[1] ?? '') : undefined))
    .catch(() => undefined);
  const persistent = aof === undefined && save === undefined ? undefined : aof === '1' || (save ?? '') !== '';
  if (persistent === false) {
    warnings.push(
      'Redis persistence is off (no AOF, no RDB snapshots): a Redis restart loses every queued story; turn on appendonly',
    );
  }
  return {
    ...(policy === undefined ? {} : { evictionPolicy: policy }),
    ...(persistent === undefined ? {} : { persistent }),
    warnings,
  };
}

/** Log each problem loudly at start; never refuse to start (tests and laptops run without AOF). */
export async function warnAboutRedis(redis: RedisClient, log: Logger): Promise<void> {
  const sanity = await checkRedisSanity(redis);
  for (const warning of sanity.warnings) log.warn({ redis: sanity }, warning);
}
