import type { RedisClient, SinkSpec } from '@wirefeed/core';
import { shortHash, WirefeedError } from '@wirefeed/core';
import { createFileSink } from './file-sink.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import { createStdoutSink } from './stdout-sink.ts';
import { createWrittenMarks } from './written-marks.ts';

/** Build the adapter for one configured sink. Kinds not built yet fail start-up with WF_E_SINK_CONFIG. */
export function createSink(
  spec: SinkSpec,
  deps: { redis: RedisClient; prefix: string; format: DocumentFormat },
): Sink {
  // The mark set is per destination, so pointing a sink at a new file starts a fresh record.
  const marks = createWrittenMarks({
    redis: deps.redis,
    key: `${deps.prefix}:sink:${spec.name}:${shortHash(spec.kind, spec.target)}:written`,
  });
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
