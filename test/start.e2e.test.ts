import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processAlive as alive, hasRedisServer } from '@wirefeed/core';
import { CLI_BIN, ndjson } from '@wirefeed/testing/cli';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/feeds/world-wire.xml', import.meta.url));

describe.skipIf(!hasRedisServer())('wirefeed start with no REDIS_URL (needs redis-server on PATH)', () => {
  let dir: string;
  let child: ChildProcess;
  let stderr = '';
  let stdout = '';
  let exit: Promise<number | null>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-start-'));
    await writeFile(
      join(dir, 'feeds.yaml'),
      `feeds:\n  - url: ${fixture}\n    id: sample\n    interval: 2s\n`,
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      WIREFEED_DATA_DIR: join(dir, 'data'),
      WIREFEED_FEEDS_FILE: join(dir, 'feeds.yaml'),
      WIREFEED_SINKS: `file:${join(dir, 'stories.ndjson')}`,
      WIREFEED_DASHBOARD_PORT: '0',
      WIREFEED_DASHBOARD_TOKEN: 'test-token-0123456789',
      LOG_LEVEL: 'info',
    };
    delete env.REDIS_URL;
    child = spawn(process.execPath, [CLI_BIN, 'start'], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('starts a private Redis, prints the dashboard address, and serves health and the API', async () => {
    await expect
      .poll(() => stderr, { timeout: 30_000 })
      .toMatch(/Dashboard API: (http:\/\/127\.0\.0\.1:\d+)/);
    const base = /Dashboard API: (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)?.[1] ?? '';
    expect(stdout).toMatch(/REDIS_URL is unset: started a private redis-server/);
    // A configured token is the operator's already: never in what Docker or systemd keep.
    expect(stderr).not.toContain('test-token-0123456789');
    expect(stdout).not.toContain('test-token-0123456789');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await expect.poll(async () => (await fetch(`${base}/readyz`)).status, { timeout: 10_000 }).toBe(200);
    expect((await fetch(`${base}/api/pipeline`)).status).toBe(401);
    const api = await fetch(`${base}/api/pipeline`, {
      headers: { authorization: 'Bearer test-token-0123456789' },
    });
    const body = (await api.json()) as { stages: { name: string }[] };
    expect(body.stages.map((s) => s.name)).toEqual([
      'fetch',
      'normalize',
      'dedup',
      'enrich',
      'deliver',
      'sink file',
    ]);
  });

  it('polls the feeds of feeds.yaml into the file sink, each story once across polls', async () => {
    const read = async () => ndjson(await readFile(join(dir, 'stories.ndjson'), 'utf8').catch(() => ''));
    await expect.poll(async () => (await read()).length, { timeout: 30_000 }).toBe(4);
    // Let a few more polls run: the unchanged feed must add nothing.
    await new Promise((r) => setTimeout(r, 5_000));
    expect(await read()).toHaveLength(4);
  });

  it('stops cleanly on Ctrl-C (SIGINT), taking its private redis-server with it', async () => {
    const state = JSON.parse(await readFile(join(dir, 'data', 'redis', 'wirefeed-redis.json'), 'utf8')) as {
      pid: number;
    };
    expect(alive(state.pid)).toBe(true);
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(stdout).toMatch(/"msg":"stopped"/);
    await expect.poll(() => alive(state.pid), { timeout: 10_000 }).toBe(false);
  });

  it('refuses a port in use with one clear line, and leaves nothing running', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      WIREFEED_DATA_DIR: join(dir, 'data2'),
      WIREFEED_DASHBOARD_PORT: String(port),
    };
    delete env.REDIS_URL;
    const second = spawn(process.execPath, [CLI_BIN, 'start'], {
      env,
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    second.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    busy.close();
    expect(code).toBe(1);
    expect(err).toMatch(
      new RegExp(
        `wirefeed: cannot listen on 127\\.0\\.0\\.1:${port} \\(.*EADDRINUSE.*\\); set WIREFEED_DASHBOARD_PORT to a free port`,
      ),
    );
    expect(err).not.toMatch(/\n\s+at /);
    // Refused before anything started: no private Redis was launched, no worker took a job.
    expect(existsSync(join(dir, 'data2', 'redis'))).toBe(false);
  }, 90_000);

  it('refuses a webhook sink without a secret with one clear line, and exits, its private Redis stopped', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      WIREFEED_DATA_DIR: join(dir, 'data3'),
      WIREFEED_DASHBOARD_PORT: '0',
      WIREFEED_SINKS: 'webhook:https://hooks.example.com/wire',
      LOG_LEVEL: 'info',
    };
    delete env.REDIS_URL;
    delete env.WIREFEED_WEBHOOK_SECRET;
    const third = spawn(process.execPath, [CLI_BIN, 'start'], {
      env,
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onTestFinished(() => {
      if (third.exitCode === null) third.kill('SIGKILL');
    });
    let out = '';
    let err = '';
    third.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    third.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    // It used to print the error and then hang, its workers' connections retrying a stopped Redis.
    const code = await new Promise<number | null>((resolve) => third.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/wirefeed: webhook sink "webhook" needs a secret: WIREFEED_WEBHOOK_SECRET/);
    expect(out).not.toMatch(/ECONNREFUSED/);
    const started = out.split('\n').find((l) => l.includes('started a private redis-server'));
    // The line carries the process's pid, then the redis-server's: JSON.parse keeps the last.
    const redisPid = (JSON.parse(started ?? '{}') as { pid?: number }).pid;
    expect(redisPid).toBeGreaterThan(0);
    await expect.poll(() => alive(redisPid as number), { timeout: 10_000 }).toBe(false);
  }, 60_000);

  it('keeps stdout for the stories when a sink is stdout: the log goes to stderr', async () => {
    const own = await mkdtemp(join(tmpdir(), 'wirefeed-start-stdout-'));
    onTestFinished(() => rm(own, { recursive: true, force: true }));
    await writeFile(join(own, 'feeds.yaml'), `feeds:\n  - url: ${fixture}\n    id: sample\n`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      WIREFEED_DATA_DIR: join(own, 'data'),
      WIREFEED_FEEDS_FILE: join(own, 'feeds.yaml'),
      WIREFEED_SINKS: 'stdout',
      WIREFEED_DASHBOARD_PORT: '0',
      LOG_LEVEL: 'info',
    };
    delete env.REDIS_URL;
    const fourth = spawn(process.execPath, [CLI_BIN, 'start'], {
      env,
      cwd: own,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    onTestFinished(() => {
      if (fourth.exitCode === null) fourth.kill('SIGKILL');
    });
    let out = '';
    let err = '';
    fourth.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    fourth.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    const stopped = new Promise<number | null>((resolve) => fourth.once('exit', resolve));
    await expect.poll(() => ndjson(out).length, { timeout: 30_000 }).toBe(4);
    fourth.kill('SIGINT');
    expect(await stopped).toBe(0);
    // Only stories: every line a Story, no log line among them; the log is on stderr.
    for (const line of ndjson(out))
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['id', 'headline']));
    expect(out).not.toMatch(/"level"/);
    expect(err).toMatch(/"msg":"stopped"/);
  }, 60_000);
});
