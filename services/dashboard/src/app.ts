import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import type { Logger, Producer, RedisClient, RouteHandler, SinkSpec } from '@wirefeed/core';
import { isWirefeedError } from '@wirefeed/core';
import { createDedupIndex } from '@wirefeed/dedup';
import { createSubscriptionStore } from '@wirefeed/feeds/subscriptions';
import type { StoryIndex } from '@wirefeed/story-index';
import { createStoryIndex, replayStory } from '@wirefeed/story-index';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Fastify, { LogController } from 'fastify';
import type { Auth, Tokens } from './auth.ts';
import {
  bearerToken,
  Role,
  roleForToken,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  sessionRole,
  sessionValue,
  signingKey,
} from './auth.ts';
import { createFeedActions } from './feeds.ts';
import type { JobAction, ListState } from './jobs.ts';
import { actOnJob, cleanJobs, jobDetail, LIST_STATES, listJobs, promoteAll, retryAll } from './jobs.ts';
import { createDashboardMetrics } from './metrics.ts';
import type { PageContext } from './pages.ts';
import {
  errorPage,
  feedsPage,
  jobPage,
  jobsPage,
  loginPage,
  overviewPage,
  storiesPage,
  tracePage,
  traceSearchPage,
} from './pages.ts';
import { pipelineOverview, pipelineQueues } from './pipeline.ts';
import { latestDelivered } from './stories.ts';
import type { DedupCluster } from './trace.ts';
import { storyTrace } from './trace.ts';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
}

export interface AppDeps {
  producer: Producer;
  /** For the subscription store, the story index and the dedup index. */
  redis: RedisClient;
  /** Hash-tagged prefix of Wirefeed's own keys (`{wirefeed}`). */
  keyPrefix: string;
  sinks: readonly SinkSpec[];
  tokens: Tokens;
  log: Logger;
  /** Poll interval of feeds added without one. */
  defaultIntervalMs: number;
  storyIndex?: StoryIndex;
  /** How often live pages get new figures over SSE. Default 2 s. */
  liveEveryMs?: number;
}

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

/** Paths anyone may reach: the login page, the static files, and the dashboard's own metrics. */
const PUBLIC = new Set(['/login', '/static/app.js', '/static/app.css', '/metrics', '/favicon.ico']);

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Where a form goes back to: a path on this site only. */
function backTo(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : fallback;
}

