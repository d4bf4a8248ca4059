import type { RedisClient, Story } from '@wirefeed/core';
import { sha256Hex } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { testRedis } from '@wirefeed/testing/redis';
import { inSuite } from '@wirefeed/testing/suite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDedupIndex } from './dedup-index.ts';
import { prepareDedup } from './prepare.ts';

// Made-up words, so two texts share only what they copy from each other.
const SYLLABLES = 'ba ko ri ma tel sun dor vi na pe lo gra mis tu fen or ca di ve zo'.split(' ');
function paragraph(seed: number): string {
  let x = seed;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
  const word = () => `${SYLLABLES[next() % 20]}${SYLLABLES[next() % 20]}${SYLLABLES[next() % 20]}`;
  return `${Array.from({ length: 40 }, word).join(' ')}.`;
}
// An agency story of 10 paragraphs; stories of other events each repeat one of its paragraphs
// (background, a boilerplate line), so each shares a few of its postings, not most of them.
const ORIGINAL = Array.from({ length: 10 }, (_, p) => paragraph(p + 1)).join('\n\n');
const echo = (p: number, k: number) =>
  [paragraph(p + 1), ...Array.from({ length: 4 }, (_, q) => paragraph(1_000 + 100 * p + 10 * k + q))].join(
    '\n\n',
  );

function story(feedId: string, guid: string, text: string): Story {
  return makeStory({
    id: sha256Hex('story', feedId, guid).slice(0, 24),
    source: { feedId, guid, canonicalUrl: `https://${feedId}.example/${guid}` },
    headline: `Templated ${guid}`,
    body: { text, html: '' },
    contentHash: sha256Hex(guid, text).slice(0, 32),
  });
}

const postings = (s: Story) => new Set(prepareDedup(s).probe?.sketch.postings ?? []);

describe('near-duplicate candidates on a real Redis', () => {
  const redis = inSuite(() => testRedis('dedup-cap'));
  let a: RedisClient;
  let prefix: string;
  beforeAll(() => {
    ({ a, prefix } = redis());
  });

  it('compares at most 8 stories, those filed under most of its postings first: the copy is found among many newer stories that repeat a paragraph of it', async () => {
    const index = createDedupIndex({ redis: a, prefix: `${prefix}:cap` });
    const original = story('agency', 'orig', ORIGINAL);
    const others = Array.from({ length: 30 }, (_, k) => story('agency', `other-${k}`, echo(k % 10, k)));
    // Half filed before the original, half after: neither oldest nor newest first finds it.
    for (const s of [...others.slice(0, 15), original, ...others.slice(15)]) {
      await index.checkAndInsert(s, 't');
      await index.markForwarded(s);
    }
    const copy = story('outlet', 'copy', `${ORIGINAL}\n\nRead more on the outlet's site.`);
    const mine = postings(copy);
    const sharing = others.filter((o) => [...postings(o)].some((p) => mine.has(p)));
    expect(sharing.length).toBeGreaterThan(8);

    // What the index's script answers, read off the real reply.
    const script = a as unknown as Record<string, (...args: unknown[]) => Promise<Buffer[]>>;
    const send = script.wfDedupCheckAndInsertBuffer as (...args: unknown[]) => Promise<Buffer[]>;
    let reply: Buffer[] = [];
    script.wfDedupCheckAndInsertBuffer = async (...args: unknown[]) => {
      reply = await send.apply(a, args);
      return reply;
    };
    try {
      const d = await index.checkAndInsert(copy, 't');
      expect(d.result).toMatchObject({ status: 'duplicate', method: 'near', clusterId: original.id });
    } finally {
      script.wfDedupCheckAndInsertBuffer = send;
    }
    expect(reply[0]?.toString()).toBe('candidates');
    expect((reply.length - 1) / 3).toBe(8);
  });

  it('compares a copy with the story it copies while that one is still pending, ahead of settled look-alikes', async () => {
    const index = createDedupIndex({ redis: a, prefix: `${prefix}:pending` });
    for (let k = 0; k < 20; k++) {
      const other = story('agency', `p-other-${k}`, echo(k % 10, k));
      await index.checkAndInsert(other, 't');
      await index.markForwarded(other);
    }
    // Compared with those, and its verdict not recorded yet (its job is still running).
    const original = story('agency', 'p-orig', ORIGINAL);
    expect((await index.checkAndInsert(original, 't')).kind).toBe('unique');
    const copy = story('outlet', 'p-copy', `${ORIGINAL}\n\nRead more on the outlet's site.`);
    const d = await index.checkAndInsert(copy, 't');
    expect(d.result).toMatchObject({ status: 'duplicate', method: 'near', clusterId: original.id });
  });
});
