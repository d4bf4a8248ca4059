import type { RedisClient } from '@wirefeed/core';

/** Bytes Redis holds under a prefix (MEMORY USAGE of every key) and the number of keys. */
export async function heldBy(redis: RedisClient, prefix: string): Promise<{ bytes: number; keys: number }> {
  let bytes = 0;
  let keys = 0;
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    const sizes = await Promise.all(batch.map((k) => redis.call('MEMORY', 'USAGE', k, 'SAMPLES', '0')));
    bytes += sizes.reduce((sum: number, v) => sum + Number(v), 0);
    keys += batch.length;
  } while (cursor !== '0');
  return { bytes, keys };
}

/**
 * Runs `run(i)` for every i in [from, to), `width` at a time: a sustained feed as a service sees it,
 * without one promise per story in memory.
 */
export async function inWaves(
  from: number,
  to: number,
  width: number,
  run: (i: number) => Promise<unknown>,
): Promise<void> {
  const inFlight: Promise<unknown>[] = [];
  for (let i = from; i < to; i++) {
    inFlight.push(run(i));
    if (inFlight.length === width) await Promise.all(inFlight.splice(0));
  }
  await Promise.all(inFlight);
}
