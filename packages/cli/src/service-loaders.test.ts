import { readFileSync } from 'node:fs';
import { SERVICES, WORKER_SERVICES } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import { loadService } from './service-loaders.ts';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
};

describe('service loaders: every service of the registry, from the package it names', () => {
  it('declares each service package as a dependency of the CLI (the image installs it)', () => {
    for (const spec of Object.values(SERVICES))
      expect(Object.keys(manifest.dependencies)).toContain(spec.package);
  });

  it('loads a factory for every service with stage workers', async () => {
    for (const name of WORKER_SERVICES) expect(typeof (await loadService(name)), name).toBe('function');
  }, 60_000);
});
