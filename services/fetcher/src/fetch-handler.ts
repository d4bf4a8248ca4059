import type { FetchJob, StageHandler } from '@wirefeed/core';
import { normalizeJobsFor, parseFeed, readFeedSource } from '@wirefeed/feeds';

export interface FetchHandlerDeps {
  read?: typeof readFeedSource;
  parse?: typeof parseFeed;
  now?: () => Date;
}

/** One feed poll: read the source, parse it, and emit one normalize job per distinct item. */
export function createFetchHandler(deps: FetchHandlerDeps = {}): StageHandler<FetchJob> {
  const read = deps.read ?? readFeedSource;
  const parse = deps.parse ?? parseFeed;
  const now = deps.now ?? (() => new Date());
  return async (job, ctx) => {
    const source = await read(job.url);
    const feed = await parse(source.body, {
      url: source.url,
      ...(source.contentType ? { contentType: source.contentType } : {}),
    });
    const emits = normalizeJobsFor(feed, {
      feedId: job.feedId,
      feedUrl: source.url,
      fetchedAt: now().toISOString(),
      ...(job.title ? { feedTitle: job.title } : {}),
      ...(job.run ? { run: job.run } : {}),
    });
    ctx.log.info(
      { items: emits.length, format: feed.format, ms: Date.now() - ctx.startedAt },
      'feed fetched',
    );
    return { emits, feedItems: emits.length };
  };
}
