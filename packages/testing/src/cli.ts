import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeedServer } from './feed-server.ts';
import { startFeedServer } from './feed-server.ts';
import { dropPrefix, testRedisUrl, uniquePrefix } from './redis.ts';

/** The `wirefeed` command's entry point in this checkout (run on this Node, 24). */
export const CLI_BIN = fileURLToPath(new URL('../../cli/src/bin.ts', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `wirefeed …` as a real child process on this Node (24), with the given environment added. */
export function runCli(
  args: string[],
  env: Record<string, string>,
  options: { timeoutMs?: number; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(new Error(`wirefeed ${args.join(' ')} timed out\nstdout: ${stdout}\nstderr: ${stderr}`));
      },
      options.timeoutMs ?? CLI_START_BUDGET_MS * 4,
    );
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * What one CLI process is given to start, do a small command and exit on a loaded 2-core machine
 * (Node loads TypeScript sources, Redis is reached). A test that starts N processes one after
 * another budgets N times this, not a fixed figure.
 */
export const CLI_START_BUDGET_MS = 15_000;

/** The time a test that runs `starts` CLI processes, `parallel` at a time, may take. */
export function cliBudgetMs(starts: number, parallel = 1, extraMs = 10_000): number {
  return Math.ceil(starts / parallel) * CLI_START_BUDGET_MS + extraMs;
}

/** Parse NDJSON text into documents. */
export function ndjson<T = Record<string, unknown>>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/**
 * What a test that runs `wirefeed` commands against the test Redis needs: a prefix of its own (and
 * any `<prefix>-…` the test derives), the environment that names it and lets the CLI reach the feed
 * server on loopback, the feed server, and a temp dir; disposing it closes and deletes all of them.
 */
export interface CliWorld extends AsyncDisposable {
  prefix: string;
  env: Record<string, string>;
  feeds: FeedServer;
  dir: string;
}

export async function cliWorld(name: string): Promise<CliWorld> {
  const redisUrl = testRedisUrl();
  const prefix = uniquePrefix(name);
  const feeds = await startFeedServer();
  const dir = await mkdtemp(join(tmpdir(), `wirefeed-${name}-`));
  return {
    prefix,
    // The fixture server is on loopback, which the private-network guard refuses unless allowed.
    env: { REDIS_URL: redisUrl, WIREFEED_PREFIX: prefix, WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1' },
    feeds,
    dir,
    async [Symbol.asyncDispose]() {
      await feeds.close();
      await rm(dir, { recursive: true, force: true });
      await dropPrefix(redisUrl, prefix, { derived: true });
    },
  };
}
