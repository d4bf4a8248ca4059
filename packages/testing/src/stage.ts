import type { Config, Host, ServiceFactory, StageContext } from '@wirefeed/core';
import { loadConfig, nullLogger, startHost } from '@wirefeed/core';
import { dropPrefix, testRedisUrl, uniquePrefix } from './redis.ts';

let jobs = 0;

/**
 * What a stage handler is given, for calling it directly in a unit test (no Redis, no worker): a new
 * job id each call unless one is given; the token is the job's first try (the same for the same id).
 */
export function stageContext(over: Partial<StageContext> = {}): StageContext {
  jobs += 1;
  const jobId = over.jobId ?? `j${jobs}`;
  return {
    log: nullLogger(),
    jobId,
    attempt: 1,
    token: `${jobId}@1`,
    startedAt: Date.now(),
    note: () => undefined,
    stillOwner: async () => true,
    ...over,
  };
}

/** Services started in this process against the test Redis, under a prefix of their own. */
export interface TestHost extends AsyncDisposable {
  host: Host;
  redisUrl: string;
  /** The bare prefix, as `WIREFEED_PREFIX` (queues and keys live under `{prefix}`). */
  prefix: string;
  config: Config;
}

export interface TestHostOptions {
  factories: readonly ServiceFactory[];
  /** Environment the config is parsed from, on top of the prefix and a silent log. */
  env?: Record<string, string>;
  /** Settings on top of the parsed ones. */
  config?: (base: Config) => Config;
  redisUrl?: string;
  /** Given to `host.close` on dispose. */
  closeDeadlineMs?: number;
}

export async function testHost(name: string, options: TestHostOptions): Promise<TestHost> {
  const redisUrl = options.redisUrl ?? testRedisUrl();
  const prefix = uniquePrefix(name);
  const base = loadConfig({ WIREFEED_PREFIX: prefix, LOG_LEVEL: 'silent', ...options.env });
  const config = options.config?.(base) ?? base;
  const host = await startHost({ config, log: nullLogger(), redisUrl, factories: options.factories });
  return {
    host,
    redisUrl,
    prefix,
    config,
    async [Symbol.asyncDispose]() {
      await host.close(options.closeDeadlineMs ?? 2_000);
      await dropPrefix(redisUrl, prefix);
    },
  };
}
