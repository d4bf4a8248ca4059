import { parseArgs } from 'node:util';
import type { Config } from '@wirefeed/core';
import {
  createLogger,
  createProducer,
  createRedis,
  ensureRedis,
  hashTagPrefix,
  sinkQueueName,
} from '@wirefeed/core';
import { listDeadLetters, retryDeadLetters } from '@wirefeed/sinks';
import { UsageError } from './process.ts';

export const DEAD_LETTERS_USAGE = `  dead-letters [SINK]         stories a sink gave up on (its failed set), per sink
  dead-letters retry [SINK] --all | JOB_ID…
                              send them to the sink again, with fresh attempts`;

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** `wirefeed dead-letters [SINK]` and `wirefeed dead-letters retry [SINK] [--all|JOB_ID…]`. */
export async function deadLettersCommand(config: Config, args: string[]): Promise<number> {
  const retry = args[0] === 'retry';
  const { values, positionals } = parseArgs({
    args: retry ? args.slice(1) : args,
    allowPositionals: true,
    options: { all: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const names = config.WIREFEED_SINKS.map((s) => s.name);
  // A first word that names a sink picks the sink; the rest are job ids.
  const sinkArg = positionals[0] !== undefined && names.includes(positionals[0]) ? positionals[0] : undefined;
  const ids = sinkArg ? positionals.slice(1) : positionals;
  if (!retry && ids.length > 0) {
    throw new UsageError(`dead-letters: unknown sink "${ids[0]}" (configured: ${names.join(', ')})`);
  }
  if (retry && !values.all && ids.length === 0) {
    throw new UsageError('dead-letters retry: give --all or the job ids to retry');
  }
  if (retry && values.all && ids.length > 0)
    throw new UsageError('dead-letters retry: --all or job ids, not both');
  const sinks = sinkArg ? [sinkArg] : names;
  const log = createLogger({ level: 'warn', destination: 2 });
  const redis = await ensureRedis(config, log);
  const connection = createRedis(redis.url, 'producer', 'wirefeed-cli');
  const producer = createProducer({ connection, prefix: hashTagPrefix(config.WIREFEED_PREFIX) });
  try {
    if (retry) {
      let missing = new Set(ids);
      for (const sink of sinks) {
        const queue = producer.queue(sinkQueueName(sink));
        const result = await retryDeadLetters(queue, values.all ? { all: true } : { jobIds: [...missing] });
        missing = new Set(result.missing);
        if (result.retried.length > 0 || values.all) {
          console.log(`${sink}: ${result.retried.length} story job(s) sent again`);
        }
      }
      if (missing.size > 0) {
        console.error(`not in any dead-letter set: ${[...missing].join(', ')}`);
        return 1;
      }
      return 0;
    }
    const all = [];
    for (const sink of sinks) {
      for (const letter of await listDeadLetters(producer.queue(sinkQueueName(sink))))
        all.push({ sink, ...letter });
    }
    if (values.json) {
      for (const letter of all) console.log(JSON.stringify(letter));
      return 0;
    }
    if (all.length === 0) {
      console.log('no dead letters');
      return 0;
    }
    console.log(
      ['sink'.padEnd(14), 'job id'.padEnd(44), 'v'.padStart(3), ' failed at'.padEnd(26), 'reason'].join(' '),
    );
    for (const l of all) {
      console.log(
        [
          l.sink.padEnd(14),
          l.jobId.padEnd(44),
          String(l.version).padStart(3),
          ` ${l.failedAt ?? ''}`.padEnd(26),
          oneLine(l.reason, 100),
        ].join(' '),
      );
    }
    return 0;
  } finally {
    await producer.close();
    connection.disconnect();
    await redis.release();
  }
}
