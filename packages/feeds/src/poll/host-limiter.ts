import { randomBytes } from 'node:crypto';
import type { RedisClient } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';

/**
 * acquire-host-slot: take one of `limit` slots for a host, shared by every fetcher replica.
 *
 * KEYS[1] {p}:host:<host>:slots   sorted set: slot token → lease expiry (ms, Redis clock)
 * ARGV[1] token   ARGV[2] lease (ms)   ARGV[3] limit
 * Returns 1 when the slot is taken, 0 when all are busy. Expired leases (a fetcher that died holding
 * one) are dropped first, so a crash never leaks a slot for longer than the lease.
 */
const ACQUIRE_LUA = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
  return 1
end
return 0
`;

type WithScript = {
  wfAcquireHostSlot(key: string, token: string, leaseMs: number, limit: number): Promise<number>;
};

export interface HostLimiter {
  /** Wait for a slot for `host` (at most `waitMs`), then resolve a release function. */
  acquire(host: string): Promise<() => Promise<void>>;
}

export function createHostLimiter(deps: {
  redis: RedisClient;
  prefix: string;
  limit: number;
  /** Longer than the fetch deadline, so a slot is never lost while its fetch still runs. */
  leaseMs?: number;
  waitMs?: number;
}): HostLimiter {
  const leaseMs = deps.leaseMs ?? 90_000;
  const waitMs = deps.waitMs ?? 60_000;
  if (!('wfAcquireHostSlot' in deps.redis))
    deps.redis.defineCommand('wfAcquireHostSlot', { numberOfKeys: 1, lua: ACQUIRE_LUA });
  const client = deps.redis as unknown as WithScript;
  return {
    async acquire(host) {
      const key = `${deps.prefix}:host:${host.toLowerCase()}:slots`;
      const token = randomBytes(8).toString('hex');
      const deadline = Date.now() + waitMs;
      for (;;) {
        if ((await client.wfAcquireHostSlot(key, token, leaseMs, deps.limit)) === 1) {
          return async () => {
            await deps.redis.zrem(key, token);
          };
        }
        if (Date.now() >= deadline) {
          throw new WirefeedError(
            'WF_E_FETCH_HOST_BUSY',
            `no fetch slot for ${host} within ${waitMs / 1000}s`,
          );
        }
        // Jittered waits keep replicas from polling the set in lockstep.
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 150));
      }
    },
  };
}
