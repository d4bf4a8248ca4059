import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { WirefeedError } from '@wirefeed/core';
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

async function fileHolds(path: string, id: string, version: number): Promise<boolean> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.includes(id)) continue;
      const found = lineIdentity(line);
      if (found?.id === id && found.version === version) return true;
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
 * Append-only NDJSON. Exactly one line per (id, version): a shared mark in Redis says what was
 * written; a retried write (attempt > 1) first looks in the file itself, which covers a crash between
 * the append and the mark. Writes are serialized so lines never interleave.
 */
export function createFileSink(options: FileSinkOptions): Sink {
  const path = resolve(options.path);
  let handle: Promise<FileHandle> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const fileHandle = () => {
    if (!handle) {
      const opening = mkdir(dirname(path), { recursive: true }).then(() => open(path, 'a'));
      // A failed open is not cached: the next write tries again (the disk may have been fixed).
      opening.catch(() => {
        if (handle === opening) handle = undefined;
      });
      handle = opening;
    }
    return handle;
  };
  const writeOnce = async (story: Parameters<Sink['write']>[0]['story'], attempt: number) => {
    if (await options.marks.has(story.id, story.version)) return 'skipped' as const;
    if (attempt > 1 && (await fileHolds(path, story.id, story.version))) {
      await options.marks.mark(story.id, story.version);
      return 'skipped' as const;
    }
    const fh = await fileHandle();
    await fh.appendFile(toNdjsonLine(story, options.format), 'utf8');
    if (options.fsync !== 'never') await fh.datasync();
    await options.marks.mark(story.id, story.version);
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
      if (handle) await (await handle).close();
      handle = undefined;
    },
  };
}
