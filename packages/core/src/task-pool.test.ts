import { afterEach, describe, expect, it } from 'vitest';
import { isWirefeedError } from './errors.ts';
import { nullLogger } from './logger.ts';
import type { TaskPool } from './task-pool.ts';
import { createTaskPool } from './task-pool.ts';

const tasks = new URL('./__fixtures__/test-tasks.ts', import.meta.url);
const more = new URL('./__fixtures__/more-tasks.ts', import.meta.url);
let pool: TaskPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

function open(threads: number, budgetMs: number, maxHeapMb?: number): TaskPool {
  pool = createTaskPool({
    name: 'test',
    threads,
    budgetMs,
    log: nullLogger(),
    ...(maxHeapMb ? { maxHeapMb } : {}),
  });
  pool.use(tasks);
  return pool;
}

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return err as Error & { code?: string; retryable?: boolean; details?: unknown };
  }
  throw new Error('did not fail');
}

describe('createTaskPool', () => {
  it('runs tasks on threads and hands back their values', async () => {
    const p = open(2, 10_000);
    const values = await Promise.all([1, 2, 3, 4, 5].map((value) => p.run('echo', { value })));
    expect(values).toEqual([1, 2, 3, 4, 5].map((value) => ({ value })));
  });

  it('keeps a WirefeedError’s code, retryable flag and details across the thread boundary', async () => {
    const p = open(1, 10_000);
    const err = await failure(p.run('failWirefeed', null));
    expect(isWirefeedError(err)).toBe(true);
    expect(err).toMatchObject({ code: 'WF_E_ITEM_INVALID', retryable: false, details: { guid: 'g1' } });
    const other = await failure(p.run('fail', null));
    expect(other).toMatchObject({ name: 'TypeError', message: 'boom' });
    expect(isWirefeedError(other)).toBe(false);
    expect((await failure(p.run('nothing', null))).message).toBe('no task "nothing" in this thread');
  });

  it('runs tasks ahead on a task’s output in the same trip, leaving out those that fail or are missing', async () => {
    const p = open(1, 10_000);
    const out = await p.runAhead<number>('echo', 21, ['double', 'fail', 'nothing', 'length']);
    expect(out).toEqual({ value: 21, ahead: { double: 42, length: undefined } });
    expect((await failure(p.runAhead('failWirefeed', null, ['echo']))).message).toBe('no headline');
  });

  it('keeps a task’s value when a follow-up runs past its budget or cannot be sent', async () => {
    const p = open(1, 400);
    // The task itself is well within its budget: only the work done ahead is lost.
    expect(await p.runAhead('echo', 60_000, ['double', 'spin'])).toEqual({ value: 60_000, ahead: {} });
    expect(await p.runAhead('echo', 2, ['double', 'unsendable'])).toEqual({ value: 2, ahead: {} });
    expect(await p.run('echo', 'after')).toBe('after');
  });

  it('keeps a task’s value when a follow-up takes its thread over the memory limit', async () => {
    const p = open(1, 60_000, 64);
    expect(await p.runAhead('echo', 3, ['hog'])).toEqual({ value: 3, ahead: {} });
    expect(await p.run('echo', 'after')).toBe('after');
  });

  it('fails a task that is itself past its budget when run again alone', async () => {
    const p = open(1, 400);
    await p.run('echo', 'warm');
    const err = await failure(p.runAhead('spin', 60_000, ['echo']));
    expect(err).toMatchObject({ code: 'WF_E_ITEM_TOO_COMPLEX' });
    expect(err.message).toBe('spin took longer than its budget of 400 ms');
    expect(await p.run('echo', 'after')).toBe('after');
  });

  it('stops a task past its budget alone: WF_E_ITEM_TOO_COMPLEX, the event loop free meanwhile, the next task served', async () => {
    const p = open(1, 400);
    await p.run('echo', 'warm');
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = Date.now();
    const err = await failure(p.run('spin', 60_000));
    clearInterval(ticker);
    expect(err).toMatchObject({ code: 'WF_E_ITEM_TOO_COMPLEX', retryable: false });
    expect(err.message).toBe('spin took longer than its budget of 400 ms');
    // Liveness bounds with room for a loaded machine: stopped near its budget, the loop ticking throughout.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(ticks).toBeGreaterThan(5);
    expect(await p.run('echo', 'after')).toBe('after');
  });

  it('counts the budget in CPU time: a thread starved past it goes on, one stuck ten budgets stops', async () => {
    const p = open(1, 400);
    await p.run('echo', 'warm');
    expect(await p.run('block', 1_500)).toBe('blocked');
    const started = Date.now();
    const err = await failure(p.run('block', 60_000));
    expect(err).toMatchObject({ code: 'WF_E_ITEM_TOO_COMPLEX' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_000);
    expect(await p.run('echo', 'after')).toBe('after');
  });

  it('counts the budget from when a thread takes the task, not while it waits its turn', async () => {
    const p = open(1, 3_000);
    const results = await Promise.all([1, 2, 3].map(() => p.run('spin', 1_200)));
    expect(results).toEqual(['spun', 'spun', 'spun']);
  });

  it('sends a task behind a busy thread’s, and serves it when the first runs past its budget', async () => {
    const p = open(1, 400);
    await p.run('echo', 'warm');
    const [spun, behind] = await Promise.all([failure(p.run('spin', 60_000)), p.run('echo', 'behind')]);
    expect(spun).toMatchObject({ code: 'WF_E_ITEM_TOO_COMPLEX' });
    expect(behind).toBe('behind');
  });

  it('runs a task sent behind one that yields only after it, each on its own budget', async () => {
    const p = open(1, 1_500);
    await p.run('echo', 'warm');
    // Run side by side, the second would answer first and be dropped, then failed at its budget.
    expect(await Promise.all([p.run('wait', 1_000), p.run('wait', 10), p.run('wait', 10)])).toEqual([
      1_000, 10, 10,
    ]);
  });

  it('with two tasks in flight on a thread that fails, fails only the one that takes it down alone', async () => {
    const p = open(1, 60_000, 64);
    await p.run('echo', 'warm');
    const [hog, behind] = await Promise.all([failure(p.run('hog', null)), p.run('echo', 'behind')]);
    expect(hog).toMatchObject({ code: 'WF_E_ITEM_TOO_COMPLEX', message: 'hog needed more than 64 MB' });
    expect(behind).toBe('behind');
    const [first, last] = await Promise.all([p.run('spin', 50), failure(p.run('hog', null))]);
    expect(first).toBe('spun');
    expect(last).toMatchObject({ code: 'WF_E_ITEM_TOO_COMPLEX' });
    expect(await p.run('echo', 'after')).toBe('after');
  });

  it('fails a task over the thread’s memory limit with WF_E_ITEM_TOO_COMPLEX, and goes on', async () => {
    const p = open(1, 60_000, 64);
    const err = await failure(p.run('hog', null));
    expect(err).toMatchObject({ code: 'WF_E_ITEM_TOO_COMPLEX' });
    expect(err.message).toBe('hog needed more than 64 MB');
    expect(await p.run('echo', 1)).toBe(1);
  });

  it('loads a module added later into the running threads, warmed first, and into their replacements', async () => {
    const p = open(1, 400);
    await p.ready();
    expect(await p.run('echo', 1)).toBe(1);
    p.use(more);
    await p.ready();
    expect(await p.run('warmed', null)).toBe(true);
    await failure(p.run('spin', 60_000));
    expect(await p.run('warmed', null)).toBe(true);
  });

  it('with an idle timeout, starts a thread for work, stops it once idle, and starts one again', async () => {
    pool = createTaskPool({ name: 'test', threads: 1, budgetMs: 10_000, idleMs: 300, log: nullLogger() });
    pool.use(tasks);
    const threadIds = async () => (await pool?.run<number>('threadId', null)) ?? -1;
    const first = await threadIds();
    expect(await threadIds()).toBe(first);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await threadIds()).not.toBe(first);
  });

  it('rejects what is still waiting when closed, and anything after', async () => {
    const p = open(1, 10_000);
    const running = failure(p.run('spin', 5_000));
    const waiting = failure(p.run('echo', 1));
    await new Promise((r) => setTimeout(r, 200));
    await p.close();
    expect((await running).message).toBe('test pool closed');
    expect((await waiting).message).toBe('test pool closed');
    expect((await failure(p.run('echo', 1))).message).toBe('test pool is closed');
  });
});
