import { shortHash } from './hash.ts';
import type { Logger } from './logger.ts';
import type { Emit } from './producer.ts';
import type { ItemOutcome } from './runs.ts';
import type { Story, TraceEntry } from './story.ts';
import type { RunRef, StoryJob } from './topology.ts';
import { jobIds, storyJobId } from './topology.ts';

/**
 * A story a stage hands on to `queue` (the next stage, or a sink's queue). The worker does the rest
 * of the envelope: this stage's trace entry, the run and the replay the job came with, and the
 * deterministic job id (`storyJobId`), so a retried stage adds the same jobs again.
 */
export interface NextStory {
  queue: string;
  story: Story;
  /** Held back this long before the next stage may take it (an embargo). */
  delayMs?: number;
}

/** What a stage decides: the stories it hands on, and for run bookkeeping how the item ended. */
export interface StageResult {
  next?: NextStory[];
  /**
   * Jobs whose payload is not a story (the fetch stage's raw items), each with its own id; the run
   * and replay are still the worker's to carry.
   */
  emits?: Emit[];
  outcome?: ItemOutcome;
  /** Set by the fetch stage: how many items this poll read. */
  feedItems?: number;
  /** Runs once the next jobs are safely queued (or when there are none): state that must follow them. */
  afterEmit?: () => Promise<void>;
  /**
   * Work done ahead for the stages after this one, by task name (see `LocalStages.prepare`): handed
   * to the stages that run inline in this job (`StageContext.prepared`), never put in a job.
   */
  prepared?: Readonly<Record<string, unknown>>;
}

export interface StageContext {
  log: Logger;
  jobId: string;
  /** 1 on the first try; higher on retries and after a stalled job is taken over. */
  attempt: number;
  /** Stable across retries of this job, different for a later job with the same id. */
  token: string;
  startedAt: number;
  /**
   * A line for the job's own log, for a person reading the job in the dashboard (the HTTP status,
   * the verdict and why): written when the job ends, whether it succeeded or failed.
   */
  note(line: string): void;
  /**
   * Whether this worker still holds the job's lock, asked just before an effect that must happen
   * once (a sink's write): a worker frozen past its lock must not repeat what the replica that took
   * the job over did. Always true outside a worker.
   */
  stillOwner(): Promise<boolean>;
  /**
   * The job's lock key and the token that holds it (`stillOwner` as data), for an effect that checks
   * it in the same Redis call as its own bookkeeping (a sink noting its write). Absent outside a worker.
   */
  lock?: { key: string; token: string };
  /**
   * What a stage before this one in the same job computed ahead for it, on the task thread that
   * made the story (`StageResult.prepared`). A stage checks it was made from the story it got, and
   * does the work itself when it is missing. Only inline stages ever see it.
   */
  prepared?: Readonly<Record<string, unknown>>;
}

export type StageHandler<P> = (payload: P, ctx: StageContext) => Promise<StageResult>;

/** Hooks for a queue whose jobs wait on others or back off on the far side's word (the sinks). */
export interface StageHooks<P> {
  /**
   * Before the handler: milliseconds to hold this job back (moved to delayed, no attempt spent),
   * or undefined to run it now. The sinks' ordering gate: a version waits for an older one.
   */
  gate?: (payload: P, ctx: StageContext) => Promise<number | undefined>;
  /** The delay before retry `attemptsMade` after `err` (a Retry-After the far side gave). */
  backoff?: (attemptsMade: number, err: Error | undefined) => number;
}

/** Append this stage's trace entry to a story on its way out. */
export function traced(story: Story, stage: string, startedAt: number): Story {
  const entry: TraceEntry = { stage, at: new Date().toISOString(), ms: Date.now() - startedAt };
  return { ...story, trace: [...story.trace, entry] };
}

/** Where a job's output comes from: the stage that decided it, and what the job carried. */
export interface EnvelopeFrom {
  stage: string;
  startedAt: number;
  jobId: string;
  run?: RunRef;
  replay?: unknown;
}

/** The job that carries one next story on: traced, keyed by `storyJobId`, with the run (untagged). */
function storyEmit(n: NextStory, from: EnvelopeFrom): Emit {
  const story = traced(n.story, from.stage, from.startedAt);
  const data: StoryJob = { story, ...(from.run ? { run: from.run } : {}) };
  return {
    queue: n.queue,
    jobId: storyJobId(n.queue, story, from.run),
    data,
    ...(n.delayMs && n.delayMs > 0 ? { opts: { delay: n.delayMs } } : {}),
  };
}

/** The jobs a result adds: each next story in its envelope, then the raw emits, all tagged for a replay. */
export function envelope(result: StageResult, from: EnvelopeFrom): Emit[] {
  const stories = (result.next ?? []).map((n) => storyEmit(n, from));
  return withReplayTag([...stories, ...(result.emits ?? [])], from.jobId, from.replay);
}

/** The tag a replay started by job `jobId` carries: the suffix of every job id after it. */
export function replayTag(jobId: string): string {
  return shortHash('replay', jobId).slice(0, 12);
}

/**
 * A replayed item (`replay` in its payload) flows again under job ids of its own — the first pass's
 * ids may still be held by BullMQ — and each stage hands the replay on. The tag is fixed by the job
 * that started the replay, so a retried stage still adds the same ids.
 */
function withReplayTag(emits: readonly Emit[], jobId: string, replay: unknown): Emit[] {
  if (replay !== true && typeof replay !== 'string') return [...emits];
  const tag = typeof replay === 'string' ? replay : replayTag(jobId);
  return emits.map((e) => ({
    ...e,
    jobId: jobIds.replayed(e.jobId, tag),
    data: e.data !== null && typeof e.data === 'object' ? { ...e.data, replay: tag } : e.data,
  }));
}
