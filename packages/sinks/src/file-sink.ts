import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { rename } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Story } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import { openForAppend } from './append-file.ts';
import { lineIdentity, toNdjsonLine } from './render.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import type { Fence, WriteCheck } from './sink-records.ts';
import type { WrittenMarks } from './written-marks.ts';
import { parsePending } from './written-marks.ts';

export interface FileSinkOptions {
  name: string;
  path: string;
  format: DocumentFormat;
  marks: WrittenMarks;
  /** `always` (default): fdatasync after each line, so a written mark never outlives a lost line. */
  fsync?: 'always' | 'never';
  /**
   * `daily`: one file per UTC day, `stories-2026-11-27.ndjson`. `maxBytes`: once the file holds this
   * much, it is renamed `stories.20261127T101500123Z.ndjson` and a new one started.
   */
  rotate?: { maxBytes?: number; daily?: boolean };
  now?: () => Date;
}

/** The file a line written at `at` goes to: the configured path, or its day's file. */
export function segmentPath(path: string, at: Date, daily: boolean): string {
  if (!daily) return path;
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${at.toISOString().slice(0, 10)}${ext}`);
}

/** Stories per append: bounds a batch's memory and how much one failed flush sends back to retry. */
const MAX_BATCH = 256;

function rotatedPath(path: string, at: Date): string {
  const ext = extname(path);
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('.', '');
  return join(dirname(path), `${basename(path, ext)}.${stamp}${ext}`);
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
    const { size } = await fh.stat();
    if (size < max) return fh;
    await reopenNextTime();
    const to = rotatedPath(target, now());
    await rename(target, to);
    // A write begun in the old file and not yet marked is looked for under its new name.
    await options.marks.repoint(target, to);
    return fileHandle(target);
  };
  /** A story this batch must write, or the answer it already has (from the order guard's check when given). */
  const alreadyWritten = async (p: Pending): Promise<boolean> => {
    const known = p.known ?? (await options.marks.check(p.story));
    if (known.written) return true;
    // A write begun and never marked — whatever the attempt number says (a job taken over from a frozen
    // worker may start again at attempt 1) — may be on disk: look from where it began.
    if (known.pending !== undefined) {
      const { offset, segment } = parsePending(known.pending);
      if (await fileHoldsFrom(segment ?? path, offset, p.story)) {
        await options.marks.mark(p.story);
        return true;
      }
    }
    return false;
  };
  /**
   * Group commit: every write that arrived while the previous batch was on its way to disk goes in one
   * append and one fdatasync, and its Redis records in one round trip each (ioredis pipelines the
   * concurrent calls). Each story still gets its own pending offset, so a crash is recovered per line.
   */
  const writeBatch = async (batch: readonly Pending[]) => {
    const done = await Promise.all(batch.map(alreadyWritten));
    const todo: Pending[] = [];
    const seen = new Set<string>();
    batch.forEach((p, i) => {
      const key = `${p.story.id}@${p.story.version}`;
      if (done[i] || seen.has(key)) p.resolve('skipped');
      else {
        seen.add(key);
        todo.push(p);
      }
    });
    if (todo.length === 0) return;
    try {
      const target = segmentPath(path, now(), options.rotate?.daily === true);
      const fh = await rotateIfFull(target, await fileHandle(target));
      let lines: string[] = [];
      for (;;) {
        let offset = (await fh.stat()).size;
        lines = todo.map((p) => toNdjsonLine(p.story, options.format));
        // Each write noted where it starts, and fenced in the same call, as late as it can be: a write
        // whose job lock lapsed while it waited (its process frozen past the lock) belongs to the worker
        // that took the job over, which may have written it already.
        const owned = await Promise.all(
          todo.map(async (p, i) => {
            const at = offset;
            offset += Buffer.byteLength(lines[i] ?? '');
            if (p.fence) return options.marks.begin(p.story, at, target, p.fence);
            await options.marks.begin(p.story, at, target);
            return (await p.stillOwner?.()) ?? true;
          }),
        );
        if (owned.every(Boolean)) break;
        for (const [i, p] of [...todo.entries()].reverse()) {
          if (owned[i]) continue;
          todo.splice(i, 1);
          p.reject(
            new WirefeedError('WF_E_SINK_WRITE', 'lost the job before writing: another worker owns it now', {
              details: { storyId: p.story.id, version: p.story.version },
            }),
          );
        }
        if (todo.length === 0) return;
        // The offsets noted were for lines that are not all going in: note them again.
      }
      try {
        await fh.appendFile(lines.join(''), 'utf8');
        if (options.fsync !== 'never') await fh.datasync();
      } catch (err) {
        // Lines may be half written: reopening trims them before the retries append again.
        await reopenNextTime();
        throw err;
      }
      await Promise.all(todo.map((p) => options.marks.mark(p.story)));
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
    known?: WriteCheck;
    resolve: (result: 'written' | 'skipped') => void;
    reject: (err: unknown) => void;
  }
  let waiting: Pending[] = [];
  let flushing: Promise<void> | undefined;
  const flush = async () => {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(batch.length);
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
    write({ story, attempt, stillOwner, fence, known }) {
      const result = new Promise<'written' | 'skipped'>((resolve, reject) => {
        waiting.push({
          story,
          attempt,
          resolve,
          reject,
          ...(stillOwner ? { stillOwner } : {}),
          ...(fence ? { fence } : {}),
          ...(known ? { known } : {}),
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
