import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPipeline } from '@wirefeed/cli';
import type { FetchJob, Host, Story } from '@wirefeed/core';
import { jobIds, Stage, startRun } from '@wirefeed/core';
import { ndjson, runCli } from '@wirefeed/testing/cli';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { testPostgresUrl } from '@wirefeed/testing/postgres';
import type { TestHost } from '@wirefeed/testing/stage';
import { testHost } from '@wirefeed/testing/stage';
import { until } from '@wirefeed/testing/until';
import type { WebhookReceiver } from '@wirefeed/testing/webhook-receiver';
import { startWebhookReceiver } from '@wirefeed/testing/webhook-receiver';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/feeds/${name}`, import.meta.url));

describe('sinks end to end: routing rules, a sink failing for good, dead letters retried', () => {
  const schema = `t_e2e_${randomBytes(4).toString('hex')}`;
  let dir: string;
  let feeds: FeedServer;
  let receiver: WebhookReceiver;
  let pipeline: TestHost;
  let host: Host;
  let sql: postgres.Sql;
  let env: Record<string, string>;
  const file = (name: string) => readFile(join(dir, name), 'utf8').catch(() => '');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-e2e-sinks-'));
    feeds = await startFeedServer();
    feeds.serve('/world.xml', fixture('world-wire.xml'));
    receiver = await startWebhookReceiver(SECRET);
    // The receiver refuses every event until the test fixes it: 410 is not retried.
    receiver.respond = () => ({ status: 410, body: 'gone' });
    await writeFile(
      join(dir, 'sinks.yaml'),
      `sinks:
  - name: urgent
    kind: file
    target: ${join(dir, 'urgent.ndjson')}
    rules: { include: { urgent: true } }
  - name: routine
    kind: file
    target: ${join(dir, 'routine.ndjson')}
    format: ninjs
    rules: { exclude: { urgent: true } }
  - name: archive
    kind: postgres
    target: ${testPostgresUrl()}
    schema: ${schema}
  - name: hook
    kind: webhook
    target: ${receiver.url}
    secretEnv: TEST_HOOK_SECRET
`,
    );
    const sinksEnv = {
      WIREFEED_SINKS_FILE: join(dir, 'sinks.yaml'),
      WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1',
      TEST_HOOK_SECRET: SECRET,
    };
    pipeline = await testHost('e2e-sinks', { factories: await loadPipeline(), env: sinksEnv });
    host = pipeline.host;
    env = {
      ...sinksEnv,
      REDIS_URL: pipeline.redisUrl,
      WIREFEED_PREFIX: pipeline.prefix,
      LOG_LEVEL: 'silent',
    };
    sql = postgres(testPostgresUrl(), { onnotice: () => undefined, connection: { search_path: schema } });
  });
  afterAll(async () => {
    await pipeline[Symbol.asyncDispose]();
    await sql.unsafe(`drop schema if exists ${schema} cascade`);
    await sql.end();
    await receiver.close();
    await feeds.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('routes by rules, and the healthy sinks get everything while the webhook fails', async () => {
    // A one-shot poll (as `wirefeed process` makes): no subscription needed.
    const run = { id: randomBytes(6).toString('hex') };
    await startRun(host.deps.connection, host.deps.keyPrefix, run.id, 1);
    const data: FetchJob = { feedId: 'world', url: feeds.url('/world.xml'), run };
    await host.deps.producer.add([{ queue: Stage.fetch, jobId: jobIds.fetch('world', run), data }]);
    await until(async () => (await sql`select count(*)::int as n from latest_stories`)[0]?.n === 4);
    await until(async () => ndjson(await file('routine.ndjson')).length === 3);
    const urgent = ndjson<Story>(await file('urgent.ndjson'));
    expect(urgent.map((s) => s.headline)).toEqual([
      'Strong earthquake strikes off northern Chile, tsunami warning issued',
    ]);
    const routine = ndjson<{ uri: string; headlines: { value: string }[] }>(await file('routine.ndjson'));
    expect(routine.map((d) => d.headlines[0]?.value).sort()).toEqual([
      'ECB holds rates steady, signals cuts may come later in the year',
      'President Xi calls for greater Beijing-Baku exchanges',
      'WHO backs wider rollout of malaria vaccine in Africa',
    ]);
    const queue = host.deps.producer.queue('sink.hook');
    await until(async () => (await queue.getFailedCount()) === 4);
    expect(receiver.events).toHaveLength(0);
  }, 60_000);

  it('lists the dead letters with the response, and retries them to success from the CLI', async () => {
    const list = await runCli(['dead-letters', 'hook'], env);
    expect(list.code).toBe(0);
    const rows = list.stdout.split('\n').filter((l) => l.startsWith('hook '));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toContain('WF_E_SINK_REJECTED: webhook hook: HTTP 410 gone');
    const json = await runCli(['dead-letters', '--json'], env);
    expect(ndjson(json.stdout).map((l) => l.sink)).toEqual(['hook', 'hook', 'hook', 'hook']);

    receiver.respond = () => ({ status: 204 });
    const retry = await runCli(['dead-letters', 'retry', 'hook', '--all'], env);
    expect(retry.stderr).toBe('');
    expect(retry.stdout).toContain('hook: 4 story job(s) sent again');
    expect(retry.code).toBe(0);
    await until(() => receiver.events.length === 4);
    expect(receiver.events.map((e) => e.type)).toEqual(Array(4).fill('story.published'));
    expect(receiver.duplicates).toBe(0);
    const after = await runCli(['dead-letters'], env);
    expect(after.stdout.trim()).toBe('no dead letters');
    // The other sinks were not written again.
    expect(ndjson(await file('routine.ndjson'))).toHaveLength(3);
    expect(ndjson(await file('urgent.ndjson'))).toHaveLength(1);
  }, 60_000);

  it('runs k times the jobs at once on a worker whose jobs carry a story through k stages (fused)', () => {
    const concurrency = Object.fromEntries(
      host.services.flatMap((s) => s.workers).map((w) => [w.name, w.concurrency]),
    );
    const per = host.deps.config.WIREFEED_CONCURRENCY;
    expect(concurrency).toMatchObject({
      fetch: per,
      normalize: 4 * per,
      dedup: 3 * per,
      enrich: 2 * per,
      deliver: per,
      'sink.hook': host.deps.config.WIREFEED_SINK_CONCURRENCY,
    });
  });

  it('refuses to retry a job id that is not a dead letter', async () => {
    const r = await runCli(['dead-letters', 'retry', 'hook', 's-hook-nope-v1'], env);
    expect(r.stderr).toContain('not in any dead-letter set: s-hook-nope-v1');
    expect(r.code).toBe(1);
  });
});
