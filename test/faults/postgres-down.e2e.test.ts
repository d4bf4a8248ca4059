import type { PostgresProcess } from '@wirefeed/testing/postgres-process';
import { hasPostgresBinaries, startPostgresProcess } from '@wirefeed/testing/postgres-process';
import type { ServiceProcess } from '@wirefeed/testing/processes';
import { STAGE_SERVICES, spawnReady, stopAll } from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { sleep } from '@wirefeed/testing/until';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './rig.ts';
import { startRig } from './rig.ts';

const ITEMS = 15;
const VERSIONS = 3;
/** As for the webhook outage: the sink's backoff is the same for any outage, only slower for a longer one. */
const DOWN_MS = 25_000;

describe.skipIf(!hasRedisBinaries() || !hasPostgresBinaries())(
  'PostgreSQL stopped while versions pile up (needs Debian PostgreSQL 15 binaries)',
  () => {
    let rig: FaultRig;
    let pg: PostgresProcess;
    let procs: ServiceProcess[] = [];

    beforeAll(async () => {
      // A PostgreSQL of the test's own: the machine's is shared with the other tests.
      pg = await startPostgresProcess();
      rig = await startRig('pgdown', { sinks: `postgres:${pg.url}` });
      procs = await spawnReady(['scheduler', ...STAGE_SERVICES], rig.env);
    }, 300_000);

    afterAll(async () => {
      await stopAll(procs, 'SIGKILL');
      await rig?.close();
      await pg?.close();
    });

    it('keeps the backlog while the database is down, then writes each version once, newest last', async () => {
      const sinkQueue = rig.producer.queue('sink.postgres');
      const backlog = async () => {
        const c = await sinkQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return Object.values(c).reduce((a, b) => a + (b ?? 0), 0);
      };
      await pg.stop();
      const downAt = Date.now();
      await rig.addFeed('wire', 0, ITEMS);
      for (let revision = 1; revision < VERSIONS; revision++) {
        await rig.waitWhileMoving(
          `a backlog of ${ITEMS * revision}`,
          async () => (await backlog()) >= ITEMS * revision,
        );
        await rig.reviseFeed('wire', 0, ITEMS, revision);
      }
      await rig.waitWhileMoving(
        `a backlog of ${ITEMS * VERSIONS}`,
        async () => (await backlog()) >= ITEMS * VERSIONS,
      );
      expect(await backlog()).toBe(ITEMS * VERSIONS);
      expect((await sinkQueue.getJobCounts('failed')).failed).toBe(0);

      await sleep(Math.max(0, DOWN_MS - (Date.now() - downAt)));
      await pg.start();
      // The backlog waits out each job's backoff: no fixed deadline, only that something moves or is due.
      await rig.waitWhileMoving('the backlog drained', async () => (await backlog()) === 0);

      const sql = postgres(pg.url, { max: 1, onnotice: () => {} });
      try {
        const rows = await sql<{ id: string; version: number }[]>`
          select id, version from wirefeed.stories order by id, version`;
        expect(rows).toHaveLength(ITEMS * VERSIONS);
        const byStory = new Map<string, number[]>();
        for (const r of rows) byStory.set(r.id, [...(byStory.get(r.id) ?? []), Number(r.version)]);
        expect(byStory.size).toBe(ITEMS);
        for (const [id, versions] of byStory) expect(versions, id).toEqual([1, 2, 3]);
        const latest = await sql<{ version: number }[]>`select version from wirefeed.latest_stories`;
        expect(latest.map((r) => Number(r.version))).toEqual(Array.from({ length: ITEMS }, () => 3));
      } finally {
        await sql.end();
      }
      expect((await rig.counts('failed')).failed ?? 0).toBe(0);
    }, 900_000);
  },
);
