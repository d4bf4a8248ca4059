import type { Writable } from 'node:stream';
import { WirefeedError } from '@wirefeed/core';
import { toNdjsonLine } from './render.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import type { WrittenMarks } from './written-marks.ts';

/**
 * NDJSON to a stream (process stdout by default). A stream cannot be read back, so the shared marks
 * are the only guard against a second line for a retried (id, version).
 */
export function createStdoutSink(options: {
  name: string;
  format: DocumentFormat;
  marks: WrittenMarks;
  stream?: Writable;
}): Sink {
  const stream = options.stream ?? process.stdout;
  return {
    name: options.name,
    kind: 'stdout',
    commitsRecords: true,
    async write({ story, known }) {
      if (known ? known.written : await options.marks.has(story)) return 'skipped';
      const line = toNdjsonLine(story, options.format);
      await new Promise<void>((resolve, reject) =>
        stream.write(line, (err) =>
          err
            ? reject(new WirefeedError('WF_E_SINK_WRITE', 'stdout write failed', { cause: err }))
            : resolve(),
        ),
      );
      await options.marks.mark(story);
      return 'written';
    },
    async close() {},
  };
}
