/**
 * `npm run bench [SECTION…]`: every section in one run (or only those named), against one Redis —
 * REDIS_URL when set, else a private redis-server. Each section prints its figures next to the
 * baseline it is measured against; compare ratios across machines, not absolute rates.
 *
 *   npm run bench                 # all sections
 *   npm run bench -- dedup enrich # only these
 *   BENCH_N=2000 npm run bench -- pipeline
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalRedis } from '@wirefeed/core';

export interface BenchContext {
  redisUrl: string;
  /** A scratch directory, removed after the run. */
  dir: string;
}

type Section = { run(ctx: BenchContext): Promise<void> };

// Sections in the order they print; each file exports `run(ctx)`.
const SECTIONS: Record<string, () => Promise<Section>> = {
  pipeline: () => import('./pipeline.ts'),
  latency: () => import('./latency.ts'),
  normalize: () => import('./normalize.ts'),
  dedup: () => import('./dedup.ts'),
  enrich: () => import('./enrich.ts'),
  sinks: () => import('./sinks.ts'),
  dashboard: () => import('./dashboard.ts'),
  memory: () => import('./memory.ts'),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(
    `unknown bench section(s): ${unknown.join(', ')} (known: ${Object.keys(SECTIONS).join(', ')})`,
  );
  process.exit(2);
}
const names = wanted.length > 0 ? wanted : Object.keys(SECTIONS);

const dir = await mkdtemp(join(tmpdir(), 'wirefeed-bench-'));
const local = process.env.REDIS_URL ? undefined : await startLocalRedis();
const redisUrl = process.env.REDIS_URL ?? local?.url ?? '';
try {
  for (const name of names) {
    const load = SECTIONS[name];
    if (!load) continue;
    console.log(`\n== ${name} ==`);
    await (await load()).run({ redisUrl, dir });
  }
} finally {
  await local?.stop();
  await rm(dir, { recursive: true, force: true });
}
