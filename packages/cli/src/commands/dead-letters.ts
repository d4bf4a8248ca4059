import type { Config } from '@wirefeed/core';
import {
  createLogger,
  createProducer,
  createRedis,
  ensureRedis,
  hashTagPrefix,
  sinkQueueName,
  whenReady,
} from '@wirefeed/core';
import { listDeadLetters, retryDeadLetters } from '@wirefeed/sinks';
import { parseCommand } from '../args.ts';
import { UsageError } from '../usage-error.ts';

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** `wirefeed dead-letters [SINK]` and `wirefeed dead-letters retry [SINK] [--all|JOB_ID…]`. */
export async function deadLettersCommand(
  retry: boolean,
  args: string[],
  configured: () => Config,
): Promise<number> {
  const command = retry ? 'dead-letters retry' : 'dead-letters';
  const { values, positionals } = parseCommand(command, args, {
    all: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.all && !retry) throw new UsageError('--all goes with dead-letters retry', command);
  if (values.json && retry) throw new UsageError('--json goes with dead-letters (the listing)', command);
  const config = configured();
  const names = config.WIREFEED_SINKS.map((s) => s.name);
  // A first word that names a sink picks the sink; the rest are job ids.
  const sinkArg = positionals[0] !== undefined && names.includes(positionals[0]) ? positionals[0] : undefined;
  const ids = sinkArg ? positionals.slice(1) : positionals;
  if (!retry && ids.length > 0) {
    throw new UsageError(`dead-letters: unknown sink "${ids[0]}" (configured: ${names.join(', ')})`, command);
  }
  if (retry && !values.all && ids.length === 0) {
    throw new UsageError('dead-letters retry: give --all or the job ids to retry', command);
  }
  // `retry desk-fr --all` with no sink desk-fr configured: say so, not "--all or job ids".
  if (retry && values.all && !sinkArg && ids.length === 1)
    throw new UsageError(
      `dead-letters retry: unknown sink "${ids[0]}" (configured: ${names.join(', ')})`,
      command,
    );
  if (retry && values.all && ids.length > 0)
    throw new UsageError('dead-letters retry: --all or job ids, not both', command);
  const sinks = sinkArg ? [sinkArg] : names;
  const log = createLogger({ level: 'warn', destination: 2 });
  const redis = await ensureRedis(config, log);
  const connection = createRedis(redis.url, 'producer', 'wirefeed-cli');
  const producer = createProducer({ connection, prefix: hashTagPrefix(config.WIREFEED_PREFIX) });
  try {
    // Named and exit 1 when Redis does not answer, instead of BullMQ retrying it for ever.
    await whenReady(connection, redis.url);
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
