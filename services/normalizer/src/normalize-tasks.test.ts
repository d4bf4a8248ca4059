import { fileURLToPath } from 'node:url';
import type { Story } from '@wirefeed/core';
import { createTaskPool, nullLogger } from '@wirefeed/core';
import { heavyCoreImports } from '@wirefeed/testing/light-imports';
import { describe, expect, it } from 'vitest';
import type { NormalizeTask } from './normalizer.ts';

describe('the normalize task module', () => {
  it('normalizes an item on a task thread, and fails hostile markup there with its reason', async () => {
    const pool = createTaskPool({ name: 'stage', threads: 1, budgetMs: 20_000, log: nullLogger() });
    pool.use(new URL('./normalize-tasks.ts', import.meta.url));
    try {
      const context = {
        feedId: 'wire',
        feedUrl: 'https://wire.example/feed.xml',
        fetchedAt: '2026-01-01T00:00:00.000Z',
      };
      const task: NormalizeTask = {
        item: {
          guid: 'g1',
          title: 'UPDATE 1-Council approves budget',
          contentText: 'The council voted.',
          categories: [],
        },
        context,
      };
      const story = await pool.run<Story>('normalize', task);
      expect(story).toMatchObject({ headline: 'Council approves budget', signals: { updateNumber: 1 } });
      const nested = `${'<a href="http://x/">'.repeat(100_000)}hi`;
      await expect(
        pool.run('normalize', {
          item: { guid: 'g2', title: 't', contentHtml: nested, categories: [] },
          context,
        }),
      ).rejects.toMatchObject({
        code: 'WF_E_ITEM_TOO_COMPLEX',
        message: 'body HTML is too complex: more than 10000 elements',
      });
    } finally {
      await pool.close();
    }
  });

  it('keeps @wirefeed/normalize light for threads: no value imported from the whole of @wirefeed/core', () => {
    expect(
      heavyCoreImports(fileURLToPath(new URL('../../../packages/normalize/src', import.meta.url))),
    ).toEqual([]);
  });
});
