import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Story } from '@wirefeed/core';
import { ndjson, runCli } from '@wirefeed/testing/cli';
import { readSink, repeated } from '@wirefeed/testing/delivery';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { STAGE_SERVICES, spawnReady, stopAll } from '@wirefeed/testing/processes';
import type { RedisCluster } from '@wirefeed/testing/redis-cluster';
import { startRedisCluster } from '@wirefeed/testing/redis-cluster';
import { hasRedisBinaries } from '@wirefeed/testing/redis-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixture = (name: string) => new URL(`./fixtures/feeds/${name}`, import.meta.url).pathname;

/**
 * The end-to-end one-shot run on a 3-master Redis Cluster: every key of a deployment carries the
 * `{prefix}` hash tag, so BullMQ's multi-key scripts and the dedup script stay in one slot.
 */
describe.skipIf(!hasRedisBinaries())('wirefeed process on a 3-master Redis Cluster', () => {
  let cluster: RedisCluster;
  let server: FeedServer;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    cluster = await startRedisCluster(3);
    server = await startFeedServer();
    server.serve('/world.xml', fixture('world-wire.xml'));
    server.serve('/planet.xml', fixture('outlet-reprint.xml'));
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-cluster-e2e-'));
    env = {
      REDIS_URL: cluster.url,
      WIREFEED_PREFIX: 'cluster-e2e',
      WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1',
      WIREFEED_DATA_DIR: join(dir, 'data'),
    };
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await cluster?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('delivers every story of the feeds', async () => {
    const out = join(dir, 'first.ndjson');
    const r = await runCli(
      ['process', '--out', out, server.url('/world.xml'), server.url('/planet.xml')],
      env,
      {
        timeoutMs: 90_000,
      },
    );
    expect(r.stderr).toMatch(
      /6 item\(s\) read, 5 delivered, 1 duplicate\(s\) dropped, 0 unchanged, 0 failed/,
    );
    expect(r.code).toBe(0);
    const stories = ndjson<Story>(await readFile(out, 'utf8'));
    expect(stories).toHaveLength(5);
    expect(new Set(stories.map((s) => `${s.id}@${s.version}`)).size).toBe(5);
    expect(
      stories.every((s) => s.trace.map((t) => t.stage).join() === 'normalize,dedup,enrich,deliver'),
    ).toBe(true);

    // Every key the run left carries the deployment's hash tag, so all of them sit on one master.
    const keysPerNode = await Promise.all(
      cluster.ports.map(async (port) => {
        const { stdout } = await run('redis-cli', ['-p', String(port), '--scan']);
        return stdout.split('\n').filter(Boolean);
      }),
    );
    const all = keysPerNode.flat();
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((k) => !k.startsWith('{cluster-e2e}:'))).toEqual([]);
    expect(keysPerNode.filter((keys) => keys.length > 0)).toHaveLength(1);
  }, 120_000);

  it('runs the services, scheduler included, as separate processes on the cluster', async () => {
    const feedsFile = join(dir, 'feeds.yaml');
    await writeFile(
      feedsFile,
      `feeds:\n  - url: ${fixture('world-wire.xml')}\n    id: world\n    interval: 1h\n  - url: ${fixture('outlet-reprint.xml')}\n    id: planet\n    interval: 1h\n`,
    );
    const sinkPath = join(dir, 'services.ndjson');
    const procs = await spawnReady(['scheduler', ...STAGE_SERVICES], {
      ...env,
      WIREFEED_PREFIX: 'cluster-services',
      WIREFEED_FEEDS_FILE: feedsFile,
      WIREFEED_SINKS: `file:${sinkPath}`,
    });
    try {
      await expect
        .poll(async () => (await readSink(sinkPath)).length, { timeout: 60_000, interval: 250 })
        .toBe(5);
      expect(repeated(await readSink(sinkPath))).toEqual([]);
      expect(procs.every((p) => p.alive)).toBe(true);
    } finally {
      await stopAll(procs);
    }
    expect(procs.map((p) => p.child.exitCode)).toEqual(procs.map(() => 0));
  }, 180_000);

  it('delivers nothing on a re-run', async () => {
    const out = join(dir, 'rerun.ndjson');
    const r = await runCli(
      ['process', '--out', out, server.url('/world.xml'), server.url('/planet.xml')],
      env,
      {
        timeoutMs: 90_000,
      },
    );
    expect(r.stderr).toMatch(
      /6 item\(s\) read, 0 delivered, \d+ duplicate\(s\) dropped, \d+ unchanged, 0 failed/,
    );
    expect(r.code).toBe(0);
    expect(await readFile(out, 'utf8').catch(() => '')).toBe('');
  }, 120_000);
});
