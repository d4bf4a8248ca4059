export { createSink, writtenMarksKey } from './create-sink.ts';
export type { FileSinkOptions } from './file-sink.ts';
export { createFileSink } from './file-sink.ts';
export { lineIdentity, renderDocument, toNdjsonLine } from './render.ts';
export type { DocumentFormat, Sink, WriteRequest } from './sink.ts';
export { createStdoutSink } from './stdout-sink.ts';
export type { WrittenMarks } from './written-marks.ts';
export { createWrittenMarks } from './written-marks.ts';
