import { readSink, repeated } from '@wirefeed/testing/delivery';
import type { ServiceProcess } from '@wirefeed/testing/processes';
import { describeProcesses, spawnReady, stopAll } from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { sleep } from '@wirefeed/testing/until';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './rig.ts';
import { startRig } from './rig.ts';

const FEEDS = 10;
const ITEMS = 30;
/**
 * BullMQ's lock (30 s, the stage workers' lockDuration) plus a stalled-check interval (30 s: the
 * check that finds a job without its lock marks it, the next one moves it) and margin for the other
 * replica's timers on a loaded machine.
 */
const STALL_MS = 80_000;

/**
 * An event loop blocked longer than the lock duration: one enricher and one deliverer are frozen
 * (SIGSTOP) while they hold jobs, the other replica of each takes those jobs over as stalled, then the
 * frozen processes resume (SIGCONT) and finish what they were doing. Nothing may reach the sink twice.
 */
describe.skipIf(!hasRedisBinaries())('an event-loop stall longer than the lock duration', () => {
  let rig: FaultRig;
  let procs: ServiceProcess[] = [];

  beforeAll(async () => {
    rig = await startRig('stall');
    procs = await spawnReady(
      [
        'scheduler',
        'fetcher',
        'normalizer',
        'deduplicator',
        'enricher',
        'enricher',
        'deliverer',
        'deliverer',
      ],
      rig.env,
    );
  }, 300_000);

  afterAll(async () => {
    for (const p of procs) if (p.alive) p.child.kill('SIGCONT');
    await stopAll(procs, 'SIGKILL');
    await rig?.close();
  });

  it('the stalled jobs are taken over and still reach the sink once', async () => {
    for (let f = 0; f < FEEDS; f++) await rig.addFeed(`wire-${f}`, f * ITEMS, ITEMS);
    // Freeze one replica of each while both stages have work queued: each is then almost surely mid-job.
    const [enricher, deliverer] = ['enricher', 'deliverer'].map((n) =>
      procs.find((p) => p.name === n),
    ) as ServiceProcess[];
    const busy = async (queue: string) => {
      const c = await rig.producer.queue(queue).getJobCounts('waiting', 'active');
      return (c.waiting ?? 0) > 0 && (c.active ?? 0) > 0;
    };
    await rig.waitWhileMoving('enrich busy with a backlog', () => busy('enrich'), { intervalMs: 20 });
    enricher?.child.kill('SIGSTOP');
    // Each replica's sink worker is then busy (a backlog waits and jobs are active): the frozen one holds one.
    await rig.waitWhileMoving(
      'both sink workers busy with a backlog',
      async () => {
        const c = await rig.producer.queue('sink.file').getJobCounts('waiting', 'active');
        return (c.waiting ?? 0) > 0 && (c.active ?? 0) >= 2;
      },
      { intervalMs: 5 },
    );
    deliverer?.child.kill('SIGSTOP');
    const frozenActive = {
      enrich: await rig.producer.queue('enrich').getActive(),
      sink: await rig.producer.queue('sink.file').getActive(),
    };
    await sleep(STALL_MS);
    enricher?.child.kill('SIGCONT');
    deliverer?.child.kill('SIGCONT');

    const expected = FEEDS * ITEMS;
    await rig.waitDelivered(expected, { context: () => describeProcesses(procs) });
    // Let the resumed processes finish whatever they were doing before looking.
    await sleep(2_000);
    const lines = await readSink(rig.sinkPath);
    const twice = repeated(lines);
    if (twice.length > 0) {
      const said = [enricher, deliverer].flatMap((p) => (p ? p.problems.map((l) => `${p.label} ${l}`) : []));
      process.stderr.write(
        `stall: delivered twice ${twice.join(' ')}; the frozen processes said:\n${said.join('\n')}\n`,
      );
    }
    expect(twice).toEqual([]);
    expect(lines).toHaveLength(expected);
    expect(enricher?.alive && deliverer?.alive).toBe(true);
    expect((await rig.counts('failed')).failed ?? 0).toBe(0);

    // Proof the stall happened: jobs the frozen processes held were taken over (stalledCounter).
    const stalled = async (queue: string, jobs: Job[]) => {
      const now = await Promise.all(jobs.map((j) => rig.producer.queue(queue).getJob(j.id ?? '')));
      return now.filter((j) => (j?.stalledCounter ?? 0) > 0).length;
    };
    const enrichTaken = await stalled('enrich', frozenActive.enrich);
    const sinkTaken = await stalled('sink.file', frozenActive.sink);
    process.stderr.write(
      `stall: active at the freeze: ${frozenActive.enrich.length} enrich, ${frozenActive.sink.length} sink; taken over as stalled: ${enrichTaken} enrich, ${sinkTaken} sink\n`,
    );
    expect(enrichTaken + sinkTaken).toBeGreaterThan(0);
  }, 900_000);
});
