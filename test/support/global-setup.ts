import { startLocalRedis } from '@wirefeed/core';
import type { TestProject } from 'vitest/node';

import './redis-harness.ts';

/**
 * One Redis for the whole run: REDIS_URL when set; else a container when a runtime answers; else a
 * private redis-server on a free port. Test files keep apart by key prefix (see redis-harness.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL);
    project.provide('redisSource', 'env');
    return async () => {};
  }
  const container = await tryContainer();
  if (container) {
    project.provide('redisUrl', container.url);
    project.provide('redisSource', 'container');
    return container.stop;
  }
  const local = await startLocalRedis();
  project.provide('redisUrl', local.url);
  project.provide('redisSource', 'local');
  return local.stop;
}

async function tryContainer(): Promise<{ url: string; stop: () => Promise<void> } | undefined> {
  if (process.env.WIREFEED_TEST_NO_CONTAINERS === '1') return undefined;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    // Without a runtime this rejects quickly; the race bounds a runtime that hangs.
    await Promise.race([
      getContainerRuntimeClient(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('container runtime timeout')), 5_000).unref(),
      ),
    ]);
    const { RedisContainer } = await import('@testcontainers/redis');
    const started = await new RedisContainer('redis:7-alpine').start();
    return { url: started.getConnectionUrl(), stop: async () => void (await started.stop()) };
  } catch {
    return undefined;
  }
}
