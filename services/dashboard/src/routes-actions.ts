import { replayStory } from '@wirefeed/story-index';
import type { FastifyInstance } from 'fastify';
import type { JobAction } from './jobs.ts';
import { actOnJob, cleanJobs, promoteAll, retryAll } from './jobs.ts';
import type { RouteContext } from './route-context.ts';

type Body = Record<string, string | undefined>;

/** The JSON API's actions (admin; CSRF when from a page): jobs, queues, replay, feeds. */
export function registerActionRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { deps, feeds, index, knownQueue, notFound, done, admin } = ctx;
  // ---- JSON API: actions (admin; CSRF when from a page)
  app.post<{ Params: { queue: string; id: string; action: string } }>(
    '/api/queues/:queue/jobs/:id/:action',
    admin,
    async (req, reply) => {
      const action = req.params.action as JobAction;
      if (!['retry', 'remove', 'promote'].includes(action)) throw notFound('action');
      const result = await actOnJob(knownQueue(req.params.queue), req.params.id, action);
      if (result === 'not-found') throw notFound('job');
      req.log.info(
        { queue: req.params.queue, jobId: req.params.id, action, role: req.auth?.role },
        'job action',
      );
      return done(
        req,
        reply,
        { action },
        `${action}: ${req.params.id}`,
        `/jobs?queue=${encodeURIComponent(req.params.queue)}`,
      );
    },
  );
  app.post<{ Params: { queue: string } }>('/api/queues/:queue/retry', admin, async (req, reply) => {
    const state = (req.body as Body | undefined)?.state === 'completed' ? 'completed' : 'failed';
    const { before } = await retryAll(knownQueue(req.params.queue), state, deps.redis);
    req.log.info({ queue: req.params.queue, state, jobs: before }, 'bulk retry');
    return done(req, reply, { retried: before }, `retried ${before} ${state} job(s)`);
  });
  app.post<{ Params: { queue: string } }>('/api/queues/:queue/promote', admin, async (req, reply) => {
    const { before } = await promoteAll(knownQueue(req.params.queue));
    req.log.info({ queue: req.params.queue, jobs: before }, 'bulk promote');
    return done(req, reply, { promoted: before }, `${before} delayed job(s) run now`);
  });
  app.post<{ Params: { queue: string } }>('/api/queues/:queue/clean', admin, async (req, reply) => {
    const body = (req.body as Body | undefined) ?? {};
    const state = (['failed', 'completed', 'delayed', 'waiting'] as const).find((s) => s === body.state);
    if (!state)
      throw Object.assign(new Error('state: one of failed, completed, delayed, waiting'), {
        statusCode: 400,
      });
    const result = await cleanJobs(knownQueue(req.params.queue), state, Number(body.graceMs) || 0);
    req.log.info({ queue: req.params.queue, state, ...result }, 'bulk clean');
    return done(
      req,
      reply,
      result,
      `removed ${result.removed} ${state} job(s)${result.more ? '; more left, clean again' : ''}`,
    );
  });
  for (const verb of ['pause', 'resume'] as const) {
    app.post<{ Params: { queue: string } }>(`/api/queues/:queue/${verb}`, admin, async (req, reply) => {
      const queue = knownQueue(req.params.queue);
      await (verb === 'pause' ? queue.pause() : queue.resume());
      req.log.info({ queue: req.params.queue, role: req.auth?.role }, `stage ${verb}d`);
      return done(req, reply, {}, `${req.params.queue} ${verb}d`);
    });
  }
  app.post<{ Params: { id: string } }>('/api/stories/:id/replay', admin, async (req, reply) => {
    const result = await replayStory({ index, producer: deps.producer }, req.params.id);
    if (!result) throw notFound('story (or its raw item)');
    req.log.info({ storyId: req.params.id, jobId: result.jobId }, 'story replayed');
    return done(
      req,
      reply,
      result,
      `replaying ${req.params.id} (job ${result.jobId})`,
      `/trace/${req.params.id}`,
    );
  });
  app.post('/api/feeds', admin, async (req, reply) => {
    const feed = await feeds.add((req.body as Body | undefined) ?? {});
    return done(req, reply, { feed }, `added ${feed.id}`, '/feeds');
  });
  app.post('/api/feeds/opml', { ...admin, bodyLimit: 5 * 1024 * 1024 }, async (req, reply) => {
    const result = await feeds.importOpml((req.body as Body | undefined)?.opml ?? '');
    return done(
      req,
      reply,
      result,
      `imported: ${result.added} added, ${result.skipped.length} skipped`,
      '/feeds',
    );
  });
  app.post<{ Params: { id: string; action: string } }>(
    '/api/feeds/:id/:action',
    admin,
    async (req, reply) => {
      const { id, action } = req.params;
      if (action === 'remove') await feeds.remove(id);
      else if (action === 'pause' || action === 'resume') await feeds.setPaused(id, action === 'pause');
      else if (action === 'fetch') await feeds.fetchNow(id);
      else throw notFound('action');
      req.log.info({ feedId: id, action, role: req.auth?.role }, 'feed action');
      return done(
        req,
        reply,
        { id, action },
        `${action === 'fetch' ? 'fetching' : `${action}d`} ${id}`,
        '/feeds',
      );
    },
  );
}
