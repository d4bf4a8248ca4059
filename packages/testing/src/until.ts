/** Options for `until`: how long to wait, how often to look, and what the failure message names. */
export interface UntilOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** What was awaited, for the error (`'3 stories in the sink'`). */
  what?: string;
}

/**
 * Wait until `check` holds, looking every `intervalMs`; throws naming `what` after `timeoutMs`.
 * For waiting on the system under test, never for asserting on how fast it is (that is the bench's).
 */
export async function until(
  check: () => Promise<boolean> | boolean,
  options: UntilOptions | number = {},
): Promise<void> {
  const {
    timeoutMs = 30_000,
    intervalMs = 100,
    what = 'condition',
  } = typeof options === 'number' ? { timeoutMs: options } : options;
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} not met in ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}

/** Sleep, for pacing a scenario (never to assert on timing). */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
