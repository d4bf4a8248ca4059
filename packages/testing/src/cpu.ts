/**
 * CPU milliseconds (user + system, every thread of this process) that `work` took. Unit tests bound
 * pathological work with it rather than with the wall clock, which other processes on a busy machine
 * stretch; speed itself is measured in the benchmarks, never in tests.
 */
export async function cpuMs(work: () => unknown): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1_000;
}
