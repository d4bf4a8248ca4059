import { readSink } from '@wirefeed/testing/delivery';
import type { ServiceProcess } from '@wirefeed/testing/processes';
import { describeProcesses, STAGE_SERVICES, spawnReady, stopAll } from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { sleep } from '@wirefeed/testing/until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './rig.ts';
import { startRig } from './rig.ts';

const ITEMS = 25;
const OUTAGE_MS = 30_000;

describe.skipIf(!hasRedisBinaries())('Redis restarted mid-run, then down for 30 s', () => {
  let rig: FaultRig;
  let procs: ServiceProcess[] = [];
  let feedsAdded = 0;
  const addFeeds = async (n: number) => {
    for (let i = 0; i < n; i++, feedsAdded++)
      await rig.addFeed(`wire-${feedsAdded}`, feedsAdded * ITEMS, ITEMS);
  };
  const delivered = async () => (await readSink(rig.sinkPath)).length;
  const readiness = () => Promise.all(procs.map((p) => p.readyStatus()));

  beforeAll(async () => {
    rig = await startRig('redis', { feedDelayMs: 200 });
    procs = await spawnReady(['scheduler', ...STAGE_SERVICES], rig.env);
  }, 300_000);

  afterAll(async () => {
    await stopAll(procs, 'SIGKILL');
    await rig?.close();
  });

  it('services reconnect by themselves, readiness is red only while Redis is away, every story lands once', async () => {
    // A crash while stories flow: redis-server SIGKILLed and started again on its port and AOF dir.
    await addFeeds(4);
    await rig.waitWhileMoving('a first story delivered', async () => (await delivered()) > 0, {
      intervalMs: 100,
    });
    const beforeRestart = await delivered();
    await rig.redis.restart();
    await rig.reconnected();
    await addFeeds(4);
    await rig.waitWhileMoving(
      `more than ${4 * ITEMS} delivered`,
      async () => (await delivered()) > 4 * ITEMS,
    );

    // A 30 s outage with stories accepted and not yet all delivered.
    const accepted = feedsAdded * ITEMS;
    const beforeOutage = await delivered();
    await rig.redis.stop();
    const stoppedAt = Date.now();
    await expect
      .poll(async () => (await readiness()).every((s) => s === 503), { timeout: 25_000, interval: 250 })
      .toBe(true);
    // Still red later on: nobody got better while Redis was away.
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt) - 5_000));
    expect(await readiness()).toEqual(procs.map(() => 503));
    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt)));
    expect(procs.every((p) => p.alive)).toBe(true);
    await rig.redis.start();
    await rig.reconnected();
    await expect
      .poll(async () => (await readiness()).every((s) => s === 200), { timeout: 120_000, interval: 250 })
      .toBe(true);

    // And it carries on with new work.
    await addFeeds(2);
    const expected = feedsAdded * ITEMS;
    const waitFrom = Date.now();
    const lines = await rig.expectDeliveredOnce(expected, { context: () => describeProcesses(procs) });
    const tookMs = Date.now() - waitFrom;
    const guids = new Set(lines.map((l) => l.source.guid));
    for (const guid of rig.guids()) expect(guids.has(guid), guid).toBe(true);
    expect(accepted).toBeLessThan(expected);
    process.stderr.write(
      `redis-outage: SIGKILL restart with ${beforeRestart} of ${4 * ITEMS} delivered; 30 s outage with ${beforeOutage} of ${accepted} delivered; all ${expected} in ${Math.round(tookMs / 1000)} s after the last feeds\n`,
    );
    expect(procs.every((p) => p.alive)).toBe(true);
  }, 900_000);
});
