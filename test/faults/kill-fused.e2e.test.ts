import type { ServiceProcess } from '@wirefeed/testing/processes';
import {
  describeProcesses,
  FUSED_SERVICES,
  spawnReady,
  spawnService,
  stopAll,
} from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { sleep } from '@wirefeed/testing/until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './rig.ts';
import { startRig } from './rig.ts';

const FEEDS = 8;
const ITEMS = 30;
const MIN_KILLS = 12;

// normalize → dedup → enrich → deliver in one process cross as one job (ADR 0021): a kill mid-job
// leaves that one job to be taken over, and every stage it had run inline runs again in the retry.
describe.skipIf(!hasRedisBinaries())('kill -9 of processes running the story stages fused', () => {
  let rig: FaultRig;
  const procs: ServiceProcess[] = [];

  beforeAll(async () => {
    rig = await startRig('kill-fused', { feedDelayMs: 400 });
    procs.push(...(await spawnReady(['scheduler', 'fetcher', FUSED_SERVICES, FUSED_SERVICES], rig.env)));
  }, 300_000);

  afterAll(async () => {
    await stopAll(procs, 'SIGKILL');
    await rig?.close();
  });

  it(`delivers ${FEEDS * ITEMS} stories exactly once through ${MIN_KILLS}+ SIGKILLs of fused processes`, async () => {
    let kills = 0;
    let midJob = 0;
    let fed = 0;
    const feeding = (async () => {
      for (let f = 0; f < FEEDS; f++) {
        await rig.addFeed(`fused-${f}`, f * ITEMS, ITEMS);
        fed += 1;
        await sleep(1_500);
      }
    })();
    for (let round = 0; kills < MIN_KILLS || fed < FEEDS; round++) {
      const live = procs.filter((p) => p.name === FUSED_SERVICES && p.alive);
      const victim = live[round % Math.max(live.length, 1)];
      if (!victim) continue;
      // Aim at a moment a story is in its fused job: up to a second for one to be active.
      let active = false;
      for (let i = 0; i < 20 && !active; i++) {
        active = (await rig.producer.queue('normalize').getActiveCount()) > 0;
        if (!active) await sleep(50);
      }
      victim.kill('SIGKILL');
      await victim.exited;
      kills += 1;
      if (active) midJob += 1;
      procs.push(await spawnService(FUSED_SERVICES, rig.env));
      await sleep(700);
    }
    await feeding;

    const expected = FEEDS * ITEMS;
    const lines = await rig.expectDeliveredOnce(expected, { context: () => describeProcesses(procs) });
    const guids = new Set(lines.map((l) => l.source.guid));
    for (let f = 0; f < FEEDS; f++)
      for (let n = 0; n < ITEMS; n++) expect(guids.has(`fused-${f}-${n}`), `fused-${f}-${n}`).toBe(true);
    expect(lines.every((l) => l.version === 1)).toBe(true);
    // Each story's trace still names every stage, each with its own time, though they ran as one job.
    for (const line of lines.slice(0, 20)) {
      const stages = (line.trace ?? []).map((t) => t.stage);
      for (const stage of ['normalize', 'dedup', 'enrich', 'deliver']) expect(stages).toContain(stage);
    }
    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    process.stderr.write(`kill-fused: ${kills} kills, ${midJob} with a fused job active\n`);
  }, 900_000);
});
