import { randomBytes } from 'node:crypto';
import type { Config, FetchJob, Producer, RunSummary, SinkSpec } from '@wirefeed/core';
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
import { createDedupIndex } from '@wirefeed/dedup';
import { feedIdFor } from '@wirefeed/feeds/subscriptions';
import { writtenMarksKey } from '@wirefeed/sinks';
import type { ProgressMode } from '../progress.ts';
import { createProgress, failureLine } from '../progress.ts';
import { loadPipeline } from '../service-loaders.ts';
import { resolveSource } from '../sources.ts';
import { queuesAfterDedup, takeBackUndelivered } from './undelivered.ts';

export interface ProcessOptions {
  /** Feed files or http(s) URLs, as given: checked here (see resolveSource). */
  sources: string[];
  out?: string;
  format: 'story' | 'ninjs';
  duplicates: 'drop' | 'mark';
  timeoutMs: number;
  /** Deliver to the configured sinks instead of stdout / --out. */
  sinks?: boolean;
  /** How progress shows on stderr; default: live on a terminal, plain lines otherwise. */
  progress?: ProgressMode;
  /** The JSON log on stderr (LOG_LEVEL, else debug). */
  verbose?: boolean;
}

/**
 * The summary line; failures were printed one by one as they settled. A feed that could not be read
 * has no items to count as failed, so it is counted apart: the line must not say "0 failed" of a run
 * that exits 1.
 */
export function formatSummary(summary: RunSummary): string {
  const c = summary.counts;
  const feedErrors = summary.feeds.filter((f) => f.error).length;
  const feeds = `${summary.feeds.length} feed(s)${feedErrors > 0 ? ` (${feedErrors} could not be read)` : ''}`;
  return (
    `wirefeed process: ${feeds}, ${summary.itemsRead} item(s) read, ${c.delivered} delivered, ` +
    `${c.duplicate} duplicate(s) dropped, ${c.unchanged} unchanged, ${c.failed} failed` +
    `${c.unrouted > 0 ? `, ${c.unrouted} matched no sink's rules` : ''}\n`
  );
}

/** Sink queues of this run still holding work: a story fanned out to several sinks settles at the first. */
async function sinkWorkPending(producer: Producer, sinks: readonly SinkSpec[]): Promise<boolean> {
  for (const sink of sinks) {
    const counts = await producer
      .queue(sinkQueueName(sink.name))
      .getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    if (Object.values(counts).some((n) => n > 0)) return true;
  }
  return false;
}

/**
 * The one-shot run: the real queues and workers, isolated under a per-run queue prefix (so a running
 * `wirefeed start` on the same Redis never takes these jobs). Its dedup index and sink records are a
 * namespace of their own (`{wirefeed}:oneshot`), except with `--sinks`: then it delivers to the
 * services' own sinks, so it shares their records, and a story lands once per sink whoever wrote it.
 * Returns the exit code: 0 when every item was delivered or dropped as a duplicate.
 */
