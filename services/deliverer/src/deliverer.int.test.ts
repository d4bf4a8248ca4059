import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Host, SinkSpec, Story } from '@wirefeed/core';
import { jobIds, jobNotes, loadConfig, nullLogger, Stage, sinkQueueName, startHost } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { unroutedCountKey } from '@wirefeed/sinks';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { until } from '@wirefeed/testing/until';
import type { WebhookReceiver } from '@wirefeed/testing/webhook-receiver';
import { startWebhookReceiver } from '@wirefeed/testing/webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeliverer } from './deliverer.ts';

const SECRET = `whsec_${randomBytes(24).toString('base64')}`;

const lines = async (path: string) =>
  (await readFile(path, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Story);

describe('deliverer on a real Redis', () => {
  const redisUrl = testRedisUrl();
  const prefix = uniquePrefix('deliverer');
  let receiver: WebhookReceiver;
  let host: Host;
  let dir: string;

  const start = async (sinks: SinkSpec[]) => {
    const base = loadConfig({ WIREFEED_PREFIX: prefix, LOG_LEVEL: 'silent' });
    host = await startHost({
      config: { ...base, WIREFEED_SINKS: sinks, WIREFEED_ALLOW_PRIVATE_NETWORKS: ['127.0.0.1'] },
      log: nullLogger(),
      redisUrl,
      factories: [createDeliverer],
    });
  };
  const deliver = (stories: Story[]) =>
    host.deps.producer.add(
      stories.map((story) => ({
        queue: Stage.deliver,
        jobId: jobIds.deliver(story.id, story.version),
        data: { story },
      })),
    );

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-deliverer-'));
    receiver = await startWebhookReceiver(SECRET);
    await start([
      { kind: 'webhook', name: 'hook', target: receiver.url, secret: SECRET, format: 'ninjs' },
      {
        kind: 'file',
        name: 'english',
        target: join(dir, 'en.ndjson'),
        rules: { include: { languages: ['en'] } },
      },
    ]);
  });
  afterAll(async () => {
    await host.close(2_000);
    await receiver.close();
    await dropPrefix(redisUrl, prefix);
    await rm(dir, { recursive: true, force: true });
  });

  it('delivers everything once, in version order per story, after the receiver was down', async () => {
    receiver.events.length = 0;
    await receiver.down();
    const stories = ['a', 'b', 'c'].map((k) => makeStory({ source: { guid: `down-${k}` }, language: 'de' }));
    const versions = (v: number) =>
      stories.map((s) => ({ ...s, version: v, contentHash: `${v}`.repeat(24) }));
    await deliver(versions(1));
    await deliver(versions(2));
    await deliver(versions(3));
    // Down long enough for the first retry (2 s) to fail too.
    await new Promise((r) => setTimeout(r, 3_000));
    await receiver.up();
    await until(() => receiver.events.length >= 9, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.events).toHaveLength(9);
    expect(receiver.duplicates).toBe(0);
    for (const s of stories) {
      const seen = receiver.events
        .filter((e) => e.data.uri === `urn:wirefeed:story:${s.id}`)
        .map((e) => e.data.version);
      // ninjs carries the version as a string.
      expect(seen).toEqual(['1', '2', '3']);
    }
    // The job's log tells a person reading it in the dashboard what the sink answered, try by try.
    const first = stories[0]?.id ?? '';
    const sinkQueue = host.deps.producer.queue('sink.hook');
    const firstJob = jobIds.sink('hook', first, 1);
    const logs = jobNotes(
      (await sinkQueue.getJobLogs(firstJob)).logs,
      (await sinkQueue.getJob(firstJob))?.returnvalue,
    );
    expect(logs[0]).toMatch(/^attempt 1: WF_E_SINK_UNAVAILABLE: webhook hook: /);
    expect(logs.at(-1)).toBe('webhook sink hook: version 1 written');
  }, 40_000);

  it('routes by rules and counts a story no sink wants', async () => {
    const hookOnly = makeStory({ source: { guid: 'route-de' }, language: 'de' });
    const both = makeStory({ source: { guid: 'route-en' }, language: 'en' });
    await deliver([hookOnly, both]);
    await until(() => receiver.events.some((e) => e.data.uri === `urn:wirefeed:story:${both.id}`));
    await until(async () => (await lines(join(dir, 'en.ndjson'))).length >= 1);
    expect((await lines(join(dir, 'en.ndjson'))).map((s) => s.id)).toEqual([both.id]);
    expect(receiver.events.some((e) => e.data.uri === `urn:wirefeed:story:${hookOnly.id}`)).toBe(true);
  });

  it('holds a story under embargo until it lifts, and a kill during the embargo cancels it', async () => {
    const embargoedUntil = new Date(Date.now() + 2_000).toISOString().replace(/\.\d{3}Z$/, '.000Z');
    const held = makeStory({ source: { guid: 'embargo-held' }, language: 'en', embargoedUntil });
    const killed = makeStory({ source: { guid: 'embargo-killed' }, language: 'en', embargoedUntil });
    await deliver([held, killed]);
    const queue = host.deps.producer.queue(sinkQueueName('english'));
    await until(async () => (await queue.getJobCountByTypes('delayed')) >= 2);
    expect((await lines(join(dir, 'en.ndjson'))).map((s) => s.id)).not.toContain(held.id);
    const kill = {
      ...killed,
      version: 2,
      contentHash: 'f'.repeat(24),
      signals: { ...killed.signals, canceled: true },
    };
    await deliver([kill]);
    await until(async () => (await lines(join(dir, 'en.ndjson'))).some((s) => s.id === held.id), 10_000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(embargoedUntil));
    await new Promise((r) => setTimeout(r, 500));
    const written = (await lines(join(dir, 'en.ndjson'))).filter((s) => s.id === killed.id);
    expect(written.map((s) => [s.version, s.signals.canceled])).toEqual([[2, true]]);
    const hooked = receiver.events.filter((e) => e.data.uri === `urn:wirefeed:story:${killed.id}`);
    expect(hooked.map((e) => e.type)).toEqual(['story.canceled']);
  }, 20_000);

  it('does not release a version at an embargo that a newer version moved later', async () => {
    // The agency sends v1 embargoed until T1, then v2 with the embargo extended to T2: nothing of the
    // story may go out before T2. Released at T1, v1 would break the embargo v2 set.
    const at = (ms: number) => new Date(Date.now() + ms).toISOString().replace(/\.\d{3}Z$/, '.000Z');
    const t1 = at(1_500);
    const t2 = at(5_000);
    const v1 = makeStory({ source: { guid: 'embargo-extended' }, language: 'en', embargoedUntil: t1 });
    const v2 = { ...v1, version: 2, contentHash: 'a'.repeat(24), embargoedUntil: t2 };
    const file = join(dir, 'en.ndjson');
    await deliver([v1]);
    const queue = host.deps.producer.queue(sinkQueueName('english'));
    await until(async () => (await queue.getJob(jobIds.sink('english', v1.id, 1)))?.isDelayed() ?? false);
    await deliver([v2]);
    await until(async () => (await queue.getJob(jobIds.sink('english', v1.id, 2))) !== undefined);
    await new Promise((r) => setTimeout(r, Date.parse(t1) - Date.now() + 1_500));
    expect(Date.now()).toBeLessThan(Date.parse(t2));
    expect((await lines(file)).filter((s) => s.id === v1.id)).toEqual([]);
    expect(receiver.events.filter((e) => e.data.uri === `urn:wirefeed:story:${v1.id}`)).toEqual([]);
    await until(async () => (await lines(file)).some((s) => s.id === v1.id), 10_000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(t2));
    await until(() => receiver.events.some((e) => e.data.uri === `urn:wirefeed:story:${v1.id}`), 10_000);
    await new Promise((r) => setTimeout(r, 500));
    expect((await lines(file)).filter((s) => s.id === v1.id).map((s) => s.version)).toEqual([2]);
  }, 20_000);

  it('holds a kill while an older version is still being written, so the receiver applies it last', async () => {
    // The receiver takes 1.5 s to apply the first version; the kill comes in meanwhile. Sent at once,
    // the kill would be applied first and the story published after it: live after its withdrawal.
    const v1 = makeStory({ source: { guid: 'kill-in-flight' }, language: 'de' });
    const uri = `urn:wirefeed:story:${v1.id}`;
    receiver.respond = (e) =>
      e.type === 'story.published' && e.data.uri === uri ? { status: 200, delayMs: 1_500 } : { status: 204 };
    try {
      await deliver([v1]);
      await until(() => receiver.events.some((e) => e.data.uri === uri), 10_000);
      const kill = {
        ...v1,
        version: 2,
        contentHash: 'e'.repeat(24),
        signals: { ...v1.signals, canceled: true },
      };
      await deliver([kill]);
      await until(() => receiver.answered.filter((e) => e.data.uri === uri).length >= 2, 10_000);
      expect(receiver.answered.filter((e) => e.data.uri === uri).map((e) => e.type)).toEqual([
        'story.published',
        'story.canceled',
      ]);
    } finally {
      receiver.respond = () => ({ status: 204 });
    }
  }, 20_000);

  it('counts a story that matches no sink as unrouted', async () => {
    await host.close(2_000);
    await start([
      {
        kind: 'file',
        name: 'english',
        target: join(dir, 'en2.ndjson'),
        rules: { include: { languages: ['en'] } },
      },
    ]);
    await deliver([makeStory({ source: { guid: 'nobody' }, language: 'es' })]);
    await until(async () => (await host.deps.connection.get(unroutedCountKey(host.deps.keyPrefix))) === '1');
  });
});
