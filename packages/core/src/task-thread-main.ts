// A task thread of `createTaskPool`: the entry point of every thread, like a service's main.ts. It
// loads the task modules it is given (their `warm()` too) before it says it is ready, loads more on
// request, and runs one task at a time.
import { parentPort, workerData } from 'node:worker_threads';
import type { FromThread, TaskModule, ToThread } from './task-protocol.ts';
import { toSent } from './task-protocol.ts';

const port = parentPort;
if (!port) throw new Error('task-thread-main.ts runs in a task thread');
// Each message says how much CPU this thread has used: the pool starts the next task's budget from
// it instead of asking the thread at every task.
const post = (message: FromThread) => {
  const { user, system } = process.threadCpuUsage();
  message.cpuMs = (user + system) / 1_000;
  port.postMessage(message);
};
const handlers = new Map<string, (input: never) => unknown>();

async function load(module: string): Promise<void> {
  const loaded = (await import(module)) as TaskModule;
  await loaded.warm?.();
  for (const [name, run] of Object.entries(loaded.tasks)) handlers.set(name, run);
}

// One message at a time, in the order sent: the pool sends a task behind the running one (and a load
// may arrive mid-task), and a task that yields (the fetcher's parse, a slice at a time) must not let
// the next one start beside it, on its budget and its heap.
let turn: Promise<void> = Promise.resolve();
port.on('message', (message: ToThread) => {
  // handle() answers every message itself; the catch only keeps the queue going.
  turn = turn.then(() => handle(message)).catch(() => undefined);
});

async function handle(message: ToThread): Promise<void> {
  if (message.kind === 'load') {
    try {
      await load(message.module);
      post({ kind: 'loaded', module: message.module });
    } catch (err) {
      post({ kind: 'loaded', module: message.module, error: toSent(err) });
    }
    return;
  }
  try {
    const run = handlers.get(message.task);
    if (!run) throw new Error(`no task "${message.task}" in this thread`);
    const value = await run(message.input as never);
    if (!message.ahead) return post({ kind: 'done', id: message.id, value });
    // Follow-ups are work done ahead for later stages: one that fails or is missing is left out,
    // and its stage does the work itself.
    const ahead: Record<string, unknown> = {};
    for (const name of message.ahead) {
      const next = handlers.get(name);
      try {
        if (next) ahead[name] = await next(value as never);
      } catch {
        // left out
      }
    }
    try {
      post({ kind: 'done', id: message.id, value, ahead });
    } catch {
      // What a follow-up made cannot be sent (structured clone takes no functions): all left out.
      post({ kind: 'done', id: message.id, value, ahead: {} });
    }
  } catch (err) {
    post({ kind: 'failed', id: message.id, error: toSent(err) });
  }
}

for (const module of (workerData as { modules: string[] }).modules) await load(module);
post({ kind: 'ready' });
