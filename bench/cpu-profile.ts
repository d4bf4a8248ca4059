/**
 * Where this process's main thread spends its time while `work` runs: a V8 CPU profile (the inspector's
 * sampling profiler) summed by component. A sample goes to the innermost frame that names one —
 * ioredis, BullMQ, zod, a Wirefeed package or service — so a socket write ioredis makes counts as
 * ioredis, and a parser a package calls (htmlparser2, rss-parser) counts as that package.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

function component(url: string): string | undefined {
  const lib = /\/node_modules\/(@[^/]+\/[^/]+|[^/]+)\//.exec(url)?.[1];
  if (lib === 'ioredis') return 'ioredis';
  if (lib === 'bullmq' || lib === 'msgpackr' || lib === 'cron-parser') return 'BullMQ';
  if (lib === 'zod') return 'zod';
  if (lib === 'pino' || lib === 'pino-std-serializers') return 'pino';
  if (lib) return undefined; // another library: charge the Wirefeed code that called it
  const own = /\/(packages|services)\/([^/]+)\/src\//.exec(url);
  if (own) return own[1] === 'services' ? `service ${own[2]}` : (own[2] as string);
  if (/\/bench\//.test(url)) return 'bench';
  return undefined;
}

/** Shares (0–1) of the busy samples by component, and the share of samples the thread was busy. */
export async function profileShares(
  work: () => Promise<void>,
  label: string,
  intervalUs = 250,
): Promise<{ shares: Record<string, number>; busy: number }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  const stop = async (): Promise<Profile> => {
    const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
    session.disconnect();
    return profile;
  };
  try {
    await work();
  } catch (err) {
    await stop();
    throw err;
  }
  const profile = await stop();
  // BENCH_PROFILE_DIR: the raw profile too, for a look at single functions (Chrome DevTools, speedscope).
  const dir = process.env.BENCH_PROFILE_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${label}.cpuprofile`), JSON.stringify(profile));
  }
  return summarize(profile);
}

function summarize(profile: Profile): { shares: Record<string, number>; busy: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, string>();
  const categorize = (id: number): string => {
    const known = memo.get(id);
    if (known) return known;
    const node = byId.get(id);
    const fn = node?.callFrame.functionName ?? '';
    let cat: string;
    if (fn === '(garbage collector)') cat = 'GC';
    else if (fn === '(idle)') cat = 'idle';
    else if (fn === '(program)') cat = 'V8 (program)';
    else {
      const own = node ? component(node.callFrame.url) : undefined;
      const up = parent.get(id);
      cat = own ?? (up === undefined ? 'node internals' : categorize(up));
      if (cat === 'idle' || cat === 'GC' || cat === 'V8 (program)') cat = 'node internals';
    }
    memo.set(id, cat);
    return cat;
  };
  const counts: Record<string, number> = {};
  let busy = 0;
  for (const id of profile.samples) {
    const cat = categorize(id);
    if (cat === 'idle') continue;
    busy += 1;
    counts[cat] = (counts[cat] ?? 0) + 1;
  }
  const shares: Record<string, number> = {};
  for (const [k, v] of Object.entries(counts)) shares[k] = v / Math.max(1, busy);
  return { shares, busy: busy / Math.max(1, profile.samples.length) };
}
