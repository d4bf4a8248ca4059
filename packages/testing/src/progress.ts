import { sleep } from './until.ts';

const SNAPSHOT_EVERY_MS = 500;

/** Options for `untilProgressStops`. */
export interface ProgressOptions {
  /** True once the awaited state is reached. */
  done: () => Promise<boolean>;
  /**
   * A picture of the work still going on (counts, lines delivered…): any change between two looks
   * counts as progress and restarts the idle clock.
   */
  snapshot: () => Promise<string>;
  /**
   * When work the system has scheduled is next due (a retry's backoff, a job held back): until then
   * a still snapshot is waiting, not stuck, so the idle clock starts from it.
   */
  nextDue?: () => Promise<number | undefined>;
  /** How long the snapshot may stay the same before the wait gives up. */
  idleMs: number;
  /** An upper bound on the whole wait, however much progress there is; default none. */
  capMs?: number;
  intervalMs?: number;
  /** The failure message, given why the wait ended (`no progress for 120 s`). */
  explain: (why: string) => Promise<string>;
}

/**
 * Wait until `done`, for as long as the system under test keeps moving: a loaded machine makes work
 * late, not lost, so a fixed wall-clock deadline fails a slow run while this fails only a stuck one
 * (nothing changed for `idleMs`). The error says what is stuck (`explain`). Returns the time waited.
 */
export async function untilProgressStops(options: ProgressOptions): Promise<number> {
  const {
    done,
    snapshot,
    nextDue,
    idleMs,
    capMs = Number.POSITIVE_INFINITY,
    intervalMs = 500,
    explain,
  } = options;
  const start = Date.now();
  let last = await snapshot();
  let changedAt = Date.now();
  let dueAt: number | undefined;
  let lookedAt = Date.now();
  for (;;) {
    if (await done()) return Date.now() - start;
    const now = Date.now();
    if (now - Math.max(changedAt, dueAt ?? 0) > idleMs)
      throw new Error(await explain(`no progress for ${Math.round((now - changedAt) / 1000)} s`));
    if (now - start > capMs)
      throw new Error(await explain(`still moving after ${Math.round((now - start) / 1000)} s`));
    await sleep(intervalMs);
    // A quick check (a momentary state looked for every few ms) is not slowed by the snapshot's calls.
    if (Date.now() - lookedAt < SNAPSHOT_EVERY_MS) continue;
    lookedAt = Date.now();
    const next = await snapshot();
    dueAt = await nextDue?.();
    if (next !== last) {
      last = next;
      changedAt = Date.now();
    }
  }
}
