import { makeStory } from '@wirefeed/core/testing';
import { describe, expect, it } from 'vitest';
import type { TraceStep } from './trace.ts';
import { fusedSteps } from './trace.ts';

describe('the trace of a story whose stages ran fused in its normalize job', () => {
  const at = (ms: number) => new Date(Date.parse('2026-12-07T08:00:00.000Z') + ms).toISOString();
  const story = makeStory({
    trace: [
      { stage: 'fetch', at: at(0), ms: 5 },
      { stage: 'normalize', at: at(20), ms: 10 },
      { stage: 'dedup', at: at(24), ms: 4 },
      { stage: 'enrich', at: at(30), ms: 6 },
      { stage: 'deliver', at: at(31), ms: 1 },
    ],
  });
  const normalizeJob: TraceStep = {
    queue: 'normalize',
    stage: 'normalize',
    jobId: 'n-abc',
    state: 'completed',
    addedAt: Date.parse(at(8)),
    attemptsMade: 0,
  };

  it('shows each stage that had no job of its own from the story’s trace, under the normalize job', () => {
    const steps = fusedSteps(story, [normalizeJob]);
    expect(steps.map((s) => [s.stage, s.queue, s.jobId, s.state])).toEqual([
      ['dedup', 'normalize', 'n-abc', 'fused'],
      ['enrich', 'normalize', 'n-abc', 'fused'],
      ['deliver', 'normalize', 'n-abc', 'fused'],
    ]);
    expect(steps[1]?.finishedOn).toBe(Date.parse(at(30)));
    expect(steps[1]?.processedOn).toBe(Date.parse(at(24)));
  });

  it('adds nothing for a stage whose own job was found (a hop between processes)', () => {
    const enrichJob: TraceStep = {
      ...normalizeJob,
      queue: 'enrich',
      stage: 'enrich',
      jobId: 'e-1',
      version: 1,
    };
    expect(fusedSteps(story, [normalizeJob, enrichJob]).map((s) => s.stage)).toEqual(['dedup', 'deliver']);
  });
});
