import type { RedisClient } from '@wirefeed/core';

/**
 * Which (id, version) a sink has written, shared by every deliverer replica. A sorted set scored by
 * write time, trimmed to a window, so memory stays bounded.
 */
export interface WrittenMarks {
  has(id: string, version: number): Promise<boolean>;
  mark(id: string, version: number): Promise<void>;
}

export function createWrittenMarks(deps: {
  redis: RedisClient;
  key: string;
  windowMs?: number;
  now?: () => number;
}): WrittenMarks {
  const window = deps.windowMs ?? 30 * 24 * 3_600_000;
  const now = deps.now ?? Date.now;
  return {
    async has(id, version) {
      return (await deps.redis.zscore(deps.key, `${id}@${version}`)) !== null;
    },
    async mark(id, version) {
      const t = now();
      await deps.redis
        .multi()
        .zadd(deps.key, t, `${id}@${version}`)
        .zremrangebyscore(deps.key, '-inf', t - window)
        .exec();
    },
  };
}
