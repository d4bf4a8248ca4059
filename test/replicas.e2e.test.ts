import type { ServiceProcess } from '@wirefeed/testing/processes';
import { QUEUES_OF, STAGE_SERVICES, spawnReady, stopAll } from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { sleep } from '@wirefeed/testing/until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './faults/rig.ts';
import { startRig } from './faults/rig.ts';

const REPLICAS = 3;
const FEEDS = 30;
const ITEMS = 10;
/** Each replica of a stage must have done at least this share of the stage's jobs… */
const FAIR_SHARE = 0.15;

/**
 * …unless the stage had too few jobs for a share to mean anything: 30 fetches fall to 3 replicas
 * like dice (a replica busy starting up takes fewer), so a replica must do no worse than 3 standard
 * deviations under an even split (at least 3 of 30; for 300 jobs the share above is the stricter).
 */
function fairFloor(total: number): number {
  const p = 1 / REPLICAS;
  return Math.min(FAIR_SHARE * total, total * p - 3 * Math.sqrt(total * p * (1 - p)));
}

/**
 * Every stage as 3 separate processes against one Redis (fetch → normalize → dedup → enrich →
 * deliver → a file sink). Work per replica is counted from each process's own logs at debug level:
 * every stage worker, the sinks' too, logs `job done` with its queue.
 */
describe.skipIf(!hasRedisBinaries())(`${REPLICAS} replicas of every stage`, () => {
  let rig: FaultRig;
  let procs: ServiceProcess[] = [];

  beforeAll(async () => {
    rig = await startRig('replicas', {
      feedDelayMs: 200,
      // Every feed is on 127.0.0.1: let all fetchers fetch from it at once.
      env: { LOG_LEVEL: 'debug', WIREFEED_FETCH_PER_HOST: '12' },
    });
    const names = STAGE_SERVICES.flatMap((s) => Array.from({ length: REPLICAS }, () => s));
    procs = await spawnReady(['scheduler', ...names], rig.env, 150_000);
  }, 180_000);

  afterAll(async () => {
    await stopAll(procs, 'SIGKILL');
    await rig?.close();
  });

  it('delivers every story exactly once, each replica doing a fair share of its stage', async () => {
    for (let f = 0; f < FEEDS; f++) {
      await rig.addFeed(`wire-${f}`, f * ITEMS, ITEMS);
      await sleep(150);
    }
    const expected = FEEDS * ITEMS;
    await rig.expectDeliveredOnce(expected);

    const shares: Record<string, number[]> = {};
    for (const stage of STAGE_SERVICES) {
      const replicas = procs.filter((p) => p.name === stage);
      expect(replicas).toHaveLength(REPLICAS);
      for (const queue of QUEUES_OF[stage]) shares[queue] = replicas.map((p) => p.jobsDone.get(queue) ?? 0);
    }
    process.stderr.write(`replicas: jobs per replica ${JSON.stringify(shares)}\n`);
    // One fetch per feed, one job per story at every later stage.
    const totals = Object.fromEntries(
      Object.entries(shares).map(([q, n]) => [q, n.reduce((a, b) => a + b, 0)]),
    );
    expect(totals).toEqual({
      fetch: FEEDS,
      normalize: expected,
      dedup: expected,
      enrich: expected,
      deliver: expected,
      'sink.file': expected,
    });
    for (const [queue, counts] of Object.entries(shares)) {
      const total = totals[queue] ?? 0;
      for (const n of counts)
        expect(n, `${queue}: ${counts.join('/')}`).toBeGreaterThanOrEqual(fairFloor(total));
    }
  }, 300_000);
});
