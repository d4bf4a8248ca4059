import { Worker } from 'node:worker_threads';
import { WirefeedError } from './errors.ts';
import type { TaskPool, TaskPoolOptions } from './task-pool-api.ts';
import * as support from './task-pool-support.ts';
import type { FromThread, ToThread } from './task-protocol.ts';

type Pending = support.Pending;
type Slot = support.Slot;

export type { TaskPool, TaskPoolOptions } from './task-pool-api.ts';

const ENTRY = new URL('./task-thread-main.ts', import.meta.url);
const YOUNG_GENERATION_MB = 8;
/**
 * A pool of worker threads for the stages' pure functions (normalize, enrich), so that an item that
 * takes long — hostile markup, a huge body — never blocks the event loop that renews job locks,
 * answers /healthz and runs the other stages. Each thread takes one task at a time; a task past
 * `budgetMs` or over `maxHeapMb` fails with `WF_E_ITEM_TOO_COMPLEX` (permanent: the same item would
 * do the same again) and only its thread is replaced.
 */
export function createTaskPool(options: TaskPoolOptions): TaskPool {
  const log = options.log.child({ component: 'task-pool', pool: options.name });
  const modules: string[] = [];
  const slots = new Set<Slot>();
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;
  let startFailures = 0;
  let pausedUntil = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let waiters: (() => void)[] = [];
  const loaded = () => [...slots].every((slot) => slot.ready && slot.loading === 0);
  const wake = () => {
    if (!loaded() && Date.now() >= pausedUntil && !closed) return;
    const waiting = waiters;
    waiters = [];
    for (const resolve of waiting) resolve();
  };

  const takes = (slot: Slot) => slot.ready && slot.loading === 0 && !slot.stopping && !slot.dying;
  const dispatch = () => {
    // Idle threads first; then one more task behind each busy one.
    for (const slot of slots) if (!slot.running && takes(slot)) send(slot);
    for (const slot of slots) {
      const head = queue[0];
      if (slot.running && !slot.next && takes(slot) && head && !head.alone && !slot.running.alone) send(slot);
    }
  };
  const send = (slot: Slot) => {
    const task = queue.shift();
    if (!task) return;
    clearTimeout(slot.idleTimer);
    if (slot.running) slot.next = task;
    else {
      slot.running = task;
      startBudget(slot);
    }
    const message: ToThread = {
      kind: 'run',
      id: task.id,
      task: task.task,
      input: task.input,
      ...(task.ahead ? { ahead: task.ahead } : {}),
    };
    slot.worker.postMessage(message);
  };

  // The running task answered: the one sent behind it runs now, on its own budget.
  const settle = (slot: Slot): Pending | undefined => {
    const task = slot.running;
    clearTimeout(slot.timer);
    slot.running = slot.next;
    slot.next = undefined;
    slot.timer = undefined;
    slot.budgetFrom = undefined;
    if (slot.running) startBudget(slot);
    return task;
  };
  // The thread is gone or going: what it held.
  const empty = (slot: Slot): { running?: Pending; next?: Pending } => {
    const held = {
      ...(slot.running ? { running: slot.running } : {}),
      ...(slot.next ? { next: slot.next } : {}),
    };
    clearTimeout(slot.timer);
    slot.running = undefined;
    slot.next = undefined;
    slot.timer = undefined;
    slot.budgetFrom = undefined;
    return held;
  };
  /**
   * A thread failed (its heap, a crash) holding these: with two in flight, either may have been at
   * fault (the answer to the first may not have arrived), so both run again alone, first in line;
   * a task alone is the cause.
   */
  const failed = (held: { running?: Pending; next?: Pending }, err: Error) => {
    const { running, next } = held;
    if (!running) return;
    if (!next) return lose(running, err);
    queue.unshift({ ...running, alone: true }, { ...next, alone: true });
  };

  /**
   * A task whose thread failed it: rejected, unless it ran with follow-ups, which may have been at
   * fault: then it runs again alone, first in line, its value given back with nothing ahead. A caller
   * dispatches once the failed thread is out of the pool.
   */
  const lose = (task: Pending, err: Error) => {
    if (!task.ahead) return task.reject(err);
    log.warn(
      { task: task.task, ahead: task.ahead, err },
      'trip with work ahead failed; task run again alone',
    );
    queue.unshift({
      id: nextId++,
      task: task.task,
      input: task.input,
      budgetMs: task.soloBudgetMs ?? task.budgetMs,
      // Nothing sent behind it either: if it fails now, it is the cause.
      alone: true,
      resolve: (value) => task.resolve({ value, ahead: {} }),
      reject: task.reject,
    });
  };

  /** `running`'s budget starts now: looked at once it could be spent, i.e. after that much wall time. */
  const startBudget = (slot: Slot) => {
    const task = slot.running as Pending;
    const cpuMs = slot.cpuMs === undefined ? support.threadCpuMs(slot.worker) : Promise.resolve(slot.cpuMs);
    slot.budgetFrom = { at: Date.now(), cpuMs };
    slot.timer = setTimeout(() => void checkBudget(slot, task), task.budgetMs);
  };
  /**
   * The task has run its budget in wall time: stopped if its thread spent that much CPU on it (or
   * `WALL_BUDGETS` budgets of wall time went by); a thread that was only starved of CPU (a loaded
   * machine) is looked at again once the rest of the budget could be spent.
   */
  const checkBudget = async (slot: Slot, task: Pending) => {
    const from = slot.budgetFrom;
    if (slot.running !== task || !from) return;
    const [start, now] = await Promise.all([from.cpuMs, support.threadCpuMs(slot.worker)]);
    // Answered, failed or stopped while the CPU times were read.
    if (slot.running !== task || slot.budgetFrom !== from) return;
    const left = start === undefined || now === undefined ? 0 : task.budgetMs - (now - start);
    if (left > 0 && Date.now() - from.at < task.budgetMs * support.WALL_BUDGETS) {
      slot.timer = setTimeout(() => void checkBudget(slot, task), Math.max(left, support.RECHECK_MS));
      return;
    }
    overBudget(slot);
  };

  const overBudget = (slot: Slot) => {
    const { running: task, next } = empty(slot);
    if (!task) return;
    // The task behind it never started, or finished in time: it runs again on another thread.
    if (next) queue.unshift(next);
    log.warn({ task: task.task, budgetMs: task.budgetMs }, 'task over its time budget; thread replaced');
    slot.stopping = true;
    slots.delete(slot);
    void slot.worker.terminate();
    lose(
      task,
      support.tooComplex(`${task.task} took longer than its budget of ${task.budgetMs} ms`, {
        budgetMs: task.budgetMs,
      }),
    );
    fill();
    dispatch();
  };

  const stopWhenIdle = (slot: Slot) => {
    if (options.idleMs === undefined || slot.running || queue.length > 0) return;
    clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      if (slot.running || slot.stopping) return;
      slot.stopping = true;
      slots.delete(slot);
      void slot.worker.terminate();
    }, options.idleMs);
    slot.idleTimer.unref();
  };

  const onMessage = (slot: Slot, message: FromThread) => {
    if (message.cpuMs !== undefined) slot.cpuMs = message.cpuMs;
    if (message.kind === 'ready') {
      slot.ready = true;
      startFailures = 0;
    } else if (message.kind === 'loaded') {
      slot.loading -= 1;
      if (message.error)
        log.error({ err: support.fromSent(message.error), module: message.module }, 'task module not loaded');
    } else {
      const task = slot.running?.id === message.id ? settle(slot) : undefined;
      if (task && message.kind === 'done')
        task.resolve(task.ahead ? { value: message.value, ahead: message.ahead ?? {} } : message.value);
      else if (task && message.kind === 'failed') task.reject(support.fromSent(message.error));
    }
    dispatch();
    stopWhenIdle(slot);
    wake();
  };

  const onError = (slot: Slot, err: Error & { code?: string }) => {
    slot.dying = true;
    const held = empty(slot);
    const task = held.running;
    if (!task) {
      if (!slot.stopping) log.error({ err }, 'task thread failed');
      return;
    }
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      log.warn(
        { task: task.task, maxHeapMb: options.maxHeapMb, alone: !held.next },
        'task over its memory limit; thread replaced',
      );
      failed(
        held,
        support.tooComplex(`${task.task} needed more than ${options.maxHeapMb} MB`, {
          maxHeapMb: options.maxHeapMb,
        }),
      );
    } else {
      failed(
        held,
        new WirefeedError('WF_E_INTERNAL', `${task.task} thread failed: ${err.message}`, { cause: err }),
      );
    }
  };

  const onExit = (slot: Slot, code: number) => {
    if (slot.stopping) return;
    slots.delete(slot);
    failed(empty(slot), new WirefeedError('WF_E_INTERNAL', `${options.name} thread exited (code ${code})`));
    if (!slot.ready) {
      startFailures += 1;
      if (startFailures >= support.START_FAILURES_BEFORE_PAUSE) {
        log.error({ failures: startFailures }, 'task threads cannot start; waiting before trying again');
        pausedUntil = Date.now() + support.RESTART_PAUSE_MS;
        for (const waiting of queue.splice(0))
          waiting.reject(new WirefeedError('WF_E_INTERNAL', `${options.name} threads cannot start`));
      }
    }
    fill();
    dispatch();
    wake();
  };

  const spawn = () => {
    const worker = new Worker(ENTRY, {
      workerData: { modules: [...modules] },
      // A small young generation: V8 sizes a thread's by its heap limit, and a stage thread churns
      // through short-lived objects, so a big one is mostly memory held for garbage (measured: 588 MB
      // peak RSS for `start` taking 1,000 stories, 511 MB with this).
      resourceLimits: {
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
        ...(options.maxHeapMb ? { maxOldGenerationSizeMb: options.maxHeapMb } : {}),
      },
    });
    // A thread never holds the process open; the service's own resources decide when it ends.
    worker.unref();
    const slot: Slot = { worker, ready: false, loading: 0 };
    slots.add(slot);
    worker.on('message', (message: FromThread) => onMessage(slot, message));
    worker.on('error', (err: Error & { code?: string }) => onError(slot, err));
    worker.on('exit', (code) => onExit(slot, code));
  };

  // Keep `threads` threads once a module is in use, unless closed or pausing after failed starts.
  const fill = () => {
    if (closed || modules.length === 0) return;
    const wait = pausedUntil - Date.now();
    if (wait > 0) {
      restartTimer ??= setTimeout(() => {
        restartTimer = undefined;
        fill();
      }, wait);
      restartTimer.unref();
      return;
    }
    // With an idle timeout, threads start only for the work there is.
    const busy = [...slots].filter((slot) => slot.running).length;
    const wanted =
      options.idleMs === undefined ? options.threads : Math.min(options.threads, queue.length + busy);
    while (slots.size < wanted) spawn();
  };

  const fail = (message: string) => Promise.reject(new WirefeedError('WF_E_INTERNAL', message));
  const enqueue = <O>(
    task: string,
    input: unknown,
    budgetMs: number,
    trip?: { ahead: readonly string[]; soloBudgetMs: number },
  ): Promise<O> => {
    if (closed) return fail(`${options.name} pool is closed`);
    if (modules.length === 0) return fail(`${options.name} pool has no task modules`);
    if (Date.now() < pausedUntil) return fail(`${options.name} threads cannot start`);
    return new Promise<O>((resolve, reject) => {
      queue.push({
        id: nextId++,
        task,
        input,
        ...trip,
        budgetMs,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      fill();
      dispatch();
    });
  };

  return {
    use(url) {
      const module = url.href;
      if (closed || modules.includes(module)) return;
      modules.push(module);
      // Threads already running load it now (they take no task meanwhile); new ones start with it.
      for (const slot of slots) {
        slot.loading += 1;
        slot.worker.postMessage({ kind: 'load', module } satisfies ToThread);
      }
      fill();
    },
    run<O>(task: string, input: unknown, runOptions: { budgetMs?: number } = {}) {
      return enqueue<O>(task, input, runOptions.budgetMs ?? options.budgetMs);
    },
    runAhead<O>(
      task: string,
      input: unknown,
      ahead: readonly string[],
      runOptions: { budgetMs?: number } = {},
    ) {
      const soloBudgetMs = runOptions.budgetMs ?? options.budgetMs;
      return enqueue<{ value: O; ahead: Record<string, unknown> }>(
        task,
        input,
        soloBudgetMs * (1 + ahead.length),
        { ahead, soloBudgetMs },
      );
    },
    ready() {
      if (loaded()) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    async close() {
      closed = true;
      wake();
      clearTimeout(restartTimer);
      for (const waiting of queue.splice(0))
        waiting.reject(new WirefeedError('WF_E_INTERNAL', `${options.name} pool closed`));
      const stopping = [...slots];
      slots.clear();
      for (const slot of stopping) {
        slot.stopping = true;
        clearTimeout(slot.idleTimer);
        const { running, next } = empty(slot);
        for (const task of [running, next])
          task?.reject(new WirefeedError('WF_E_INTERNAL', `${options.name} pool closed`));
      }
      await Promise.all(stopping.map((slot) => slot.worker.terminate()));
    },
  };
}
