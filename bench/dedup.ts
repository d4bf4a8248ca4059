/**
 * The dedup stage against a full index: fill a private redis-server with BENCH_DEDUP_N stories (default
 * 1,000,000) through the real check-and-insert, then time single check+insert calls — new stories,
 * exact copies and edited copies of indexed ones — one at a time, and report p50/p99 next to a PING
 * round trip on the same connection (the floor any Redis call pays). The story's preparation (words,
 * sketch, fingerprints) is timed apart too: the pipeline makes it ahead on a task thread (ADR 0024),
 * so the stage waits only for the decision; the sum is what a caller without that thread waits. Redis bytes per story are the
 * growth of `used_memory` over the fill divided by the stories indexed.
 */
import type { RedisClient, Story } from '@wirefeed/core';
import { createRedis, sha256Hex, startLocalRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { createDedupIndex, prepareDedup } from '@wirefeed/dedup';
import { percentile } from './measure.ts';
import { seeded as seededRandom } from './wire-stories.ts';

const N = Number(process.env.BENCH_DEDUP_N ?? 1_000_000);
const SAMPLES = 3_000;
// A vocabulary of 8,000 made-up words: like real copy, two unrelated stories share few 3-word runs
// (a handful of common words would make every shingle common and every story a candidate).
const SYLLABLES = 'ba ko ri ma tel sun dor vi na pe lo gra mis tu fen or ca di ve zo'.split(' ');
const WORDS = Array.from({ length: 8_000 }, (_, i) => {
  const a = SYLLABLES[i % 20] ?? '';
  const b = SYLLABLES[Math.floor(i / 20) % 20] ?? '';
  const c = SYLLABLES[Math.floor(i / 400) % 20] ?? '';
  return a + b + c;
});
const NAMES =
  'Okafor Fischer Patel Lopez Chen Kelly Berg Haddad Tanaka Petrov Mensah Moreno Kowalska Boateng Lin Weber'.split(
    ' ',
  );

/** A distinct ~90-word story: a lead with names and numbers, then body text. */
function text(i: number): string {
  const rand = seededRandom(i + 7);
  const pick = (list: readonly string[]) => list[Math.floor(rand() * list.length)] as string;
  const lead = `Officials ${pick(NAMES)} and ${pick(NAMES)} said ${i} ${pick(WORDS)} plans in ${pick(NAMES)}ville would cost ${(i % 97) + 3} million.`;
  const body = Array.from({ length: 80 }, () => pick(WORDS)).join(' ');
  return `${lead}\n\n${body}.`;
}

function story(feedId: string, guid: string, body: string): Story {
  return makeStory({
    id: sha256Hex('story', feedId, guid).slice(0, 24),
    source: { feedId, guid, canonicalUrl: `https://${feedId}.example/${guid}` },
    body: { text: body, html: '' },
    contentHash: sha256Hex(guid, body).slice(0, 32),
  });
}

const KINDS: Record<string, string> = {
  r: 'records (log)',
  p: 'postings',
  i: 'ids',
  x: 'URL + body',
  c: 'cluster members',
};

/** MEMORY USAGE of every key of the index, summed by table (key overhead included). */
async function memoryByKind(redis: RedisClient, base: string): Promise<Record<string, number>> {
  const sums: Record<string, number> = {};
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${base}*`, 'COUNT', 1000);
    cursor = next;
    const pipe = redis.pipeline();
    for (const k of keys) pipe.memory('USAGE', k, 'SAMPLES', 0);
    const sizes = (await pipe.exec()) ?? [];
    keys.forEach((k, i) => {
      const kind = KINDS[k.slice(base.length).split(':')[1] ?? ''] ?? 'state';
      sums[kind] = (sums[kind] ?? 0) + Number(sizes[i]?.[1] ?? 0);
    });
  } while (cursor !== '0');
  return sums;
}

export async function run(): Promise<void> {
  const local = await startLocalRedis();
  const redis = createRedis(local.url, 'worker');
  try {
    // Caps above what is written, so every story stays (the test of the caps is the int test): a copy
    // found by comparison is written twice (its pending record, then the settled one).
    const index = createDedupIndex({ redis, prefix: '{bench}', maxStories: N + 2 * SAMPLES + 8 });
    const before = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    const t0 = performance.now();
    const BATCH = 500;
    for (let start = 0; start < N; start += BATCH) {
      const batch = [];
      for (let i = start; i < Math.min(N, start + BATCH); i++) {
        // As the stage does: the decision applied, then marked (a unique verdict is recorded there).
        const s = story('fill', `f-${i}`, text(i));
        batch.push(index.checkAndInsert(s, 'fill').then(() => index.markForwarded(s)));
      }
      await Promise.all(batch);
    }
    const fillSeconds = (performance.now() - t0) / 1000;
    const after = Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
    console.log(
      `index filled with ${N.toLocaleString('en')} stories in ${fillSeconds.toFixed(0)} s (${(N / fillSeconds).toFixed(0)} stories/s, 500 in flight)`,
    );
    console.log(`Redis memory per indexed story: ${((after - before) / N).toFixed(1)} bytes`);
    const families = await memoryByKind(redis, '{bench}:dedup:');
    console.log(
      `  by family (MEMORY USAGE, bytes per story): ${Object.entries(families)
        .map(([kind, bytes]) => `${kind} ${(bytes / N).toFixed(1)}`)
        .join(', ')}`,
    );

    const ping: number[] = [];
    const check: number[] = [];
    const prepared: number[] = [];
    const decision: number[] = [];
    const kinds = { unique: 0, duplicate: 0 };
    for (let s = 0; s < SAMPLES; s++) {
      const p0 = performance.now();
      await redis.ping();
      ping.push(performance.now() - p0);
      // A third new, a third exact reprints, a third edited copies of stories deep in the index.
      const i = Math.floor((s * 7919) % N);
      const body =
        s % 3 === 0
          ? text(N + s)
          : s % 3 === 1
            ? text(i)
            : text(i).replace(' would cost ', ' will cost ').concat(' Read more.');
      const probe = story(`probe-${s % 3}`, `p-${s}`, body);
      const c0 = performance.now();
      const prep = prepareDedup(probe);
      const c1 = performance.now();
      const d = await index.checkAndInsert(probe, 'probe', prep);
      const c2 = performance.now();
      prepared.push(c1 - c0);
      decision.push(c2 - c1);
      check.push(c2 - c0);
      if (d.result.status === 'duplicate') kinds.duplicate++;
      else kinds.unique++;
    }
    const fmt = (v: number) => `${v.toFixed(3)} ms`;
    console.log(
      `check+insert, one at a time (${SAMPLES} calls: ${kinds.unique} new, ${kinds.duplicate} copies found):`,
    );
    console.log(`  p50 ${fmt(percentile(check, 50))}  p99 ${fmt(percentile(check, 99))}`);
    console.log(
      `  of which the decision (Redis, the story prepared ahead as the pipeline does): p50 ${fmt(percentile(decision, 50))}  p99 ${fmt(percentile(decision, 99))}`,
    );
    console.log(
      `  and the preparation (words, sketch, fingerprints; a task thread in the pipeline): p50 ${fmt(percentile(prepared, 50))}  p99 ${fmt(percentile(prepared, 99))}`,
    );
    console.log(
      `  baseline PING round trip: p50 ${fmt(percentile(ping, 50))}  p99 ${fmt(percentile(ping, 99))}`,
    );
  } finally {
    redis.disconnect();
    await local.stop();
  }
}
