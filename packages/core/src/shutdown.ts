import type { Worker } from 'bullmq';
import type { Logger } from './logger.ts';

export interface Shutdown {
  /** Register a step; steps run in reverse order of registration (last created, first closed). */
  add(name: string, step: () => Promise<unknown> | unknown): void;
  /** Resolves true when every step closed cleanly. */
  run(reason: string): Promise<boolean>;
  readonly started: boolean;
}

export function createShutdown(log: Logger): Shutdown {
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
          try {
            await step();
            log.debug({ step: name }, 'closed');
          } catch (err) {
            clean = false;
            log.error({ err, step: name }, 'shutdown step failed');
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
