import type { Job, Queue } from 'bullmq';

/** One story in a sink's failed set. */
export interface DeadLetter {
  jobId: string;
  storyId: string;
  version: number;
  headline: string;
  attempts: number;
  failedAt: string | undefined;
  reason: string;
}

interface SinkJobData {
  story?: { id?: string; version?: number; headline?: string };
}

const BATCH = 100;

function toDeadLetter(job: Job): DeadLetter {
  const story = (job.data as SinkJobData).story ?? {};
  return {
    jobId: job.id ?? '',
    storyId: story.id ?? '',
    version: story.version ?? 0,
    headline: story.headline ?? '',
    attempts: job.attemptsMade,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : undefined,
    reason: job.failedReason ?? '',
  };
}

/** A sink's dead letters (its queue's failed set), newest first, up to `limit`. */
export async function listDeadLetters(queue: Queue, limit = 1_000): Promise<DeadLetter[]> {
  const letters: DeadLetter[] = [];
  for (let start = 0; start < limit; start += BATCH) {
    const jobs = await queue.getFailed(start, Math.min(start + BATCH, limit) - 1);
    letters.push(...jobs.filter(Boolean).map(toDeadLetter));
    if (jobs.length < BATCH) break;
  }
  return letters;
}

export interface RetryResult {
  retried: string[];
  /** Ids asked for that are not in the failed set. */
  missing: string[];
}

/**
 * Move dead letters back to the sink's queue with fresh attempts, `BATCH` at a time. `all`, or the
 * given job ids. Older versions go first, so a story's versions are retried in order (the sink
 * worker also holds a version while an older one is pending).
 */
export async function retryDeadLetters(
  queue: Queue,
  which: { all: true } | { jobIds: readonly string[] },
): Promise<RetryResult> {
  let jobs: Job[];
  const missing: string[] = [];
  if ('all' in which) {
    const count = await queue.getFailedCount();
    jobs = [];
    for (let start = 0; start < count; start += BATCH) {
      jobs.push(...(await queue.getFailed(start, start + BATCH - 1)).filter(Boolean));
    }
  } else {
    jobs = [];
    for (const id of which.jobIds) {
      const job = await queue.getJob(id);
      if (job && (await job.isFailed())) jobs.push(job);
      else missing.push(id);
    }
  }
  const version = (j: Job) => (j.data as SinkJobData).story?.version ?? 0;
  jobs.sort((a, b) => version(a) - version(b) || (a.timestamp ?? 0) - (b.timestamp ?? 0));
  const retried: string[] = [];
  for (let i = 0; i < jobs.length; i += BATCH) {
    const batch = jobs.slice(i, i + BATCH);
    await Promise.all(
      batch.map(async (job) => {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        retried.push(job.id ?? '');
      }),
    );
  }
  return { retried, missing };
}
