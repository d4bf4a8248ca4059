import { readdirSync, readFileSync } from 'node:fs';

/** CPU time by kind of thread, in ms: where a process's CPU goes beyond its main thread. */
export type ThreadCpu = Record<string, number>;

// Node names its threads (Linux): the main thread, worker_threads, V8's platform threads (GC,
// compiler) and libuv's pool (file I/O, DNS, crypto).
const KINDS: Record<string, string> = {
  MainThread: 'main',
  WorkerThread: 'task threads',
  V8Worker: 'V8 helpers (GC, compiler)',
  'libuv-worker': 'libuv pool (file I/O)',
};

/** On-CPU time of each of this process's threads, summed by kind; empty where /proc has none. */
export function threadCpu(): ThreadCpu {
  const out: ThreadCpu = {};
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const comm = readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
      // schedstat: nanoseconds on a CPU, then waiting, then timeslices.
      const ns = Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      const kind = KINDS[comm] ?? 'other';
      out[kind] = (out[kind] ?? 0) + ns / 1e6;
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

/** What each kind of thread used between two readings (threads that ended in between are lost). */
export function threadCpuSince(before: ThreadCpu, after: ThreadCpu = threadCpu()): ThreadCpu {
  const out: ThreadCpu = {};
  for (const [kind, ms] of Object.entries(after)) out[kind] = Math.max(0, ms - (before[kind] ?? 0));
  return out;
}
