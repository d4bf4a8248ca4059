import type { Emit, FetchJob, NormalizeJob, StageHandler } from '@wirefeed/core';
import { jobIds, Stage, shortHash } from '@wirefeed/core';
import type { ParsedFeed } from '@wirefeed/feeds';
import { parseFeed, readFeedSource } from '@wirefeed/feeds';

export interface FetchHandlerDeps {
  read?: typeof readFeedSource;
  parse?: typeof parseFeed;
  now?: () => Date;
}

/** How an item is told apart within its feed before normalization gives it a story id. */
function itemKey(item: ParsedFeed['items'][number]): string {
  return item.guid ?? item.link ?? `${item.title ?? ''}|${item.published ?? ''}`;
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
    const fetchedAt = now().toISOString();
    // One job per item identity: a feed that lists a guid twice gets its last entry once.
    const items = new Map(feed.items.map((item) => [itemKey(item), item]));
    const emits: Emit[] = [];
    for (const [key, item] of items) {
      const jobId = jobIds.normalize(job.feedId, key, shortHash(JSON.stringify(item)), job.run);
      const data: NormalizeJob = {
        feedId: job.feedId,
        feedUrl: source.url,
        fetchedAt,
        item,
        ...((feed.title ?? job.title) ? { feedTitle: feed.title ?? job.title } : {}),
        ...(job.run ? { run: { id: job.run.id, item: jobId } } : {}),
      };
      emits.push({ queue: Stage.normalize, jobId, data });
    }
    ctx.log.info(
      { items: emits.length, format: feed.format, ms: Date.now() - ctx.startedAt },
      'feed fetched',
    );
    return { emits, feedItems: emits.length };
  };
}
