import { describe, expect, it } from 'vitest';
import { envelope, replayTag } from './stage-worker.ts';
import { makeStory } from './story-fixtures.ts';
import { jobIds, Stage } from './topology.ts';

const story = makeStory({ source: { guid: 'env-1' } });
const at = { stage: Stage.dedup, startedAt: Date.now() - 5, jobId: 'd-1' };

describe('the envelope core adds around what a handler decides', () => {
  it('traces the story, keys the job from jobIds, and carries the run', () => {
    const run = { id: 'run001', item: 'i-1' };
    const [job] = envelope({ next: [{ queue: Stage.enrich, story }] }, { ...at, run });
    expect(job?.queue).toBe(Stage.enrich);
    expect(job?.jobId).toBe(jobIds.enrich(story.id, story.version, run));
    const data = job?.data as { story: typeof story; run: typeof run };
    expect(data.run).toEqual(run);
    expect(data.story.trace.at(-1)).toMatchObject({ stage: Stage.dedup });
    expect(data.story.trace).toHaveLength(story.trace.length + 1);
  });

  it('gives a sink job its sink id and a held story its delay', () => {
    const [job] = envelope({ next: [{ queue: 'sink.archive', story, delayMs: 60_000 }] }, at);
    expect(job?.jobId).toBe(jobIds.sink('archive', story.id, story.version));
    expect(job?.opts).toEqual({ delay: 60_000 });
  });

  it('hands a replay on under ids of its own, the tag fixed by the job that started it', () => {
    const started = envelope({ next: [{ queue: Stage.enrich, story }] }, { ...at, replay: true });
    const tag = replayTag(at.jobId);
    expect(started[0]?.jobId).toBe(jobIds.replayed(jobIds.enrich(story.id, story.version), tag));
    expect((started[0]?.data as { replay?: string } | undefined)?.replay).toBe(tag);
    const later = envelope({ next: [{ queue: Stage.deliver, story }] }, { ...at, jobId: 'e-2', replay: tag });
    expect(later[0]?.jobId).toBe(jobIds.replayed(jobIds.deliver(story.id, story.version), tag));
  });

  it('adds a raw emit as it is, tagged for a replay like the rest', () => {
    const raw = { queue: Stage.normalize, jobId: 'n-abc', data: { feedId: 'f' } };
    expect(envelope({ emits: [raw] }, at)).toEqual([raw]);
    expect(envelope({ emits: [raw] }, { ...at, replay: 'abc' })[0]?.jobId).toBe('n-abc-xabc');
  });
});
