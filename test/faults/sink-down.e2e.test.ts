import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { repeated } from '@wirefeed/testing/delivery';
import type { ServiceProcess } from '@wirefeed/testing/processes';
import { STAGE_SERVICES, spawnReady, stopAll } from '@wirefeed/testing/processes';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { sleep } from '@wirefeed/testing/until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRig } from './rig.ts';
import { startRig } from './rig.ts';

const ITEMS = 15;
const VERSIONS = 3;
/**
 * How long the receiver answers 503. The sink backs off 2 s, 4 s, 8 s, 16 s… (10 attempts, about 34
 * minutes in all; not configurable), so minutes of outage are survived the same way; 25 s keeps the
 * test short while every story still retries several times.
 */
const DOWN_MS = 25_000;

interface Received {
  id: string;
  version: number;
}

/** A webhook receiver on loopback that answers 503 while `down`, and records what it accepted, in order. */
async function startReceiver(): Promise<{
  port: number;
  url: string;
  down: boolean;
  accepted: Received[];
  refused: number;
  close(): Promise<void>;
}> {
  const state = {
    port: 0,
    url: '',
    down: true,
    accepted: [] as Received[],
    refused: 0,
    close: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (state.down) {
      state.refused += 1;
      res.writeHead(503).end('down for maintenance');
      return;
    }
    const { data } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: Received };
    state.accepted.push({ id: data.id, version: data.version });
    res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  state.url = `http://127.0.0.1:${state.port}/hook`;
  state.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

describe.skipIf(!hasRedisBinaries())('a webhook sink down (503) while versions pile up', () => {
  let rig: FaultRig;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let procs: ServiceProcess[] = [];

  beforeAll(async () => {
    receiver = await startReceiver();
    rig = await startRig('sink', {
      sinks: `webhook:${receiver.url}`,
      ports: [receiver.port],
      env: { WIREFEED_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}` },
    });
    procs = await spawnReady(['scheduler', ...STAGE_SERVICES], rig.env);
  }, 300_000);

  afterAll(async () => {
    await stopAll(procs, 'SIGKILL');
    await rig?.close();
    await receiver?.close();
  });

  it('keeps the backlog, then drains it with each story once per version, in version order', async () => {
    const sinkQueue = rig.producer.queue('sink.webhook');
    const backlog = async () => {
      const c = await sinkQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(c).reduce((a, b) => a + (b ?? 0), 0);
    };
    await rig.addFeed('wire', 0, ITEMS);
    await rig.waitWhileMoving('the receiver asked', () => receiver.refused > 0, { intervalMs: 200 });
    const downAt = Date.now();
    // New versions of every story arrive while the sink is down.
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
    expect(receiver.accepted).toEqual([]);
    expect((await sinkQueue.getJobCounts('failed')).failed).toBe(0);

    await sleep(Math.max(0, DOWN_MS - (Date.now() - downAt)));
    receiver.down = false;
    // Each story waits out its backoff (up to a minute or more after a long outage): no fixed deadline,
    // only the rule that something moves or a retry is due.
    await rig.waitWhileMoving(
      `${ITEMS * VERSIONS} accepted and no backlog`,
      async () => receiver.accepted.length >= ITEMS * VERSIONS && (await backlog()) === 0,
      { moving: () => receiver.accepted.length },
    );

    expect(repeated(receiver.accepted)).toEqual([]);
    expect(receiver.accepted).toHaveLength(ITEMS * VERSIONS);
    const byStory = new Map<string, number[]>();
    for (const r of receiver.accepted) byStory.set(r.id, [...(byStory.get(r.id) ?? []), r.version]);
    expect(byStory.size).toBe(ITEMS);
    for (const [id, versions] of byStory) expect(versions, id).toEqual([1, 2, 3]);
    expect(receiver.refused).toBeGreaterThanOrEqual(ITEMS);
    expect((await rig.counts('failed')).failed ?? 0).toBe(0);
  }, 900_000);
});
