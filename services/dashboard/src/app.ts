import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { Logger, Producer, ReadinessCheck, RedisClient, RouteHandler, SinkSpec } from '@wirefeed/core';
import { isWirefeedError, pipelineQueues } from '@wirefeed/core';
import { createDedupIndex } from '@wirefeed/dedup';
import { createSubscriptionStore } from '@wirefeed/feeds/subscriptions';
import type { StoryIndex } from '@wirefeed/story-index';
import { createStoryIndex } from '@wirefeed/story-index';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Fastify, { LogController } from 'fastify';
import type { Auth, Tokens } from './auth.ts';
import { bearerToken, Role, roleForToken, SESSION_COOKIE, signingKey } from './auth.ts';
import { createAuthLimits } from './auth-limits.ts';
import { createFeedActions } from './feeds.ts';
import { createDashboardMetrics } from './metrics.ts';
import { healthPlugin, ownHostNamesOnly, webSubPlugin } from './operations.ts';
import type { PageContext } from './pages.ts';
import { errorPage, loginPage } from './pages.ts';
import type { RouteContext } from './route-context.ts';
import { registerActionRoutes } from './routes-actions.ts';
import { registerApiReadRoutes } from './routes-api.ts';
import { registerEventsRoute } from './routes-events.ts';
import { registerPageRoutes } from './routes-pages.ts';
import type { Sessions } from './sessions.ts';
import { createSessions } from './sessions.ts';
import type { DedupCluster } from './trace.ts';

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
  /** WIREFEED_PUBLIC_URL: when https, cookies are always `Secure`. */
  publicUrl?: string;
  /** WIREFEED_TRUSTED_PROXIES: whose X-Forwarded-For/-Proto are believed (client address, https). */
  trustedProxies?: readonly string[];
  /** Default: in Redis under `keyPrefix`. */
  sessions?: Sessions;
  /** Failed logins and bearer tokens per address and window; default 10 a minute. */
  authLimits?: { max: number; windowMs: number };
}

/** Paths anyone may reach: the login page, the static files, and the dashboard's own metrics. */
const PUBLIC = new Set(['/login', '/static/app.js', '/static/app.css', '/metrics', '/favicon.ico']);

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The id in a request's session cookie, when its signature holds. */
function sessionId(req: FastifyRequest): string | undefined {
  const raw = req.cookies[SESSION_COOKIE];
  const unsigned = raw ? req.unsignCookie(raw) : undefined;
  return unsigned?.valid && unsigned.value ? unsigned.value : undefined;
}

/** Where a form goes back to: a path on this site only. */
function backTo(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : fallback;
}

