/**
 * `npm run eval:dedup [-- --verbose]`: the labelled pairs of packages/dedup/eval/pairs.json through the
 * real dedup index on a real Redis (REDIS_URL, else a private redis-server).
 *
 * Pass 1, pair by pair in a fresh index: story a, then story b; the decision on b is compared with the
 * label (duplicate | update | distinct). Prints precision, recall and F1 of "b is the same story as a"
 * (a copy or a new version), accuracy per kind, and every false merge of different events.
 * Pass 2, all stories in one index (every a, then every b): a story merged with a story of another
 * pair is a false merge too — the set must not only separate each pair, but everything from everything.
 */

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Story } from '@wirefeed/core';
import { createRedis, sha256Hex, startLocalRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { createDedupIndex, nearSketch, similarity } from '../src/index.ts';

interface Side {
  feed: string;
  guid: string;
  url: string;
  headline: string;
  body: string;
}
interface Pair {
  id: string;
  kind: string;
  label: 'duplicate' | 'update' | 'distinct';
  a: Side;
  b: Side;
  note?: string;
}

const verbose = process.argv.includes('--verbose');
const pairs = JSON.parse(readFileSync(new URL('../eval/pairs.json', import.meta.url), 'utf8')) as Pair[];

function storyOf(side: Side): Story {
  return makeStory({
    id: sha256Hex('story', side.feed, side.guid).slice(0, 24),
    source: {
      feedId: side.feed,
      feedUrl: `https://${side.feed}.example/feed`,
      guid: side.guid,
      url: side.url,
      canonicalUrl: side.url,
    },
    headline: side.headline,
    body: { text: side.body, html: `<p>${side.body}</p>` },
    contentHash: sha256Hex(side.headline, side.body).slice(0, 32),
  });
}

function predicted(kind: string, status: string): Pair['label'] {
  if (kind === 'update') return 'update';
  return status === 'duplicate' ? 'duplicate' : 'distinct';
}

const local = process.env.REDIS_URL ? undefined : await startLocalRedis();
const redis = createRedis(process.env.REDIS_URL ?? local?.url ?? '', 'worker');
const run = randomBytes(4).toString('hex');
try {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byKind = new Map<string, { right: number; all: number }>();
  const falseMerges: string[] = [];
  const misses: string[] = [];
  for (const pair of pairs) {
    const index = createDedupIndex({ redis, prefix: `{eval-${run}-${pair.id}}` });
    const a = storyOf(pair.a);
    const b = storyOf(pair.b);
    await index.checkAndInsert(a, 'a');
    await index.markForwarded(a);
    const d = await index.checkAndInsert(b, 'b');
    const got = predicted(d.kind, d.result.status);
    const same = pair.label !== 'distinct';
    const said = got !== 'distinct';
    if (same && said) tp++;
    if (!same && said) fp++;
    if (same && !said) fn++;
    const k = byKind.get(pair.kind) ?? { right: 0, all: 0 };
    k.all++;
    if (got === pair.label) k.right++;
    byKind.set(pair.kind, k);
    const sa = nearSketch(a.body.text);
    const sb = nearSketch(b.body.text);
    const sim = sa && sb ? similarity(sa, sb) : undefined;
    const figures = sim
      ? `containment ${sim.containment.toFixed(2)} jaccard ${sim.jaccard.toFixed(2)} lead ${sim.lead.toFixed(2)} (${sa?.lead.length}/${sb?.lead.length})`
      : 'no sketch';
    const line = `${pair.id.padEnd(18)} ${pair.label.padEnd(9)} → ${got.padEnd(9)} ${d.result.method.padEnd(9)} ${figures}`;
    if (!same && said) falseMerges.push(line);
    else if (got !== pair.label) misses.push(line);
    if (verbose) console.log(line);
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  console.log(`dedup evaluation: ${pairs.length} labelled pairs (packages/dedup/eval/pairs.json)`);
  console.log('pass 1, pair by pair — "b is the same story as a" (copy or new version):');
  console.log(`  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  for (const [kind, k] of byKind) {
    console.log(`  ${kind.padEnd(12)} ${k.right}/${k.all} labelled right`);
  }
  console.log(`  false merges of different events: ${falseMerges.length}`);
  for (const line of falseMerges) console.log(`    ${line}`);
  if (misses.length > 0) console.log('  other misses:');
  for (const line of misses) console.log(`    ${line}`);

  // Pass 2: every story in one index; a merge across pairs is always wrong.
  const index = createDedupIndex({ redis, prefix: `{eval-${run}-all}` });
  const pairOf = new Map<string, string>();
  const stories: [Pair, Story][] = [];
  for (const pair of pairs) {
    for (const side of [pair.a, pair.b]) {
      const s = storyOf(side);
      pairOf.set(s.id, pair.id);
      stories.push([pair, s]);
    }
  }
  let cross = 0;
  for (const [pair, s] of [...stories.filter((_, i) => i % 2 === 0), ...stories.filter((_, i) => i % 2)]) {
    const d = await index.checkAndInsert(s, 'x');
    await index.markForwarded(s);
    const other = d.result.duplicateOf;
    if (other && pairOf.get(other) !== pair.id) {
      cross++;
      console.log(`    cross-pair merge: ${pair.id} joined ${pairOf.get(other)} (${d.result.method})`);
    }
  }
  console.log(`pass 2, all ${stories.length} stories in one index: ${cross} merges across pairs`);
} finally {
  redis.disconnect();
  await local?.stop();
}
