import type { Config } from '@wirefeed/core';
import {
  createLogger,
  createProducer,
  createRedis,
  ensureRedis,
  hashTagPrefix,
  whenReady,
} from '@wirefeed/core';
import { createStoryIndex, replayStory } from '@wirefeed/story-index';
import { atMost, parseCommand } from '../args.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `wirefeed replay STORY_ID`: queue a normalize job built from the raw item the story index kept,
 * marked `replay` so dedup forwards it instead of dropping it as unchanged. Exit 1 when the index no
 * longer has the story (it keeps the most recent ones, for a week).
 */
export async function replayCommand(args: string[], configured: () => Config): Promise<number> {
  const { positionals } = parseCommand('replay', args, {});
  const [storyId] = positionals;
  if (!storyId)
    throw new UsageError("replay needs a STORY_ID (see the dashboard, or a sink's output)", 'replay');
  atMost('replay', positionals, 1, 'one STORY_ID');
  const config = configured();
  const log = createLogger({ level: 'warn', name: 'replay', destination: 2 });
  const redis = await ensureRedis(config, log);
  const connection = createRedis(redis.url, 'producer', 'wirefeed-cli', log);
  const prefix = hashTagPrefix(config.WIREFEED_PREFIX);
  const producer = createProducer({ connection, prefix });
  try {
    await whenReady(connection, redis.url);
    const result = await replayStory(
      { index: createStoryIndex({ redis: connection, prefix }), producer },
      storyId,
    );
    if (!result) {
      process.stderr.write(
        `wirefeed: story ${storyId} is not in the story index (unknown, or older than what the index keeps)\n`,
      );
      return 1;
    }
    console.log(`replaying ${storyId}: normalize job ${result.jobId}`);
    if (result.rawTruncated)
      process.stderr.write('note: the kept raw item had fields cut to the index cap\n');
    return 0;
  } finally {
    await producer.close();
    connection.disconnect();
    log.flush();
    await redis.release();
  }
}
