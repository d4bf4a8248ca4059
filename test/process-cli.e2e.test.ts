import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BIN, ndjson, runCli } from '@wirefeed/testing/cli';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { testPostgresUrl, uniqueSchema } from '@wirefeed/testing/postgres';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/feeds/${name}`, import.meta.url));
const PROGRESS =
  /^wirefeed process: (\d+)\/(\d+) feed\(s\) read, (\d+) item\(s\) queued, (\d+) delivered, (\d+) duplicate\(s\), (\d+) unchanged, (\d+) failed \((\d+\.\d)s\)$/;

describe('wirefeed process: progress, failures in words, quiet', () => {
  const prefix = uniquePrefix('e2e-process-cli');
  const redisUrl = testRedisUrl();
  const env = { REDIS_URL: redisUrl, WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1', LOG_LEVEL: '' };
  let server: FeedServer;
  let dir: string;

  beforeAll(async () => {
    server = await startFeedServer();
    // A slow feed server: the run waits on it for seconds, and must say so as it goes.
    server.serve('/slow.xml', fixture('world-wire.xml'), undefined, 7_000);
    server.serve('/fast.xml', fixture('outlet-reprint.xml'));
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-process-cli-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    for (const p of ['slow', 'live', 'quiet', 'verbose', 'pipe'])
      await dropPrefix(redisUrl, `${prefix}-${p}`);
  });

  it('prints a plain progress line every few seconds on a pipe, then the summary', async () => {
    const out = join(dir, 'slow.ndjson');
    const r = await runCli(['process', '--out', out, server.url('/fast.xml'), server.url('/slow.xml')], {
      ...env,
      WIREFEED_PREFIX: `${prefix}-slow`,
    });
    process.stderr.write(`recorded \`wirefeed process\` stderr (not a terminal):\n${r.stderr}\n`);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    const progress = lines
      .filter((l) => PROGRESS.test(l))
      .map((l) => PROGRESS.exec(l)?.slice(1).map(Number) ?? []);
    // 7 s of waiting on the slow feed at a line every 3 s: at least two lines while it was unread.
    expect(progress.filter(([read]) => read === 1).length).toBeGreaterThanOrEqual(2);
    for (const [, total] of progress) expect(total).toBe(2);
    // The fast feed's two items settled while the slow one was still awaited.
    expect(
      progress.some(([read, , queued, delivered]) => read === 1 && queued === 2 && delivered === 2),
    ).toBe(true);
    const elapsed = progress.map((p) => p[7] ?? 0);
    expect(elapsed).toEqual([...elapsed].sort((a, b) => a - b));
    expect(lines.at(-1)).toBe(
      'wirefeed process: 2 feed(s), 6 item(s) read, 5 delivered, 1 duplicate(s) dropped, 0 unchanged, 0 failed',
    );
    expect(ndjson(await readFile(out, 'utf8'))).toHaveLength(5);
  }, 120_000);

  it.skipIf(!existsSync('/usr/bin/script'))(
    'redraws one live line on a terminal and clears it before the summary',
    async () => {
      // `script` gives the command a pseudo-terminal, as a user's shell would.
      const out = join(dir, 'live.ndjson');
      const cmd = [process.execPath, CLI_BIN, 'process', '--out', out, server.url('/slow.xml')]
        .map((a) => `'${a}'`)
        .join(' ');
      const text = await new Promise<string>((resolve, reject) => {
        const child = spawn('script', ['-qefc', cmd, '/dev/null'], {
          env: { ...process.env, ...env, WIREFEED_PREFIX: `${prefix}-live`, NO_COLOR: '1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let all = '';
        child.stdout.on('data', (c: Buffer) => (all += c.toString()));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(all) : reject(new Error(`exit ${code}: ${all}`))));
      });
      const redraws = text
        .split('\r\x1b[2K')
        .filter((s) => s.startsWith('wirefeed process: 0/1 feed(s) read'));
      // Redrawn in place (no newline between states) many times while the feed server was slow.
      expect(redraws.length).toBeGreaterThan(10);
      expect(redraws[0]).not.toContain('\n');
      expect(text).toContain(
        '\r\x1b[2Kwirefeed process: 1 feed(s), 4 item(s) read, 4 delivered, 0 duplicate(s) dropped, 0 unchanged, 0 failed',
      );
    },
    120_000,
  );

  it('prints nothing with --quiet when all went well, and the JSON log with --verbose', async () => {
    const quiet = await runCli(
      ['process', '--quiet', '--out', join(dir, 'q.ndjson'), fixture('world-wire.xml')],
      {
        ...env,
        WIREFEED_PREFIX: `${prefix}-quiet`,
      },
    );
    expect(quiet).toMatchObject({ code: 0, stderr: '', stdout: '' });
    const verbose = await runCli(
      ['process', '--verbose', '--out', join(dir, 'v.ndjson'), fixture('world-wire.xml')],
      {
        ...env,
        WIREFEED_PREFIX: `${prefix}-verbose`,
      },
    );
    expect(verbose.code).toBe(0);
    const json = verbose.stderr.split('\n').filter((l) => l.startsWith('{'));
    expect(json.length).toBeGreaterThan(4);
    expect(JSON.parse(json[0] ?? '{}')).toMatchObject({ process: 'process' });
  }, 120_000);

  it('ends cleanly, in one line, when its reader goes away (`| head -1`)', async () => {
    const child = spawn(process.execPath, [CLI_BIN, 'process', fixture('wire-conventions.xml')], {
      env: { ...process.env, ...env, WIREFEED_PREFIX: `${prefix}-pipe` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    // Like `head -1`: read the first story, then close the pipe.
    child.stdout?.once('data', () => child.stdout?.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(stderr).toMatch(/wirefeed process: stdout closed with \d+ item\(s\) unsettled\n/);
    expect(code).toBe(1);
    // What the closed pipe never took flows again on the next run (the refused-webhook test below
    // pins the exact counts): stories already written count unchanged, the others are delivered.
    const out = join(dir, 'after-pipe.ndjson');
    const again = await runCli(['process', '--out', out, fixture('wire-conventions.xml')], {
      ...env,
      WIREFEED_PREFIX: `${prefix}-pipe`,
    });
    expect(again.code).toBe(0);
    const delivered = Number(/item\(s\) read, (\d+) delivered/.exec(again.stderr)?.[1]);
    expect(delivered).toBeGreaterThan(0);
    expect(ndjson(await readFile(out, 'utf8'))).toHaveLength(delivered);
  }, 120_000);
});

describe('wirefeed process --sinks: a backfill into the configured sinks, exactly once', () => {
  const prefix = uniquePrefix('e2e-process-sinks');
  const redisUrl = testRedisUrl();
  const schema = uniqueSchema('process_sinks');
  let dir: string;
  let sql: postgres.Sql;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-process-sinks-'));
    // Two sinks: the archive in PostgreSQL and a desk's file; a story settles once both have it.
    await writeFile(
      join(dir, 'sinks.yaml'),
      `sinks:
  - { name: archive, kind: postgres, target: "${testPostgresUrl()}", schema: ${schema} }
  - { name: desk, kind: file, target: "${join(dir, 'desk.ndjson')}" }
`,
    );
    env = {
      REDIS_URL: redisUrl,
      WIREFEED_PREFIX: prefix,
      WIREFEED_SINKS_FILE: join(dir, 'sinks.yaml'),
      LOG_LEVEL: '',
    };
    sql = postgres(testPostgresUrl(), { onnotice: () => undefined, connection: { search_path: schema } });
  });
  afterAll(async () => {
    await sql.unsafe(`drop schema if exists ${schema} cascade`);
    await sql.end();
    await dropPrefix(redisUrl, prefix);
    await rm(dir, { recursive: true, force: true });
  });

  const rows = async () =>
    (await sql`select id, version, headline from stories order by id, version`) as unknown as {
      id: string;
      version: number;
      headline: string;
    }[];

  it('lands every story in PostgreSQL and the file once, and nothing twice on a second run', async () => {
    // One feed file, changed in place before the third run (its path is the feed's identity).
    const feed = join(dir, 'wire.xml');
    await copyFile(fixture('world-wire.xml'), feed);
    const first = await runCli(['process', '--sinks', feed], env);
    expect(first.stderr).toMatch(
      /1 feed\(s\), 4 item\(s\) read, 4 delivered, 0 duplicate\(s\) dropped, 0 unchanged, 0 failed\n$/,
    );
    expect(first).toMatchObject({ code: 0, stdout: '' });
    const landed = await rows();
    expect(landed).toHaveLength(4);
    expect(landed.map((r) => r.version)).toEqual([1, 1, 1, 1]);
    expect(ndjson(await readFile(join(dir, 'desk.ndjson'), 'utf8'))).toHaveLength(4);

    const second = await runCli(['process', '--sinks', feed], env);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(
      /4 item\(s\) read, 0 delivered, 0 duplicate\(s\) dropped, 4 unchanged, 0 failed\n$/,
    );
    expect(await rows()).toEqual(landed);
    expect(ndjson(await readFile(join(dir, 'desk.ndjson'), 'utf8'))).toHaveLength(4);

    // A changed feed adds the new version only.
    await copyFile(fixture('world-wire-updated.xml'), feed);
    const third = await runCli(['process', '--sinks', feed], env);
    expect(third.code).toBe(0);
    const after = await rows();
    expect(after).toHaveLength(5);
    expect(after.filter((r) => r.version === 2).map((r) => r.headline)).toEqual([
      'Strong earthquake strikes off northern Chile, tsunami warning lifted',
    ]);
  }, 180_000);

  it('names each failed story by its feed and headline, in words, exits 1, and delivers them on the next run', async () => {
    let refuse = true;
    const refusing = createServer((req, res) => {
      req.resume();
      req.on('end', () =>
        refuse
          ? res.writeHead(400, { 'content-type': 'text/plain' }).end('no thanks')
          : res.writeHead(204).end(),
      );
    });
    await new Promise<void>((r) => refusing.listen(0, '127.0.0.1', r));
    const { port } = refusing.address() as AddressInfo;
    try {
      const runEnv = {
        ...env,
        WIREFEED_PREFIX: `${prefix}-refused`,
        WIREFEED_SINKS_FILE: '',
        WIREFEED_SINKS: `webhook:http://127.0.0.1:${port}/hook`,
        WIREFEED_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
        WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1',
      };
      const r = await runCli(['process', '--sinks', fixture('world-wire.xml')], runEnv);
      expect(r.code).toBe(1);
      const failures = r.stderr.split('\n').filter((l) => l.includes(': failed: '));
      expect(failures).toHaveLength(4);
      expect(failures).toContain(
        `wirefeed process: failed: ${fixture('world-wire.xml')} "President Xi calls for greater Beijing-Baku exchanges": ` +
          'sink refused the story (e.g. a webhook 4xx): webhook webhook: HTTP 400 no thanks',
      );
      // Words, not the JSON log or a stack trace.
      expect(r.stderr).not.toMatch(/"level"|\n\s+at /);
      expect(r.stderr).toMatch(
        /4 item\(s\) read, 0 delivered, 0 duplicate\(s\) dropped, 0 unchanged, 4 failed\n/,
      );
      expect(r.stderr).toMatch(
        /wirefeed process: 4 story\(ies\) not delivered; the next run over the same feed sends them again\n$/,
      );
      // The receiver takes them now: the next run delivers the four (they passed dedup the first time,
      // and must not count as unchanged), and the run after it finds nothing left to send.
      refuse = false;
      const again = await runCli(['process', '--sinks', fixture('world-wire.xml')], runEnv);
      expect(again.stderr).toMatch(
        /4 item\(s\) read, 4 delivered, 0 duplicate\(s\) dropped, 0 unchanged, 0 failed\n$/,
      );
      expect(again.code).toBe(0);
      const third = await runCli(['process', '--sinks', fixture('world-wire.xml')], runEnv);
      expect(third.stderr).toMatch(
        /4 item\(s\) read, 0 delivered, 0 duplicate\(s\) dropped, 4 unchanged, 0 failed\n$/,
      );
      expect(third.code).toBe(0);
    } finally {
      refusing.closeAllConnections();
      await new Promise((r) => refusing.close(r));
      await dropPrefix(redisUrl, `${prefix}-refused`);
    }
  }, 120_000);
});
