import type { Producer, SinkSpec, Story } from '@wirefeed/core';
import { INLINE_QUEUES, inlineDeliveries, jobIds, Stage, sinkQueueName } from '@wirefeed/core';
import type { IndexedStory, StoryIndex } from '@wirefeed/story-index';
import { replayTagFor } from '@wirefeed/story-index';
import type { Job } from 'bullmq';
import { bodyFromRaw } from './trace-body.ts';

/** One job of a story in one queue, as the trace shows it. */
export interface TraceStep {
  queue: string;
  stage: string;
  jobId: string;
  version?: number;
  state: string;
  addedAt: number;
  processedOn?: number;
  finishedOn?: number;
  attemptsMade: number;
  failedReason?: string;
}

/** The dedup index's view of a story's cluster (`@wirefeed/dedup` `describe`), when it has one. */
export interface DedupCluster {
  id: string;
  version: number;
  status: string;
  clusterId: string;
  duplicateOf?: string;
  possibleDuplicateOf?: string;
  similarity?: number;
  method: string;
  members: { id: string; feedId: string; similarity: number; method: string }[];
}

export interface StoryTrace {
  id: string;
  indexed?: IndexedStory;
  /** The story as it left the furthest stage found (with dedup and enrichment when it got there). */
  /** The story as it went furthest; without its body when an inline sink wrote it (ADR 24). */
  story?: TracedStory;
  steps: TraceStep[];
  /** Versions seen: from the index and from the jobs found. */
  versions: number[];
  cluster?: DedupCluster;
  /** Sinks whose job for a version completed. */
  delivered: { sink: string; version: number; at?: number }[];
}

/**
 * A story in a trace: its body is not kept when an inline sink wrote it (the sink holds it); it is
 * then made again from the indexed raw item when that is the same version (`bodyRemade`).
 */
export type TracedStory = Omit<Story, 'body'> & { body?: Story['body']; bodyRemade?: true };

export interface TraceDeps {
  producer: Producer;
  sinks: readonly Pick<SinkSpec, 'name'>[];
  index?: StoryIndex;
  describeCluster?: (storyId: string) => Promise<DedupCluster | undefined>;
}

/** Versions looked for in the later queues, past the ones the index knows of. */
const EXTRA_VERSIONS = 2;
const MAX_VERSIONS = 20;

interface Probe {
  queue: string;
  stage: string;
  jobId: string;
  version?: number;
}

async function step(deps: TraceDeps, probe: Probe): Promise<{ step: TraceStep; job: Job } | undefined> {
  const job = await deps.producer.queue(probe.queue).getJob(probe.jobId);
  if (!job) return undefined;
  return {
    job,
    step: {
      ...probe,
      state: await job.getState(),
      addedAt: job.timestamp,
      ...(job.processedOn ? { processedOn: job.processedOn } : {}),
      ...(job.finishedOn ? { finishedOn: job.finishedOn } : {}),
      attemptsMade: job.attemptsMade,
      ...(job.failedReason ? { failedReason: job.failedReason.slice(0, 500) } : {}),
    },
  };
}

/**
 * The stages a story crossed inside another job (fused in one process, ADR 0021): no job of their own,
 * so each is shown from the story's own trace, under the normalize job that ran it (state `fused`).
 */
export function fusedSteps(story: TracedStory | undefined, found: readonly TraceStep[]): TraceStep[] {
  if (!story) return [];
  const normalizeSteps = found.filter((st) => st.queue === Stage.normalize);
  const out: TraceStep[] = [];
  for (const entry of story.trace) {
    if (!FUSABLE.has(entry.stage)) continue;
    if (found.some((st) => st.queue === entry.stage && (st.version ?? story.version) === story.version))
      continue;
    const finishedOn = Date.parse(entry.at);
    const startedOn = finishedOn - entry.ms;
    // The normalize job it ran in: the last one started before it.
    const host = normalizeSteps.filter((st) => st.addedAt <= startedOn).at(-1) ?? normalizeSteps.at(-1);
    out.push({
      queue: Stage.normalize,
      stage: entry.stage,
      jobId: host?.jobId ?? '',
      version: story.version,
      state: 'fused',
      addedAt: startedOn,
      processedOn: startedOn,
      finishedOn,
      attemptsMade: host?.attemptsMade ?? 0,
    });
  }
  return out;
}

const FUSABLE = new Set<string>(INLINE_QUEUES);

/**
 * A story's path through the pipeline. Job ids are deterministic, so each of its jobs is fetched by
 * id: normalize and dedup from the versions the story index recorded, enrich, deliver and each sink
 * for versions 1…n; stages that ran fused inside the normalize job come from the story's trace. Jobs BullMQ no longer keeps (completed ones after an hour) are simply missing;
 * the story's own trace (stage, time, duration) still tells its path.
 */
