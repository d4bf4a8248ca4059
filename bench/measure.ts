/** Measuring helpers shared by the bench sections. */

/**
 * Runs `round` (which handles `perRound` stories) in slices of `seconds / 4`; stories per
 * second of this thread's CPU time in the best slice. CPU time leaves out waiting for a core, and
 * the best slice the one the machine's other work disturbed least.
 */
export async function cpuRate(perRound: number, round: () => unknown, seconds = 4): Promise<number> {
  // Warm-up: V8 needs a second or so of this loop before the parser and sanitizer run optimized,
  // and a worker that normalizes all day runs them optimized.
  const warm = performance.now();
  while (performance.now() - warm < 1500) await round();
  let best = 0;
  for (let slice = 0; slice < 4; slice++) {
    let stories = 0;
    const t0 = performance.now();
    const cpu0 = process.threadCpuUsage();
    while (performance.now() - t0 < (seconds * 1000) / 4) {
      await round();
      stories += perRound;
    }
    const cpu = process.threadCpuUsage(cpu0);
    best = Math.max(best, stories / ((cpu.user + cpu.system) / 1e6));
  }
  return best;
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
