/**
 * Delivery per sink, stories/s, one write at a time as the sink worker does. Each sink's adapter
 * (order guard, idempotency marks, the write) beside a baseline measured in the same run that writes
 * the same bytes with nothing else: raw appendFile (+ fdatasync), raw INSERT, raw POST. Then the
 * deliverer itself, through its queues, into a file and PostgreSQL at once.
 *
 *   npm run bench -- sinks
 *   BENCH_N=2000 npm run bench -- sinks      # PostgreSQL at 127.0.0.1:5432, db test
 */
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { RedisClient, SinkSpec, Story } from '@wirefeed/core';
import { createRedis, jobIds, loadConfig, nullLogger, Stage, startHost, toNinjs } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { httpRequest } from '@wirefeed/http';
import { createDeliverer } from '@wirefeed/service-deliverer';
import type { Sink } from '@wirefeed/sinks';
import { createSink, toNdjsonLine } from '@wirefeed/sinks';
import { Queue, Worker } from 'bullmq';
import postgres from 'postgres';
import type { BenchContext } from './run.ts';

const N = Number(process.env.BENCH_N ?? 1000);
// The machine's PostgreSQL, as in the tests; the section says so and goes on when it is not there.
const PG_URL = 'postgres://postgres@127.0.0.1:5432/test';
const SECRET = `whsec_${randomBytes(24).toString('base64')}`;

function stories(tag: string): Story[] {
  return Array.from({ length: N }, (_, i) =>
    makeStory({ source: { guid: `bench-${tag}-${i}` }, headline: `Bench story ${i} on markets and energy` }),
  );
}

async function rate(work: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await work();
  return N / ((performance.now() - t0) / 1000);
}

async function sinkRate(sink: Sink, list: Story[]): Promise<number> {
  await sink.start?.();
  const r = await rate(async () => {
    for (const story of list) await sink.write({ story, attempt: 1 });
  });
  await sink.close();
  return r;
}

function row(label: string, sinkRate: number, baseline: number, baselineLabel: string): void {
  console.log(
    `${label.padEnd(26)} ${sinkRate.toFixed(0).padStart(7)} stories/s   ${baselineLabel.padEnd(28)} ${baseline
      .toFixed(0)
      .padStart(7)}/s   ratio ${(sinkRate / baseline).toFixed(2)}`,
  );
}

async function rawAppend(path: string, list: Story[], sync: boolean): Promise<number> {
  const fh = await open(path, 'a');
  const r = await rate(async () => {
    for (const story of list) {
      await fh.appendFile(toNdjsonLine(story, 'story'));
      if (sync) await fh.datasync();
    }
  });
  await fh.close();
  return r;
}

async function rawInsert(sql: postgres.Sql, list: Story[]): Promise<number> {
  await sql`create table bench_raw (id text, version int, headline text, body text, story jsonb, ninjs jsonb, primary key (id, version))`;
  return rate(async () => {
    for (const s of list) {
      await sql`insert into bench_raw values (${s.id}, ${s.version}, ${s.headline}, ${s.body.text},
        ${sql.json(s as unknown as postgres.JSONValue)}, ${sql.json(toNinjs(s) as unknown as postgres.JSONValue)})`;
    }
  });
}

/** The same hops with workers that do nothing: deliver (fan-out to two queues) → two sink queues, one at a time each. */
async function rawFanOutRate(ctx: BenchContext): Promise<number> {
  const prefix = `{rawsinks-${randomBytes(4).toString('hex')}}`;
  const connection = createRedis(ctx.redisUrl, 'worker');
  const names = ['deliver', 'sink.a', 'sink.b'];
  const queues = names.map((name) => new Queue(name, { connection, prefix }));
  let done = 0;
  let resolveDone: () => void = () => {};
  const finished = new Promise<void>((r) => (resolveDone = r));
  const workers = names.map(
    (name) =>
      new Worker(
        name,
        async (job) => {
          if (name === 'deliver') {
            await Promise.all(
              queues.slice(1).map((q) => q.add('x', job.data, { jobId: `${q.name}-${job.id}` })),
            );
          } else if (++done === 2 * N) resolveDone();
        },
        { connection, prefix, concurrency: name === 'deliver' ? 4 : 1 },
      ),
  );
  const t0 = performance.now();
  await queues[0]?.addBulk(
    Array.from({ length: N }, (_, k) => ({ name: 'x', data: { k }, opts: { jobId: `j-${k}` } })),
  );
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(workers.map((w) => w.close()));
  await Promise.all(queues.map((q) => q.obliterate({ force: true }).then(() => q.close())));
  connection.disconnect();
  return N / seconds;
}

