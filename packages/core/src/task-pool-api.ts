import type { Logger } from './logger.ts';

// What `createTaskPool` (task-pool.ts) offers, and how it is configured.

export interface TaskPoolOptions {
  /** What the threads do (`stage`): in logs. */
  name: string;
  /** Threads kept running once a module is in use; tasks beyond them wait their turn. */
  threads: number;
  /**
   * The longest one task may run, in CPU time of its thread, counted from when a thread takes it (not
   * while it waits, nor while a thread loads its modules), so a loaded machine does not fail healthy
   * items; ten times this in wall time stops it whatever its CPU time. A task past it fails
   * `WF_E_ITEM_TOO_COMPLEX`; its thread is replaced.
   * A task sent behind a busy thread's waits for that one (at most this long) even if another thread
   * frees up meanwhile; its own budget starts when the one before answers.
   */
  budgetMs: number;
  /** Heap of one thread (V8 old space); a task that needs more fails `WF_E_ITEM_TOO_COMPLEX`. */
  maxHeapMb?: number;
  /**
   * A thread idle this long is stopped, its memory returned, and started again when a task comes.
   * Unset: threads run from the first `use` until `close`.
   */
  idleMs?: number;
  log: Logger;
}

/**
 * CPU-heavy, pure work run off the event loop, each task within a time budget. Task modules (see
 * `TaskModule`) are loaded into every thread; the process's stages share the threads, so each module
 * (language models, a gazetteer) is in memory once per thread, not once per stage.
 */
export interface TaskPool {
  /** Load a task module into every thread, present and future. Threads start with the first one. */
  use(module: URL): void;
  /**
   * Run a task of a loaded module; rejects with what the task threw (a `WirefeedError` keeps its code).
   * `budgetMs` replaces the pool's budget for this task.
   */
  run<O>(task: string, input: unknown, options?: { budgetMs?: number }): Promise<O>;
  /**
   * Run `task`, then in the same thread and the same trip each task of `ahead` on its output: work
   * done ahead for later stages, so the output crosses the thread boundary once. A follow-up that
   * throws or is not loaded is missing from `ahead`; `task` failing fails the whole. The budget is the
   * pool's (or `budgetMs`) once per task. A trip past that, or one that takes its thread down, is run
   * again as `task` alone on its own budget (the trip says nothing until it is done, so the pool
   * cannot tell which task was at fault): work done ahead never fails the task.
   */
  runAhead<O>(
    task: string,
    input: unknown,
    ahead: readonly string[],
    options?: { budgetMs?: number },
  ): Promise<{ value: O; ahead: Record<string, unknown> }>;
  /**
   * Resolves once every thread has loaded every module in use (their `warm()` done), or could not
   * start: a service waits for it before it takes jobs, so its first item is not counted against
   * the time a thread takes to load.
   */
  ready(): Promise<void>;
  /** Stops every thread; tasks not finished reject. */
  close(): Promise<void>;
}
