import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '@wirefeed/testing/cli';
import type { FifoTripwire } from '@wirefeed/testing/fifo-tripwire';
import { fifoTripwire } from '@wirefeed/testing/fifo-tripwire';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import type { StartProcess } from '@wirefeed/testing/start-process';
import { startWirefeed } from '@wirefeed/testing/start-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TOKEN = 'opml-admin-token-0123456789';
const bearer = { authorization: `Bearer ${TOKEN}` };

/** The report's OPML: URLs that parse as http but read as a path to `target`, and plainer tries. */
function hostileOpml(target: string): string {
  const up = '../'.repeat(12);
  return `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
  <outline text="tab" type="rss" xmlUrl="ht&#9;tp://x/${up}${target.slice(1)}"/>
  <outline text="newline" type="rss" xmlUrl="http:&#10;//x/${up}${target.slice(1)}"/>
  <outline text="file" type="rss" xmlUrl="file://${target}"/>
  <outline text="path" type="rss" xmlUrl="${target}"/>
</body></opml>`;
}

describe('OPML cannot make Wirefeed open a local file (wirefeed start, real processes)', () => {
  const url = testRedisUrl();
  const raw = uniquePrefix('opml-local');
  let dir: string;
  let wf: StartProcess;
  let wire: FifoTripwire;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-opml-local-'));
    // A FIFO: opening it to read is what the attack needed, and what the tripwire notices.
    wire = fifoTripwire(dir, 'secret-feed.xml');
    env = {
      REDIS_URL: url,
      WIREFEED_PREFIX: raw,
      WIREFEED_SINKS: `file:${join(dir, 'stories.ndjson')}`,
      WIREFEED_FEEDS_FILE: join(dir, 'feeds.yaml'),
      WIREFEED_DATA_DIR: join(dir, 'data'),
      WIREFEED_DASHBOARD_TOKEN: TOKEN,
      WIREFEED_POLL_INTERVAL: '10s',
      LOG_LEVEL: 'info',
    };
    wf = await startWirefeed(env, { cwd: dir });
  }, 120_000);

  afterAll(async () => {
    wire?.close();
    await wf?.stop();
    await dropPrefix(url, raw);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses the tab and control-character URLs from the dashboard and the CLI, and no file is opened', async () => {
    const opml = hostileOpml(wire.path);
    const res = await fetch(`${wf.base}/api/feeds/opml`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'text/xml' },
      body: opml,
    });
    expect(res.status).toBe(200);
    const imported = (await res.json()) as { added: number; skipped: { url: string; reason: string }[] };
    expect(imported.added).toBe(0);
    expect(imported.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/control character/),
      expect.stringMatching(/control character/),
      'only http and https feed URLs are imported from OPML',
      'only http and https feed URLs are imported from OPML',
    ]);
    const file = join(dir, 'hostile.opml');
    await writeFile(file, opml);
    const cli = await runCli(['feeds', 'import', file], env);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toBe(`imported ${file}: 0 added, 4 skipped\n`);
    // `&#1;http://…`: a character XML does not allow, which the parser would drop; the file is refused.
    const soh = `<?xml version="1.0"?><opml version="2.0"><body><outline xmlUrl="&#1;http://x/${'../'.repeat(12)}${wire.path.slice(1)}"/></body></opml>`;
    const refused = await fetch(`${wf.base}/api/feeds/opml`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'text/xml' },
      body: soh,
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /&#1; stands for a control character/,
    );
    await writeFile(file, soh);
    const cliRefused = await runCli(['feeds', 'import', file], env);
    expect(cliRefused.code).toBe(1);
    expect(cliRefused.stderr).toMatch(/&#1; stands for a control character/);
    const listed = (await (await fetch(`${wf.base}/api/feeds`, { headers: bearer })).json()) as {
      feeds: unknown[];
    };
    expect(listed.feeds).toEqual([]);
    // The scheduler syncs within a second and polls new feeds at once: give it several rounds.
    await new Promise((r) => setTimeout(r, 5_000));
    expect(wire.opened()).toBe(false);
  }, 120_000);

  it('answers a dashboard user the same for a local path that exists and one that does not', async () => {
    const add = async (feedUrl: string) => {
      const res = await fetch(`${wf.base}/api/feeds`, {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ url: feedUrl }),
      });
      return { status: res.status, body: await res.text() };
    };
    const existing = await add(wire.path);
    const missing = await add(join(dir, 'no-such-feed.xml'));
    expect(existing.status).toBe(400);
    expect(existing).toEqual(missing);
    expect(existing.body).not.toContain(dir);
    expect(await add(`file://${wire.path}`)).toEqual(missing);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(wire.opened()).toBe(false);
  });
});
