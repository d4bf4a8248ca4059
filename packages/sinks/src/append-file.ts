import type { FileHandle } from 'node:fs/promises';
import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';

const CHUNK = 64 * 1024;

/**
 * Open an NDJSON file for appending, first cutting off a torn last line (a write that a crash or a
 * full disk left half done), so the next line never fuses with it.
 */
export async function openForAppend(path: string): Promise<FileHandle> {
  await mkdir(dirname(path), { recursive: true });
  const fh = await open(path, 'a+');
  try {
    const { size } = await fh.stat();
    let end = size;
    const buf = Buffer.alloc(CHUNK);
    while (end > 0) {
      const start = Math.max(0, end - CHUNK);
      const { bytesRead } = await fh.read(buf, 0, end - start, start);
      const newline = buf.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline !== -1) {
        const keep = start + newline + 1;
        if (keep < size) await fh.truncate(keep);
        return fh;
      }
      end = start;
    }
    if (size > 0) await fh.truncate(0);
    return fh;
  } catch (err) {
    await fh.close();
    throw err;
  }
}
