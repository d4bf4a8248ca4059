import type { Producer, SinkSpec, Story } from '@wirefeed/core';
import { inlineDeliveries, Stage, sinkQueueName } from '@wirefeed/core';

/** A delivered story as the Stories page and its live feed show it. */
export interface DeliveredStory {
  id: string;
  version: number;
  headline: string;
  feedId: string;
  url?: string;
  credit?: string;
  dateline?: string;
  language?: string;
  firstCreated: string;
  deliveredAt: number;
  sinks: string[];
  people: string[];
  organisations: string[];
  places: string[];
  subjects: string[];
  cluster?: {
    id: string;
    status: string;
    duplicateOf?: string;
    possibleDuplicateOf?: string;
    method: string;
  };
}

function view(story: Omit<Story, 'body'>, deliveredAt: number, sink: string): DeliveredStory {
  const names = (list: { name: string }[] | undefined) => (list ?? []).slice(0, 8).map((e) => e.name);
  const url = story.source.canonicalUrl ?? story.source.url;
  return {
    id: story.id,
    version: story.version,
    headline: story.headline,
    feedId: story.source.feedId,
    ...(url ? { url } : {}),
    ...(story.credit ? { credit: story.credit } : {}),
    ...(story.dateline ? { dateline: story.dateline.place ?? story.dateline.raw } : {}),
    ...(story.language ? { language: story.language } : {}),
    firstCreated: story.firstCreated,
    deliveredAt,
    sinks: [sink],
    people: names(story.enrichment?.people),
    organisations: names(story.enrichment?.organisations),
    places: names(story.enrichment?.places),
    subjects: names(story.enrichment?.subjects),
    ...(story.dedup
      ? {
          cluster: {
            id: story.dedup.clusterId,
            status: story.dedup.status,
            method: story.dedup.method,
            ...(story.dedup.duplicateOf ? { duplicateOf: story.dedup.duplicateOf } : {}),
            ...(story.dedup.possibleDuplicateOf
              ? { possibleDuplicateOf: story.dedup.possibleDuplicateOf }
              : {}),
          },
        }
      : {}),
  };
}

/**
 * The latest delivered stories, newest first: the completed jobs of the sink queues carry each story
 * as it was delivered, and so do the normalize jobs that wrote to an inline sink. BullMQ keeps completed jobs for an hour (at most 1,000 per queue), which
 * bounds how far back this looks.
 */
export async function latestDelivered(
  producer: Producer,
  sinks: readonly Pick<SinkSpec, 'name'>[],
  limit = 50,
): Promise<DeliveredStory[]> {
  const byKey = new Map<string, DeliveredStory>();
  const add = (story: Omit<Story, 'body'>, at: number, sink: string) => {
    const key = `${story.id}:${story.version}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.sinks.includes(sink)) seen.sinks.push(sink);
      seen.deliveredAt = Math.max(seen.deliveredAt, at);
    } else byKey.set(key, view(story, at, sink));
  };
  const names = new Map(sinks.map((s) => [sinkQueueName(s.name), s.name]));
  await Promise.all([
    ...sinks.map(async (sink) => {
      const jobs = await producer.queue(sinkQueueName(sink.name)).getJobs(['completed'], 0, limit - 1);
      for (const job of jobs) {
        const story = (job?.data as { story?: Story } | undefined)?.story;
        if (job && story?.id) add(story, job.finishedOn ?? job.timestamp, sink.name);
      }
    }),
    // A lone file sink co-located with the stages writes in the normalize job (ADR 0024): its
    // return value holds the story as delivered.
    (async () => {
      const jobs = await producer.queue(Stage.normalize).getJobs(['completed'], 0, limit - 1);
      for (const job of jobs) {
        for (const d of job ? inlineDeliveries(job.returnvalue) : []) {
          const sink = names.get(d.queue);
          if (job && sink) add(d.story, job.finishedOn ?? job.timestamp, sink);
        }
      }
    })(),
  ]);
  return [...byKey.values()].sort((a, b) => b.deliveredAt - a.deliveredAt).slice(0, limit);
}
