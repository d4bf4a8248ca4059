import { makeStory } from '@wirefeed/core/testing';
import { testPostgresUrl, testSchema } from '@wirefeed/testing/postgres';
import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardOrder } from './order-guard.ts';
import { createPostgresSink } from './postgres-sink.ts';
import type { Sink } from './sink.ts';

describe('postgres sink on the real PostgreSQL', () => {
  const db = inSuite(() => testSchema('sinks'));
  const redis = inSuite(() => testRedis('pg-sink'));
  let sql: postgres.Sql;
  let schema: string;
  let sink: Sink;

  beforeAll(async () => {
    ({ sql, schema } = db());
    const { a, prefix } = redis();
    sink = guardOrder(createPostgresSink({ name: 'pg', url: testPostgresUrl(), schema, format: 'ninjs' }), {
      redis: a,
      statePrefix: prefix,
      key: `${prefix}:sink:pg`,
    });
    await sink.start?.();
  });
  afterAll(async () => {
    await sink.close();
  });

  it('runs its migrations once, however many replicas start', async () => {
    const other = createPostgresSink({ name: 'pg2', url: testPostgresUrl(), schema, format: 'story' });
    await Promise.all([other.start?.(), other.start?.()]);
    await other.close();
    const rows = await sql`select version from wirefeed_migrations order by version`;
    expect(rows.map((r) => r.version)).toEqual([1]);
  });

  it('keeps one row per (id, version) when the same job is processed twice', async () => {
    const v1 = makeStory({ source: { guid: 'pg-once' } });
    expect(await sink.write({ story: v1, attempt: 1 })).toBe('written');
    expect(await sink.write({ story: v1, attempt: 2 })).toBe('skipped');
    const rows = await sql`select id, version, ninjs->>'uri' as uri from stories where id = ${v1.id}`;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.uri).toBe(`urn:wirefeed:story:${v1.id}`);
  });

  it('shows the newest version in latest_stories, and an older one arriving late does not replace it', async () => {
    const v1 = makeStory({ source: { guid: 'pg-order' }, headline: 'First take' });
    const v2 = { ...v1, version: 2, headline: 'Second take', contentHash: 'b'.repeat(24) };
    await sink.write({ story: v2, attempt: 1 });
    expect(await sink.write({ story: v1, attempt: 1 })).toBe('skipped');
    const latest = await sql`select version, headline from latest_stories where id = ${v1.id}`;
    expect(latest).toEqual([{ version: 2, headline: 'Second take' }]);
  });

  it('finds stories by full text over headline and body, and groups them by cluster', async () => {
    const a = makeStory({
      source: { guid: 'pg-fts-a' },
      headline: 'Volcano erupts near Reykjavik',
      body: { text: 'Lava flows reached the fishing town overnight.' },
      dedup: { status: 'unique', clusterId: 'cluster-volcano', method: 'none' },
    });
    const b = makeStory({
      source: { guid: 'pg-fts-b', feedId: 'other' },
      headline: 'Iceland eruption: town evacuated',
      dedup: { status: 'unique', clusterId: 'cluster-volcano', method: 'near' },
    });
    await sink.write({ story: a, attempt: 1 });
    await sink.write({ story: b, attempt: 1 });
    const hits = await sql`select id from latest_stories where search @@ plainto_tsquery('simple', 'lava')`;
    expect(hits.map((h) => h.id)).toEqual([a.id]);
    const [cluster] = await sql`select stories from clusters where cluster_id = 'cluster-volcano'`;
    expect(Number(cluster?.stories)).toBe(2);
  });

  it('marks every version withdrawn on a cancel, once, and writes no version after it', async () => {
    const v1 = makeStory({ source: { guid: 'pg-kill' } });
    const v2 = { ...v1, version: 2, contentHash: 'c'.repeat(24) };
    await sink.write({ story: v1, attempt: 1 });
    await sink.write({ story: v2, attempt: 1 });
    const kill = {
      ...v1,
      version: 3,
      contentHash: 'd'.repeat(24),
      signals: { ...v1.signals, canceled: true },
    };
    expect(await sink.write({ story: kill, attempt: 1 })).toBe('written');
    expect(await sink.write({ story: kill, attempt: 2 })).toBe('skipped');
    const v4 = { ...v1, version: 4, contentHash: 'e'.repeat(24) };
    expect(await sink.write({ story: v4, attempt: 1 })).toBe('skipped');
    const rows =
      await sql`select version, withdrawn_at is not null as withdrawn from stories where id = ${v1.id} order by version`;
    expect(rows).toEqual([
      { version: 1, withdrawn: true },
      { version: 2, withdrawn: true },
    ]);
    expect(await sql`select id from latest_stories where id = ${v1.id}`).toHaveLength(0);
    expect(await sql`select ninjs->>'pubStatus' as s from withdrawals where id = ${v1.id}`).toEqual([
      { s: 'canceled' },
    ]);
  });

  it('retries a write refused by a read-only server (a standby, mid-failover) or by a lock timeout', async () => {
    // Behind a failover address the old primary answers read-only for a while: the next attempt finds
    // the new primary. Dead-lettered instead, every story of those seconds waits for a person.
    const url = new URL(testPostgresUrl());
    url.searchParams.set('default_transaction_read_only', 'on');
    const standby = createPostgresSink({ name: 'standby', url: url.href, schema, format: 'story' });
    await expect(
      standby.write({ story: makeStory({ source: { guid: 'pg-ro' } }), attempt: 1 }),
    ).rejects.toMatchObject({
      code: 'WF_E_SINK_UNAVAILABLE',
      retryable: true,
      details: { sqlstate: '25006' },
    });
    await standby.close();
    // A lock held elsewhere past lock_timeout (55P03).
    url.searchParams.delete('default_transaction_read_only');
    url.searchParams.set('lock_timeout', '200');
    const slow = createPostgresSink({ name: 'slow', url: url.href, schema, format: 'story' });
    await slow.start?.();
    await sql.begin(async (tx) => {
      await tx`lock table stories in access exclusive mode`;
      await expect(
        slow.write({ story: makeStory({ source: { guid: 'pg-lock' } }), attempt: 1 }),
      ).rejects.toMatchObject({
        code: 'WF_E_SINK_UNAVAILABLE',
        details: { sqlstate: '55P03' },
      });
    });
    await slow.close();
  });

  it('fails with a retryable error when the database cannot be reached', async () => {
    const down = createPostgresSink({
      name: 'down',
      url: 'postgres://postgres@127.0.0.1:1/test',
      schema,
      format: 'story',
    });
    await expect(down.write({ story: makeStory(), attempt: 1 })).rejects.toMatchObject({
      code: 'WF_E_SINK_UNAVAILABLE',
      retryable: true,
    });
    await down.close();
  });
});
