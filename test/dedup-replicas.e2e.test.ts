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
import { CLI_BIN, ndjson } from '@wirefeed/testing/cli';
import { expectDeliveredOnce } from '@wirefeed/testing/delivery';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { storyText } from '@wirefeed/testing/wire-feeds';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPLICAS = 4;
const ORIGINALS = 700;
const COPIES = 300;

/** What another outlet does to it: an exact reprint, or a trimmed, lightly edited copy. */
function copyOf(text: string, n: number): string {
  if (n % 3 === 0) return text;
  const paragraphs = text.split('\n\n');
  return [...paragraphs.slice(0, -1), `Read more from outlet ${n}.`]
    .join('\n\n')
    .replace(' said on Tuesday ', ' told reporters on Tuesday ');
}

// An outlet's copy keeps the agency's headline: a headline with another number in it would be another
// event's (ADR 0017), and this test is about replicas agreeing on copies, not about rewritten headlines.
function story(feedId: string, guid: string, text: string, original: number): Story {
  return makeStory({
    id: sha256Hex('story', feedId, guid).slice(0, 24),
    source: { feedId, guid, canonicalUrl: `https://${feedId}.example/${guid}` },
    headline: `Story ${original}`,
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
      const s = story('agency', `o-${i}`, storyText(i), i);
      groups.set(s.id, i);
      jobs.push(s);
    }
    for (let c = 0; c < COPIES; c++) {
      const i = (c * 7) % ORIGINALS;
      const s = story(`outlet-${c % 5}`, `c-${c}`, copyOf(storyText(i), c), i);
      groups.set(s.id, i);
      jobs.push(s);
    }
    // Copies and originals interleaved (ids are hashes), so on many stories a copy reaches a replica first.
    jobs.sort((a, b) => (a.id < b.id ? -1 : 1));
    await host.deps.producer.add(
      jobs.map((s) => ({
        queue: Stage.dedup,
        jobId: jobIds.dedup(s.id, s.contentHash),
        data: { story: s } satisfies StoryJob,
      })),
    );

    const read = async () => ndjson<Story>(await readFile(join(dir, 'out.ndjson'), 'utf8').catch(() => ''));
    const delivered = await expectDeliveredOnce({
      read,
      expected: ORIGINALS,
      producer: host.deps.producer,
      queues: [Stage.dedup, Stage.enrich, Stage.deliver, 'sink.out'],
    });
    const seen = new Set(delivered.map((s) => groups.get(s.id)));
    expect(seen.size).toBe(ORIGINALS);
  }, 240_000);
});
