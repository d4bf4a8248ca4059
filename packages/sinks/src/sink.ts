import type { Story } from '@wirefeed/core';
import type { Fence, WriteCheck } from './sink-records.ts';

export type DocumentFormat = 'story' | 'ninjs';

/** One write attempt. `attempt` > 1 means this (id, version) may already have been written once. */
export interface WriteRequest {
  story: Story;
  attempt: number;
  /**
   * Whether this writer still owns the job, asked just before the effect. A worker frozen past its
   * job lock (a long GC pause, SIGSTOP) must not append what the replica that took the job over has
   * already written. Absent: always the owner.
   */
  stillOwner?: () => Promise<boolean>;
  /** The job's lock, for a sink that checks it in the same call as noting its write (`begin`). */
  fence?: Fence;
  /** What the order guard's one call already learnt of this story's records (`check`). */
  known?: WriteCheck;
}

/** A sink adapter. `write` must have one effect per (story id, version), however often it is called. */
export interface Sink {
  readonly name: string;
  readonly kind: string;
  /**
   * The adapter commits the story's records itself (its written mark with the latest version, in one
   * call); otherwise the order guard commits the latest version after the write.
   */
  readonly commitsRecords?: boolean;
  /**
   * The adapter asks the records' check itself, in the same call as noting its write (the file sink):
   * the order guard does not ask first, and the adapter skips a withdrawn or stale version itself.
   */
  readonly checksRecords?: boolean;
  /** Connect and migrate, before the first write (PostgreSQL); a write also waits for it. */
  start?(): Promise<void>;
  /**
   * Write one story. A story with `signals.canceled` withdraws every version of `story.id`: each
   * sink records the withdrawal its own way (a line, rows marked withdrawn, an event).
   */
  write(request: WriteRequest): Promise<'written' | 'skipped'>;
  close(): Promise<void>;
}
