import { createRedis, jobIds, sinkQueueName } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { olderVersionPending } from './sink-stage.ts';

// The version-order hold's two exceptions (ADR 0011), on a real BullMQ queue: what keeps a story from
// being blocked for good by one of its older versions.
describe('olderVersionPending on a real queue', () => {
  const url = testRedisUrl();
  const prefix = uniquePrefix('sink-stage');
  const connection = createRedis(url, 'worker');
  let queue: Queue;
  const sink = 'hold';
  const now = Date.parse('2026-11-27T09:00:00Z');

  beforeAll(() => {
    queue = new Queue(sinkQueueName(sink), { connection, prefix: `{${prefix}}` });
  });
  afterAll(async () => {
    await queue.close();
    await dropPrefix(url, prefix);
    connection.disconnect();
  });

  it('holds for an older version retrying, not for one held for an embargo the newer one lacks', async () => {
    const v1 = makeStory({ source: { guid: 'hold-embargo' }, embargoedUntil: '2026-11-27T10:00:00.000Z' });
    const v2 = { ...v1, version: 2, contentHash: 'b'.repeat(24) };
    const { embargoedUntil: _lifted, ...v2Free } = v2;
    const id1 = jobIds.sink(sink, v1.id, 1);
    await queue.add('story', { story: v1 }, { jobId: id1, delay: 3_600_000 });
    expect(await olderVersionPending(queue, sink, v2Free, undefined, now)).toBeUndefined();
    // Past the embargo the same delayed job is a retry waiting its turn: it holds v2.
    expect(
      await olderVersionPending(queue, sink, v2Free, undefined, Date.parse('2026-11-27T11:00:00Z')),
    ).toBe(1);
    await queue.remove(id1);
    const { embargoedUntil: _none, ...v1Free } = v1;
    await queue.add('story', { story: v1Free }, { jobId: id1, delay: 60_000 });
    expect(await olderVersionPending(queue, sink, v2Free, undefined, now)).toBe(1);
    await queue.remove(id1);
  });

  it('does not hold for an older version in the dead letters', async () => {
    const v1 = makeStory({ source: { guid: 'hold-dead' } });
    const v2 = { ...v1, version: 2, contentHash: 'c'.repeat(24) };
    await queue.add('story', { story: v1 }, { jobId: jobIds.sink(sink, v1.id, 1) });
    expect(await olderVersionPending(queue, sink, v2, undefined, now)).toBe(1);
    const worker = new Worker(
      sinkQueueName(sink),
      async () => {
        throw new UnrecoverableError('refused');
      },
      { connection, prefix: `{${prefix}}` },
    );
    try {
      await new Promise<void>((resolve) => worker.once('failed', () => resolve()));
    } finally {
      await worker.close();
    }
    expect(await olderVersionPending(queue, sink, v2, undefined, now)).toBeUndefined();
  });
});
