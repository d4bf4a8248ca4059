import { createTaskPool, nullLogger } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import type { DedupPrep } from '@wirefeed/dedup';
import { prepareDedup, prepFor } from '@wirefeed/dedup';
import { describe, expect, it } from 'vitest';

describe('the dedup task module (fused: made ahead on the normalizer’s thread)', () => {
  it('makes on a task thread what the check would make here, and is only used for its own story', async () => {
    const pool = createTaskPool({ name: 'stage', threads: 1, budgetMs: 20_000, log: nullLogger() });
    pool.use(new URL('./dedup-tasks.ts', import.meta.url));
    try {
      const text = Array.from(
        { length: 60 },
        (_, i) => `Officials in Nairobi said ${i} buses ran late.`,
      ).join(' ');
      const story = makeStory({ headline: 'Buses late', body: { text, html: '' } });
      const prep = await pool.run<DedupPrep>('dedup.prepare', story);
      const here = prepareDedup(story);
      expect(prep.fingerprints).toEqual(here.fingerprints);
      expect(prep.probe?.tops).toEqual(here.probe?.tops);
      expect(Buffer.from(prep.sketch ?? [])).toEqual(Buffer.from(here.sketch ?? []));
      // A view on Buffer's shared pool would send the whole pool (64 KB) across for 100 bytes.
      expect(prep.sketch?.buffer.byteLength).toBe(prep.sketch?.byteLength);
      expect(prepFor(story, prep)).toBe(prep);
      expect(prepFor({ ...story, contentHash: 'other' }, prep)).toBeUndefined();
      expect(prepFor(story, undefined)).toBeUndefined();
    } finally {
      await pool.close();
    }
  });
});
