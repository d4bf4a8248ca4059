import type { FastifyInstance } from 'fastify';
import { pipelineOverview } from './pipeline.ts';
import type { RouteContext } from './route-context.ts';
import { latestDelivered } from './stories.ts';

/** Live updates over SSE: the pipeline overview and the latest stories, every `liveEveryMs`. */
export function registerEventsRoute(app: FastifyInstance, ctx: RouteContext): void {
  const { deps, streams, liveEveryMs } = ctx;
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
}
