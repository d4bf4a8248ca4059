// A task module for task-pool.test.ts.
import { threadId } from 'node:worker_threads';
import { WirefeedError } from '../errors.ts';

const hoard: unknown[] = [];

export const tasks = {
  echo: (value: unknown) => value,
  double: (value: number) => value * 2,
  length: (value: unknown[]) => value.length,
  threadId: () => threadId,
  spin: (ms: number) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      // Busy on purpose: a task that never yields.
    }
    return 'spun';
  },
  /** A thread that gets no CPU for `ms` without yielding, as one starved on a loaded machine. */
  block: (ms: number) => {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    return 'blocked';
  },
  /** A task that yields while it works, as the fetcher's sliced parse does. */
  wait: async (ms: number) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return ms;
  },
  failWirefeed: () => {
    throw new WirefeedError('WF_E_ITEM_INVALID', 'no headline', { details: { guid: 'g1' } });
  },
  fail: () => {
    throw new TypeError('boom');
  },
  /** A value structured clone cannot send. */
  unsendable: () => () => 'not data',
  hog: () => {
    for (;;) hoard.push(new Array(100_000).fill(hoard.length));
  },
};
