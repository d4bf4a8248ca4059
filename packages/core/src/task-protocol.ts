import { isWirefeedError } from './errors.ts';

// The messages between `createTaskPool` (main thread) and `task-thread-main.ts` (each task thread).

/**
 * What a task module exports for the pool: its pure functions by task name, and optionally a
 * `warm()` run once when a thread loads it (building a gazetteer), outside any task's budget.
 */
export interface TaskModule {
  tasks: Readonly<Record<string, (input: never) => unknown>>;
  warm?(): void | Promise<void>;
}

export type ToThread =
  /** `ahead`: tasks run after `task` in the same trip, each on its output (see `TaskPool.runAhead`). */
  | { kind: 'run'; id: number; task: string; input: unknown; ahead?: readonly string[] }
  | { kind: 'load'; module: string };

/**
 * What a task thread reports: ready once its modules are loaded, then one answer per message; each
 * with the thread's CPU time (ms) as it sent it.
 */
export type FromThread = (
  | { kind: 'ready' }
  | { kind: 'loaded'; module: string; error?: SentError }
  | { kind: 'done'; id: number; value: unknown; ahead?: Record<string, unknown> }
  | { kind: 'failed'; id: number; error: SentError }
) & { cpuMs?: number };

/** An error as it crosses the thread boundary: structured clone keeps no class and no own fields. */
export interface SentError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  retryable?: boolean;
  details?: Record<string, unknown>;
}

// Details are plain data by convention; anything that cannot cross a thread boundary is left behind.
function cloneable(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  try {
    return structuredClone({ ...details });
  } catch {
    return {};
  }
}

export function toSent(err: unknown): SentError {
  if (isWirefeedError(err)) {
    return {
      name: err.name,
      message: err.message,
      code: err.code,
      retryable: err.retryable,
      ...(err.details ? { details: cloneable(err.details) } : {}),
    };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}
