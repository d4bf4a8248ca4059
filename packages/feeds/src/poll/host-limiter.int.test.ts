import type { RedisClient } from '@wirefeed/core';
import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHostLimiter } from './host-limiter.ts';

describe('per-host fetch cap on a real Redis', () => {
  const redis = inSuite(() => testRedis('host-limiter'));
  let a: RedisClient;
  let b: RedisClient;
  let prefix: string;
  beforeAll(() => {
    ({ a, b, prefix } = redis());
  });

  it('never lets two replicas hold more slots for one host than the cap', async () => {
    // Two limiters on two connections stand for two fetcher replicas.
    const replicas = [a, b].map((redis) => createHostLimiter({ redis, prefix, limit: 2, waitMs: 10_000 }));
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const release = await (replicas[i % 2] ?? replicas[0])?.acquire('wire.example.com');
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 30));
        inFlight -= 1;
        await release?.();
      }),
    );
    expect(peak).toBe(2);
  });

  it('gives other hosts their own slots', async () => {
    const limiter = createHostLimiter({ redis: a, prefix, limit: 1, waitMs: 500 });
    const one = await limiter.acquire('a.example');
    const two = await limiter.acquire('b.example');
    await one();
    await two();
  });

  it('fails with WF_E_FETCH_HOST_BUSY when no slot frees in time, and frees a dead holder at lease end', async () => {
    const limiter = createHostLimiter({ redis: a, prefix, limit: 1, waitMs: 300, leaseMs: 600 });
    await limiter.acquire('busy.example'); // never released: the holder "died"
    await expect(limiter.acquire('busy.example')).rejects.toMatchObject({
      code: 'WF_E_FETCH_HOST_BUSY',
      retryable: true,
    });
    await new Promise((r) => setTimeout(r, 700));
    const release = await limiter.acquire('busy.example');
    await release();
  });
});
