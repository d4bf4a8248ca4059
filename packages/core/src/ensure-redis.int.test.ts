import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Config } from './config.ts';
import { loadConfig } from './config.ts';
import type { RedisHandle } from './ensure-redis.ts';
import { processAlive as alive, ensureRedis } from './ensure-redis.ts';
import { nullLogger } from './logger.ts';
import { createRedis, whenReady } from './redis.ts';
import { hasRedisServer } from './redis-server.ts';

async function ping(url: string): Promise<string> {
  const client = createRedis(url, 'producer', 'wirefeed-test-ping');
  try {
    await whenReady(client, url, 2_000);
    return await client.ping();
  } catch {
    return 'down';
  } finally {
    client.disconnect();
  }
}

/** The redis-server's pid, from the state file the processes share. */
function redisPid(dir: string): number {
  return (JSON.parse(readFileSync(join(dir, 'redis', 'wirefeed-redis.json'), 'utf8')) as { pid: number }).pid;
}

// Each case runs its own private redis-server (no REDIS_URL), as `start` and the CLI do.
describe.skipIf(!hasRedisServer())('the private Redis: the last wirefeed process out stops it', () => {
  const dirs: string[] = [];
  const handles: RedisHandle[] = [];
  afterAll(async () => {
    // A failed case must not leave its redis-server behind: releasing twice is harmless.
    for (const handle of handles) await handle.release();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const ensure = async (c: Config) => {
    const handle = await ensureRedis(c, nullLogger());
    handles.push(handle);
    return handle;
  };
  const config = () => {
    const dir = mkdtempSync(join(tmpdir(), 'wirefeed-ensure-redis-'));
    dirs.push(dir);
    return { dir, config: loadConfig({ WIREFEED_DATA_DIR: dir }) };
  };

  it('stops it when the process that started it is the only one using it', async () => {
    const { dir, config: c } = config();
    const first = await ensure(c);
    const pid = redisPid(dir);
    expect(await ping(first.url)).toBe('PONG');
    await first.release();
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dir, 'redis', 'wirefeed-redis.json'))).toBe(false);
  });

  it('keeps it for a later process when the one that started it leaves first', async () => {
    const { dir, config: c } = config();
    const starter = await ensure(c); // say a long `process`
    const later = await ensure(c); // then `start`, reusing it
    expect(later.url).toBe(starter.url);
    const pid = redisPid(dir);
    await starter.release();
    // Its log pipe to the starter is gone: a rewrite makes it log, and it must keep serving.
    const client = createRedis(later.url, 'producer', 'wirefeed-test-rewrite');
    await whenReady(client, later.url, 2_000);
    await client.bgrewriteaof();
    client.disconnect();
    await new Promise((r) => setTimeout(r, 500));
    expect(await ping(later.url)).toBe('PONG');
    await later.release();
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dir, 'redis', 'wirefeed-redis.json'))).toBe(false);
  });

  it('keeps it for the process that started it when a later one leaves first', async () => {
    const { dir, config: c } = config();
    const starter = await ensure(c); // `start`
    const later = await ensure(c); // `feeds add` meanwhile
    const pid = redisPid(dir);
    await later.release();
    expect(await ping(starter.url)).toBe('PONG');
    await starter.release();
    expect(alive(pid)).toBe(false);
  });

  it('survives a Ctrl-C in the terminal of the process that started it while another uses it', async () => {
    const { dir } = config();
    // The starter runs as `npm start` does in a terminal: in a process group that Ctrl-C signals whole.
    const url = (name: string) => pathToFileURL(join(import.meta.dirname, name)).href;
    const script = `
      const { ensureRedis } = await import(${JSON.stringify(url('ensure-redis.ts'))});
      const { loadConfig } = await import(${JSON.stringify(url('config.ts'))});
      const { nullLogger } = await import(${JSON.stringify(url('logger.ts'))});
      const handle = await ensureRedis(loadConfig({ WIREFEED_DATA_DIR: ${JSON.stringify(dir)} }), nullLogger());
      process.on('SIGINT', async () => { await handle.release(); process.exit(130); });
      process.stdout.write(handle.url + '\\n');
      setInterval(() => {}, 1_000);
    `;
    const starter = spawn(process.execPath, ['--input-type=module', '-e', script], {
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const group = starter.pid;
    if (!group) throw new Error('the starter did not start'); // -0 would signal this test's own group
    onTestFinished(() => {
      if (starter.exitCode === null && starter.signalCode === null) process.kill(-group, 'SIGKILL');
    });
    const starterUrl = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      starter.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolveUrl(out.trim());
      });
      starter.once('exit', (code) => reject(new Error(`the starter exited with ${code}`)));
    });
    const later = await ensure(loadConfig({ WIREFEED_DATA_DIR: dir })); // `feeds add` or a second `start`
    expect(later.url).toBe(starterUrl);
    const exited = new Promise((r) => starter.once('exit', r));
    process.kill(-group, 'SIGINT'); // what the terminal does on Ctrl-C
    await exited;
    const pid = redisPid(dir);
    // redis-server takes a moment to shut down on a SIGINT: give it the time before asking.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(alive(pid)).toBe(true);
    expect(await ping(later.url)).toBe('PONG');
    await later.release();
    expect(alive(pid)).toBe(false);
  });
});
