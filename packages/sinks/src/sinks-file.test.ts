import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@wirefeed/core';
import { afterAll, describe, expect, it } from 'vitest';

describe('WIREFEED_SINKS_FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirefeed-sinks-file-'));
  let n = 0;
  const file = (text: string) => {
    const path = join(dir, `s${n++}.yaml`);
    writeFileSync(path, text);
    return path;
  };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads sinks with rules, rotation and a secret from the environment', () => {
    const path = file(`
sinks:
  - kind: file
    target: /tmp/en.ndjson
    rotate: { maxBytes: 100MB, daily: true }
    fsync: never
    rules:
      include: { languages: [en], subjects: ["medtop:04*"] }
      exclude: { dedup: [duplicate] }
  - kind: file
    target: /tmp/all.ndjson
    format: ninjs
  - name: newsroom
    kind: webhook
    target: https://hooks.example.com/wire
    secretEnv: HOOK_SECRET
    timeout: 5s
  - kind: redis-stream
    target: wire
    maxLen: 5000
`);
    const c = loadConfig({ WIREFEED_SINKS_FILE: path, HOOK_SECRET: 'whsec_abc' });
    expect(c.WIREFEED_SINKS).toEqual([
      {
        kind: 'file',
        name: 'file',
        target: '/tmp/en.ndjson',
        rotate: { maxBytes: 100 * 1024 * 1024, daily: true },
        fsync: 'never',
        rules: {
          include: { languages: ['en'], subjects: ['medtop:04*'] },
          exclude: { dedup: ['duplicate'] },
        },
      },
      { kind: 'file', name: 'file-2', target: '/tmp/all.ndjson', format: 'ninjs' },
      {
        kind: 'webhook',
        name: 'newsroom',
        target: 'https://hooks.example.com/wire',
        secret: 'whsec_abc',
        timeoutMs: 5_000,
      },
      { kind: 'redis-stream', name: 'redis-stream', target: 'wire', maxLen: 5000 },
    ]);
  });

  it.each([
    [
      'sinks:\n  - kind: file\n    target: /x\n    rules: { include: { langauges: [en] } }\n',
      /sinks\.0\.rules\.include.*langauges/,
    ],
    ['sinks:\n  - kind: kafka\n    target: x\n', /sinks\.0\.kind/],
    ['sinks:\n  - kind: file\n', /sinks\.0\.target: required for file/],
    [
      'sinks:\n  - kind: file\n    target: /a\n    name: a\n  - kind: stdout\n    name: a\n',
      /"a" is used twice/,
    ],
    ['sinks:\n  - kind: webhook\n    target: https://x\n    secretEnv: NOPE\n', /NOPE is not set/],
    ['sinks: [\n', /not valid YAML/],
    ['sinks:\n  - kind: file\n    target: /a\n    rules: { include: { countries: [fr] } }\n', /ISO 3166/],
  ])('names what is wrong: %s', (text, message) => {
    const path = file(text);
    expect(() => loadConfig({ WIREFEED_SINKS_FILE: path })).toThrow(message);
    expect(() => loadConfig({ WIREFEED_SINKS_FILE: path })).toThrow(/WIREFEED_SINKS_FILE/);
  });

  it('refuses a missing file, and WIREFEED_SINKS beside it', () => {
    expect(() => loadConfig({ WIREFEED_SINKS_FILE: join(dir, 'missing.yaml') })).toThrow(/cannot read it/);
    const path = file('sinks:\n  - kind: stdout\n');
    expect(() => loadConfig({ WIREFEED_SINKS_FILE: path, WIREFEED_SINKS: 'stdout' })).toThrow(/not both/);
  });

  it('gives WIREFEED_WEBHOOK_SECRET to webhook sinks of WIREFEED_SINKS', () => {
    const c = loadConfig({
      WIREFEED_SINKS: 'webhook:https://x.example/h,stdout',
      WIREFEED_WEBHOOK_SECRET: 'whsec_k',
    });
    expect(c.WIREFEED_SINKS[0]).toMatchObject({ kind: 'webhook', secret: 'whsec_k' });
    expect(c.WIREFEED_SINKS[1]).not.toHaveProperty('secret');
  });
});
