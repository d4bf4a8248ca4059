import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Story } from '@wirefeed/core';
import { validateNinjs } from '@wirefeed/core/testing';
import { cliWorld, ndjson, runCli } from '@wirefeed/testing/cli';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { dropPrefix } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/feeds/${name}`, import.meta.url));

describe('wirefeed process, end to end on a real Redis', () => {
  const world = inSuite(() => cliWorld('e2e-process'));
  let prefix: string;
  let env: Record<string, string>;
  let server: FeedServer;
  let dir: string;

  beforeAll(() => {
    ({ prefix, env, feeds: server, dir } = world());
    server.serve('/world.xml', fixture('world-wire.xml'));
    server.serve('/planet.xml', fixture('outlet-reprint.xml'));
    server.serve('/broken.xml', fixture('broken.xml'));
  });

  it('delivers every story of a feed served over HTTP into the file sink', async () => {
    const out = join(dir, 'first.ndjson');
    const r = await runCli(['process', '--out', out, server.url('/world.xml')], env);
    expect(r.stderr).toMatch(
      /4 item\(s\) read, 4 delivered, 0 duplicate\(s\) dropped, 0 unchanged, 0 failed/,
    );
    expect(r.code).toBe(0);
    const stories = ndjson<Story>(await readFile(out, 'utf8'));
    expect(stories).toHaveLength(4);
    const byHeadline = new Map(stories.map((s) => [s.headline, s]));
    const xi = byHeadline.get('President Xi calls for greater Beijing-Baku exchanges');
    expect(xi).toBeDefined();
    expect(xi?.version).toBe(1);
    expect(xi?.dedup?.status).toBe('unique');
    expect(xi?.language).toBe('en');
    expect(xi?.source.canonicalUrl).toBe('https://wire.example.com/world/2021-xi-aliyev-call');
    expect(xi?.firstCreated).toBe('2021-02-25T01:30:00.000Z');
    expect(xi?.body.text).toContain('Communist Party of China (CPC)');
    expect(xi?.body.html).toMatch(/^<p>/);
    expect(xi?.trace.map((t) => t.stage)).toEqual(['normalize', 'dedup', 'enrich', 'deliver']);
    expect(xi?.enrichment?.people.map((p) => p.name)).toContain('Xi Jinping');
    const quake = stories.find((s) => s.headline.startsWith('Strong earthquake'));
    expect(quake?.signals.urgent).toBe(true);
    expect(quake?.firstCreated).toBe('2026-11-26T11:12:00.000Z');
  });

  it('delivers nothing on a re-run over the same feed, and exits 0', async () => {
    const out = join(dir, 'rerun.ndjson');
    const r = await runCli(['process', '--out', out, server.url('/world.xml')], env);
    expect(r.stderr).toMatch(
      /4 item\(s\) read, 0 delivered, 0 duplicate\(s\) dropped, 4 unchanged, 0 failed/,
    );
    expect(r.code).toBe(0);
    expect(await readFile(out, 'utf8').catch(() => '')).toBe('');
  });

  it('drops an exact copy from a second outlet and delivers its own story', async () => {
    const out = join(dir, 'planet.ndjson');
    const r = await runCli(['process', '--out', out, server.url('/planet.xml')], env);
    expect(r.stderr).toMatch(/2 item\(s\) read, 1 delivered, 1 duplicate\(s\) dropped/);
    expect(r.code).toBe(0);
    const stories = ndjson<Story>(await readFile(out, 'utf8'));
    expect(stories.map((s) => s.headline)).toEqual(['City council approves budget with new funds for buses']);
  });

  it('delivers only the changed story, as version 2 of the same id, when the feed changes', async () => {
    const before = ndjson<Story>(await readFile(join(dir, 'first.ndjson'), 'utf8'));
    const quakeV1 = before.find((s) => s.headline.startsWith('Strong earthquake'));
    server.serve('/world.xml', fixture('world-wire-updated.xml'));
    const out = join(dir, 'changed.ndjson');
    const r = await runCli(['process', '--out', out, server.url('/world.xml')], env);
    expect(r.code).toBe(0);
    const stories = ndjson<Story>(await readFile(out, 'utf8'));
    expect(stories).toHaveLength(1);
    expect(stories[0]?.id).toBe(quakeV1?.id);
    expect(stories[0]?.version).toBe(2);
    expect(stories[0]?.dedup?.status).toBe('update');
    expect(stories[0]?.signals.updateNumber).toBe(1);
    expect(stories[0]?.headline).toBe('Strong earthquake strikes off northern Chile, tsunami warning lifted');
    server.serve('/world.xml', fixture('world-wire.xml'));
  });

  it('marks duplicates instead of dropping them with --duplicates mark', async () => {
    const markEnv = { ...env, WIREFEED_PREFIX: `${prefix}-mark` };
    await runCli(['process', '--out', join(dir, 'm1.ndjson'), server.url('/world.xml')], markEnv);
    const out = join(dir, 'm2.ndjson');
    const r = await runCli(
      ['process', '--duplicates', 'mark', '--out', out, server.url('/planet.xml')],
      markEnv,
    );
    expect(r.code).toBe(0);
    const copy = ndjson<Story>(await readFile(out, 'utf8')).find((s) => s.headline.startsWith('ECB keeps'));
    expect(copy?.dedup?.status).toBe('duplicate');
    expect(copy?.dedup?.method).toBe('body-hash');
    expect(copy?.dedup?.duplicateOf).toMatch(/^[a-f0-9]{24}$/);
    await dropPrefix(env.REDIS_URL ?? '', `${prefix}-mark`);
  });

  it('prints valid ninjs, one document per line, on stdout for a feed file', async () => {
    const r = await runCli(['process', '--format', 'ninjs', fixture('world-wire.xml')], {
      ...env,
      WIREFEED_PREFIX: `${prefix}-ninjs`,
    });
    expect(r.code).toBe(0);
    const docs = ndjson(r.stdout);
    expect(docs).toHaveLength(4);
    for (const doc of docs) expect(validateNinjs(doc).text).toBe('');
    expect(docs.map((d) => d.uri)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^urn:wirefeed:story:/)]),
    );
    await dropPrefix(env.REDIS_URL ?? '', `${prefix}-ninjs`);
  });

  it('fails a broken feed with its reason, delivers the good one, and exits 1', async () => {
    const out = join(dir, 'mixed.ndjson');
    const r = await runCli(
      ['process', '--out', out, server.url('/broken.xml'), fixture('outlet-reprint.xml')],
      { ...env, WIREFEED_PREFIX: `${prefix}-broken` },
    );
    expect(r.code).toBe(1);
    // One human line naming the feed by its URL and the reason in words; no JSON log, no stack.
    const failures = r.stderr.split('\n').filter((l) => l.includes('failed: '));
    expect(failures).toEqual([
      expect.stringMatching(
        new RegExp(
          `^wirefeed process: failed: ${server.url('/broken.xml').replaceAll('.', '\\.')}: feed could not be parsed: `,
        ),
      ),
    ]);
    expect(r.stderr).not.toMatch(/"level"|\n\s+at /);
    expect(ndjson(await readFile(out, 'utf8'))).toHaveLength(2);
    await dropPrefix(env.REDIS_URL ?? '', `${prefix}-broken`);
  });

  it('reads a source named twice once, and does not wait for a second copy', async () => {
    const r = await runCli(['process', fixture('world-wire.xml'), fixture('world-wire.xml')], {
      ...env,
      WIREFEED_PREFIX: `${prefix}-twice`,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 feed\(s\), 4 item\(s\) read, 4 delivered/);
    await dropPrefix(env.REDIS_URL ?? '', `${prefix}-twice`);
  });

  it('says how to get Redis when REDIS_URL is unset and no redis-server is on PATH', async () => {
    const r = await runCli(['process', fixture('world-wire.xml')], {
      REDIS_URL: '',
      PATH: dirname(process.execPath),
      WIREFEED_DATA_DIR: join(dir, 'no-redis'),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /redis-server was not found on PATH\. Install Redis 7 .*apt-get install redis-server.*REDIS_URL/s,
    );
  });

  it('names a bad environment variable and exits non-zero before doing anything', async () => {
    const r = await runCli(['process', fixture('world-wire.xml')], {
      ...env,
      WIREFEED_DASHBOARD_PORT: 'eighty',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/WIREFEED_DASHBOARD_PORT/);
    expect(r.stdout).toBe('');
  });
});
