import { makeStory } from '@wirefeed/core/testing';
import { describe, expect, it } from 'vitest';
import { prepareDedup } from './prepare.ts';
import { compare, judgeNear } from './similarity.ts';
import { nearProbe, nearSketch, SKETCH_K } from './sketch.ts';
import { decodeSketch, encodeSketch } from './sketch-codec.ts';

const BODY = [
  'Consumer investment firm Castell Partners has made a $7.6 billion cash approach for British household goods maker Harlow Brands, offering 1,240 pence per share, both companies said.',
  'Harlow Brands, which makes Tidemark cleaning products and Fenwood pet food, has struggled with falling volumes in Europe and has cut its sales forecast twice this year.',
  'Castell Partners, a New York-based consumer investment firm, already owns a 4.8% stake in Harlow and has called for the company to sell its pet food business.',
  'Under UK takeover rules, Castell has until July 7 to make a firm offer or walk away. Harlow shares jumped 27% to 1,185 pence in early trading in London.',
].join('\n\n');

// The days as the sketch keeps them: modulo 8.
const JUNE_9 = 9 % 8;
const JUNE_16 = 16 % 8;

/** The verdict on the same text told under dateline days `a` (stored first) and `b`. */
function verdictOnDays(a: number | undefined, b: number | undefined) {
  const stored = nearSketch(BODY);
  const probe = nearProbe(BODY);
  if (!stored || !probe) throw new Error('no sketch');
  const { postings: _, ...kept } = stored;
  const bytes = encodeSketch({ ...kept, ...(a !== undefined ? { day8: a } : {}) });
  if (b !== undefined) probe.sketch.day8 = b;
  return judgeNear(compare(probe, decodeSketch(bytes)));
}

describe('dateline days in the near-duplicate decision', () => {
  it('never calls a story certain copy of one whose dateline gives another day: it is at most possible', () => {
    expect(verdictOnDays(JUNE_9, JUNE_9)).toBe('copy');
    expect(verdictOnDays(JUNE_9, JUNE_16)).toBe('possible');
    // A reprint without a dateline, or a story stored before days were kept, is judged on its text.
    expect(verdictOnDays(JUNE_9, undefined)).toBe('copy');
    expect(verdictOnDays(undefined, JUNE_16)).toBe('copy');
  });

  it('takes the day normalize read from the Story’s dateline', () => {
    const story = makeStory({
      body: { text: BODY, html: `<p>${BODY}</p>` },
      dateline: { raw: 'LONDON, June 16 (Reuters)', place: 'London', day: 16 },
    });
    expect(prepareDedup(story).probe?.sketch.day8).toBe(JUNE_16);
    const undated = makeStory({
      body: { text: BODY, html: `<p>${BODY}</p>` },
      dateline: { raw: 'WASHINGTON (AP) —', place: 'Washington', day: undefined },
    });
    expect(prepareDedup(undated).probe?.sketch.day8).toBeUndefined();
  });

  it('reads a sketch stored before days as giving none, whether its bits ended on a byte or in padding', () => {
    const { postings: _, ...base } = nearSketch(BODY) ?? (undefined as never);
    const ends = new Set<string>();
    for (let n = 1; n <= SKETCH_K; n++) {
      // Stage 31 ends the bits the old writer wrote with a 1: what follows it is the day's flag.
      const sketch = { ...base, body: base.body.slice(0, n), headStages: 0x80000000 };
      const bytes = encodeSketch(sketch);
      const fields = lastOne(bytes) + 1;
      ends.add(fields % 8 === 0 ? 'byte' : 'padding');
      expect(decodeSketch(bytes.subarray(0, Math.ceil(fields / 8)))).toEqual(sketch);
    }
    expect([...ends].sort()).toEqual(['byte', 'padding']);
  });
});

function lastOne(buf: Uint8Array): number {
  for (let i = buf.length * 8 - 1; i >= 0; i--) if (((buf[i >> 3] ?? 0) >> (7 - (i & 7))) & 1) return i;
  return -1;
}
