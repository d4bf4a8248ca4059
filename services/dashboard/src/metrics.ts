import type { Producer, SinkSpec } from '@wirefeed/core';
import { metricsText, pipelineQueues, reportQueueDepth, wirefeedMetrics } from '@wirefeed/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Histogram } from 'prom-client';
import { Counter, Histogram as HistogramClass } from 'prom-client';

const startedAt = new WeakMap<FastifyRequest, number>();

/** A metric of the process registry, registered once however many apps a process builds (tests do). */
function once<T>(name: string, make: () => T): T {
  return (wirefeedMetrics().registry.getSingleMetric(name) as T | undefined) ?? make();
}

/**
 * The dashboard's metrics, on the process's registry (core's `/metrics`, which the health server in
 * front of the dashboard answers): its requests by route and status, their duration, and the depth of
 * every pipeline queue (`wirefeed_queue_jobs`), which a dashboard-only process reports for all of them.
 */
export function createDashboardMetrics(deps: {
  producer: Producer;
  sinks: readonly Pick<SinkSpec, 'name'>[];
}) {
  const { registry } = wirefeedMetrics();
  const requests = once(
    'wirefeed_dashboard_requests_total',
    () =>
      new Counter({
        name: 'wirefeed_dashboard_requests_total',
        help: 'Dashboard HTTP requests by route, method and status',
        labelNames: ['route', 'method', 'status'],
        registers: [registry],
      }),
  );
  const duration: Histogram<'route'> = once(
    'wirefeed_dashboard_request_seconds',
    () =>
      new HistogramClass({
        name: 'wirefeed_dashboard_request_seconds',
        help: 'Dashboard HTTP request duration',
        labelNames: ['route'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
        registers: [registry],
      }),
  );
  const stopReporting = reportQueueDepth(() =>
    pipelineQueues(deps.sinks).map((q) => deps.producer.queue(q.queue)),
  );
  return {
    render: metricsText,
    close: stopReporting,
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
