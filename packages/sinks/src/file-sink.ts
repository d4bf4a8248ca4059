import { createReadStream, fstatSync, writeSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { access, open, rename } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Story } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import { openForAppend } from './append-file.ts';
import { lineIdentity, toNdjsonLine } from './render.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import type { Fence, SkipReason } from './sink-records.ts';
import type { WrittenMarks } from './written-marks.ts';
import { parsePending } from './written-marks.ts';

export interface FileSinkOptions {
  name: string;
  path: string;
  format: DocumentFormat;
  marks: WrittenMarks;
  /** A version the records say must not be written (withdrawn by a kill, older than one written). */
  onSkip?: (story: Story, reason: SkipReason) => void;
  /** `always` (default): fdatasync after each line, so a written mark never outlives a lost line. */
  fsync?: 'always' | 'never';
  /**
   * `daily`: one file per UTC day, `stories-2026-11-27.ndjson`. `maxBytes`: once the file holds this
   * much, it is renamed `stories.20261127T101500123Z.ndjson` and a new one started.
   */
  rotate?: { maxBytes?: number; daily?: boolean };
  now?: () => Date;
  /**
   * Sends a batch's calls to Redis (its stories' checks, then their marks), each started in order:
   * `sendTogether` on the records' connection, so they leave in one write. Default: all at once.
   */
  sendAll?: (calls: readonly (() => Promise<unknown>)[]) => Promise<unknown>;
}

