import { createRequire } from 'node:module';
import { isatty } from 'node:tty';
import type { DestinationStream, Logger } from 'pino';
import { pino } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: string;
  name?: string;
  /** File descriptor: 1 (stdout), 2 (stderr, for commands whose stdout carries data), or any other. */
  destination?: number;
  /**
   * Human-readable lines (pino-pretty) instead of JSON. Default: when the destination is a terminal,
   * so `npm start` reads well while services in containers, pipes and files keep JSON.
   */
  pretty?: boolean;
}

type PrettyFactory = (options: Record<string, unknown>) => DestinationStream;

/** pino-pretty is loaded only when asked for: a service writing JSON never pays for it. */
function prettyStream(fd: number): DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as PrettyFactory;
  return pretty({
    destination: fd,
    sync: true,
    colorize: isatty(fd) && !process.env.NO_COLOR,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,process',
    messageFormat: '({process}) {msg}',
    singleLine: true,
  });
}

/**
 * The process logger: pino JSON (pretty on a terminal). `process` names the running command or
 * service (`start`, `fetcher`); each service's child logger adds `service`, each job's adds `queue`,
 * `jobId`, `storyId`, `feedId`.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const fd = options.destination ?? 1;
  const pretty = options.pretty ?? isatty(fd);
  return pino(
    {
      level: options.level ?? 'info',
      base: { process: options.name ?? 'wirefeed', pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    pretty ? prettyStream(fd) : pino.destination({ fd, sync: false }),
  );
}

/** A silent logger for tests and library callers that pass none. */
export function nullLogger(): Logger {
  return pino({ level: 'silent' });
}
