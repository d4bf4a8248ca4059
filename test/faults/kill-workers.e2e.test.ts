import type { ServiceProcess, StageService } from '@wirefeed/testing/processes';
import {
  describeProcesses,
  QUEUES_OF,
  STAGE_SERVICES,
  spawnReady,
  spawnService,
  stopAll,
} from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { sleep } from '@wirefeed/testing/until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './rig.ts';
import { startRig } from './rig.ts';

const FEEDS = 16;
const ITEMS = 30;
const MIN_KILLS = 25;

describe.skipIf(!hasRedisBinaries())('kill -9 of worker processes mid-job, at every stage', () => {
  let rig: FaultRig;
  const procs: ServiceProcess[] = [];

  beforeAll(async () => {
    // Each feed answers slowly, so fetches are in flight long enough to be killed mid-poll.
    rig = await startRig('kill', { feedDelayMs: 400 });
    procs.push(...(await spawnReady(['scheduler', ...STAGE_SERVICES, ...STAGE_SERVICES], rig.env)));
  }, 300_000);

  afterAll(async () => {
    await stopAll(procs, 'SIGKILL');
    await rig?.close();
  });

  it(`delivers ${FEEDS * ITEMS} stories exactly once through ${MIN_KILLS}+ SIGKILLs`, async () => {
    const kills: { stage: StageService; midJob: boolean }[] = [];
    let fed = 0;
    const feeding = (async () => {
      for (let f = 0; f < FEEDS; f++) {
        await rig.addFeed(`wire-${f}`, f * ITEMS, ITEMS);
        fed += 1;
        await sleep(1_500);
      }
    })();
    for (let round = 0; kills.length < MIN_KILLS || fed < FEEDS; round++) {
      const stage = STAGE_SERVICES[round % STAGE_SERVICES.length] as StageService;
      const live = procs.filter((p) => p.name === stage && p.alive);
      const victim = live[round % Math.max(live.length, 1)];
      if (!victim) continue;
      // Aim at a moment the stage holds a job: up to a second for one to be active.
      let midJob = false;
      for (let i = 0; i < 20 && !midJob; i++) {
        const active = await Promise.all(QUEUES_OF[stage].map((q) => rig.producer.queue(q).getActiveCount()));
        midJob = active.some((n) => n > 0);
        if (!midJob) await sleep(50);
      }
      victim.kill('SIGKILL');
      await victim.exited;
      kills.push({ stage, midJob });
      procs.push(await spawnService(stage, rig.env));
      await sleep(900);
    }
    await feeding;

    // Killed jobs come back once their locks lapse (lockDuration 30 s, then the stalled check).
    const expected = FEEDS * ITEMS;
    const lines = await rig.expectDeliveredOnce(expected, { context: () => describeProcesses(procs) });
    const guids = new Set(lines.map((l) => l.source.guid));
    for (let f = 0; f < FEEDS; f++)
      for (let n = 0; n < ITEMS; n++) expect(guids.has(`wire-${f}-${n}`), `wire-${f}-${n}`).toBe(true);
    expect(lines.every((l) => l.version === 1)).toBe(true);

    expect(kills.length).toBeGreaterThanOrEqual(MIN_KILLS);
    for (const stage of STAGE_SERVICES)
      expect(kills.filter((k) => k.stage === stage).length).toBeGreaterThanOrEqual(4);
    const midJob = kills.filter((k) => k.midJob).length;
    process.stderr.write(`kill-workers: ${kills.length} kills, ${midJob} with a job active at the stage\n`);
  }, 900_000);
});
