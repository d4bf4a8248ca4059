import type { StoryJob } from '@wirefeed/core';
import { envelope, jobIds, Stage, StorySchema } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { stageContext } from '@wirefeed/testing/stage';
import { describe, expect, it } from 'vitest';
import { createEnrichHandler } from './enrich-job.ts';
import { ENRICH_TEXT_CHARS, enrichToResult } from './enrich-result.ts';

const enrichHandler = createEnrichHandler(async (story) => enrichToResult(story));

const ctx = (jobId: string) => stageContext({ jobId });

const story = makeStory({
  headline: 'Kenya sends 600 more police officers to Haiti',
  body: {
    text:
      'Kenya will send 600 more police officers to Haiti to fight gangs, President William Ruto said on ' +
      'Friday. Ruto said the officers would join the mission in Port-au-Prince next month, as gang violence ' +
      'spread and troops struggled to hold the capital.',
    html: '<p>Kenya will send…</p>',
  },
  dateline: { place: 'NAIROBI', raw: 'NAIROBI, Jan 9 (Reuters) -' },
  language: 'en',
});

describe('enrich handler', () => {
  it('emits the enriched story to deliver under a deterministic job id', async () => {
    const job: StoryJob = { story };
    const result = await enrichHandler(job, ctx('e-1'));
    // What the worker adds to the queue for it: the envelope around the story the handler decided on.
    const [emit] = envelope(result, { stage: Stage.enrich, startedAt: Date.now(), jobId: 'e-1' });
    expect(emit?.queue).toBe(Stage.deliver);
    expect(emit?.jobId).toBe(jobIds.deliver(story.id, story.version, undefined));
    if (emit === undefined) throw new Error('no emit');
    const out = StorySchema.parse((emit.data as StoryJob).story);
    const enrichment = out.enrichment;
    expect(enrichment?.people.map((p) => p.name)).toEqual(['William Ruto']);
    expect(enrichment?.places[0]).toMatchObject({
      name: 'Nairobi',
      countryCode: 'KE',
      uri: 'https://sws.geonames.org/184745/',
    });
    expect(enrichment?.places.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Kenya', 'Haiti', 'Port-au-Prince']),
    );
    expect(enrichment?.subjects[0]?.code).toBe('medtop:16000000');
    expect(enrichment?.failed).toEqual([]);
    expect(out.trace.at(-1)?.stage).toBe(Stage.enrich);
  });
});

describe('enrich bounds', () => {
  it('reads at most ENRICH_TEXT_CHARS of a body, whatever its size', () => {
    const filler = 'The talks went on. '.repeat(Math.ceil(ENRICH_TEXT_CHARS / 19));
    const long = makeStory({
      headline: 'Talks go on',
      body: { text: `${filler} President William Ruto said on Friday he would attend.`, html: '' },
      language: 'en',
    });
    const out = enrichToResult(long);
    expect(out.enrichment.people).toEqual([]);
    expect(out.enrichment.wordCount).toBeLessThanOrEqual(ENRICH_TEXT_CHARS / 4);
  });
});
