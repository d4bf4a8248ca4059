import { readSink } from '@wirefeed/testing/delivery';
import type { ServiceProcess, StageService } from '@wirefeed/testing/processes';
import {
  describeProcesses,
  QUEUES_OF,
  STAGE_SERVICES,
  spawnReady,
  stopAll,
} from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { sleep } from '@wirefeed/testing/until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './rig.ts';
import { startRig } from './rig.ts';

const FEEDS = 20;
const ITEMS = 20;
/**
 * host.close gives active jobs 10 s and each shutdown step at most 15 s; the process must be gone
 * within this. The bound is about a hang (a process that never exits), not about speed: it leaves a
 * loaded machine (two cores shared with the rest of `npm test`) room to run the steps and the exit.
 */
const EXIT_WITHIN_MS = 45_000;

describe.skipIf(!hasRedisBinaries())('SIGTERM during load', () => {
  let rig: FaultRig;
  const procs: ServiceProcess[] = [];

  beforeAll(async () => {
    // Slow feeds keep fetches in flight when the fetcher is told to stop.
    rig = await startRig('sigterm', { feedDelayMs: 1_500 });
    procs.push(...(await spawnReady(['scheduler', ...STAGE_SERVICES], rig.env)));
  }, 300_000);

  afterAll(async () => {
    await stopAll(procs, 'SIGKILL');
    await rig?.close();
  });

  it('each stage finishes or releases its jobs, leaves nothing active, exits 0; every story lands once', async () => {
    let stop = false;
    const feeding = (async () => {
      for (let f = 0; f < FEEDS && !stop; f++) {
        await rig.addFeed(`wire-${f}`, f * ITEMS, ITEMS);
        await sleep(700);
      }
    })();
    const results: { stage: StageService; midJob: boolean; code: number | null; activeAfter: number }[] = [];
    for (const stage of STAGE_SERVICES) {
      const proc = procs.find((p) => p.name === stage && p.alive) as ServiceProcess;
      const activeCount = async () =>
        (await Promise.all(QUEUES_OF[stage].map((q) => rig.producer.queue(q).getActiveCount()))).reduce(
          (a, b) => a + b,
          0,
        );
      let midJob = false;
      for (let i = 0; i < 200 && !midJob; i++) {
        midJob = (await activeCount()) > 0;
        if (!midJob) await sleep(25);
      }
      proc.kill('SIGTERM');
      const exit = await Promise.race([proc.exited, sleep(EXIT_WITHIN_MS).then(() => 'hung' as const)]);
      expect(exit, `${stage} did not exit within ${EXIT_WITHIN_MS} ms of SIGTERM`).not.toBe('hung');
      const { code } = exit as { code: number | null };
      // This stage has no other replica: whatever is still active was left behind by the one stopped.
      results.push({ stage, midJob, code, activeAfter: await activeCount() });
      procs.push(...(await spawnReady([stage], rig.env)));
    }
    stop = true;
    await feeding;
    const fed = (await rig.store.list()).length;

    expect(results.map((r) => [r.stage, r.code, r.activeAfter])).toEqual(
      STAGE_SERVICES.map((s) => [s, 0, 0]),
    );
    // The stop must have hit work in flight, or the test proves nothing.
    expect(results.filter((r) => r.midJob).length).toBeGreaterThanOrEqual(4);

    const expected = fed * ITEMS;
    await rig.expectDeliveredOnce(expected, { context: () => describeProcesses(procs) });
  }, 900_000);

  it('puts a job that outlives the 10 s drain deadline back in wait, for another replica', async () => {
    const before = (await readSink(rig.sinkPath)).length;
    const fetcher = procs.find((p) => p.name === 'fetcher' && p.alive) as ServiceProcess;
    rig.feeds.delayMs = 14_000;
    await rig.addFeed('slow', 10_000, 5);
    const fetch = rig.producer.queue('fetch');
    await rig.waitWhileMoving('the slow fetch active', async () => (await fetch.getActiveCount()) === 1, {
      intervalMs: 100,
    });
    fetcher.kill('SIGTERM');
    const exit = await Promise.race([fetcher.exited, sleep(EXIT_WITHIN_MS).then(() => 'hung' as const)]);
    expect(exit === 'hung' ? 'hung' : exit.code).toBe(0);
    expect(await fetch.getJobCounts('active', 'waiting')).toEqual({ active: 0, waiting: 1 });
    rig.feeds.delayMs = 0;
    procs.push(...(await spawnReady(['fetcher'], rig.env)));
    expect(await rig.waitDelivered(before + 5)).toHaveLength(before + 5);
  }, 300_000);

  it('still exits when told to stop while Redis is down, saying the shutdown was not clean', async () => {
    const live = procs.filter((p) => p.alive && p.name !== 'scheduler');
    expect(live.length).toBeGreaterThan(0);
    await rig.redis.stop();
    await expect.poll(() => live[0]?.readyStatus(), { timeout: 25_000, interval: 250 }).toBe(503);
    for (const p of live) p.kill('SIGTERM');
    const exits = await Promise.all(
      live.map((p) => Promise.race([p.exited, sleep(EXIT_WITHIN_MS).then(() => 'hung' as const)])),
    );
    expect(exits.map((e) => (e === 'hung' ? 'hung' : e.code))).toEqual(live.map(() => 1));
  }, 120_000);
});
