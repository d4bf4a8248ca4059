import { describe, expect, it } from 'vitest';
import type { StageContext, StageHandler } from './envelope.ts';
import { createLocalStages, runChain } from './fused-stages.ts';
import { nullLogger } from './logger.ts';
import { makeStory } from './story-fixtures.ts';
import type { StoryJob } from './topology.ts';
import { Stage } from './topology.ts';

const ctx: StageContext = {
  log: nullLogger(),
  jobId: 'n-1',
  attempt: 1,
  token: 'n-1@1',
  startedAt: Date.now(),
  note: () => undefined,
  stillOwner: async () => true,
};
const module = new URL('./__fixtures__/test-tasks.ts', import.meta.url);

describe('work prepared ahead for fused stages (ADR 0024)', () => {
  it('lists the preparations of the stages held here, in flow order, and only theirs', () => {
    const local = createLocalStages();
    const pass: StageHandler<StoryJob> = async () => ({});
    local.prepare(Stage.enrich, { task: 'enrich.prepare', module });
    local.prepare(Stage.dedup, { task: 'dedup.prepare', module });
    expect(local.preparations()).toEqual([]);
    local.register(Stage.enrich, pass);
    local.register(Stage.dedup, pass);
    expect(local.preparations().map((p) => p.task)).toEqual(['dedup.prepare', 'enrich.prepare']);
    local.prepare('sink.out', { task: 'never', module });
    expect(local.preparations()).toHaveLength(2);
  });

  it('counts the stages a job carries: its own and each held inline after it, up to a gap', () => {
    const local = createLocalStages();
    const pass: StageHandler<StoryJob> = async () => ({});
    expect(local.carried(Stage.normalize)).toBe(1);
    local.register(Stage.dedup, pass);
    local.register(Stage.deliver, pass);
    // enrich is not held here: a story leaves by its queue after dedup.
    expect([Stage.fetch, Stage.normalize, Stage.dedup, Stage.deliver].map((q) => local.carried(q))).toEqual([
      1, 2, 1, 1,
    ]);
    local.register(Stage.enrich, pass);
    expect(local.carried(Stage.normalize)).toBe(4);
    expect(local.carried('sink.out')).toBe(1);
  });

  it('hands what a stage prepared to every stage inline after it, never into a job', async () => {
    const local = createLocalStages();
    const seen: Record<string, unknown>[] = [];
    local.register(Stage.dedup, async ({ story }, c) => {
      seen.push({ dedup: c.prepared });
      return { next: [{ queue: Stage.enrich, story }] };
    });
    local.register(Stage.enrich, async ({ story }, c) => {
      seen.push({ enrich: c.prepared });
      return { next: [{ queue: 'sink.out', story }] };
    });
    const story = makeStory();
    const chain = await runChain(
      { next: [{ queue: Stage.dedup, story }], prepared: { 'dedup.prepare': 1, 'enrich.prepare': 2 } },
      { stage: Stage.normalize, startedAt: Date.now(), jobId: 'n-1' },
      ctx,
      { local, timestamp: 1 },
    );
    const prepared = { 'dedup.prepare': 1, 'enrich.prepare': 2 };
    expect(seen).toEqual([{ dedup: prepared }, { enrich: prepared }]);
    expect(chain.emits.map((e) => e.queue)).toEqual(['sink.out']);
    expect(JSON.stringify(chain.emits[0]?.data)).not.toContain('prepare');
  });

  it('runs a sink registered inline in the same job, and hands to its queue what its gate holds back', async () => {
    const local = createLocalStages();
    const written: number[] = [];
    local.register(Stage.deliver, async ({ story }) => ({ next: [{ queue: 'sink.out', story }] }));
    local.register('sink.never', async () => ({ outcome: 'delivered' }));
    expect(local.get('sink.never')).toBeUndefined();
    local.register(
      'sink.out',
      async ({ story }) => {
        written.push(story.version);
        return { outcome: 'delivered' };
      },
      { sink: true, gate: async ({ story }) => (story.version > 1 ? 1_000 : undefined) },
    );
    const from = { stage: Stage.enrich, startedAt: Date.now(), jobId: 'e-1' };
    const run = (version: number) =>
      runChain({ next: [{ queue: Stage.deliver, story: makeStory({ version }) }] }, from, ctx, {
        local,
        timestamp: 1,
      });
    const delivered = await run(1);
    expect(delivered.emits).toEqual([]);
    expect(delivered.last.outcome).toBe('delivered');
    expect(delivered.stages.map((s) => s.stage)).toEqual([Stage.enrich, Stage.deliver, 'sink.out']);
    expect(delivered.stages.at(-1)?.firstTraceAt).toBeDefined();
    // Kept in the job's return value for the dashboard, as the sink's own job would have held it.
    expect(delivered.delivered.map((d) => [d.queue, d.story.version])).toEqual([['sink.out', 1]]);
    const held = await run(2);
    expect(held.emits.map((e) => e.queue)).toEqual(['sink.out']);
    expect(held.stages.at(-1)).toMatchObject({ stage: 'sink.out', outcome: 'handed-off' });
    expect(held.delivered).toEqual([]);
    expect(written).toEqual([1]);
    // A deliver job of its own (a lone deliverer) fuses nothing: the sink keeps its queue.
    const alone = await runChain(
      { next: [{ queue: 'sink.out', story: makeStory() }] },
      { stage: Stage.deliver, startedAt: Date.now(), jobId: 'd-1' },
      ctx,
      { local, timestamp: 1 },
    );
    expect(alone.emits.map((e) => e.queue)).toEqual(['sink.out']);
    expect(written).toEqual([1]);
  });
});
