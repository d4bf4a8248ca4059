import type { RedisClient, SinkSpec } from '@wirefeed/core';
import { shortHash, WirefeedError } from '@wirefeed/core';
import { createFileSink } from './file-sink.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import { createStdoutSink } from './stdout-sink.ts';
import { createWrittenMarks } from './written-marks.ts';

/** Where a sink's record of written (id, version) lives: per destination, so a new file starts afresh. */
export function writtenMarksKey(prefix: string, spec: SinkSpec): string {
  return `${prefix}:sink:${spec.name}:${shortHash(spec.kind, spec.target)}:written`;
}

/** Build the adapter for one configured sink. Kinds not built yet fail start-up with WF_E_SINK_CONFIG. */
export function createSink(
  spec: SinkSpec,
  deps: { redis: RedisClient; prefix: string; format: DocumentFormat },
): Sink {
  const marks = createWrittenMarks({ redis: deps.redis, key: writtenMarksKey(deps.prefix, spec) });
  switch (spec.kind) {
    case 'file':
      return createFileSink({ name: spec.name, path: spec.target, format: deps.format, marks });
    case 'stdout':
      return createStdoutSink({ name: spec.name, format: deps.format, marks });
    default:
      throw new WirefeedError(
        'WF_E_SINK_CONFIG',
        `WIREFEED_SINKS: the "${spec.kind}" sink is not available in this version (available: file, stdout)`,
      );
  }
}