async function deliverRate(ctx: BenchContext, sinks: SinkSpec[], list: Story[]): Promise<number> {
  const prefix = `bench-sinks-${randomBytes(4).toString('hex')}`;
  const config = { ...loadConfig({ WIREFEED_PREFIX: prefix, LOG_LEVEL: 'silent' }), WIREFEED_SINKS: sinks };
  const host = await startHost({
    config,
    log: nullLogger(),
    redisUrl: ctx.redisUrl,
    factories: [createDeliverer],
  });
  const queues = sinks.map((s) => host.deps.producer.queue(`sink.${s.name}`));
  const t0 = performance.now();
  await host.deps.producer.add(
    list.map((story) => ({ queue: Stage.deliver, jobId: jobIds.deliver(story.id, 1), data: { story } })),
  );
  for (;;) {
    const done = await Promise.all(queues.map((q) => q.getCompletedCount()));
    if (done.every((d) => d >= N)) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const seconds = (performance.now() - t0) / 1000;
  await host.close();
  return N / seconds;
}

export async function run(ctx: BenchContext): Promise<void> {
  const redis: RedisClient = createRedis(ctx.redisUrl, 'worker');
  const prefix = `{bench-sinks-${randomBytes(4).toString('hex')}}`;
  const deps = { redis, prefix, format: 'story' as const, allowPrivate: ['127.0.0.1'] };
  console.log(`${N} stories per measurement, one write at a time`);

  row(
    'file (fsync always)',
    await sinkRate(
      createSink({ kind: 'file', name: 'f1', target: join(ctx.dir, 'a.ndjson') }, deps),
      stories('f1'),
    ),
    await rawAppend(join(ctx.dir, 'raw-a.ndjson'), stories('f1'), true),
    'raw appendFile + fdatasync',
  );
  row(
    'file (fsync never)',
    await sinkRate(
      createSink({ kind: 'file', name: 'f2', target: join(ctx.dir, 'b.ndjson'), fsync: 'never' }, deps),
      stories('f2'),
    ),
    await rawAppend(join(ctx.dir, 'raw-b.ndjson'), stories('f2'), false),
    'raw appendFile',
  );
  row(
    'redis-stream',
    await sinkRate(
      createSink({ kind: 'redis-stream', name: 'rs', target: `${prefix}:stream` }, deps),
      stories('rs'),
    ),
    await rate(async () => {
      for (const s of stories('rs-raw')) {
        await redis.xadd(`${prefix}:raw`, 'MAXLEN', '~', 100_000, '*', 'doc', JSON.stringify(s));
      }
    }),
    'raw XADD',
  );

  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const sql = postgres(PG_URL, { onnotice: () => undefined, connection: { search_path: schema }, max: 1 });
  try {
    await sql.unsafe(`create schema ${schema}`);
    row(
      'postgres',
      await sinkRate(
        createSink({ kind: 'postgres', name: 'pg', target: PG_URL, schema }, deps),
        stories('pg'),
      ),
      await rawInsert(sql, stories('pg')),
      'raw INSERT (same columns)',
    );
  } catch (err) {
    console.log(`postgres: not measured (${(err as Error).message})`);
  }

  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  row(
    'webhook (local receiver)',
    await sinkRate(
      createSink({ kind: 'webhook', name: 'wh', target: url, secret: SECRET }, deps),
      stories('wh'),
    ),
    await rate(async () => {
      for (const s of stories('wh-raw')) {
        await httpRequest(url, { method: 'POST', body: JSON.stringify(s), allowPrivate: ['127.0.0.1'] });
      }
    }),
    'raw guarded POST, unsigned',
  );
  server.close();

  try {
    const both = await deliverRate(
      ctx,
      [
        { kind: 'file', name: 'file', target: join(ctx.dir, 'deliver.ndjson') },
        { kind: 'postgres', name: 'pg', target: PG_URL, schema },
      ],
      stories('deliver'),
    );
    row('deliverer → file + postgres', both, await rawFanOutRate(ctx), 'raw BullMQ fan-out, no work');
  } catch (err) {
    console.log(`deliverer: not measured (${(err as Error).message})`);
  }
  await sql.unsafe(`drop schema if exists ${schema} cascade`);
  await sql.end();
  await redis.del(`${prefix}:raw`, `${prefix}:stream`);
  redis.disconnect();
}
