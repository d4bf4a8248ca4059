import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Source files under `dir` (tests and fixtures aside) that import a value, not only types, from the
 * whole of `@wirefeed/core`: code that runs in task threads imports `@wirefeed/core/contracts`, so a
 * thread does not load BullMQ, ioredis, pino and metrics it never uses.
 */
export function heavyCoreImports(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts') || entry.endsWith('.test.ts') || entry.includes('__fixtures__')) continue;
    const text = readFileSync(join(dir, entry), 'utf8');
    for (const m of text.matchAll(/^import (?!type )[^;]*from '@wirefeed\/core';/gm))
      found.push(`${entry}: ${m[0]}`);
  }
  return found;
}
