import type { Story } from '@wirefeed/core';
import { toNinjs } from '@wirefeed/core';
import type { DocumentFormat } from './sink.ts';

/** The document a sink writes for a story: the Story itself or its ninjs rendering. */
export function renderDocument(story: Story, format: DocumentFormat): object {
  return format === 'ninjs' ? toNinjs(story) : story;
}

/** One NDJSON line, newline included. JSON.stringify never emits a raw newline, so one story is one line. */
export function toNdjsonLine(story: Story, format: DocumentFormat): string {
  return `${JSON.stringify(renderDocument(story, format))}\n`;
}

/** The (id, version) a written line carries, in either format; undefined for lines that are not ours. */
export function lineIdentity(line: string): { id: string; version: number } | undefined {
  try {
    const doc = JSON.parse(line) as { id?: unknown; uri?: unknown; version?: unknown };
    const id =
      typeof doc.id === 'string'
        ? doc.id
        : typeof doc.uri === 'string'
          ? doc.uri.replace(/^urn:wirefeed:story:/, '')
          : undefined;
    const version = Number(doc.version);
    return id && Number.isInteger(version) ? { id, version } : undefined;
  } catch {
    return undefined;
  }
}
