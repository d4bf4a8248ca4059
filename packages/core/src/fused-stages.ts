import type { EnvelopeFrom, NextStory, StageContext, StageHandler, StageResult } from './envelope.ts';
import { envelope } from './envelope.ts';
import type { Emit } from './producer.ts';
import { STAGES, Stage } from './stages.ts';
import type { StoryJob } from './topology.ts';

/**
 * The queues whose stories a process runs inline, in the job that made them, when it holds their
 * handler (`wirefeed start`, `process`). Never a sink's queue: each sink keeps its own version-order
 * gate, backoff and failed set, so a slow or failing sink never holds back the others.
 */
export const INLINE_QUEUES: readonly string[] = [Stage.dedup, Stage.enrich, Stage.deliver];

/** A stage a job can run inline: its handler, and a sink's ordering gate. */
export interface InlineStage {
  handler: StageHandler<StoryJob>;
  /** A sink's `StageHooks.gate`: a story it would hold back goes to the sink's queue instead. */
  gate?: (payload: StoryJob, ctx: StageContext) => Promise<number | undefined>;
  /** A sink's stage: what it delivers is kept with the job (`ChainResult.delivered`). */
  sink?: boolean;
}

/** The story stages this process runs, by queue: filled as workers are made, read as jobs run. */
export interface LocalStages {
  /**
   * Offer a stage to run inline: the queues of `INLINE_QUEUES`, and a sink's queue when `sink` says
   * so (the one local sink of a co-located process, ADR 0024).
   */
  register(
    queue: string,
    handler: StageHandler<StoryJob>,
    options?: { sink?: boolean; gate?: InlineStage['gate'] },
  ): void;
  get(queue: string): InlineStage | undefined;
  /**
   * A task of a task-thread module that computes ahead, from a freshly made Story, what `queue`'s
   * stage would compute itself: the stage making the story runs it in the same thread trip
   * (`TaskPool.runAhead`) and hands its result on as `prepared` (ADR 0024).
   */
  prepare(queue: string, ahead: Preparation): void;
  /** What to run ahead: for the stages held inline here, in flow order. */
  preparations(): readonly Preparation[];
  /**
   * How many stages a job of `queue` carries a story through here: its own, and each stage after it
   * held inline, up to the first one that is not.
   */
  carried(queue: string): number;
  /** The queues offered to run inline here. */
  queues(): string[];
  /**
   * The queues paused (BullMQ's global pause: the dashboard's "Pause stage"), as last read by
   * `watchPausedQueues`: a story for one of them goes to its queue, where it waits, instead of
   * running inline past the pause.
   */
  setPaused(queues: ReadonlySet<string>): void;
  isPaused(queue: string): boolean;
}

/** A task run ahead on the task thread, and the module (loaded on first use) that has it. */
export interface Preparation {
  task: string;
  module: URL;
}

