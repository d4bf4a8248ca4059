import type { Worker } from 'bullmq';
import { Job } from 'bullmq';
import type { Logger } from './logger.ts';

export interface Shutdown {
  /** Register a step; steps run in reverse order of registration (last created, first closed). */
  add(name: string, step: () => Promise<unknown> | unknown): void;
  /** Resolves true when every step closed cleanly. */
  run(reason: string): Promise<boolean>;
  readonly started: boolean;
}

/**
 * How long one step may take. A step can hang for good when Redis is unreachable (a `QUIT` on a
 * worker connection waits for a reconnect that never comes); past this the step counts as failed and
 * the next one runs, so SIGTERM still ends the process. The workers' own drain deadline is 10 s.
 */
export const SHUTDOWN_STEP_TIMEOUT_MS = 15_000;

export function createShutdown(log: Logger, stepTimeoutMs = SHUTDOWN_STEP_TIMEOUT_MS): Shutdown {
  const steps: { name: string; step: () => Promise<unknown> | unknown }[] = [];
  let running: Promise<boolean> | undefined;
  return {
    add(name, step) {
      steps.push({ name, step });
    },
    get started() {
      return running !== undefined;
    },
    run(reason) {
      running ??= (async () => {
        log.info({ reason }, 'shutting down');
        let clean = true;
        for (const { name, step } of [...steps].reverse()) {
          let timer: NodeJS.Timeout | undefined;
          try {
            const timeout = new Promise<never>((_, reject) => {
              timer = setTimeout(
                () => reject(new Error(`did not finish within ${stepTimeoutMs} ms`)),
                stepTimeoutMs,
              );
            });
            await Promise.race([Promise.resolve().then(step), timeout]);
            log.debug({ step: name }, 'closed');
          } catch (err) {
            clean = false;
            log.error({ err, step: name }, 'shutdown step failed');
          } finally {
            clearTimeout(timer);
          }
        }
        log.info({ reason, clean }, 'stopped');
        return clean;
      })();
      return running;
    },
  };
}

/** The worker's lock manager: which jobs it holds and with which lock token (BullMQ internals). */
type WithTrackedJobs = { lockManager?: { trackedJobs?: Map<string, { token?: string }> } };

/**
 * Put the jobs a worker still holds back in `wait`, so another replica takes them at once instead of
 * after the lock lapses and a stalled check runs (up to a minute). Bounded, for a Redis that is away;
 * anything not released this way is still recovered as stalled.
 */
async function releaseHeldJobs(worker: Worker, timeoutMs = 2_000): Promise<void> {
  const tracked = (worker as unknown as WithTrackedJobs).lockManager?.trackedJobs;
  if (!tracked?.size) return;
  const held = [...tracked].flatMap(([id, t]) => (t.token ? [{ id, token: t.token }] : []));
  const release = Promise.allSettled(
    held.map(async ({ id, token }) => (await Job.fromId(worker, id))?.moveToWait(token)),
  );
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([release, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
}

/**
 * Stop taking jobs and let active ones finish, up to a deadline. Past it, the jobs still running are
 * put back in `wait` for another replica and the worker's connection is dropped (a job that could not
 * be put back is taken over as stalled once its lock lapses). Nothing is lost: they re-run, and job ids
 * and sinks make the re-run harmless. BullMQ's own `close(true)` cannot be used here: once a graceful
 * close is under way it returns that same close.
 */
export async function closeWorker(worker: Worker, deadlineMs: number): Promise<'drained' | 'forced'> {
  let timer: NodeJS.Timeout | undefined;
  const graceful = worker.close().then(() => 'drained' as const);
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), deadlineMs);
  });
  const first = await Promise.race([graceful, deadline]);
  clearTimeout(timer);
  if (first === 'drained') return first;
  graceful.catch(() => undefined);
  await releaseHeldJobs(worker);
  worker.cancelAllJobs('shutdown deadline');
  await worker.disconnect().catch(() => undefined);
  return 'forced';
}

/** Wire SIGTERM and SIGINT to the shutdown; a second signal exits at once. Only for main.ts files. */
export function installSignalHandlers(shutdown: Shutdown, onDone: (code: number) => void): void {
  const handle = (signal: NodeJS.Signals) => {
    if (shutdown.started) {
      onDone(130);
      return;
    }
    void shutdown.run(signal).then((clean) => onDone(clean ? 0 : 1));
  };
  process.once('SIGTERM', handle);
  process.on('SIGINT', handle);
}
