import { createProducer, Stage, sinkQueueName } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { createDedupIndex } from '@wirefeed/dedup';
import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { describe, expect, it } from 'vitest';
import { queuesAfterDedup, takeBackUndelivered } from './undelivered.ts';

describe('the end of a one-shot run: stories it could not deliver are taken back from the index', () => {
  const redis = inSuite(() => testRedis('undelivered'));

  it('replays a story failed at its sink or still queued after dedup, not one waiting for dedup', async () => {
    const { a, prefix } = redis();
    const index = createDedupIndex({ redis: a, prefix });
    const producer = createProducer({ connection: a, prefix: `${prefix}:prun` });
    const story = (n: number) =>
      makeStory({
        source: { guid: `g-${n}` },
        body: { text: `Story ${n} about the harbour and its cranes.` },
      });
    const [refused, queued, earlier] = [story(1), story(2), story(3)];
    for (const s of [refused, queued, earlier]) {
      await index.checkAndInsert(s, `first@${s.id}`);
      await index.markForwarded(s);
    }
    const sink = sinkQueueName('out');
    await producer.queue(sink).add('x', { story: refused }, { jobId: 'refused' });
    await producer.queue(Stage.deliver).add('x', { story: queued }, { jobId: 'queued' });
    // Delivered by an earlier run; this run's own copy of it never reached dedup.
    await producer.queue(Stage.dedup).add('x', { story: earlier }, { jobId: 'earlier' });

    const queues = queuesAfterDedup(['out']);
    expect(queues).toEqual([Stage.enrich, Stage.deliver, sink]);
    expect(await takeBackUndelivered(producer, queues, index)).toBe(2);
    expect((await index.checkAndInsert(refused, 'next@1')).kind).toBe('replay');
    expect((await index.checkAndInsert(queued, 'next@2')).kind).toBe('replay');
    expect((await index.checkAndInsert(earlier, 'next@3')).kind).toBe('unchanged');
    await producer.close();
  });
});
