import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRedis, hashTagPrefix, hasRedisServer } from '@wirefeed/core';
import { createSubscriptionStore, feedIdFor, parseOpml } from '@wirefeed/feeds/subscriptions';
import { CLI_BIN, cliBudgetMs, ndjson, runCli } from '@wirefeed/testing/cli';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/feeds/world-wire.xml', import.meta.url));

interface Listed {
  id: string;
  url: string;
  title?: string;
  tags: string[];
  origin: string;
  minIntervalMs: number;
  maxIntervalMs: number;
  paused: boolean;
  pausedReason?: string;
  status: string;
}

describe('wirefeed feeds, on a real Redis', () => {
  const prefix = uniquePrefix('e2e-feeds');
  const env = { REDIS_URL: testRedisUrl(), WIREFEED_PREFIX: prefix, WIREFEED_POLL_INTERVAL: '5m' };
  const feeds = (...args: string[]) => runCli(['feeds', ...args], env);
  const listed = async (): Promise<Listed[]> =>
    JSON.parse((await feeds('list', '--json')).stdout) as Listed[];
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-feeds-cli-'));
  });
  afterAll(async () => {
    await dropPrefix(testRedisUrl(), prefix);
    await dropPrefix(testRedisUrl(), `${prefix}-copy`);
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'adds, lists, pauses, resumes and removes',
    async () => {
      const world = 'https://wire.example/world.rss';
      const added = await feeds(
        'add',
        world,
        '--tag',
        'world',
        '--tag',
        'news,top',
        '--interval',
        '2m',
        '--title',
        'World',
      );
      expect(added).toMatchObject({ code: 0, stderr: '' });
      expect(added.stdout).toBe(`added ${feedIdFor(world)} (every 2m): ${world}\n`);
      const local = await feeds('add', fixture, '--id', 'local', '--max-interval', '2h');
      expect(local.stdout).toBe(`added local (every 5m): ${fixture}\n`);

      const table = (await feeds('list')).stdout.split('\n');
      expect(table[0]).toMatch(/^ID\s+STATUS\s+INTERVAL\s+LAST FETCH\s+ITEMS\s+REASON\s+LAST ERROR\s+URL$/);
      expect(table[1]).toMatch(new RegExp(`^${feedIdFor(world)}\\s+active\\s+2m\\s+never\\s+0\\s+${world}$`));
      expect(table[2]).toMatch(/^local\s+active\s+5m\s+never\s+0\s+\//);

      expect(await listed()).toMatchObject([
        {
          id: feedIdFor(world),
          title: 'World',
          tags: ['world', 'news', 'top'],
          origin: 'cli',
          minIntervalMs: 120_000,
          status: 'active',
        },
        { id: 'local', url: fixture, tags: [], status: 'active' },
      ]);

      expect((await feeds('pause', 'local', '--reason', 'upstream maintenance')).stdout).toBe(
        'paused local\n',
      );
      expect((await listed())[1]).toMatchObject({
        paused: true,
        pausedReason: 'upstream maintenance',
        status: 'paused',
      });
      expect((await feeds('list')).stdout).toMatch(
        /\nlocal\s+paused\s+5m\s+never\s+0\s+upstream maintenance\s+\//,
      );
      expect((await feeds('resume', 'local')).stdout).toBe('resumed local\n');
      expect((await listed())[1]).toMatchObject({ paused: false, status: 'active' });

      // What the fetcher would have written: a quiet feed, and one failing (by hand, through the store).
      const redis = createRedis(env.REDIS_URL, 'worker');
      try {
        const store = createSubscriptionStore({ redis, prefix: hashTagPrefix(prefix) });
        const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
        await store.patchState(feedIdFor(world), {
          lastFetchAt: daysAgo(0),
          lastOutcome: 'not-modified',
          lastItemAt: daysAgo(3),
          quietSince: daysAgo(1),
        });
        await store.patchState('local', {
          consecutiveErrors: 3,
          lastOutcome: 'error',
          lastError: { code: 'WF_E_HTTP', message: 'HTTP 503', at: daysAgo(0) },
        });
      } finally {
        redis.disconnect();
      }
      const statuses = (await feeds('list')).stdout;
      expect(statuses).toMatch(
        new RegExp(`\\n${feedIdFor(world)}\\s+quiet\\s+.*\\s+last item 3d ago\\s+${world}`),
      );
      expect(statuses).toMatch(
        /\nlocal\s+erroring\s+.*\s+3 failed polls in a row\s+WF_E_HTTP: HTTP 503\s+\//,
      );
      expect((await listed()).map((s) => s.status)).toEqual(['quiet', 'erroring']);

      expect(await feeds('remove', 'local')).toMatchObject({
        code: 0,
        stdout: `removed local: ${fixture}\n`,
      });

      // A private address is saved only when WIREFEED_ALLOW_PRIVATE_NETWORKS allows it, as the fetcher would.
      const internal = 'http://10.1.2.3/wire.xml';
      expect((await feeds('add', internal)).code).toBe(2);
      expect(
        await runCli(['feeds', 'add', internal, '--id', 'internal'], {
          ...env,
          WIREFEED_ALLOW_PRIVATE_NETWORKS: '10.0.0.0/8',
        }),
      ).toMatchObject({ code: 0, stdout: `added internal (every 5m): ${internal}\n` });
      expect((await feeds('remove', 'internal')).code).toBe(0);
      expect((await listed()).map((s) => s.id)).toEqual([feedIdFor(world)]);
      // Twenty CLI processes one after another: on a busy 2-core machine each start can take seconds.
    },
    cliBudgetMs(20),
  );

  it(
    'fails with one line and exit 1 when the store refuses',
    async () => {
      const cases: [string[], RegExp][] = [
        [
          ['add', 'https://WIRE.example/world.rss'],
          // Named as stored: the URL as parsed.
          /^wirefeed: https:\/\/wire\.example\/world\.rss is already subscribed as "[0-9a-f]{16}"\n$/,
        ],
        [
          ['add', 'https://other.example/', '--id', feedIdFor('https://wire.example/world.rss')],
          /^wirefeed: a subscription "[0-9a-f]{16}" already exists\n$/,
        ],
        [['remove', 'nope'], /^wirefeed: no subscription "nope"\n$/],
        [['pause', 'nope'], /^wirefeed: no subscription "nope"\n$/],
      ];
      // Each case only reads, or is refused: they can run side by side. (A malformed --id and a missing
      // OPML file are usage errors, exit 2: test/cli.e2e.test.ts.)
      const results = await Promise.all(cases.map(([args]) => feeds(...args)));
      cases.forEach(([args, stderr], i) => {
        const r = results[i];
        expect({ args, code: r?.code }).toEqual({ args, code: 1 });
        expect(r?.stderr).toMatch(stderr);
        expect(r?.stderr.trim().split('\n')).toHaveLength(1);
      });
    },
    cliBudgetMs(6, 2),
  );

  it(
    'exits 2 with one line and the subcommand’s usage on a usage error',
    async () => {
      const cases: string[][] = [
        [],
        ['frobnicate'],
        ['add'],
        ['add', 'ftp://files.example/feed.xml'],
        ['add', join(dir, 'absent.xml')],
        ['add', 'http://127.0.0.1:9/feed.xml'],
        ['add', 'https://a.example/', '--interval', 'soon'],
        ['add', 'https://a.example/', '--interval', '1s'],
        ['add', 'https://a.example/', '--interval', '1h', '--max-interval', '5m'],
        ['add', 'https://a.example/', '--bogus'],
        ['remove'],
        ['remove', 'a', 'b'],
        ['resume', 'a', '--reason', 'x'],
        ['list', 'extra'],
        ['export', 'out.opml'],
      ];
      const results = await Promise.all(cases.map((args) => feeds(...args)));
      cases.forEach((args, i) => {
        expect({ args, code: results[i]?.code }).toEqual({ args, code: 2 });
        expect(results[i]?.stderr).toMatch(
          /^wirefeed: .+\nusage: wirefeed feeds.*\nRun 'wirefeed feeds.* --help' for more\.\n$/,
        );
      });
    },
    cliBudgetMs(15, 2),
  );

  it(
    'imports OPML (counting what it skips), exports it, and round-trips ids and bounds through a fresh store',
    async () => {
      const opml = join(dir, 'subs.opml');
      await writeFile(
        opml,
        `<?xml version="1.0"?>
<opml version="2.0"><head><title>Reader export</title></head><body>
  <outline text="Tech">
    <outline text="Gadgets" type="rss" xmlUrl="https://gadgets.example/feed" category="/reviews"/>
    <outline text="AI" type="rss" xmlUrl="https://ai.example/rss"/>
  </outline>
  <outline text="Science, Space">
    <outline text="Orbit" type="rss" xmlUrl="https://orbit.example/feed" wirefeedId="orbit"
      wirefeedMinInterval="120000" wirefeedMaxInterval="7200000"/>
  </outline>
  <outline text="Already here" type="rss" xmlUrl="https://wire.example/world.rss"/>
  <outline text="Not fetchable" type="rss" xmlUrl="gopher://old.example/feed"/>
  <outline text="Local secrets" type="rss" xmlUrl="file:///etc/passwd"/>
  <outline text="A path" type="rss" xmlUrl="/etc/hostname"/>
</body></opml>`,
      );
      const imported = await feeds('import', opml);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toBe(`imported ${opml}: 3 added, 4 skipped\n`);
      expect(imported.stderr).toMatch(/skipped https:\/\/wire\.example\/world\.rss: .*already subscribed/);
      // An OPML file is untrusted: anything but http(s) would have the fetcher read local files.
      for (const url of ['gopher://old.example/feed', 'file:///etc/passwd', '/etc/hostname'])
        expect(imported.stderr).toContain(
          `skipped ${url}: only http and https feed URLs are imported from OPML`,
        );
      expect((await listed()).find((s) => s.url === 'https://orbit.example/feed')).toMatchObject({
        id: 'orbit',
        tags: ['Science Space'],
        minIntervalMs: 120_000,
        maxIntervalMs: 7_200_000,
      });
      expect((await listed()).find((s) => s.url === 'https://gadgets.example/feed')).toMatchObject({
        title: 'Gadgets',
        tags: ['Tech', 'reviews'],
        origin: 'opml',
      });
      // Importing again adds nothing.
      expect((await feeds('import', opml)).stdout).toBe(`imported ${opml}: 0 added, 7 skipped\n`);

      const exported = await feeds('export');
      expect(exported.code).toBe(0);
      const doc = parseOpml(exported.stdout);
      type Shaped = {
        url: string;
        title?: string;
        tags: string[];
        id?: string;
        minIntervalMs?: number;
        maxIntervalMs?: number;
      };
      const shape = (list: Shaped[]) =>
        list
          .map((f) => ({
            url: f.url,
            title: f.title,
            tags: [...f.tags].sort(),
            id: f.id,
            minIntervalMs: f.minIntervalMs,
            maxIntervalMs: f.maxIntervalMs,
          }))
          .sort((a, b) => a.url.localeCompare(b.url));
      expect(shape(doc.feeds)).toEqual(shape(await listed()));

      const out = join(dir, 'export.opml');
      await writeFile(out, exported.stdout);
      const copyEnv = { ...env, WIREFEED_PREFIX: `${prefix}-copy` };
      expect((await runCli(['feeds', 'import', out], copyEnv)).stdout).toBe(
        `imported ${out}: 4 added, 0 skipped\n`,
      );
      // Same ids (story ids derive from them) and bounds in the new store.
      const copy = JSON.parse((await runCli(['feeds', 'list', '--json'], copyEnv)).stdout) as Listed[];
      expect(shape(copy)).toEqual(shape(await listed()));
      expect(copy.map((s) => s.id)).toContain('orbit');
    },
    cliBudgetMs(10),
  );

  it('refuses a malformed OPML file, naming the file and the problem', async () => {
    const bad = join(dir, 'bad.opml');
    await writeFile(bad, '<opml version="2.0"><body><outline text="x"></body></opml>');
    const r = await feeds('import', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^wirefeed: ${bad.replaceAll('.', '\\.')}: not usable OPML: not well-formed XML at line 1`),
    );
  });
});

describe.skipIf(!hasRedisServer())(
  'wirefeed feeds add while wirefeed start runs (needs redis-server on PATH)',
  () => {
    let dir: string;
    let child: ChildProcess;
    let stderr = '';
    let exit: Promise<number | null>;
    let env: Record<string, string>;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'wirefeed-feeds-start-'));
      // Both processes find the same private redis-server through the data directory; REDIS_URL is
      // emptied, which configuration reads as unset.
      env = {
        REDIS_URL: '',
        WIREFEED_DATA_DIR: join(dir, 'data'),
        WIREFEED_FEEDS_FILE: join(dir, 'feeds.yaml'),
        WIREFEED_SINKS: `file:${join(dir, 'stories.ndjson')}`,
        WIREFEED_DASHBOARD_PORT: '0',
        WIREFEED_DASHBOARD_TOKEN: 'test-token-0123456789',
        LOG_LEVEL: 'info',
      };
      child = spawn(process.execPath, [CLI_BIN, 'start'], {
        env: { ...process.env, ...env },
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
      exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
      const deadline = Date.now() + 30_000;
      while (!/Dashboard API: http/.test(stderr) && child.exitCode === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      if (!/Dashboard API: http/.test(stderr)) throw new Error(`wirefeed start did not come up:\n${stderr}`);
    });
    afterAll(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    });

    it('polls a feed added with the CLI into the sink, without a restart', async () => {
      const read = async () => ndjson(await readFile(join(dir, 'stories.ndjson'), 'utf8').catch(() => ''));
      expect(await read()).toHaveLength(0);
      const added = await runCli(['feeds', 'add', fixture, '--id', 'world-wire', '--interval', '10s'], env);
      expect(added).toMatchObject({ code: 0, stdout: `added world-wire (every 10s): ${fixture}\n` });
      await expect.poll(async () => (await read()).length, { timeout: 30_000 }).toBe(4);
      const listed = await runCli(['feeds', 'list'], env);
      // The interval adapts to the feed between --interval (10s) and the 24h maximum.
      // Quiet when the fixture's items are older than three of their usual gaps: it depends on the date.
      expect(listed.stdout).toMatch(/\nworld-wire\s+(active|quiet)\s+(\d+[smh])\s+\d+s ago\s+4\s/);
      expect((await runCli(['feeds', 'remove', 'world-wire'], env)).code).toBe(0);
    });

    it('still stops cleanly on Ctrl-C', async () => {
      child.kill('SIGINT');
      expect(await exit).toBe(0);
    });
  },
);