export async function storyTrace(deps: TraceDeps, id: string): Promise<StoryTrace | undefined> {
  const sinkQueues = new Set(deps.sinks.map((s) => sinkQueueName(s.name)));
  const indexed = await deps.index?.get(id);
  const known = indexed?.versions.length ?? 0;
  const maxVersion = Math.min(MAX_VERSIONS, Math.max(known, 1) + EXTRA_VERSIONS);
  const probes: Probe[] = [];
  // The first pass's jobs, and each replay's: the same ids with the replay's tag (jobIds.replayed).
  const passes: { tag?: string; label: string }[] = [
    { label: '' },
    ...(indexed?.replays ?? []).map((r) => ({ tag: replayTagFor(r.normalizeJobId), label: ' (replay)' })),
  ];
  const inPass = (p: { tag?: string }, jobId: string) => (p.tag ? jobIds.replayed(jobId, p.tag) : jobId);
  for (const v of indexed?.versions ?? []) {
    probes.push({ queue: Stage.normalize, stage: 'normalize', jobId: v.normalizeJobId });
    for (const p of passes) {
      const jobId = inPass(p, jobIds.dedup(id, v.contentHash));
      probes.push({ queue: Stage.dedup, stage: `dedup${p.label}`, jobId });
    }
  }
  for (const r of indexed?.replays ?? [])
    probes.push({ queue: Stage.normalize, stage: 'normalize (replay)', jobId: r.normalizeJobId });
  for (const p of passes) {
    for (let version = 1; version <= maxVersion; version++) {
      const tagged = (jobId: string) => inPass(p, jobId);
      probes.push({
        queue: Stage.enrich,
        stage: `enrich${p.label}`,
        jobId: tagged(jobIds.enrich(id, version)),
        version,
      });
      probes.push({
        queue: Stage.deliver,
        stage: `deliver${p.label}`,
        jobId: tagged(jobIds.deliver(id, version)),
        version,
      });
      for (const sink of deps.sinks)
        probes.push({
          queue: sinkQueueName(sink.name),
          stage: `sink ${sink.name}${p.label}`,
          jobId: tagged(jobIds.sink(sink.name, id, version)),
          version,
        });
    }
  }
  const found = (await Promise.all(probes.map((p) => step(deps, p)))).filter((f) => f !== undefined);
  if (!indexed && found.length === 0) return undefined;
  const order = (s: TraceStep) => s.addedAt;
  found.sort((a, b) => order(a.step) - order(b.step));
  // The furthest stage's payload carries the most: sinks > deliver > enrich > dedup.
  const rank = (queue: string) =>
    queue.startsWith('sink.') ? 4 : [Stage.dedup, Stage.enrich, Stage.deliver].indexOf(queue as 'dedup') + 1;
  // Written by an inline sink (ADR 0024): the normalize job's return value holds the story delivered.
  const inline = found.flatMap((f) =>
    f.step.queue === Stage.normalize
      ? inlineDeliveries(f.job.returnvalue)
          .filter((d) => d.story.id === id && sinkQueues.has(d.queue))
          .map((d) => ({ ...d, host: f.step }))
      : [],
  );
  let story: TracedStory | undefined;
  let best = 0;
  for (const d of inline) {
    if (best < 4 || d.story.version >= (story?.version ?? 0)) story = d.story;
    best = 4;
  }
  for (const f of found) {
    const candidate = (f.job.data as { story?: Story }).story;
    const r = rank(f.step.queue);
    if (candidate && (r > best || (r === best && (candidate.version ?? 0) >= (story?.version ?? 0)))) {
      story = candidate;
      best = r;
    }
  }
  const versions = new Set<number>();
  for (const f of found) if (f.step.version) versions.add(f.step.version);
  if (story) versions.add(story.version);
  const cluster = await deps.describeCluster?.(id).catch(() => undefined);
  const delivered = found
    .filter((f) => f.step.queue.startsWith('sink.') && f.step.state === 'completed')
    .map((f) => ({
      sink: f.step.queue.slice('sink.'.length),
      version: f.step.version ?? 0,
      ...(f.step.finishedOn ? { at: f.step.finishedOn } : {}),
    }))
    .concat(
      inline.map((d) => ({
        sink: d.queue.slice('sink.'.length),
        version: d.story.version,
        ...(d.host.finishedOn ? { at: d.host.finishedOn } : {}),
      })),
    );
  if (story && !story.body && indexed) {
    const body = bodyFromRaw(indexed.raw, story);
    if (body) story = { ...story, body, bodyRemade: true };
  }
  const steps = found.map((f) => f.step);
  steps.push(...fusedSteps(story, steps));
  for (const d of inline)
    steps.push({
      ...d.host,
      stage: `sink ${d.queue.slice('sink.'.length)}`,
      version: d.story.version,
      state: 'fused',
      addedAt: d.host.finishedOn ?? d.host.addedAt,
    });
  steps.sort((a, b) => a.addedAt - b.addedAt);
  return {
    id,
    ...(indexed ? { indexed } : {}),
    ...(story ? { story } : {}),
    steps,
    versions: [...versions].sort((a, b) => a - b),
    ...(cluster ? { cluster } : {}),
    delivered,
  };
}
