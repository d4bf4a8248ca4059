import type { EnvelopeFrom, NextStory, StageContext, StageHandler, StageResult } from './envelope.ts';
import { envelope } from './envelope.ts';
import type { Emit } from './producer.ts';
import { Stage } from './stages.ts';
import type { StoryJob } from './topology.ts';

/**
 * The queues whose stories a process runs inline, in the job that made them, when it holds their
 * handler (`wirefeed start`, `process`). Never a sink's queue: each sink keeps its own version-order
 * gate, backoff and failed set, so a slow or failing sink never holds back the others.
 */
export const INLINE_QUEUES: readonly string[] = [Stage.dedup, Stage.enrich, Stage.deliver];

/** The story stages this process runs, by queue: filled as workers are made, read as jobs run. */
export interface LocalStages {
  register(queue: string, handler: StageHandler<StoryJob>): void;
  get(queue: string): StageHandler<StoryJob> | undefined;
  /**
   * A task of a task-thread module that computes ahead, from a freshly made Story, what `queue`'s
   * stage would compute itself: the stage making the story runs it in the same thread trip
   * (`TaskPool.runAhead`) and hands its result on as `prepared` (ADR 0024).
   */
  prepare(queue: string, ahead: Preparation): void;
  /** What to run ahead: for the stages held inline here, in flow order. */
  preparations(): readonly Preparation[];
}

/** A task run ahead on the task thread, and the module (loaded on first use) that has it. */
export interface Preparation {
  task: string;
  module: URL;
}

export function createLocalStages(): LocalStages {
  const handlers = new Map<string, StageHandler<StoryJob>>();
  const ahead = new Map<string, Preparation>();
  return {
    register(queue, handler) {
      if (INLINE_QUEUES.includes(queue)) handlers.set(queue, handler);
    },
    get: (queue) => handlers.get(queue),
    prepare(queue, preparation) {
      if (INLINE_QUEUES.includes(queue)) ahead.set(queue, preparation);
    },
    preparations: () =>
      INLINE_QUEUES.flatMap((q) => {
        const p = ahead.get(q);
        return p && handlers.has(q) ? [p] : [];
      }),
  };
}

/** One stage a job went through, its own or inline: for metrics. */
export interface StageRun {
  stage: string;
  startedAt: number;
  outcome: string;
}

export interface ChainResult {
  /**
   * The jobs to add: the last stage's output; or, when a stage failed inline, the job that hands the
   * story to that stage's own queue.
   */
  emits: Emit[];
  /** The last stage's result (its outcome settles the run's item); empty after a hand-off. */
  last: StageResult;
  /** The stage that decided `last`, and where its emits come from. */
  from: EnvelopeFrom;
  stages: StageRun[];
  /** Each stage's `afterEmit`, in flow order: run once `emits` are queued. */
  afterEmits: (() => Promise<void>)[];
}

/** The one next story a process can run inline: a lone, undelayed story for a stage it holds. */
function inlineNext(
  result: StageResult,
  local: LocalStages | undefined,
): { next: NextStory; handler: StageHandler<StoryJob> } | undefined {
  if (!local || result.emits?.length || result.next?.length !== 1) return undefined;
  const next = result.next[0] as NextStory;
  if (next.delayMs && next.delayMs > 0) return undefined;
  const handler = local.get(next.queue);
  return handler ? { next, handler } : undefined;
}

/**
 * Runs a stage's output through the following stages in this job while this process holds their
 * handlers, so a story crosses normalize → dedup → enrich → deliver as one job instead of four. Each
 * inline stage gets what its own job would have carried: the same payload (traced, with the run and
 * the replay's tag) under the same job id, and a token stable across retries of this job (the dedup
 * index replays its recorded decision). When an inline stage throws, the story is handed to that
 * stage's own queue, exactly as the stage before would have handed it on: that queue's worker retries
 * it, and if it fails for good it fails there, attributed to its stage, not to this job.
 */
export async function runChain(
  first: StageResult,
  from: EnvelopeFrom,
  ctx: StageContext,
  options: { local: LocalStages | undefined; timestamp: number },
): Promise<ChainResult> {
  let result = first;
  let at = from;
  const stages: StageRun[] = [];
  const afterEmits: (() => Promise<void>)[] = [];
  let prepared: Record<string, unknown> | undefined;
  for (;;) {
    if (result.afterEmit) afterEmits.push(result.afterEmit);
    if (result.prepared) prepared = { ...prepared, ...result.prepared };
    const inline = inlineNext(result, options.local);
    if (!inline) {
      const emits = envelope(result, at);
      stages.push({
        stage: at.stage,
        startedAt: at.startedAt,
        outcome: result.outcome ?? (emits.length ? 'forwarded' : 'done'),
      });
      return { emits, last: result, from: at, stages, afterEmits };
    }
    const [emit] = envelope({ next: [inline.next] }, at) as [Emit];
    stages.push({ stage: at.stage, startedAt: at.startedAt, outcome: 'forwarded' });
    const stage = inline.next.queue;
    const startedAt = Date.now();
    const payload = emit.data as StoryJob;
    const sub: StageContext = {
      ...ctx,
      log: ctx.log.child({ stage }),
      jobId: emit.jobId,
      token: `${emit.jobId}@${options.timestamp}`,
      startedAt,
      note: (line) => ctx.note(`${stage}: ${line}`),
      ...(prepared ? { prepared } : {}),
    };
    try {
      result = await inline.handler(payload, sub);
    } catch (err) {
      sub.log.warn({ err }, 'stage failed inline: story handed to its queue');
      stages.push({ stage, startedAt, outcome: 'handed-off' });
      return { emits: [emit], last: {}, from: at, stages, afterEmits };
    }
    at = { stage, startedAt, jobId: emit.jobId, ...(at.run ? { run: at.run } : {}), replay: payload.replay };
  }
}