/** The file a line written at `at` goes to: the configured path, or its day's file. */
export function segmentPath(path: string, at: Date, daily: boolean): string {
  if (!daily) return path;
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${at.toISOString().slice(0, 10)}${ext}`);
}

/** Stories per append: bounds a batch's memory and how much one failed flush sends back to retry. */
const MAX_BATCH = 256;

function rotatedPath(path: string, at: Date, n = 0): string {
  const ext = extname(path);
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '');
  return join(dirname(path), `${basename(path, ext)}.${stamp}${n > 0 ? `-${n}` : ''}${ext}`);
}

/**
 * A rotated name no file has yet: rename(2) replaces an existing file silently, and a clock stepped
 * back (NTP, a resumed VM) or two rotations in one millisecond would give a name already taken,
 * losing every line of the earlier file, marked written and never written again.
 */
async function freeRotatedPath(path: string, at: Date): Promise<string> {
  for (let n = 0; ; n++) {
    const candidate = rotatedPath(path, at, n);
    const taken = await access(candidate).then(
      () => true,
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return false;
        throw err;
      },
    );
    if (!taken) return candidate;
  }
}

/** Whether the lines from `offset` on hold this story's (id, version). */
async function fileHoldsFrom(path: string, offset: number, story: Story): Promise<boolean> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8', start: offset }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  try {
    for await (const line of lines) {
      if (!line.includes(story.id)) continue;
      const found = lineIdentity(line);
      if (found?.id === story.id && found.version === story.version) return true;
    }
    return false;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  } finally {
    lines.close();
  }
}

async function syncFile(path: string): Promise<void> {
  const fh = await open(path, 'r');
  try {
    await fh.datasync();
  } finally {
    await fh.close();
  }
}

/** Time kept in hand between the last look at a job's lock and its lapse (a quarter of a shorter lock). */
const LOCK_MARGIN_MS = 1_000;

// The whole of `text` at the file's end, in this turn of the event loop (the file is opened for append).
function appendSync(fh: FileHandle, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) at += writeSync(fh.fd, bytes, at, bytes.length - at);
}

// The file's size, asked synchronously: one fstat is a microsecond's syscall, where the promise version
// goes through the thread pool and its bookkeeping cost 2 % of the fused pipeline's main thread.
function sizeOf(fh: FileHandle): number {
  return fstatSync(fh.fd).size;
}

/**
 * Append-only NDJSON, one line per (id, version). Before appending, the sink notes in Redis where the
 * line will start; after the line is on disk, it marks the story written. A retry after a crash in
 * between looks for the line from that offset only, instead of writing it twice or scanning the file.
 * Writes are serialized, so lines never interleave; a torn last line is cut off when the file opens.
 * Concurrent writes are committed together (one append, one fdatasync), so a sink worker with
 * several writes in flight costs one disk flush per batch, not per story.
 */
export function createFileSink(options: FileSinkOptions): Sink {
  const path = resolve(options.path);
  const now = options.now ?? (() => new Date());
  const sendAll = options.sendAll ?? ((calls) => Promise.all(calls.map((call) => call())));
  let handle: Promise<FileHandle> | undefined;
  let handlePath = '';
  const fileHandle = (target: string) => {
    if (!handle || handlePath !== target) {
      void reopenNextTime();
      const opening = openForAppend(target);
      // A failed open is not cached: the next write tries again (the disk may have been fixed).
      opening.catch(() => {
        if (handle === opening) handle = undefined;
      });
      handle = opening;
      handlePath = target;
    }
    return handle;
  };
  const reopenNextTime = async () => {
    const current = handle;
    handle = undefined;
    await current?.then((fh) => fh.close()).catch(() => undefined);
  };
  const rotateIfFull = async (target: string, fh: FileHandle): Promise<FileHandle> => {
    const max = options.rotate?.maxBytes;
    if (!max) return fh;
    if (sizeOf(fh) < max) return fh;
    await reopenNextTime();
    const to = await freeRotatedPath(target, now());
    await rename(target, to);
    // A write begun in the old file and not yet marked is looked for under its new name.
    await options.marks.repoint(target, to);
    return fileHandle(target);
  };
  /** A write begun and never marked may be on disk: look from where it began, and mark it if it is. */
  const onDiskAlready = async (story: Story, pending: string): Promise<boolean> => {
    const { offset, segment } = parsePending(pending);
    if (!(await fileHoldsFrom(segment ?? path, offset, story))) return false;
    // The writer may have died between its append and its fdatasync: what we read may be in the page
    // cache only. Flushed first, as a line we write is, so a power cut cannot lose a line marked written.
    if (options.fsync !== 'never') await syncFile(segment ?? path);
    await options.marks.mark(story);
    return true;
  };
  const lostJob = (story: Story) =>
    new WirefeedError('WF_E_SINK_WRITE', 'lost the job before writing: another worker owns it now', {
      details: { storyId: story.id, version: story.version },
    });
  /**
   * Whether a story goes in the batch (noted: `ttl`, how long its job lock still had to run then, in
   * ms), dropped out (settled here), or stays to be noted again.
   */
  type Verdict = { go: true; ttl: number } | { go: false; again: boolean };
  const OUT: Verdict = { go: false, again: false };
  const AGAIN: Verdict = { go: false, again: true };
  const out = (settle: () => void): Verdict => {
    settle();
    return OUT;
  };
  const checkAndBegin = async (p: Pending, at: number, target: string): Promise<Verdict> => {
    const known = await options.marks.check(p.story, {
      where: `${at}|${target}`,
      ...(p.fence ? { fence: p.fence } : {}),
    });
    if (known.lost) return out(() => p.reject(lostJob(p.story)));
    if (known.skip && !p.story.signals.canceled) {
      options.onSkip?.(p.story, known.skip);
      return out(() => p.resolve('skipped'));
    }
    if (known.written) return out(() => p.resolve('skipped'));
    if (known.pending !== undefined) {
      return (await onDiskAlready(p.story, known.pending)) ? out(() => p.resolve('skipped')) : AGAIN;
    }
    // Without the job's lock as data (a caller outside a worker), ask whoever knows.
    if (!p.fence && !((await p.stillOwner?.()) ?? true)) return out(() => p.reject(lostJob(p.story)));
    return { go: true, ttl: known.lockTtlMs ?? Number.POSITIVE_INFINITY };
  };
  const beginAgain = async (p: Pending, at: number, target: string): Promise<Verdict> => {
    const ttl = await options.marks.begin(p.story, at, target, p.fence);
    const owned = ttl > 0 && (p.fence !== undefined || ((await p.stillOwner?.()) ?? true));
    return owned ? { go: true, ttl } : out(() => p.reject(lostJob(p.story)));
  };
  /**
   * Group commit: every write that arrived while the previous batch was on its way to disk goes in one
   * append and one fdatasync. Before it, one call per story asks everything and notes where its line
   * starts (`marks.check` with a begin: the job's lock, withdrawn, stale, written, a write begun and
   * never marked — whatever the attempt number says, a job taken over from a frozen worker may start
   * again at attempt 1); after it, one call marks it. ioredis pipelines the concurrent calls. Each
   * story still gets its own pending offset, so a crash is recovered per line.
   */
  const writeBatch = async (batch: readonly Pending[]) => {
    let todo: Pending[] = [...batch];
    try {
      const target = segmentPath(path, now(), options.rotate?.daily === true);
      const current = await fileHandle(target);
      // A full file is rotated only for lines that will go in: a batch of retries already written
      // must not start an empty file (a rare path, so it may cost a call more).
      if (options.rotate?.maxBytes && sizeOf(current) >= options.rotate.maxBytes) {
        const known = await Promise.all(todo.map((p) => options.marks.check(p.story)));
        todo = todo.filter((p, i) => {
          const k = known[i];
          const skip = p.story.signals.canceled ? undefined : k?.skip;
          const settled = k?.written === true || skip !== undefined;
          if (skip) options.onSkip?.(p.story, skip);
          if (settled) p.resolve('skipped');
          return !settled;
        });
        if (todo.length === 0) return;
      }
      const fh = await rotateIfFull(target, current);
      let first = true;
      for (;;) {
        let offset = sizeOf(fh);
        const lines = todo.map((p) => toNdjsonLine(p.story, options.format));
        const starts = lines.map((line) => {
          const at = offset;
          offset += Buffer.byteLength(line);
          return at;
        });
        // The fence is in the same call as the note, as late as it can be: a write whose job lock lapsed
        // while it waited (its process frozen past the lock) belongs to the worker that took the job
        // over, which may have written it already.
        const verdicts: Verdict[] = [];
        const sentAt = performance.now();
        await sendAll(
          todo.map((p, i) => async () => {
            verdicts[i] = await (first
              ? checkAndBegin(p, starts[i] ?? 0, target)
              : beginAgain(p, starts[i] ?? 0, target));
          }),
        );
        todo = todo.filter((_, i) => verdicts[i]?.go || verdicts[i]?.again);
        if (todo.length === 0) return;
        first = false;
        // Some lines are not going in after all, or were not noted: note the others' offsets again.
        if (!verdicts.every((v) => v.go)) continue;
        // Each line was noted under its job's lock. Another worker can take a job over only once that
        // lock has lapsed, so the lines must be in the file before: a process frozen between the note
        // and the write (SIGSTOP, a stalled VM) would otherwise append a line its successor wrote
        // already. Checked just before a synchronous write, so nothing runs in between; past the
        // deadline, every line is noted again (a lost job then fails as lost, unwritten).
        const ttl = Math.min(...verdicts.map((v) => (v.go ? v.ttl : 0)));
        if (performance.now() > sentAt + ttl - Math.min(LOCK_MARGIN_MS, ttl / 4)) continue;
        try {
          appendSync(fh, lines.join(''));
        } catch (err) {
          // Lines may be half written: reopening trims them before the retries append again.
          await reopenNextTime();
          throw err;
        }
        break;
      }
      try {
        if (options.fsync !== 'never') await fh.datasync();
      } catch (err) {
        await reopenNextTime();
        throw err;
      }
      await sendAll(todo.map((p) => () => options.marks.mark(p.story)));
      for (const p of todo) p.resolve('written');
    } catch (err) {
      for (const p of todo) p.reject(err);
    }
  };
  interface Pending {
    story: Story;
    attempt: number;
    stillOwner?: () => Promise<boolean>;
    fence?: Fence;
    resolve: (result: 'written' | 'skipped') => void;
    reject: (err: unknown) => void;
  }
  let waiting: Pending[] = [];
  let flushing: Promise<void> | undefined;
  const flush = async () => {
    while (waiting.length > 0) {
      // One write of a story per batch. A second copy (a job taken over in this process while its old
      // run still waits here, a hand-off beside its job) goes in the next batch, where the marks answer
      // for it: settled "skipped" on the strength of the first, it would complete its job even when the
      // first failed (lost its lock, a failed flush), and the story would never be written. Another
      // version waits too: checked in one batch, neither is stale yet, and an older version asked
      // after a newer one (two fused jobs, which the sink queue's hold does not see) would be appended
      // after it; in the next batch the order guard skips it.
      const batch: Pending[] = [];
      const later: Pending[] = [];
      const seen = new Set<string>();
      for (const p of waiting) {
        if (batch.length < MAX_BATCH && !seen.has(p.story.id)) {
          seen.add(p.story.id);
          batch.push(p);
        } else later.push(p);
      }
      waiting = later;
      await writeBatch(batch).catch((err: unknown) => {
        for (const p of batch) p.reject(err);
      });
    }
    flushing = undefined;
  };
  const queue = {
    drained: () => flushing ?? Promise.resolve(),
  };
  return {
    name: options.name,
    kind: 'file',
    commitsRecords: true,
    checksRecords: true,
    write({ story, attempt, stillOwner, fence }) {
      const result = new Promise<'written' | 'skipped'>((resolve, reject) => {
        waiting.push({
          story,
          attempt,
          resolve,
          reject,
          ...(stillOwner ? { stillOwner } : {}),
          ...(fence ? { fence } : {}),
        });
      });
      flushing ??= flush();
      return result.catch((err: unknown) => {
        if (err instanceof WirefeedError) throw err;
        throw new WirefeedError('WF_E_SINK_WRITE', `file sink ${path}: ${(err as Error).message}`, {
          cause: err,
        });
      });
    },
    async close() {
      await queue.drained();
      await reopenNextTime();
    },
  };
}
