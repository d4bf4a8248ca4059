import type { FastifyInstance } from 'fastify';
import type { ListState } from './jobs.ts';
import { jobDetail, LIST_STATES, listJobs } from './jobs.ts';
import { pipelineOverview } from './pipeline.ts';
import type { RouteContext } from './route-context.ts';
import { latestDelivered } from './stories.ts';
import { storyTrace } from './trace.ts';

type Body = Record<string, string | undefined>;

/** The JSON API's reads: pipeline, queues, jobs, stories, feeds. */
export function registerApiReadRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { deps, feeds, index, describeCluster, knownQueue, notFound } = ctx;
  // ---- JSON API: reads
  app.get('/api/pipeline', async () => pipelineOverview(deps.producer, deps.sinks, deps.redis));
  app.get('/api/queues', async () => {
    const overview = await pipelineOverview(deps.producer, deps.sinks, deps.redis);
    return {
      queues: overview.stages.map(({ name, queue, kind, counts, paused, workers }) => ({
        name,
        queue,
        kind,
        counts,
        paused,
        workers,
      })),
    };
  });
  app.get<{ Params: { queue: string }; Querystring: Body }>('/api/queues/:queue/jobs', async (req) => {
    const queue = knownQueue(req.params.queue);
    const state = (req.query.state ?? 'failed') as ListState;
    if (!(LIST_STATES as readonly string[]).includes(state))
      throw Object.assign(new Error(`state: one of ${LIST_STATES.join(', ')}`), { statusCode: 400 });
    return listJobs(queue, state, {
      page: Number(req.query.page) || 1,
      size: Number(req.query.size) || 25,
      order: req.query.order === 'asc' ? 'asc' : 'desc',
    });
  });
  app.get<{ Params: { queue: string; id: string }; Querystring: Body }>(
    '/api/queues/:queue/jobs/:id',
    async (req) => {
      const detail = await jobDetail(knownQueue(req.params.queue), req.params.id, req.query.full === '1');
      if (!detail) throw notFound('job');
      return detail;
    },
  );
  app.get<{ Querystring: Body }>('/api/stories', async (req) => ({
    stories: await latestDelivered(deps.producer, deps.sinks, Math.min(Number(req.query.limit) || 50, 200)),
  }));
  app.get<{ Querystring: Body }>('/api/stories/search', async (req) => ({
    stories: (
      await index.search((req.query.q ?? '').slice(0, 500), Math.min(Number(req.query.limit) || 50, 200))
    ).map(({ raw: _raw, ...rest }) => rest),
  }));
  app.get<{ Params: { id: string } }>('/api/stories/:id', async (req) => {
    const trace = await storyTrace(
      { producer: deps.producer, sinks: deps.sinks, index, describeCluster },
      req.params.id,
    );
    if (!trace) throw notFound('story');
    return trace;
  });
  app.get('/api/feeds', async () => ({ feeds: await feeds.list() }));
  app.get('/api/feeds/opml', async (_req, reply) =>
    reply
      .type('text/x-opml; charset=utf-8')
      .header('content-disposition', 'attachment; filename="wirefeed-feeds.opml"')
      .send(await feeds.exportOpml()),
  );
}
