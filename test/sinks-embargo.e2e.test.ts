import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPipeline } from '@wirefeed/cli';
import type { FetchJob, Host, Story } from '@wirefeed/core';
import { jobIds, readRun, Stage, startRun } from '@wirefeed/core';
import { ndjson } from '@wirefeed/testing/cli';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import type { TestHost } from '@wirefeed/testing/stage';
import { testHost } from '@wirefeed/testing/stage';
import { until } from '@wirefeed/testing/until';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

function feed(items: { guid: string; title: string; body: string }[]): string {
  const xml = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><guid>${i.guid}</guid><link>https://wire.example/${i.guid}</link><pubDate>${new Date().toUTCString()}</pubDate><description><![CDATA[${i.body}]]></description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Embargo wire</title><language>en</language>${xml}</channel></rss>`;
}

describe('embargo end to end: an agency embargo line holds a story; a kill during it cancels it', () => {
  let dir: string;
  let feeds: FeedServer;
  let pipeline: TestHost;
  let host: Host;
  const out = () => join(dir, 'stories.ndjson');
  const lines = async () => ndjson<Story>(await readFile(out(), 'utf8').catch(() => ''));
  const poll = async () => {
    const run = { id: randomBytes(6).toString('hex') };
    await startRun(host.deps.connection, host.deps.keyPrefix, run.id, 1);
    const data: FetchJob = { feedId: 'embargo', url: feeds.url('/wire.xml'), run };
    await host.deps.producer.add([{ queue: Stage.fetch, jobId: jobIds.fetch('embargo', run), data }]);
    return run;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-e2e-embargo-'));
    feeds = await startFeedServer();
    pipeline = await testHost('e2e-embargo', {
      factories: await loadPipeline(),
      env: { WIREFEED_SINKS: `file:${out()}`, WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1' },
    });
    host = pipeline.host;
  });
  afterAll(async () => {
    await pipeline[Symbol.asyncDispose]();
    await feeds.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('holds both stories, delivers the one not killed once the embargo lifts, never the killed one', async () => {
    // Whole seconds: the embargo line is what an agency would write, to the second.
    const lifts = new Date(Math.ceil((Date.now() + 4_000) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    const line = `<p>Embargo: ${lifts}</p>`;
    const held = {
      guid: 'held',
      title: 'Study finds coral reefs recovering',
      body: `${line}<p>SYDNEY (Reuters) - Corals on the reef are recovering after a decade of decline, scientists reported.</p>`,
    };
    const killed = {
      guid: 'killed',
      title: 'Minister to resign over budget',
      body: `${line}<p>LONDON (Reuters) - The finance minister will resign over the budget shortfall, officials said.</p>`,
    };
    const path = join(dir, 'wire.xml');
    await writeFile(path, feed([held, killed]));
    feeds.serve('/wire.xml', path, 'application/rss+xml');
    await poll();
    const queue = host.deps.producer.queue('sink.file');
    await until(async () => (await queue.getDelayedCount()) === 2);
    const delayed = await queue.getDelayed();
    for (const job of delayed)
      expect((job.data as { story: Story }).story.embargoedUntil).toBe(lifts.replace('Z', '.000Z'));
    expect(await lines()).toEqual([]);

    // The agency kills the second story before the embargo lifts.
    await writeFile(
      path,
      feed([
        held,
        {
          guid: 'killed',
          title: `KILL - ${killed.title}`,
          body: '<p>The story headlined "Minister to resign over budget" is withdrawn. There will be no substitute story.</p>',
        },
      ]),
    );
    const second = await poll();
    await until(async () => (await readRun(host.deps.connection, host.deps.keyPrefix, second.id)).done);
    expect(await queue.getDelayedCount()).toBe(1);

    await until(async () => (await lines()).some((s) => s.source.guid === 'held'), 15_000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(lifts));
    await new Promise((r) => setTimeout(r, 500));
    const written = await lines();
    expect(written.filter((s) => s.source.guid === 'held').map((s) => s.version)).toEqual([1]);
    // The kill itself is written (a withdrawal line); the story it kills never was.
    expect(written.filter((s) => s.source.guid === 'killed').map((s) => s.signals.canceled)).toEqual([true]);
  }, 40_000);
});
