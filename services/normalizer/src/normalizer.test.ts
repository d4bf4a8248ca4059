import type { NormalizeJob } from '@wirefeed/core';
import { normalizeItem } from '@wirefeed/normalize';
import { stageContext } from '@wirefeed/testing/stage';
import { describe, expect, it } from 'vitest';
import { createNormalizeHandler } from './normalizer.ts';

const normalizeHandler = createNormalizeHandler(async (task) => ({
  story: normalizeItem(task.item, task.context),
}));

const ctx = (jobId: string) => stageContext({ jobId });

const job: NormalizeJob = {
  feedId: 'wire',
  feedUrl: 'https://wire.example/feed.xml',
  fetchedAt: '2026-11-27T00:00:00.000Z',
  item: { guid: 'g1', title: 'Council approves budget', contentText: 'The council voted.', categories: [] },
};

describe('normalize handler', () => {
  it('hands one story to dedup, the same for the same item (the worker derives the job id from it)', async () => {
    const a = await normalizeHandler(job, ctx('n-1'));
    const b = await normalizeHandler(job, ctx('n-1'));
    expect(a.next?.map((n) => n.queue)).toEqual(['dedup']);
    expect(a.next?.[0]?.story.id).toBe(b.next?.[0]?.story.id);
    expect(a.next?.[0]?.story.contentHash).toBe(b.next?.[0]?.story.contentHash);
  });

  it('decides nothing about a replay: the envelope carries it (tag and ids of its own)', async () => {
    const plain = await normalizeHandler(job, ctx('n-1'));
    const replayed = await normalizeHandler({ ...job, replay: true }, ctx('n-x-rpa'));
    expect(replayed.next?.[0]?.story.id).toBe(plain.next?.[0]?.story.id);
  });
});
