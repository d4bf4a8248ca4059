import type { Config } from '@wirefeed/core';
import {
  createLogger,
  createProducer,
  createRedis,
  ensureRedis,
  hashTagPrefix,
  pipelineCounts,
  whenReady,
} from '@wirefeed/core';

/** `wirefeed queues`: a table of job counts per stage and state. */
export async function queuesCommand(config: Config): Promise<number> {
  const log = createLogger({ level: 'warn', destination: 2 });
  const redis = await ensureRedis(config, log);
  const connection = createRedis(redis.url, 'producer', 'wirefeed-cli');
  const producer = createProducer({ connection, prefix: hashTagPrefix(config.WIREFEED_PREFIX) });
  try {
    // Named and exit 1 when Redis does not answer, instead of BullMQ retrying it for ever.
    await whenReady(connection, redis.url);
    const stages = await pipelineCounts(producer, config.WIREFEED_SINKS);
    const cols = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
    console.log(['stage'.padEnd(18), ...cols.map((c) => c.padStart(10))].join(''));
    for (const s of stages)
      console.log([s.name.padEnd(18), ...cols.map((c) => String(s.counts[c]).padStart(10))].join(''));
    return 0;
  } finally {
    await producer.close();
    connection.disconnect();
    await redis.release();
  }
}