function isForm(req: FastifyRequest): boolean {
  return (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

function wantsHtml(req: FastifyRequest): boolean {
  const path = req.url.split('?')[0] ?? '/';
  return !path.startsWith('/api/') && !path.startsWith('/metrics');
}

type Body = Record<string, string | undefined>;

/**
 * The dashboard: server-rendered pages, a JSON API under /api, SSE for live updates and Prometheus
 * metrics. Every page and API call needs a session (logged in with a token) or a bearer token; every
 * mutating request from a page carries a CSRF token; viewers read, admins act. Built here, started
 * elsewhere (`createDashboardRoute` or `listen`), so tests never open ports by accident.
 */
export function createApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.log.child({ component: 'dashboard' }) as FastifyBaseLogger,
    // Requests are counted in /metrics; actions log themselves. A line per request would drown the rest.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 2 * 1024 * 1024,
  });
  const key = signingKey(deps.tokens);
  const store = createSubscriptionStore({ redis: deps.redis, prefix: deps.keyPrefix, log: deps.log });
  const feeds = createFeedActions({
    store,
    producer: deps.producer,
    defaultIntervalMs: deps.defaultIntervalMs,
  });
  const index = deps.storyIndex ?? createStoryIndex({ redis: deps.redis, prefix: deps.keyPrefix });
  const dedup = createDedupIndex({ redis: deps.redis, prefix: deps.keyPrefix });
  const describeCluster = (id: string): Promise<DedupCluster | undefined> => dedup.describe(id);
  const queues = pipelineQueues(deps.sinks);
  const queueNames = new Set(queues.map((q) => q.queue));
  const metrics = createDashboardMetrics({ producer: deps.producer, sinks: deps.sinks });
  const liveEveryMs = deps.liveEveryMs ?? 2_000;
  const streams = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of streams) end();
    metrics.close();
  });

  app.decorateRequest('auth', null);
  app.register(fastifyCookie, { secret: key });
  app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/' },
  });
  app.register(fastifyHelmet, {
    // Feed HTML is only ever in sandboxed srcdoc frames, which inherit this policy on top of their own.
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // HSTS belongs to whoever terminates TLS in front of the dashboard.
    strictTransportSecurity: false,
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addContentTypeParser(
    ['text/xml', 'application/xml', 'text/x-opml', 'text/plain'],
    { parseAs: 'string' },
    (_req, body, done) => {
      done(null, { opml: body as string });
    },
  );

  app.addHook('onRequest', async (req, reply) => {
    metrics.started(req);
    const path = req.url.split('?')[0] ?? '/';
    const bearer = bearerToken(req.headers.authorization);
    if (bearer !== undefined) {
      const role = roleForToken(deps.tokens, bearer);
      if (role) req.auth = { role, via: 'bearer' };
    } else {
      const raw = req.cookies[SESSION_COOKIE];
      const unsigned = raw ? req.unsignCookie(raw) : undefined;
      const role = unsigned?.valid && unsigned.value ? sessionRole(unsigned.value) : undefined;
      if (role) req.auth = { role, via: 'session' };
    }
    if (PUBLIC.has(path) || req.auth) return;
    reply.header('cache-control', 'no-store');
    if (wantsHtml(req)) {
      // 401 with the login form: a person sees where to go, a script sees it is not allowed.
      return reply.code(401).type('text/html; charset=utf-8').send(loginPage(reply.generateCsrf()));
    }
    return reply.code(401).send({ error: 'unauthorized: log in, or send Authorization: Bearer <token>' });
  });

  app.addHook('onResponse', async (req, reply) => metrics.finished(req, reply));

  // Page forms carry the CSRF token; bearer clients have no ambient credentials to abuse and need none.
  const csrfChecked = (req: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
    if (!MUTATING.has(req.method) || req.auth?.via === 'bearer') return done();
    app.csrfProtection(req, reply, done);
  };
  const adminOnly = async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.auth?.role !== Role.admin) {
      return reply.code(403).send({ error: 'forbidden: this needs the admin token; viewers can only look' });
    }
  };
  const admin = { preHandler: [csrfChecked, adminOnly] };

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    let status = err.statusCode ?? 500;
    let message = err.message;
    if (isWirefeedError(err)) {
      status =
        typeof err.details?.status === 'number' ? err.details.status : err.code === 'WF_E_CONFIG' ? 400 : 500;
      // A subscription conflict or bad input is the person's to fix; say what.
      if (err.code !== 'WF_E_CONFIG' && status >= 500) message = `${err.code}: ${err.message}`;
    }
    if (status >= 500) req.log.error({ err, path: req.url.split('?')[0] }, 'dashboard request failed');
    if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET') {
      status = 403;
      message = 'invalid or missing CSRF token: reload the page and try again';
    }
    reply.code(status);
    if (wantsHtml(req) && req.method === 'GET')
      return reply.type('text/html; charset=utf-8').send(errorPage(undefined, status, message));
    return reply.send({ error: message });
  });

  /** Answer an action: JSON for API clients, back to the page (with a message) for forms. */
  const done = (
    req: FastifyRequest,
    reply: FastifyReply,
    result: Record<string, unknown>,
    message: string,
    fallback = '/',
  ) => {
    if (!isForm(req)) return reply.send({ ok: true, ...result });
    const back = backTo((req.body as Body | undefined)?._back, fallback);
    const url = new URL(back, 'http://dashboard.invalid');
    url.searchParams.set('msg', message);
    return reply.code(303).header('location', `${url.pathname}${url.search}`).send();
  };

  const pageContext = (req: FastifyRequest, reply: FastifyReply): PageContext => {
    const msg = (req.query as Body).msg;
    return {
      role: req.auth?.role ?? Role.viewer,
      csrf: reply.generateCsrf(),
      path: req.url.replace(/([?&])msg=[^&]*&?/, '$1').replace(/[?&]$/, ''),
      ...(msg ? { message: msg.slice(0, 300) } : {}),
    };
  };
  const page = (reply: FastifyReply, body: string) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);

  const knownQueue = (name: string | undefined) => {
    if (!name || !queueNames.has(name)) {
      const err = new Error(`no queue "${name ?? ''}"`) as Error & { statusCode: number };
      err.statusCode = 404;
      throw err;
    }
    return deps.producer.queue(name);
  };
  const notFound = (what: string) => Object.assign(new Error(`${what} not found`), { statusCode: 404 });

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
      const role = roleForToken(deps.tokens, (req.body as Body | undefined)?.token);
      if (!role) {
        req.log.warn({ ip: req.ip }, 'dashboard login refused');
        return page(reply.code(401), loginPage(reply.generateCsrf(), 'That token is not valid.'));
      }
      reply.setCookie(SESSION_COOKIE, sessionValue(role), {
        signed: true,
        httpOnly: true,
        sameSite: 'strict',
        secure: req.protocol === 'https',
        path: '/',
        maxAge: SESSION_TTL_MS / 1000,
      });
      return reply.redirect('/', 303);
    },
  );
  app.post('/logout', { preHandler: csrfChecked }, async (_req, reply) => {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
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
    const { before } = await retryAll(knownQueue(req.params.queue), state);
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

  // ---- live updates
  app.get('/api/events', async (req, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    let closed = false;
    let timer: NodeJS.Timeout | undefined;
    const send = async () => {
      try {
        const [overview, stories] = await Promise.all([
          pipelineOverview(deps.producer, deps.sinks, deps.redis),
          latestDelivered(deps.producer, deps.sinks, 20),
        ]);
        if (closed) return;
        res.write(`event: pipeline\ndata: ${JSON.stringify(overview)}\n\n`);
        res.write(`event: stories\ndata: ${JSON.stringify(stories)}\n\n`);
      } catch (err) {
        req.log.warn({ err }, 'live update failed');
      }
      // A server that is shutting down stops listening at once but waits for open streams: end ours.
      const server = (req.raw.socket as { server?: { listening?: boolean } } | null)?.server;
      if (server && server.listening === false) return res.end();
      if (!closed) timer = setTimeout(send, liveEveryMs);
    };
    const stop = () => {
      closed = true;
      clearTimeout(timer);
    };
    const end = () => {
      stop();
      res.end();
    };
    streams.add(end);
    req.raw.once('close', () => {
      stop();
      streams.delete(end);
    });
    void send();
  });

  return app;
}

/**
 * The app as a route of core's health server (which answers /healthz and /readyz itself): every
 * other request goes to fastify. Readies the app first.
 */
export function createDashboardRoute(app: FastifyInstance): RouteHandler {
  const ready = app.ready();
  return async (req: IncomingMessage, res: ServerResponse) => {
    await ready;
    app.routing(req, res);
    return true;
  };
}
