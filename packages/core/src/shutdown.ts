import type { Worker } from 'bullmq';
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

/**
 * Stop taking jobs and let active ones finish, up to a deadline. Past it, the worker's connection is
 * dropped: its active jobs' locks lapse and another replica takes them over as stalled (nothing is lost,
 * they re-run; job ids and sinks make the re-run harmless). BullMQ's own `close(true)` cannot be used
 * here: once a graceful close is under way it returns that same close.
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
