import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config, Host, Story, StoryJob } from '@wirefeed/core';
import { jobIds, loadConfig, nullLogger, Stage, sha256Hex, startHost } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { createDeliverer } from '@wirefeed/service-deliverer';
import { createEnricher } from '@wirefeed/service-enricher';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropPrefix, testRedisUrl, uniquePrefix } from './support/redis-harness.ts';
import { CLI_BIN, ndjson } from './support/run-cli.ts';

const REPLICAS = 4;
const ORIGINALS = 700;
const COPIES = 300;

const WORDS =
  'bank rates inflation minister talks election court police energy prices growth report market city storm vaccine league coach strike union budget trade tariff summit treaty army border rebels port harbour flood drought harvest wheat oil gas pipeline satellite rocket museum festival film award hospital doctors nurses school teachers students bridge railway airport airline merger shares profit loss debt bond yield currency export import factory workers wages pension reform protest parliament senate governor mayor village river mountain island coast fishermen farmers miners'.split(
    ' ',
  );
const NAMES =
  'Amina Okafor,Tom Fischer,Raj Patel,Maria Lopez,David Chen,Sarah Kelly,Lena Berg,Omar Haddad,Yuki Tanaka,Ivan Petrov,Grace Mensah,Luis Moreno,Anna Kowalska,Kofi Boateng,Mei Lin,Jonas Weber'.split(
    ',',
  );
const PLACES =
  'Nairobi,Lagos,Lima,Oslo,Hanoi,Quito,Accra,Dhaka,Tbilisi,Manila,Porto,Krakow,Mombasa,Cusco'.split(',');

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A distinct wire-like story: names and a place in the lead, 150 words of body. */
function original(i: number): string {
  const rand = seeded(i + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const who = `${pick(NAMES)} and ${pick(NAMES)}`;
  const lead = `${pick(PLACES).toUpperCase()} (Wire) - Officials ${who} said on Tuesday that ${i + 3} ${pick(WORDS)} ${pick(WORDS)} plans in ${pick(PLACES)} would go ahead.`;
  const paragraphs = [lead];
  for (let p = 0; p < 5; p++) {
    paragraphs.push(
      `${Array.from({ length: 30 }, () => pick(WORDS)).join(' ')}, ${pick(NAMES)} said in ${pick(PLACES)}.`,
    );
  }
  return paragraphs.join('\n\n');
}

/** What another outlet does to it: an exact reprint, or a trimmed, lightly edited copy. */
function copyOf(text: string, n: number): string {
  if (n % 3 === 0) return text;
  const paragraphs = text.split('\n\n');
  return [...paragraphs.slice(0, -1), `Read more from outlet ${n}.`]
    .join('\n\n')
    .replace(' said on Tuesday ', ' told reporters on Tuesday ');
}

function story(feedId: string, guid: string, text: string): Story {
  return makeStory({
    id: sha256Hex('story', feedId, guid).slice(0, 24),
    source: { feedId, guid, canonicalUrl: `https://${feedId}.example/${guid}` },
    headline: `Story ${guid}`,
    body: { text, html: `<p>${text}</p>` },
    contentHash: sha256Hex(guid, text).slice(0, 32),
    enrichment: undefined,
  });
}

describe(`${REPLICAS} deduplicator replicas, ${ORIGINALS + COPIES} stories with ${COPIES} planted copies`, () => {
  const redisUrl = testRedisUrl();
  const prefix = uniquePrefix('dedup-replicas');
  let dir: string;
  let host: Host;
  const replicas: ChildProcess[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-dedup-replicas-'));
    const env = {
      ...process.env,
      REDIS_URL: redisUrl,
      WIREFEED_PREFIX: prefix,
      WIREFEED_HEALTH_PORT: '0',
      WIREFEED_CONCURRENCY: '4',
      LOG_LEVEL: 'warn',
    };
    for (let r = 0; r < REPLICAS; r++) {
      const child = spawn(process.execPath, [CLI_BIN, 'service', 'deduplicator'], {
        env,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      replicas.push(child);
    }
    const config: Config = {
      ...loadConfig({ WIREFEED_PREFIX: prefix, LOG_LEVEL: 'silent' }),
      WIREFEED_SINKS: [{ kind: 'file', name: 'out', target: join(dir, 'out.ndjson') }],
    };
    host = await startHost({
      config,
      log: nullLogger(),
      redisUrl,
      factories: [(deps) => createEnricher(deps), (deps) => createDeliverer(deps)],
    });
  }, 60_000);

  afterAll(async () => {
    for (const child of replicas) if (child.exitCode === null) child.kill('SIGKILL');
    await host?.close();
    await dropPrefix(redisUrl, prefix);
    await rm(dir, { recursive: true, force: true });
  });

  it('delivers each real story exactly once, whichever replica saw which copy first', async () => {
    const groups = new Map<string, number>();
    const jobs: Story[] = [];
    for (let i = 0; i < ORIGINALS; i++) {
      const s = story('agency', `o-${i}`, original(i));
      groups.set(s.id, i);
      jobs.push(s);
    }
    for (let c = 0; c < COPIES; c++) {
      const i = (c * 7) % ORIGINALS;
      const s = story(`outlet-${c % 5}`, `c-${c}`, copyOf(original(i), c));
      groups.set(s.id, i);
      jobs.push(s);
    }
    // Copies and originals interleaved, so on many stories a copy reaches a replica first.
    const rand = seeded(42);
    jobs.sort(() => rand() - 0.5);
    await host.deps.producer.add(
      jobs.map((s) => ({
        queue: Stage.dedup,
        jobId: jobIds.dedup(s.id, s.contentHash),
        data: { story: s } satisfies StoryJob,
      })),
    );

    const read = async () => ndjson<Story>(await readFile(join(dir, 'out.ndjson'), 'utf8').catch(() => ''));
    await expect.poll(async () => (await read()).length, { timeout: 120_000, interval: 500 }).toBe(ORIGINALS);
    // Let anything still in flight land, then look again: no story may arrive twice.
    const queues = [Stage.dedup, Stage.enrich, Stage.deliver, 'sink.out'].map((q) =>
      host.deps.producer.queue(q),
    );
    await expect
      .poll(
        async () => {
          const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active', 'delayed')));
          return counts.reduce((sum, c) => sum + (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0), 0);
        },
        { timeout: 60_000, interval: 250 },
      )
      .toBe(0);
    const delivered = await read();
    expect(delivered).toHaveLength(ORIGINALS);
    const seen = new Set(delivered.map((s) => groups.get(s.id)));
    expect(seen.size).toBe(ORIGINALS);
    const failed = await Promise.all(queues.map((q) => q.getJobCounts('failed')));
    expect(failed.map((c) => c.failed ?? 0)).toEqual([0, 0, 0, 0]);
  }, 240_000);
});
