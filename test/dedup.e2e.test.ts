import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NinjsDocument, Story } from '@wirefeed/core';
import { ndjson, runCli } from '@wirefeed/testing/cli';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/feeds/${name}`, import.meta.url));

describe('deduplication end to end: near copies and kills, through wirefeed process', () => {
  const prefix = uniquePrefix('e2e-dedup');
  const redisUrl = testRedisUrl();
  const env = { REDIS_URL: redisUrl, WIREFEED_PREFIX: prefix, WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1' };
  let server: FeedServer;
  let dir: string;

  beforeAll(async () => {
    server = await startFeedServer();
    server.serve('/wire.xml', fixture('world-wire.xml'));
    server.serve('/outlet.xml', fixture('outlet-near-copy.xml'));
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-e2e-dedup-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    await dropPrefix(redisUrl, prefix);
    await dropPrefix(redisUrl, `${prefix}-mark`);
  });

  it("drops another outlet's edited copy of an agency story (new headline, cut and added paragraphs)", async () => {
    await runCli(['process', '--out', join(dir, 'wire.ndjson'), server.url('/wire.xml')], env);
    const r = await runCli(['process', '--out', join(dir, 'outlet.ndjson'), server.url('/outlet.xml')], env);
    expect(r.stderr).toMatch(/1 item\(s\) read, 0 delivered, 1 duplicate\(s\) dropped/);
    expect(r.code).toBe(0);
  });

  it('delivers the copy marked with its cluster, the story it copies and the similarity under mark', async () => {
    const markEnv = { ...env, WIREFEED_PREFIX: `${prefix}-mark` };
    await runCli(['process', '--out', join(dir, 'm-wire.ndjson'), server.url('/wire.xml')], markEnv);
    const xi = ndjson<Story>(await readFile(join(dir, 'm-wire.ndjson'), 'utf8')).find((s) =>
      s.headline.startsWith('President Xi'),
    );
    const out = join(dir, 'm-outlet.ndjson');
    const r = await runCli(
      ['process', '--duplicates', 'mark', '--out', out, server.url('/outlet.xml')],
      markEnv,
    );
    expect(r.code).toBe(0);
    const [copy] = ndjson<Story>(await readFile(out, 'utf8'));
    expect(copy?.headline).toBe(
      'China, Azerbaijan to deepen ties ahead of 30th anniversary, Xi tells Aliyev',
    );
    expect(copy?.dedup).toMatchObject({
      status: 'duplicate',
      method: 'near',
      duplicateOf: xi?.id,
      clusterId: xi?.id,
    });
    expect(copy?.dedup?.similarity).toBeGreaterThan(0.5);
    expect(copy?.dedup?.similarity).toBeLessThan(1);
  });

  it('delivers a kill of a delivered story as its next version, withdrawn (ninjs pubStatus canceled)', async () => {
    const before = ndjson<Story>(await readFile(join(dir, 'wire.ndjson'), 'utf8'));
    const quake = before.find((s) => s.headline.includes('earthquake'));
    server.serve('/wire.xml', fixture('world-wire-killed.xml'));
    const out = join(dir, 'killed.ndjson');
    const r = await runCli(['process', '--format', 'ninjs', '--out', out, server.url('/wire.xml')], env);
    expect(r.code).toBe(0);
    const docs = ndjson<NinjsDocument>(await readFile(out, 'utf8'));
    const withdrawn = docs.filter((d) => d.pubStatus === 'canceled');
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]?.uri).toContain(quake?.id);
    expect(withdrawn[0]?.version).toBe('2');
  });
});
