import type { ServiceProcess } from '@wirefeed/testing/processes';
import { STAGE_SERVICES, spawnReady, stopAll } from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './rig.ts';
import { startRig } from './rig.ts';

const FEEDS = 4;
const ITEMS = 20;

/**
 * The enricher cannot be crashed by a story's content: each enricher runs in its own try and a failure
 * is recorded in `enrichment.failed` (services/enricher). What can reach a stage and fail is a payload
 * that breaks the contract, and a feed that does not parse; both must fail alone, with their reason.
 */
describe.skipIf(!hasRedisBinaries())('poison input', () => {
  let rig: FaultRig;
  let procs: ServiceProcess[] = [];

  beforeAll(async () => {
    rig = await startRig('poison');
    procs = await spawnReady(['scheduler', ...STAGE_SERVICES], rig.env);
  }, 300_000);

  afterAll(async () => {
    await stopAll(procs, 'SIGKILL');
    await rig?.close();
  });

  it('an unparsable feed and a malformed enrich job fail alone with their reasons; the rest flows', async () => {
    rig.feeds.set('/broken.xml', '<rss version="2.0"><channel><item><title>cut off');
    await rig.store.add({
      id: 'broken',
      url: rig.feeds.url('/broken.xml'),
      origin: 'api',
      minIntervalMs: 3_600_000,
      maxIntervalMs: 3_600_000,
    });
    await rig.producer.add([
      {
        queue: 'enrich',
        jobId: 'e-poison',
        data: { story: { id: 'poison', version: 'one', headline: 42 } },
      },
    ]);
    for (let f = 0; f < FEEDS; f++) await rig.addFeed(`wire-${f}`, f * ITEMS, ITEMS);

    const expected = FEEDS * ITEMS;
    const lines = await rig.expectDeliveredOnce(expected, { failed: 1 });
    expect(lines.some((l) => l.id === 'poison' || l.source.feedId === 'broken')).toBe(false);

    // The malformed job is the only failed job, at once (not retried), with the contract's reason.
    const failed = await rig.producer.queue('enrich').getFailed();
    expect(failed.map((j) => j.id)).toEqual(['e-poison']);
    expect(failed[0]?.failedReason).toMatch(/^WF_E_BAD_PAYLOAD: payload rejected/);
    expect(failed[0]?.attemptsMade).toBe(1);
    expect((await rig.counts('failed')).failed).toBe(1);

    // The broken feed's failure is recorded on its subscription, where `feeds list` shows it.
    await rig.waitWhileMoving(
      'the broken feed its error recorded',
      async () => (await rig.store.get('broken'))?.state.lastError?.code === 'WF_E_FEED_PARSE',
      { intervalMs: 250 },
    );
    expect((await rig.store.get('broken'))?.state.consecutiveErrors).toBeGreaterThanOrEqual(1);
  }, 900_000);
});
