import { fileURLToPath } from 'node:url';
import { createTaskPool, nullLogger } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { heavyCoreImports } from '@wirefeed/testing/light-imports';
import { describe, expect, it } from 'vitest';
import type { EnrichResult } from './enrich-job.ts';

describe('the enrich task module', () => {
  it('enriches a story on a task thread, the gazetteer built when the module loads', async () => {
    const pool = createTaskPool({ name: 'stage', threads: 1, budgetMs: 20_000, log: nullLogger() });
    pool.use(new URL('./enrich-tasks.ts', import.meta.url));
    try {
      const story = makeStory({
        headline: 'Kenya sends police to Haiti',
        body: {
          text: 'President William Ruto said on Friday that Kenya would send police to Haiti.',
          html: '',
        },
        language: 'en',
      });
      const out = await pool.run<EnrichResult>('enrich', story);
      expect(out.enrichment.people.map((p) => p.name)).toEqual(['William Ruto']);
      expect(out.failures).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('keeps @wirefeed/enrich light for threads: no value imported from the whole of @wirefeed/core', () => {
    expect(heavyCoreImports(fileURLToPath(new URL('../../../packages/enrich/src', import.meta.url)))).toEqual(
      [],
    );
  });
});
