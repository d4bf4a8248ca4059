import type { Logger, NormalizeJob, StageHandler, Story } from '@wirefeed/core';
import type { StoryIndex } from './story-index.ts';

/**
 * The normalize stage that also records each story it hands on in the story index (search, trace,
 * replay). Recorded once the story is queued; an index failure is logged, not retried: the index is
 * a convenience, and failing the job for it would hold stories back.
 */
export function recordingStories(
  index: StoryIndex,
  log: Logger,
  handler: StageHandler<NormalizeJob>,
): StageHandler<NormalizeJob> {
  return async (job, ctx) => {
    const result = await handler(job, ctx);
    const story = result.next?.[0]?.story;
    if (!story) return result;
    return { ...result, afterEmit: () => recordStory(index, job, story, ctx.jobId, log) };
  };
}

async function recordStory(
  index: StoryIndex,
  job: NormalizeJob,
  story: Story,
  jobId: string,
  log: Logger,
): Promise<void> {
  try {
    await index.record({
      id: story.id,
      headline: story.headline,
      feedId: story.source.feedId,
      urls: [story.source.url, story.source.canonicalUrl, story.source.guid],
      contentHash: story.contentHash,
      normalizeJobId: jobId,
      raw: job,
    });
  } catch (err) {
    log.warn({ err, storyId: story.id }, 'story index not updated');
  }
}
