import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config, FetchJob, RunSummary, SinkSpec } from '@wirefeed/core';
import {
  createLogger,
  createProducer,
  createRedis,
  ensureRedis,
  jobIds,
  readRun,
  STAGES,
  Stage,
  sinkQueueName,
  startHost,
  startRun,
  whenReady,
} from '@wirefeed/core';
import { feedIdFor } from '@wirefeed/service-scheduler';
import { writtenMarksKey } from '@wirefeed/sinks';
import { PIPELINE_SERVICES } from '../service-registry.ts';

export interface ProcessOptions {
  sources: string[];
  out?: string;
  format: 'story' | 'ninjs';
  duplicates: 'drop' | 'mark';
  timeoutMs: number;
}

export { UsageError } from '../usage-error.ts';

import { UsageError } from '../usage-error.ts';

/** A SOURCE is an http(s) URL or a path to a feed file; paths are made absolute so ids don't depend on cwd. */
export function resolveSource(source: string): string {
  if (/^https?:\/\//i.test(source)) return source;
  const path = resolve(source.replace(/^file:\/\//, ''));
  if (!existsSync(path)) throw new UsageError(`no such file: ${source}`);
  return path;
}

export function formatSummary(summary: RunSummary): string {
  const c = summary.counts;
  const lines = [
    `wirefeed process: ${summary.feeds.length} feed(s), ${summary.itemsRead} item(s) read, ${c.delivered} delivered, ` +
      `${c.duplicate} duplicate(s) dropped, ${c.unchanged} unchanged, ${c.failed} failed`,
  ];
  for (const f of summary.feeds) if (f.error) lines.push(`  feed ${f.feedId} failed: ${f.error}`);
  for (const f of summary.failures.slice(0, 20)) lines.push(`  item ${f.item} failed: ${f.reason}`);
  if (summary.failures.length > 20) lines.push(`  … and ${summary.failures.length - 20} more`);
  return `${lines.join('\n')}\n`;
}

/**
 * The one-shot run: the real queues and workers, isolated under a per-run queue prefix (so a running
 * `wirefeed start` on the same Redis never takes these jobs), sharing the dedup index with everything
 * else. Returns the exit code: 0 when every item was delivered or dropped as a duplicate.
 */
export async function processCommand(config: Config, options: ProcessOptions): Promise<number> {
  // The same source twice is one feed: it would otherwise be one fetch job expected twice.
  const sources = [...new Set(options.sources.map(resolveSource))];
  const log = createLogger({
    level: process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn',
    name: 'process',
    destination: 2,
  });
  const runId = randomBytes(6).toString('hex');
  // The sink's name scopes its record of what it wrote: per run, so a story the dedup index has
  // forgotten (its window passed) is written again by a later run instead of being skipped.
  const sinkName = `out-${runId}`;
  const sink: SinkSpec = options.out
    ? { kind: 'file', name: sinkName, target: options.out }
    : { kind: 'stdout', name: sinkName, target: '' };
  const runConfig: Config = {
    ...config,
    WIREFEED_SINKS: [sink],
    WIREFEED_FORMAT: options.format,
    WIREFEED_DUPLICATES: options.duplicates,
  };
  const redis = await ensureRedis(config, log);
  let host: Awaited<ReturnType<typeof startHost>> | undefined;
  const closers: (() => void)[] = [];
  // Ctrl-C ends the wait; the finally block still removes the run's queues.
  const interrupt = new AbortController();
  const interrupted = interrupt.signal;
  const onSignal = () => interrupt.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const keyPrefix = `{${config.WIREFEED_PREFIX}}`;
    host = await startHost({
      config: runConfig,
      log,
      redisUrl: redis.url,
      factories: PIPELINE_SERVICES,
      queuePrefix: `${keyPrefix}:p${runId}`,
      statePrefix: `${keyPrefix}:oneshot`,
    });
    const { connection, producer } = host.deps;
    // The producer's connection fails fast and startHost waits only for the workers' one: on a Redis
    // Cluster it is often still discovering slots here ("Cluster isn't ready"), so wait for it.
    await producer.queue(Stage.fetch).waitUntilReady();
    // Polled on a fail-fast connection: if Redis goes away the loop keeps its deadline instead of waiting.
    const poller = createRedis(redis.url, 'producer', 'wirefeed-process-poll', log);
    closers.push(() => poller.disconnect());
    await startRun(connection, keyPrefix, runId, sources.length);
    const run = { id: runId };
    await producer.add(
      sources.map((url) => {
        const data: FetchJob = { feedId: feedIdFor(url), url, run };
        return { queue: Stage.fetch, jobId: jobIds.fetch(data.feedId, run), data };
      }),
    );
    const deadline = Date.now() + options.timeoutMs;
    let summary: RunSummary | undefined;
    while (!summary?.done && Date.now() < deadline && !interrupted.aborted) {
      summary = (await readRun(poller, keyPrefix, runId).catch(() => undefined)) ?? summary;
      if (!summary?.done) await new Promise((r) => setTimeout(r, 100));
    }
    if (summary) process.stderr.write(formatSummary(summary));
    if (!summary?.done) {
      const unsettled = summary ? summary.itemsRead - summary.settled : 0;
      const why = interrupted.aborted ? 'interrupted' : `timed out after ${options.timeoutMs / 1000}s`;
      process.stderr.write(`wirefeed process: ${why} with ${unsettled} item(s) unsettled\n`);
      return interrupted.aborted ? 130 : 1;
    }
    const feedErrors = summary.feeds.filter((f) => f.error).length;
    return summary.counts.failed > 0 || feedErrors > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    for (const close of closers) close();
    if (host) {
      await host.close(5_000);
      // The run's queues are private to it; remove them rather than leave completed jobs behind.
      const conn = createRedis(redis.url, 'producer', 'wirefeed-cleanup');
      // Fail-fast connection: on a Cluster, commands sent before slot discovery would all be refused.
      await whenReady(conn, redis.url, 5_000).catch(() => undefined);
      const cleanup = createProducer({ connection: conn, prefix: host.deps.queuePrefix });
      for (const name of [...STAGES, sinkQueueName(sink.name)]) {
        await cleanup
          .queue(name)
          .obliterate({ force: true })
          .catch(() => undefined);
      }
      await cleanup.close();
      await conn.del(writtenMarksKey(host.deps.keyPrefix, sink)).catch(() => undefined);
      conn.disconnect();
    }
    log.flush();
    await redis.release();
  }
}
