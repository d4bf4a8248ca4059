import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '@wirefeed/cli';
import { runCli } from '@wirefeed/testing/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every case runs in an empty directory with no REDIS_URL and redis-server on PATH: a command that
// started anything would leave ./data (the private Redis's directory) behind.
describe('wirefeed help, version and usage errors: no side effects', () => {
  let cwd: string;
  const env = { REDIS_URL: '', WIREFEED_DATA_DIR: '', LOG_LEVEL: '', WIREFEED_ALLOW_PRIVATE_NETWORKS: '' };
  const run = (args: string[]) => runCli(args, env, { cwd, timeoutMs: 90_000 });
  // A few at a time: dozens of Node starts at once would starve the test files running beside this one.
  const runAll = async (cases: string[][]) => {
    const results: Awaited<ReturnType<typeof run>>[] = [];
    for (let i = 0; i < cases.length; i += 4)
      results.push(...(await Promise.all(cases.slice(i, i + 4).map(run))));
    return results;
  };

  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'wirefeed-cli-help-'));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('prints each command’s own help on -h and --help, exits 0, and starts nothing', async () => {
    const cases = COMMANDS.flatMap((c) => [
      [...c.split(' '), '--help'],
      [...c.split(' '), '-h'],
    ]);
    // `help COMMAND` and a --help after other arguments are the same help.
    cases.push(
      ['help', 'feeds', 'add'],
      ['replay', 'some-story-id', '--help'],
      ['service', 'fetcher', '--help'],
    );
    const results = await runAll(cases);
    cases.forEach((args, i) => {
      const r = results[i];
      const words =
        args.join(' ') === 'help feeds add' ? ['feeds', 'add'] : args.filter((a) => !a.startsWith('-'));
      const two = words.slice(0, 2).join(' ');
      const shown = (COMMANDS as readonly string[]).includes(two) ? two : (words[0] ?? '');
      expect({ args, code: r?.code, stderr: r?.stderr }).toEqual({ args, code: 0, stderr: '' });
      expect(r?.stdout, args.join(' ')).toMatch(new RegExp(`^Usage: wirefeed ${shown}\\b`));
    });
    expect(await readdir(cwd)).toEqual([]);
  }, 180_000);

  it('prints every command on --help and the version on --version', async () => {
    const [help, short, version, bare] = await Promise.all([
      run(['--help']),
      run(['-h']),
      run(['--version']),
      run([]),
    ]);
    expect(help.code).toBe(0);
    expect(short.stdout).toBe(help.stdout);
    for (const c of COMMANDS.filter((c) => c !== 'feeds')) expect(help.stdout).toContain(`\n  ${c}`);
    expect(version).toMatchObject({ code: 0, stdout: 'wirefeed 0.1.0\n', stderr: '' });
    // No command at all: the same list, on stderr, as a usage error.
    expect(bare).toMatchObject({ code: 2, stdout: '', stderr: help.stdout });
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });

  it('answers a usage mistake with one line naming it, the command’s own usage, and exit 2', async () => {
    const cases: [string[], string, string][] = [
      [['frob'], 'unknown command "frob"', 'wirefeed <command> [options]'],
      [['help', 'frob'], 'unknown command "frob"', 'wirefeed <command> [options]'],
      [['start', 'now'], 'start takes no arguments, got "now"', 'wirefeed start'],
      [
        ['service'],
        'service needs a NAME: scheduler, fetcher, normalizer, deduplicator, enricher, deliverer, dashboard',
        'wirefeed service NAME',
      ],
      [
        ['service', 'mailer'],
        'unknown service "mailer" (one of scheduler, fetcher, normalizer, deduplicator, enricher, deliverer, dashboard)',
        'wirefeed service NAME',
      ],
      [
        ['process'],
        'process needs at least one SOURCE (a feed file or an http(s) URL)',
        'wirefeed process [options] SOURCE…',
      ],
      [
        ['process', 'ftp://files.example/feed.xml'],
        'scheme ftp: is not supported: http and https only',
        'wirefeed process [options] SOURCE…',
      ],
      [
        ['process', 'absent.xml'],
        'no such file: absent.xml (give an http(s) URL or the path of a feed file)',
        'wirefeed process [options] SOURCE…',
      ],
      [['process', '--bogus', 'feed.xml'], 'unknown option --bogus', 'wirefeed process [options] SOURCE…'],
      [['process', '--out'], '--out needs a value', 'wirefeed process [options] SOURCE…'],
      [
        ['process', '--format', 'xml', 'f.xml'],
        '--format must be one of story, ninjs, got "xml"',
        'wirefeed process [options] SOURCE…',
      ],
      [
        ['process', '--timeout', 'soon', 'f.xml'],
        '--timeout: expected a duration such as 90s, 10m or 1h, got "soon"',
        'wirefeed process [options] SOURCE…',
      ],
      [
        ['process', '--sinks', '--out', 'x.ndjson', 'f.xml'],
        '--out and --sinks do not go together: --sinks writes to the configured sinks',
        'wirefeed process [options] SOURCE…',
      ],
      [
        ['process', 'http://10.0.0.1/feed.xml'],
        'refused 10.0.0.1 (private): private network; allow it with WIREFEED_ALLOW_PRIVATE_NETWORKS',
        'wirefeed process [options] SOURCE…',
      ],
      [
        ['feeds'],
        'feeds needs a command: add, list, remove, pause, resume, import, export',
        'wirefeed feeds add|list|remove|pause|resume|import|export …',
      ],
      [
        ['feeds', 'frob'],
        'unknown feeds command "frob"',
        'wirefeed feeds add|list|remove|pause|resume|import|export …',
      ],
      [['feeds', 'add'], 'feeds add needs a URL (or the path of a feed file)', 'wirefeed feeds add URL|FILE'],
      [
        ['feeds', 'add', 'not-a-url'],
        'no such file: not-a-url (give an http(s) URL or the path of a feed file)',
        'wirefeed feeds add URL|FILE',
      ],
      [
        ['feeds', 'add', 'ftp://files.example/feed.xml'],
        'scheme ftp: is not supported: http and https only',
        'wirefeed feeds add URL|FILE',
      ],
      [
        ['feeds', 'add', 'http://10.0.0.1/feed.xml'],
        'refused 10.0.0.1 (private): private network; allow it with WIREFEED_ALLOW_PRIVATE_NETWORKS',
        'wirefeed feeds add URL|FILE',
      ],
      [
        ['feeds', 'add', 'http://localhost:8080/feed.xml'],
        'refused localhost at 127.0.0.1 (loopback): private network; allow it with WIREFEED_ALLOW_PRIVATE_NETWORKS',
        'wirefeed feeds add URL|FILE',
      ],
      [
        ['feeds', 'add', 'https://a.example/', '--interval', 'soon'],
        '--interval: expected a duration such as 90s, 5m, 1h or 1d, got "soon"',
        'wirefeed feeds add URL|FILE',
      ],
      [
        ['feeds', 'add', 'https://a.example/', '--id', 'world wire!'],
        '--id: expected 1–64 of A-Z a-z 0-9 _ . -, got "world wire!"',
        'wirefeed feeds add URL|FILE',
      ],
      [['feeds', 'import', 'absent.opml'], 'no such file: absent.opml', 'wirefeed feeds import FILE.opml'],
      [
        ['feeds', 'list', 'extra'],
        'feeds list takes no arguments, got "extra"',
        'wirefeed feeds list [--json]',
      ],
      [
        ['feeds', 'remove'],
        'feeds remove needs a subscription ID (see wirefeed feeds list)',
        'wirefeed feeds remove ID',
      ],
      [
        ['feeds', 'remove', 'a', 'b'],
        'feeds remove takes one ID, got an extra "b"',
        'wirefeed feeds remove ID',
      ],
      [['feeds', 'resume', 'a', '--reason', 'x'], 'unknown option --reason', 'wirefeed feeds resume ID'],
      [
        ['feeds', 'export', 'out.opml'],
        'feeds export takes no arguments, got "out.opml": redirect stdout to a file',
        'wirefeed feeds export',
      ],
      [['queues', 'extra-arg'], 'queues takes no arguments, got "extra-arg"', 'wirefeed queues'],
      [
        ['replay'],
        "replay needs a STORY_ID (see the dashboard, or a sink's output)",
        'wirefeed replay STORY_ID',
      ],
      [['replay', 'a', 'b'], 'replay takes one STORY_ID, got an extra "b"', 'wirefeed replay STORY_ID'],
      [
        ['dead-letters', 'retry'],
        'dead-letters retry: give --all or the job ids to retry',
        'wirefeed dead-letters retry [SINK] --all | JOB_ID…',
      ],
      [
        ['dead-letters', 'retry', 'desk-fr', '--all'],
        'dead-letters retry: unknown sink "desk-fr" (configured: file)',
        'wirefeed dead-letters retry [SINK] --all | JOB_ID…',
      ],
      [
        ['dead-letters', '--all'],
        '--all goes with dead-letters retry',
        'wirefeed dead-letters [SINK] [--json]',
      ],
    ];
    const results = await runAll(cases.map(([args]) => args));
    cases.forEach(([args, mistake, usage], i) => {
      const r = results[i];
      const lines = r?.stderr.trimEnd().split('\n') ?? [];
      expect({ args, code: r?.code, first: lines[0] }).toEqual({
        args,
        code: 2,
        first: `wirefeed: ${mistake}`,
      });
      expect(lines[1], args.join(' ')).toMatch(
        new RegExp(`^usage: ${usage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
      expect(lines.at(-1), args.join(' ')).toMatch(/^Run 'wirefeed .*--help' for /);
      // The command's own usage, not the whole list of commands.
      expect(lines.length, args.join(' ')).toBeLessThanOrEqual(4);
      expect(r?.stdout).toBe('');
    });
    expect(await readdir(cwd)).toEqual([]);
  }, 180_000);
});

describe('wirefeed against a Redis that does not answer', () => {
  it('names it and exits 1 from every command that reads it, instead of waiting for ever', async () => {
    const sample = join(import.meta.dirname, '..', 'samples', 'sample-wire.xml');
    const env = { REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: '' };
    const cases = [['queues'], ['dead-letters'], ['feeds', 'list'], ['process', '--quiet', sample]];
    const results = await Promise.all(cases.map((args) => runCli(args, env, { timeoutMs: 60_000 })));
    cases.forEach((args, i) => {
      const r = results[i];
      const reason = r?.stderr.split('\n').find((line) => line.startsWith('wirefeed: '));
      expect({ args, code: r?.code, reason }).toEqual({
        args,
        code: 1,
        reason: 'wirefeed: cannot reach Redis at redis://127.0.0.1:1: connect ECONNREFUSED 127.0.0.1:1',
      });
    });
  }, 120_000);
});
