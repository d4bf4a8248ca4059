import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '@wirefeed/core';

const run = promisify(execFile);

/** A local Redis Cluster of masters only, each a redis-server child in a temp dir of its own. */
export interface RedisCluster {
  ports: number[];
  /** The REDIS_URL Wirefeed takes for a cluster: a comma list of host:port seeds. */
  url: string;
  stop(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** A free port whose cluster bus port (port + 10000) is free too. */
async function clusterPort(taken: Set<number>): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (port > 55_000 || taken.has(port) || taken.has(port + 10_000)) continue;
    if (await portFree(port + 10_000)) return port;
  }
}

async function clusterInfo(port: number): Promise<string> {
  const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info']);
  return stdout;
}

/**
 * Start `masters` redis-servers with `--cluster-enabled yes`, join them with
 * `redis-cli --cluster create … --cluster-replicas 0 --cluster-yes`, and wait for cluster_state:ok on
 * every node.
 */
export async function startRedisCluster(masters = 3): Promise<RedisCluster> {
  const root = await mkdtemp(join(tmpdir(), 'wirefeed-cluster-'));
  const taken = new Set<number>();
  const ports: number[] = [];
  for (let i = 0; i < masters; i++) {
    const port = await clusterPort(taken);
    taken.add(port);
    taken.add(port + 10_000);
    ports.push(port);
  }
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await rm(root, { recursive: true, force: true });
  };
  try {
    for (const port of ports) {
      const dir = join(root, String(port));
      await mkdir(dir);
      const child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--dir',
          dir,
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(dir, 'nodes.conf'),
          '--cluster-node-timeout',
          '5000',
          '--appendonly',
          'yes',
          '--appendfsync',
          'everysec',
          '--save',
          '',
          '--maxmemory-policy',
          'noeviction',
        ],
        { stdio: 'ignore' },
      );
      children.push(child);
    }
    for (const port of ports)
      await waitFor(async () =>
        (await run('redis-cli', ['-p', String(port), 'ping'])).stdout.includes('PONG'),
      );
    await run('redis-cli', [
      '--cluster',
      'create',
      ...ports.map((p) => `127.0.0.1:${p}`),
      '--cluster-replicas',
      '0',
      '--cluster-yes',
    ]);
    for (const port of ports)
      await waitFor(async () => (await clusterInfo(port)).includes('cluster_state:ok'));
  } catch (err) {
    await stop();
    throw err;
  }
  return { ports, url: ports.map((p) => `127.0.0.1:${p}`).join(','), stop };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await check().catch(() => false);
    if (ok) return;
    if (Date.now() > until) throw new Error('redis cluster did not come up in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
