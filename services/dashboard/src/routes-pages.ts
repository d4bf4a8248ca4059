import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { roleForToken, SESSION_COOKIE } from './auth.ts';
import { feedsPage } from './feeds-page.ts';
import type { ListState } from './jobs.ts';
import { jobDetail, LIST_STATES, listJobs } from './jobs.ts';
import {
  jobPage,
  jobsPage,
  loginPage,
  overviewPage,
  storiesPage,
  tracePage,
  traceSearchPage,
} from './pages.ts';
import { pipelineOverview } from './pipeline.ts';
import type { RouteContext } from './route-context.ts';
import { SESSION_TTL_MS } from './sessions.ts';
import { latestDelivered } from './stories.ts';
import { storyTrace } from './trace.ts';

type Body = Record<string, string | undefined>;

const STATIC: Record<string, { type: string; body: Buffer }> = {
  'app.js': {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(new URL('./public/app.js', import.meta.url)),
  },
  'app.css': {
    type: 'text/css; charset=utf-8',
    body: readFileSync(new URL('./public/app.css', import.meta.url)),
  },
};

/** Login, static files, metrics and the server-rendered pages. */
export function registerPageRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const {
    deps,
    feeds,
    index,
    describeCluster,
    queues,
    knownQueue,
    notFound,
    page,
    pageContext,
    csrfChecked,
    metrics,
    sessions,
    sessionId,
    limits,
    cookieSecure,
    tooMany,
  } = ctx;
  // ---- static files, login, metrics
  app.get<{ Params: { file: string } }>('/static/:file', async (req, reply) => {
    const file = STATIC[req.params.file];
    if (!file) throw notFound('file');
    return reply.type(file.type).header('cache-control', 'no-cache').send(file.body);
  });
  app.get('/favicon.ico', async (_req, reply) => reply.code(204).send());
  app.get('/metrics', async (_req, reply) => {
    const { contentType, body } = await metrics.render();
    return reply.type(contentType).send(body);
  });
  app.get('/login', async (req, reply) => {
    if (req.auth) return reply.redirect('/', 303);
    return page(reply, loginPage(reply.generateCsrf()));
  });
  app.post(
    '/login',
    { preHandler: (req, reply, next) => app.csrfProtection(req, reply, next) },
    async (req, reply) => {
      // Past the limit nothing is checked: a right guess must look like a wrong one.
      if (await limits.blocked(req)) return tooMany(reply);
      const role = roleForToken(deps.tokens, (req.body as Body | undefined)?.token);
      if (!role) {
        if (await limits.failed(req, 'login')) return tooMany(reply);
        return page(reply.code(401), loginPage(reply.generateCsrf(), 'That token is not valid.'));
      }
      const previous = sessionId(req);
      if (previous) await sessions.revoke(previous);
      reply.setCookie(SESSION_COOKIE, await sessions.create(role), {
        signed: true,
        httpOnly: true,
        sameSite: 'strict',
        secure: cookieSecure,
        path: '/',
        maxAge: SESSION_TTL_MS / 1000,
      });
      req.log.info({ ip: req.ip, role }, 'dashboard login');
      return reply.redirect('/', 303);
    },
  );
  // The session ends on the server: its cookie, wherever it was copied, no longer logs anyone in.
  app.post('/logout', { preHandler: csrfChecked }, async (req, reply) => {
    const id = sessionId(req);
    if (id) await sessions.revoke(id);
    reply.clearCookie(SESSION_COOKIE, {
      path: '/',
      secure: cookieSecure,
      httpOnly: true,
      sameSite: 'strict',
    });
    return reply.redirect('/login', 303);
  });

  // ---- pages
  app.get('/', async (req, reply) => {
    const [overview, stories] = await Promise.all([
      pipelineOverview(deps.producer, deps.sinks, deps.redis),
      latestDelivered(deps.producer, deps.sinks, 20),
    ]);
    return page(reply, overviewPage(pageContext(req, reply), overview, stories));
  });
  app.get('/stories', async (req, reply) =>
    page(reply, storiesPage(pageContext(req, reply), await latestDelivered(deps.producer, deps.sinks, 100))),
  );
  app.get<{ Querystring: Body }>('/jobs', async (req, reply) => {
    const name = req.query.queue ?? queues.find((q) => q.kind === 'sink')?.queue ?? 'fetch';
    const queue = knownQueue(name);
    const state = (LIST_STATES as readonly string[]).includes(req.query.state ?? '')
      ? (req.query.state as ListState)
      : 'failed';
    const order = req.query.order === 'asc' ? 'asc' : 'desc';
    const [list, paused] = await Promise.all([
      listJobs(queue, state, {
        page: Number(req.query.page) || 1,
        size: Number(req.query.size) || 25,
        order,
      }),
      queue.isPaused(),
    ]);
    return page(
      reply,
      jobsPage(pageContext(req, reply), { queues, queue: name, state, order, paused, list }),
    );
  });
  app.get<{ Params: { queue: string; id: string }; Querystring: Body }>(
    '/jobs/:queue/:id',
    async (req, reply) => {
      const detail = await jobDetail(knownQueue(req.params.queue), req.params.id, req.query.full === '1');
      if (!detail) throw notFound('job');
      return page(reply, jobPage(pageContext(req, reply), detail));
    },
  );
  app.get<{ Querystring: Body }>('/trace', async (req, reply) => {
    const q = (req.query.q ?? '').trim().slice(0, 500);
    const results = q ? await index.search(q, 50) : [];
    // One hit by id or URL: straight to its trace.
    if (q && results.length === 1 && (results[0]?.id === q || /^[a-z]+:\/\//i.test(q))) {
      return reply.redirect(`/trace/${results[0]?.id}`, 303);
    }
    const recent = q ? [] : await index.recent(30);
    return page(reply, traceSearchPage(pageContext(req, reply), q, results, recent));
  });
  app.get<{ Params: { id: string } }>('/trace/:id', async (req, reply) => {
    const trace = await storyTrace(
      { producer: deps.producer, sinks: deps.sinks, index, describeCluster },
      req.params.id,
    );
    if (!trace) throw notFound('story');
    return page(reply, tracePage(pageContext(req, reply), trace));
  });
  app.get('/feeds', async (req, reply) =>
    page(reply, feedsPage(pageContext(req, reply), await feeds.list())),
  );
}
