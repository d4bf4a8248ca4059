import type { TaskModule } from '@wirefeed/core/contracts';
import type { ParseFeedOptions } from '@wirefeed/feeds';
// Only the reading half of @wirefeed/feeds (`/read`): the thread loads no HTTP client, Redis or BullMQ.
import type { SelectOptions } from '@wirefeed/feeds/read';
import { parseAndSelect, parseInSlices } from '@wirefeed/feeds/read';

/** One fetched body to read as a feed, and how to choose its items. */
export interface ReadTask {
  body: Uint8Array;
  options: ParseFeedOptions;
  select: SelectOptions;
}

/** The fetcher's task module, loaded into its parsing thread (see createFetcher). */
export const tasks = {
  // In slices when the feed can be cut so (a tree of 100,000 items is never built), else whole.
  read: async (task: ReadTask) =>
    (await parseInSlices(task.body, task.options, task.select).catch(() => undefined)) ??
    parseAndSelect(task.body, task.options, task.select),
} satisfies TaskModule['tasks'];
