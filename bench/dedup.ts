import type { BenchContext } from './run.ts';

// Placeholder until the dedup section is written.
export async function run(_ctx: BenchContext): Promise<void> {
  console.log('not measured yet');
}
