import { expect } from 'vitest';
import type { NinjsDocument } from './ninjs.ts';
import { validateNinjs } from './ninjs-validate.ts';

// Every document is checked as sinks write it (after JSON serialization), must hold no null, undefined,
// blank string, empty array or empty object, and must validate, with ajv's errors in the failure message.
export function expectValidNinjs(doc: NinjsDocument, label = 'document'): void {
  const written: unknown = JSON.parse(JSON.stringify(doc));
  expect(written, `${label}: changed by JSON serialization`).toStrictEqual(doc);
  expect(emptyValuePaths(written), `${label}: empty values`).toStrictEqual([]);
  const result = validateNinjs(written);
  expect(
    result.valid,
    `${label} is not valid ninjs 3.1:\n${result.text}\n${JSON.stringify(doc, null, 2)}`,
  ).toBe(true);
}

export function emptyValuePaths(value: unknown, path = ''): string[] {
  if (value === null || value === undefined) return [path || '(root)'];
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (Array.isArray(value)) {
    return value.length === 0 ? [path] : value.flatMap((item, i) => emptyValuePaths(item, `${path}/${i}`));
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0
      ? [path]
      : entries.flatMap(([key, item]) => emptyValuePaths(item, `${path}/${key}`));
  }
  return [];
}
