import type { Producer } from '@wirefeed/core';
import { STAGES, Stage, sinkQueueName } from '@wirefeed/core';
import type { DedupIndex } from '@wirefeed/dedup';

/** Job states a story is left in when it never reached its sink: refused, or cut short by the run's end. */
const LEFT_STATES = ['failed', 'wait', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;
const PAGE = 500;

interface StoryRef {
  id: string;
  contentHash: string;
}

/**
 * A run's queues after dedup, where its stories wait once the index recorded them forwarded: a story
 * still in the dedup queue has not passed the index in this run (an earlier run may have delivered it).
 */
export function queuesAfterDedup(sinkNames: readonly string[]): string[] {
  return [...STAGES.slice(STAGES.indexOf(Stage.dedup) + 1), ...sinkNames.map(sinkQueueName)];
}

function storyOf(data: unknown): StoryRef | undefined {
  const story = (data as { story?: { id?: unknown; contentHash?: unknown } } | null)?.story;
  return typeof story?.id === 'string' && typeof story.contentHash === 'string'
    ? { id: story.id, contentHash: story.contentHash }
    : undefined;
}

/**
 * A one-shot run removes its queues when it ends, and with them the jobs of stories that never
 * reached a sink (a webhook's 4xx, a `| head` or `--timeout` that cut the run short). The dedup index
 * recorded those stories as forwarded when they passed it, so the next run over the same feed would
 * call them unchanged and never deliver them. Before the queues go, the index's mark is taken back
 * for each: the next run replays them, and sinks that already hold a story skip it by their records.
 * `queues` are those after dedup: a story still in the dedup queue has not passed the index in this
 * run (an earlier run may have delivered it). Reads at most `maxStories` jobs' stories (a run's own
 * items bound them; the cap bounds the work).
 * Returns how many stories the index knew and now replays.
 */
export async function takeBackUndelivered(
  producer: Producer,
  queues: readonly string[],
  index: Pick<DedupIndex, 'unmarkForwarded'>,
  maxStories = 100_000,
): Promise<number> {
  const seen = new Set<string>();
  let read = 0;
  let replays = 0;
  for (const name of queues) {
    const queue = producer.queue(name);
    for (const state of LEFT_STATES) {
      for (let start = 0; read < maxStories; start += PAGE) {
        const jobs = await queue.getJobs(state, start, start + PAGE - 1, true);
        const stories: StoryRef[] = [];
        for (const job of jobs) {
          read++;
          const story = storyOf(job?.data);
          if (!story || seen.has(`${story.id} ${story.contentHash}`)) continue;
          seen.add(`${story.id} ${story.contentHash}`);
          stories.push(story);
        }
        // A page's calls go out together (one round trip's wait, not one per story).
        const known = await Promise.all(stories.map((story) => index.unmarkForwarded(story)));
        replays += known.filter(Boolean).length;
        if (jobs.length < PAGE) break;
      }
    }
  }
  return replays;
}
