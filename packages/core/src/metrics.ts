import type { Queue } from 'bullmq';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of a Wirefeed process, on a registry of its own (not prom-client's global one, so
 * an embedding application's metrics never collide with ours). Created on first use: importing this
 * module registers nothing.
 */
export interface WirefeedMetrics {
  registry: Registry;
  /** Jobs finished per stage (queue) and outcome: forwarded, a drop reason, failed, retried… */
  jobs: Counter<'stage' | 'outcome'>;
  /** Time a stage spent on one job, from taking it to queuing its output. */
  duration: Histogram<'stage'>;
  /** Fetches per feed and outcome. */
  fetches: Counter<'feed' | 'outcome'>;
  /** From the story's first trace entry (normalized) to its write at a sink. */
  deliveryLatency: Histogram<'sink'>;
}

let metrics: WirefeedMetrics | undefined;
const depthSources = new Set<{ queues: () => Queue[] }>();

export function wirefeedMetrics(): WirefeedMetrics {
  if (metrics) return metrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'wirefeed_' });
  const seconds = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  metrics = {
    registry,
    jobs: new Counter({
      name: 'wirefeed_jobs_total',
      help: 'Jobs finished, by stage (queue) and outcome',
      labelNames: ['stage', 'outcome'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'wirefeed_stage_duration_seconds',
      help: 'Time a stage spent on one job',
      labelNames: ['stage'],
      buckets: seconds,
      registers: [registry],
    }),
    fetches: new Counter({
      name: 'wirefeed_fetches_total',
      help: 'Feed fetches, by feed id and outcome',
      labelNames: ['feed', 'outcome'],
      registers: [registry],
    }),
    deliveryLatency: new Histogram({
      name: 'wirefeed_delivery_latency_seconds',
      help: 'From normalization to the write at a sink',
      labelNames: ['sink'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    }),
  };
  new Gauge({
    name: 'wirefeed_queue_jobs',
    help: 'Jobs in each queue this process works on, by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      const queues = [...depthSources].flatMap((s) => s.queues());
      await Promise.all(
        queues.map(async (q) => {
          const counts = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'prioritized');
          for (const [state, n] of Object.entries(counts)) this.set({ queue: q.name, state }, n);
        }),
      );
    },
  });
  return metrics;
}

/**
 * Count one finished job and time it. A fetch also counts under its feed; a write at a sink also
 * records how long the story took from normalization (its first trace entry) to the sink.
 */
export function observeJob(
  queue: string,
  outcome: string,
  startedAt: number,
  details: { feedId?: string; sink?: string; firstTraceAt?: string } = {},
): void {
  const m = wirefeedMetrics();
  m.jobs.inc({ stage: queue, outcome });
  m.duration.observe({ stage: queue }, (Date.now() - startedAt) / 1000);
  if (details.feedId !== undefined) m.fetches.inc({ feed: details.feedId, outcome });
  if (details.sink !== undefined && details.firstTraceAt !== undefined) {
    const since = Date.now() - Date.parse(details.firstTraceAt);
    if (Number.isFinite(since) && since >= 0) m.deliveryLatency.observe({ sink: details.sink }, since / 1000);
  }
}

/** Report the depth of these queues on every scrape, until the returned function is called. */
export function reportQueueDepth(queues: () => Queue[]): () => void {
  const source = { queues };
  depthSources.add(source);
  return () => depthSources.delete(source);
}

/** The Prometheus text exposition of this process's metrics. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  const { registry } = wirefeedMetrics();
  return { contentType: registry.contentType, body: await registry.metrics() };
}
