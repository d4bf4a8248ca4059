import type { pipelineQueues } from '@wirefeed/core';
import type { StoryIndex } from '@wirefeed/story-index';
import type { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import type { AppDeps } from './app.ts';
import type { AuthLimits } from './auth-limits.ts';
import type { createFeedActions } from './feeds.ts';
import type { createDashboardMetrics } from './metrics.ts';
import type { PageContext } from './pages.ts';
import type { Sessions } from './sessions.ts';
import type { DedupCluster } from './trace.ts';

/** What the route modules share, built once by `createApp`. */
export interface RouteContext {
  deps: AppDeps;
  sessions: Sessions;
  /** The id in the request's session cookie, when its signature holds. */
  sessionId: (req: FastifyRequest) => string | undefined;
  limits: AuthLimits;
  /** The session cookie's `secure`: true behind an https public URL, else as the request came. */
  cookieSecure: boolean | 'auto';
  /** Answer 429: too many failed credentials from the client's address. */
  tooMany: (reply: FastifyReply) => FastifyReply;
  feeds: ReturnType<typeof createFeedActions>;
  index: StoryIndex;
  describeCluster: (id: string) => Promise<DedupCluster | undefined>;
  queues: ReturnType<typeof pipelineQueues>;
  /** The queue of that name if it is one of this pipeline's; a 404 otherwise. */
  knownQueue: (name: string | undefined) => Queue;
  notFound: (what: string) => Error & { statusCode: number };
  /** Send an HTML page, never cached. */
  page: (reply: FastifyReply, body: string) => FastifyReply;
  pageContext: (req: FastifyRequest, reply: FastifyReply) => PageContext;
  /** Answer an action: JSON for API clients, back to the page (with a message) for forms. */
  done: (
    req: FastifyRequest,
    reply: FastifyReply,
    result: Record<string, unknown>,
    message: string,
    fallback?: string,
  ) => FastifyReply;
  /** Route options of an admin action: CSRF (for pages) and the admin role. */
  admin: { preHandler: preHandlerHookHandler[] };
  csrfChecked: preHandlerHookHandler;
  /** Ends every open SSE stream (on close). */
  streams: Set<() => void>;
  liveEveryMs: number;
  metrics: ReturnType<typeof createDashboardMetrics>;
}