export function createLocalStages(): LocalStages {
  const handlers = new Map<string, InlineStage>();
  const ahead = new Map<string, Preparation>();
  let paused: ReadonlySet<string> = new Set();
  return {
    register(queue, handler, options = {}) {
      if (INLINE_QUEUES.includes(queue) || options.sink)
        handlers.set(queue, {
          handler,
          ...(options.gate ? { gate: options.gate } : {}),
          ...(options.sink ? { sink: true } : {}),
        });
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
    carried(queue) {
      const at = STAGES.indexOf(queue as Stage);
      if (at < 0) return 1;
      let n = 1;
      for (const stage of STAGES.slice(at + 1)) {
        if (!INLINE_QUEUES.includes(stage) || !handlers.has(stage)) break;
        n += 1;
      }
      return n;
    },
    queues: () => [...handlers.keys()],
    setPaused(queues) {
      paused = queues;
    },
    isPaused: (queue) => paused.has(queue),
  };
}

/**
 * Keep `local`'s paused queues in step with Redis: read now (`refresh`, before the workers run) and
 * every `everyMs` after, one call per inline queue. A pause takes hold within `everyMs`; asking BullMQ
 * on every hop would cost a round trip per stage per story. A read that fails keeps the last answer.
 */
export function watchPausedQueues(
  local: LocalStages,
  isPaused: (queue: string) => Promise<boolean>,
  everyMs = 1_000,
): { refresh(): Promise<void>; stop(): void } {
  const refresh = async () => {
    const queues = local.queues();
    const answers = await Promise.all(queues.map((q) => isPaused(q).catch(() => local.isPaused(q))));
    local.setPaused(new Set(queues.filter((_, i) => answers[i])));
  };
  // One read at a time: a slow Redis never stacks them up.
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void refresh()
      .catch(() => undefined)
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  timer.unref();
  return { refresh, stop: () => clearInterval(timer) };
}

/** One stage a job went through, its own or inline: for metrics. */
export interface StageRun {
  stage: string;
  startedAt: number;
  outcome: string;
  /** An inline stage's story's first trace entry (an inline sink's delivery latency). */
  firstTraceAt?: string;
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
  /**
   * What inline sinks delivered, each story as its sink job would have carried it: kept in the job's
   * return value, where the dashboard finds it (latest delivered, a story's trace).
   */
  delivered: InlineDelivery[];
}

/**
 * A story an inline sink delivered, kept in the job's return value: without its body, which the sink
 * holds (the return value is stored twice, in the job and in the queue's event stream).
 */
export interface InlineDelivery {
  queue: string;
  story: Omit<StoryJob['story'], 'body'>;
}

/** The one next story a process can run inline: a lone, undelayed story for a stage it holds. */
function inlineNext(
  result: StageResult,
  local: LocalStages | undefined,
  fused: boolean,
): { next: NextStory; stage: InlineStage } | undefined {
  if (!local || result.emits?.length || result.next?.length !== 1) return undefined;
  const next = result.next[0] as NextStory;
  if (next.delayMs && next.delayMs > 0) return undefined;
  // A paused stage runs nothing, inline or not: the story waits in its queue until it is resumed.
  if (local.isPaused(next.queue)) return undefined;
  const stage = local.get(next.queue);
  // A sink is written inline only in a job that already fused stages: a lone deliverer's deliver
  // job (separate services) still hands each story to the sink's queue.
  if (stage && !INLINE_QUEUES.includes(next.queue) && !fused) return undefined;
  return stage ? { next, stage } : undefined;
}

/**
 * Runs a stage's output through the following stages in this job while this process holds their
 * handlers, so a story crosses normalize → dedup → enrich → deliver as one job instead of four. Each
 * inline stage gets what its own job would have carried: the same payload (traced, with the run and
 * the replay's tag) under the same job id, and a token stable across retries of this job (the dedup
 * index replays its recorded decision). When an inline stage throws, the story is handed to that
 * stage's own queue, exactly as the stage before would have handed it on: that queue's worker retries
 * it, and if it fails for good it fails there, attributed to its stage, not to this job. So does a
 * story an inline sink's gate would hold back (an older version still on its way).
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
  const delivered: InlineDelivery[] = [];
  let prepared: Record<string, unknown> | undefined;
  let atFirstTraceAt: string | undefined;
  for (;;) {
    if (result.afterEmit) afterEmits.push(result.afterEmit);
    if (result.prepared) prepared = { ...prepared, ...result.prepared };
    const inline = inlineNext(result, options.local, stages.length > 0);
    if (!inline) {
      const emits = envelope(result, at);
      stages.push({
        stage: at.stage,
        startedAt: at.startedAt,
        outcome: result.outcome ?? (emits.length ? 'forwarded' : 'done'),
        ...(atFirstTraceAt ? { firstTraceAt: atFirstTraceAt } : {}),
      });
      return { emits, last: result, from: at, stages, afterEmits, delivered };
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
    const firstTraceAt = payload.story.trace[0]?.at;
    try {
      // A sink's gate would hold this version back for an older one: its queue holds it instead.
      if ((await inline.stage.gate?.(payload, sub)) !== undefined) {
        stages.push({ stage, startedAt, outcome: 'handed-off' });
        return { emits: [emit], last: {}, from: at, stages, afterEmits, delivered };
      }
      result = await inline.stage.handler(payload, sub);
    } catch (err) {
      sub.log.warn({ err }, 'stage failed inline: story handed to its queue');
      stages.push({ stage, startedAt, outcome: 'handed-off' });
      return { emits: [emit], last: {}, from: at, stages, afterEmits, delivered };
    }
    atFirstTraceAt = firstTraceAt;
    if (inline.stage.sink && result.outcome === 'delivered') {
      const { body: _body, ...rest } = payload.story;
      delivered.push({ queue: stage, story: rest });
    }
    at = { stage, startedAt, jobId: emit.jobId, ...(at.run ? { run: at.run } : {}), replay: payload.replay };
  }
}
