import type { Producer, SinkSpec } from '@wirefeed/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { pipelineCounts } from './pipeline.ts';

const startedAt = new WeakMap<FastifyRequest, number>();

/**
 * The dashboard's own Prometheus metrics: process metrics, its requests by route and status, and
 * the pipeline's job counts per queue and state (read from Redis when scraped).
 */
export function createDashboardMetrics(deps: { producer: Producer; sinks: readonly SinkSpec[] }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'wirefeed_dashboard_' });
  const requests = new Counter({
    name: 'wirefeed_dashboard_requests_total',
    help: 'Dashboard HTTP requests by route, method and status',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'wirefeed_dashboard_request_seconds',
    help: 'Dashboard HTTP request duration',
    labelNames: ['route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  new Gauge({
    name: 'wirefeed_queue_jobs',
    help: 'Jobs per pipeline queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const stage of await pipelineCounts(deps.producer, [...deps.sinks]))
        for (const [state, n] of Object.entries(stage.counts)) this.set({ queue: stage.queue, state }, n);
    },
  });
  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    started(req: FastifyRequest) {
      startedAt.set(req, performance.now());
    },
    finished(req: FastifyRequest, reply: FastifyReply) {
      // The route pattern, not the URL: ids must not become label values.
      const route = req.routeOptions.url ?? 'unmatched';
      requests.inc({ route, method: req.method, status: String(reply.statusCode) });
      const t0 = startedAt.get(req);
      if (t0 !== undefined) duration.observe({ route }, (performance.now() - t0) / 1000);
    },
  };
}