export async function processCommand(config: Config, options: ProcessOptions): Promise<number> {
  // The same source twice is one feed: it would otherwise be one fetch job expected twice.
  const resolved: string[] = [];
  for (const source of options.sources) resolved.push(await resolveSource(source, 'process', config));
  const sources = [...new Set(resolved)];
  const sourceOf = new Map(sources.map((url) => [feedIdFor(url), url]));
  // The JSON log only when asked for: failures are shown as one line each below.
  const verbose = options.verbose === true || Boolean(process.env.LOG_LEVEL);
  const log = createLogger({
    level: verbose ? (process.env.LOG_LEVEL ? config.LOG_LEVEL : 'debug') : 'silent',
    name: 'process',
    destination: 2,
  });
  const runId = randomBytes(6).toString('hex');
  // Without --sinks the sink's name scopes its record of what it wrote: per run, so a story the
  // dedup index has forgotten (its window passed) is written again by a later run.
  const ownSink: SinkSpec = options.out
    ? { kind: 'file', name: `out-${runId}`, target: options.out }
    : { kind: 'stdout', name: `out-${runId}`, target: '' };
  const sinks = options.sinks ? config.WIREFEED_SINKS : [ownSink];
  const storiesToTerminal = !options.sinks && !options.out && process.stdout.isTTY === true;
  const runConfig: Config = {
    ...config,
    WIREFEED_SINKS: sinks,
    WIREFEED_FORMAT: options.format,
    WIREFEED_DUPLICATES: options.duplicates,
  };
  const progress = createProgress({
    write: (text) => process.stderr.write(text),
    // A line redrawn in place would be torn by stories printed to the same terminal: whole lines then.
    mode: options.progress ?? (process.stderr.isTTY && !storiesToTerminal ? 'live' : 'lines'),
    feedsTotal: sources.length,
  });
  const redis = await ensureRedis(config, log);
  let host: Awaited<ReturnType<typeof startHost>> | undefined;
  const closers: (() => void)[] = [];
  // Ctrl-C ends the wait; the finally block still removes the run's queues.
  const interrupt = new AbortController();
  const interrupted = interrupt.signal;
  const onSignal = () => interrupt.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // `wirefeed process feed.xml | head`: once the reader is gone, end the run as an interrupt does
  // (queues removed, the private Redis released) instead of dying of an unhandled EPIPE. Left on:
  // writes still in flight fail after the run too.
  let stdoutClosed = false;
  process.stdout.on('error', () => {
    stdoutClosed = true;
    interrupt.abort();
  });
  try {
    // A Redis that does not answer (a wrong REDIS_URL) fails the run here, named, instead of the
    // workers waiting for it in silence until --timeout.
    const probe = createRedis(redis.url, 'producer', 'wirefeed-process-probe', log);
    await whenReady(probe, redis.url).finally(() => probe.disconnect());
    const keyPrefix = `{${config.WIREFEED_PREFIX}}`;
    host = await startHost({
      config: runConfig,
      log,
      redisUrl: redis.url,
      factories: await loadPipeline(),
      queuePrefix: `${keyPrefix}:p${runId}`,
      statePrefix: options.sinks ? keyPrefix : `${keyPrefix}:oneshot`,
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
    const reported = new Set<string>();
    const report = (s: RunSummary) => {
      for (const f of s.feeds) {
        if (f.error && !reported.has(`feed:${f.feedId}`)) {
          reported.add(`feed:${f.feedId}`);
          progress.print(failureLine({ feedId: f.feedId, reason: f.error }, (id) => sourceOf.get(id)));
        }
      }
      for (const f of s.failures) {
        if (!reported.has(`item:${f.item}`)) {
          reported.add(`item:${f.item}`);
          progress.print(failureLine(f, (id) => sourceOf.get(id)));
        }
      }
    };
    let summary: RunSummary | undefined;
    let settled = false;
    while (!settled && Date.now() < deadline && !interrupted.aborted) {
      summary = (await readRun(poller, keyPrefix, runId).catch(() => undefined)) ?? summary;
      if (summary) report(summary);
      progress.update(summary);
      // Every item settled at one sink at least; with several sinks, wait for the others as well.
      settled =
        summary?.done === true &&
        (sinks.length === 1 || !(await sinkWorkPending(producer, sinks).catch(() => true)));
      if (!settled) await new Promise((r) => setTimeout(r, 100));
    }
    if (settled && sinks.length > 1) {
      summary = (await readRun(poller, keyPrefix, runId).catch(() => undefined)) ?? summary;
      if (summary) report(summary);
    }
    progress.finish();
    const feedErrors = summary?.feeds.filter((f) => f.error).length ?? 0;
    const ok = settled && (summary?.counts.failed ?? 0) === 0 && feedErrors === 0;
    if (summary && (options.progress !== 'off' || !ok)) process.stderr.write(formatSummary(summary));
    if (!settled) {
      const unsettled = summary ? summary.itemsRead - summary.settled : 0;
      const why = stdoutClosed
        ? 'stdout closed'
        : interrupted.aborted
          ? 'interrupted'
          : `timed out after ${options.timeoutMs / 1000}s`;
      process.stderr.write(`wirefeed process: ${why} with ${unsettled} item(s) unsettled\n`);
      return interrupted.aborted && !stdoutClosed ? 130 : 1;
    }
    return ok ? 0 : 1;
  } finally {
    progress.finish();
    for (const close of closers) close();
    if (host) {
      await host.close(5_000);
      // The run's queues are private to it; remove them rather than leave completed jobs behind.
      const conn = createRedis(redis.url, 'producer', 'wirefeed-cleanup');
      // Fail-fast connection: on a Cluster, commands sent before slot discovery would all be refused.
      await whenReady(conn, redis.url, 5_000).catch(() => undefined);
      const cleanup = createProducer({ connection: conn, prefix: host.deps.queuePrefix });
      const queues = [...STAGES, ...sinks.map((s) => sinkQueueName(s.name))];
      // Stories refused by a sink or cut short go with the queues: the next run must send them again.
      const index = createDedupIndex({ redis: conn, prefix: host.deps.statePrefix });
      const afterDedup = queuesAfterDedup(sinks.map((s) => s.name));
      const replays = await takeBackUndelivered(cleanup, afterDedup, index).catch((err: unknown) => {
        log.warn({ err }, 'undelivered stories not taken back from the dedup index');
        return 0;
      });
      if (replays > 0)
        process.stderr.write(
          `wirefeed process: ${replays} story(ies) not delivered; the next run over the same feed sends them again\n`,
        );
      for (const name of queues) {
        await cleanup
          .queue(name)
          .obliterate({ force: true })
          .catch(() => undefined);
      }
      await cleanup.close();
      // A run's own sink keeps no record past the run; configured sinks keep theirs (--sinks).
      if (!options.sinks)
        await conn.del(writtenMarksKey(host.deps.statePrefix, ownSink)).catch(() => undefined);
      conn.disconnect();
    }
    log.flush();
    await redis.release();
    // Held until here: a second Ctrl-C during the cleanup would leave the run's queues behind and
    // its undelivered stories half taken back.
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
