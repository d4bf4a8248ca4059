import type { Logger } from 'pino';
import { pino } from 'pino';

export type { Logger } from 'pino';

/**
 * The process logger: pino JSON. `process` names the running command or service (`start`, `fetcher`);
 * each service's child logger adds `service`, each job's adds `queue`, `jobId`, `storyId`, `feedId`.
 * Destination 2 (stderr) is for commands whose stdout carries data, such as `wirefeed process`.
 */
export function createLogger(options: { level?: string; name?: string; destination?: 1 | 2 } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { process: options.name ?? 'wirefeed', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination({ fd: options.destination ?? 1, sync: false }),
  );
}

/** A silent logger for tests and library callers that pass none. */
export function nullLogger(): Logger {
  return pino({ level: 'silent' });
}
