import type { NormalizeJob, StoryJob } from '@wirefeed/core';
import { normalizeItem } from '@wirefeed/normalize';
import { stageContext } from '@wirefeed/testing/stage';
import { describe, expect, it } from 'vitest';
import { createNormalizeHandler } from './normalizer.ts';

const normalizeHandler = createNormalizeHandler(async (task) => normalizeItem(task.item, task.context));

const ctx = (jobId: string) => stageContext({ jobId });

const job: NormalizeJob = {
  feedId: 'wire',
  feedUrl: 'https://wire.example/feed.xml',
  fetchedAt: '2026-11-27T00:00:00.000Z',
  item: { guid: 'g1', title: 'Council approves budget', contentText: 'The council voted.', categories: [] },
};

describe('normalize handler', () => {
  it('emits one dedup job with a deterministic id, without the replay flag', async () => {
    const a = await normalizeHandler(job, ctx('n-1'));
    const b = await normalizeHandler(job, ctx('n-1'));
    expect(a.emits?.[0]?.jobId).toBe(b.emits?.[0]?.jobId);
    expect((a.emits?.[0]?.data as StoryJob | undefined)?.replay).toBeUndefined();
  });

  it('passes a replay on (the stage worker gives its jobs ids of their own)', async () => {
    const one = await normalizeHandler({ ...job, replay: true }, ctx('n-x-rpa'));
    expect((one.emits?.[0]?.data as StoryJob | undefined)?.replay).toBe(true);
  });
});
