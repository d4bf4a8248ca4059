import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * A named pipe that tells whether anything opened it: a writer waits on it (opening a FIFO for writing
 * blocks until a reader opens it), so once any process opens the path to read — even to stat it, even
 * non-blocking — the writer gets through and exits. No strace needed, and nothing is ever read from disk.
 */
export interface FifoTripwire {
  readonly path: string;
  /** True once something opened the pipe. */
  opened(): boolean;
  close(): void;
}

export function fifoTripwire(dir: string, name = 'feed.xml'): FifoTripwire {
  const path = join(dir, name);
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
  let done = false;
  const writer: ChildProcess = spawn('sh', ['-c', 'printf "<rss/>" > "$1"', 'sh', path], { stdio: 'ignore' });
  writer.once('exit', () => {
    done = true;
  });
  return {
    path,
    opened: () => done,
    close() {
      if (!done) writer.kill('SIGKILL');
    },
  };
}
