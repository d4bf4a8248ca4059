import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Story } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import { openForAppend } from './append-file.ts';
import { lineIdentity, toNdjsonLine } from './render.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import type { WrittenMarks } from './written-marks.ts';

export interface FileSinkOptions {
  name: string;
  path: string;
  format: DocumentFormat;
  marks: WrittenMarks;
  /** `always` (default): fdatasync after each line, so a written mark never outlives a lost line. */
  fsync?: 'always' | 'never';
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
 */
export function createFileSink(options: FileSinkOptions): Sink {
  const path = resolve(options.path);
  let handle: Promise<FileHandle> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const fileHandle = () => {
    if (!handle) {
      const opening = openForAppend(path);
      // A failed open is not cached: the next write tries again (the disk may have been fixed).
      opening.catch(() => {
        if (handle === opening) handle = undefined;
      });
      handle = opening;
    }
    return handle;
  };
  const reopenNextTime = async () => {
    const current = handle;
    handle = undefined;
    await current?.then((fh) => fh.close()).catch(() => undefined);
  };
  const writeOnce = async (story: Story, attempt: number) => {
    if (await options.marks.has(story)) return 'skipped' as const;
    if (attempt > 1) {
      const offset = await options.marks.pendingOffset(story);
      if (offset !== undefined && (await fileHoldsFrom(path, offset, story))) {
        await options.marks.mark(story);
        return 'skipped' as const;
      }
    }
    const fh = await fileHandle();
    const { size } = await fh.stat();
    await options.marks.begin(story, size);
    try {
      await fh.appendFile(toNdjsonLine(story, options.format), 'utf8');
      if (options.fsync !== 'never') await fh.datasync();
    } catch (err) {
      // The line may be half written: reopening trims it before the retry appends again.
      await reopenNextTime();
      throw err;
    }
    await options.marks.mark(story);
    return 'written' as const;
  };
  return {
    name: options.name,
    kind: 'file',
    write({ story, attempt }) {
      const result = queue.then(() => writeOnce(story, attempt));
      queue = result.catch(() => undefined);
      return result.catch((err: unknown) => {
        if (err instanceof WirefeedError) throw err;
        throw new WirefeedError('WF_E_SINK_WRITE', `file sink ${path}: ${(err as Error).message}`, {
          cause: err,
        });
      });
    },
    async close() {
      await queue;
      await reopenNextTime();
    },
  };
}
