// The task pool's restart pause, its budgets in CPU time and the errors a thread sends back (task-pool.ts).
import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from './errors.ts';
import { ErrorCatalog, WirefeedError } from './errors.ts';
import type { SentError } from './task-protocol.ts';

// A thread that dies before it is ready this many times in a row cannot start (a broken module):
// waiting tasks fail, and the next attempt waits, rather than respawning in a tight loop.
export const START_FAILURES_BEFORE_PAUSE = 3;
export const RESTART_PAUSE_MS = 5_000;

/**
 * A task's budget is the CPU time its thread spent on it: on a loaded machine (two cores shared by a
 * dozen processes) a thread may get a tenth of a core, and a wall-clock budget then failed healthy
 * items for good as too complex (measured: 300 ms of wall time gave a thread 20 ms of CPU). This
 * many budgets of wall time still stop a task whatever its CPU time (a thread blocked, not working).
 */
export const WALL_BUDGETS = 10;
/** The shortest wait before looking at a starved thread's CPU time again. */
export const RECHECK_MS = 50;

/** The thread's CPU time so far, in ms; undefined once it is gone (or where Node cannot tell). */
export async function threadCpuMs(worker: Worker): Promise<number | undefined> {
  try {
    const { user, system } = await worker.cpuUsage();
    return (user + system) / 1_000;
  } catch {
    return undefined;
  }
}

export function fromSent(sent: SentError): Error {
  if (sent.code !== undefined && Object.hasOwn(ErrorCatalog, sent.code)) {
    return new WirefeedError(sent.code as ErrorCode, sent.message, {
      ...(sent.retryable === undefined ? {} : { retryable: sent.retryable }),
      ...(sent.details ? { details: sent.details } : {}),
    });
  }
  const err = new Error(sent.message);
  err.name = sent.name;
  if (sent.stack) err.stack = sent.stack;
  return err;
}

export const tooComplex = (message: string, details: Record<string, unknown>) =>
  new WirefeedError('WF_E_ITEM_TOO_COMPLEX', message, { details });

/** A task waiting or in flight (task-pool.ts). */
export interface Pending {
  id: number;
  task: string;
  input: unknown;
  ahead?: readonly string[];
  budgetMs: number;
  /** With `ahead`: the task's own budget, for a run alone when the trip fails. */
  soloBudgetMs?: number;
  /**
   * Was in flight on a thread that failed with another task: it runs again with no task sent behind
   * or ahead of it, so a failure is its own.
   */
  alone?: boolean;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

/** A task thread and what it holds (task-pool.ts). */
export interface Slot {
  worker: Worker;
  /** Loaded the modules it was started with. */
  ready: boolean;
  /** Modules asked of it since, not yet loaded. */
  loading: number;
  running?: Pending;
  /**
   * Sent behind `running`: the thread starts it as soon as `running` is done, without waiting for
   * the main thread to read that answer and send more (a busy event loop kept the thread idle a
   * third of the time). Its budget counts from when `running`'s answer arrives.
   */
  next?: Pending;
  timer?: NodeJS.Timeout;
  /** When `running`'s budget started, and the thread's CPU time (ms) then: its budget is CPU time. */
  budgetFrom?: { at: number; cpuMs: Promise<number | undefined> };
  /** CPU time (ms) in its last message: where the next budget starts (asking cost 2–4 % of a main thread). */
  cpuMs?: number;
  idleTimer?: NodeJS.Timeout;
  /** Set when the pool stopped it (budget, close): its exit is expected. */
  stopping?: boolean;
  /** Failed (its heap): it takes nothing more while it exits. */
  dying?: boolean;
}