function isForm(req: FastifyRequest): boolean {
  return (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

/** Send a form back to the page it came from (`_back`), with `message` to show there. */
function backWith(req: FastifyRequest, reply: FastifyReply, message: string, fallback: string) {
  const back = backTo((req.body as Record<string, string | undefined> | undefined)?._back, fallback);
  const url = new URL(back, 'http://dashboard.invalid');
  url.searchParams.set('msg', message);
  return reply.code(303).header('location', `${url.pathname}${url.search}`).send();
}

function wantsHtml(req: FastifyRequest): boolean {
  const path = req.url.split('?')[0] ?? '/';
  return !path.startsWith('/api/') && !path.startsWith('/metrics');
}

type Body = Record<string, string | undefined>;

/** What the dashboard process serves beside the dashboard itself, on the same Fastify app. */
export interface Operations {
  /** Readiness checks for `/healthz` and `/readyz` (the host's: Redis, workers). */
  checks?: readonly ReadinessCheck[];
  /** The WebSub callback's handler (`/websub/*`). */
  webSub?: RouteHandler;
  /** Host names answered on every path; others get 421. Unset: any. */
  allowedHosts?: readonly string[];
}

/**
 * The dashboard process's one HTTP app: the dashboard (pages, API, login), and with `operations`
 * the health, readiness and WebSub routes beside it, outside its login. Returned unstarted: the
 * caller listens (`app.listen`) or tests it with `app.inject`, so tests never open ports by accident.
 */
export function createApp(deps: AppDeps, operations: Operations = {}): FastifyInstance {
  const root = Fastify({
    loggerInstance: deps.log.child({ component: 'dashboard' }) as FastifyBaseLogger,
    // Requests are counted in /metrics; actions log themselves. A line per request would drown the rest.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 2 * 1024 * 1024,
    // Only the proxies named: anyone else's X-Forwarded-* would pick the address that rate limits count.
    trustProxy: deps.trustedProxies?.length ? [...deps.trustedProxies] : false,
  });
  if (operations.allowedHosts) root.addHook('onRequest', ownHostNamesOnly(operations.allowedHosts));
  if (operations.checks) root.register(healthPlugin(operations.checks));
  if (operations.webSub) root.register(webSubPlugin(operations.webSub));
  root.register(async (app) => registerDashboard(app, deps));
  return root;
}

/**
 * The dashboard: server-rendered pages, a JSON API under /api, SSE for live updates and Prometheus
 * metrics. Every page and API call needs a session (logged in with a token) or a bearer token; every
 * mutating request from a page carries a CSRF token; viewers read, admins act. Its hooks and parsers
 * stay in its own context: the health and WebSub routes beside it see none of them.
 */
function registerDashboard(app: FastifyInstance, deps: AppDeps): void {
  const key = signingKey(deps.tokens);
  const sessions = deps.sessions ?? createSessions({ redis: deps.redis, prefix: deps.keyPrefix });
  const limits = createAuthLimits(app, deps.log.child({ component: 'dashboard' }), deps.authLimits);
  // Behind an https public URL every cookie is Secure; otherwise when the request came over https (a
  // trusted proxy's X-Forwarded-Proto counts).
  const cookieSecure: boolean | 'auto' = deps.publicUrl?.startsWith('https:') ? true : 'auto';
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
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: cookieSecure },
  });
  // No route limit of its own: `createAuthLimits` counts failed credentials with its counter.
  app.register(fastifyRateLimit, {
    global: false,
    redis: deps.redis,
    nameSpace: `${deps.keyPrefix}:dashboard:rate-limit:`,
    skipOnError: true,
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
      if (await limits.blocked(req)) return tooMany(reply);
      const role = roleForToken(deps.tokens, bearer);
      if (role) req.auth = { role, via: 'bearer' };
      else if (await limits.failed(req, 'bearer')) return tooMany(reply);
    } else {
      const id = sessionId(req);
      const role = id === undefined ? undefined : await sessions.role(id);
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

  function tooMany(reply: FastifyReply) {
    return reply
      .code(429)
      .header('retry-after', String(Math.ceil((deps.authLimits?.windowMs ?? 60_000) / 1000)))
      .header('cache-control', 'no-store')
      .send({ error: 'too many failed attempts from this address: wait a minute' });
  }

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
    // Input the action refuses (a feed already subscribed, a local path, a bad interval: 400) or an
    // action its target's state refuses (a job that is running, say: 409), asked from a page's form:
    // back to that page with the reason, as a done action goes back with its message, not a JSON page.
    if ((status === 400 || status === 409) && isForm(req)) return backWith(req, reply, message, '/');
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
    return backWith(req, reply, message, fallback);
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

  const ctx: RouteContext = {
    deps,
    sessions,
    sessionId,
    limits,
    cookieSecure,
    tooMany,
    feeds,
    index,
    describeCluster,
    queues,
    knownQueue,
    notFound,
    page,
    pageContext,
    done,
    admin,
    csrfChecked,
    streams,
    liveEveryMs,
    metrics,
  };
  registerPageRoutes(app, ctx);
  registerApiReadRoutes(app, ctx);
  registerActionRoutes(app, ctx);
  registerEventsRoute(app, ctx);
}
