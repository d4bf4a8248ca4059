import { describe, expect, it } from 'vitest';
import { endsOf, keepsOnlyMiddle, tailTopsOf } from './ends.ts';
import { compare, judgeNear } from './similarity.ts';
import type { StoredSketch } from './sketch.ts';
import { nearProbe, nearSketch, SKETCH_K } from './sketch.ts';
import { decodeSketch, encodeSketch } from './sketch-codec.ts';

// A landslip closes a mountain road; later the same day it reopens. The later story recounts the
// earlier one's background in its middle and opens and ends on its own news. No weekday, no part of
// the day, no stage word: only where the shared text sits tells them apart.
const BACKGROUND = [
  'The slip brought down several thousand tonnes of rock and mud onto the carriageway above the Glenrowan viaduct, the only direct link between the coastal towns and the county hospital in Castlebar.',
  'The stretch has been closed four times in the past decade, and councillors have long asked for a bypass tunnel, a scheme the roads agency last costed at about 140 million euros in its review of regional routes.',
  'Diversions through the inland villages add more than an hour to the journey, and hauliers have warned that heavy lorries cannot use the narrow bridges on the detour without damaging them.',
];
const CLOSED = [
  'A mountain road linking the west coast to the county hospital has been shut after a landslip swept across both lanes, the roads agency said, and engineers warned it could stay closed for days.',
  ...BACKGROUND,
  '"We will not reopen the route until geologists are satisfied that the slope above it has stopped moving," the agency’s regional manager, Aoife Brennan, told local radio.',
].join('\n\n');
const REOPENED = [
  'Traffic is moving again on the mountain road to the county hospital after crews cleared the landslip that had blocked it, with a single lane open under temporary lights and a 30 km/h limit.',
  ...BACKGROUND,
  'Geologists will keep monitoring the slope with sensors installed by the crews, and the agency said a full reopening of both lanes would follow once a retaining wall had been rebuilt.',
].join('\n\n');

function features(a: string, b: string, keepEnds = true) {
  const stored = nearSketch(a);
  const probe = nearProbe(b);
  if (!stored || !probe) throw new Error('no sketch');
  const { postings: _, ends, ...kept } = stored;
  const sketch: StoredSketch = keepEnds && ends ? { ...kept, ends } : kept;
  return compare(probe, decodeSketch(encodeSketch(sketch)));
}

const verdict = (a: string, b: string, keepEnds = true) => judgeNear(features(a, b, keepEnds));

describe('where the shared text sits', () => {
  it('tells the later stage that keeps only the earlier story’s middle', () => {
    // Without the ends the two read as one story: most of the text and every name agree.
    expect(verdict(CLOSED, REOPENED, false)).toBe('copy');
    expect(features(CLOSED, REOPENED).keepsOnlyMiddle).toBe(true);
    expect(verdict(CLOSED, REOPENED)).toBe('possible');
  });

  it('keeps a copy with a rewritten intro and a local paragraph', () => {
    const reprint = [
      'The main road between the coast and the county hospital is closed after a landslip covered both lanes, and engineers from the roads agency said it could stay shut for days.',
      ...BACKGROUND,
      CLOSED.split('\n\n').at(-1),
      'Bus Éireann said its Westport to Castlebar service would run on the inland route until further notice.',
    ].join('\n\n');
    expect(features(CLOSED, reprint).keepsOnlyMiddle).toBe(false);
    expect(verdict(CLOSED, reprint)).toBe('copy');
  });

  it('keeps a copy that cuts the last paragraph and adds its own', () => {
    const reprint = [
      ...CLOSED.split('\n\n').slice(0, -1),
      'Bus Éireann said its Westport to Castlebar service would run on the inland route until further notice.',
    ].join('\n\n');
    expect(features(CLOSED, reprint).keepsOnlyMiddle).toBe(false);
    expect(verdict(CLOSED, reprint)).toBe('copy');
  });

  it('keeps a brief cut to its first paragraphs', () => {
    const brief = CLOSED.split('\n\n').slice(0, 3).join('\n\n');
    expect(features(CLOSED, brief).keepsOnlyMiddle).toBe(false);
  });

  it('says nothing of a stored story of fewer than three paragraphs', () => {
    const short = [CLOSED.split('\n\n')[0], BACKGROUND.join(' ')].join('\n\n');
    expect(nearSketch(short)?.ends).toBeUndefined();
    expect(features(short, REOPENED).keepsOnlyMiddle).toBe(false);
  });

  it('reads the ranks of the first paragraph’s smallest samples and the last one’s', () => {
    const body = [3, 9, 14, 20, 31, 40, 52];
    // Shingle hashes in text order (their top 16 bits are what the sample keeps): six of the first
    // paragraph, then two of the last.
    const all = [9, 77, 20, 31, 40, 52, 60, 14].map((top) => top * 0x10000 + 0x1234);
    expect(endsOf(all, 5, 6, body)).toEqual({ lead: [1, 3, 4, 5], tail: 2 });
    expect(tailTopsOf(all, 6)).toEqual([60, 14]);
    // Either end outside the sample: nothing to test.
    expect(endsOf(all.slice(0, 7), 5, 6, body)).toBeUndefined();
    expect(
      endsOf(
        all.map((h, i) => (i < 6 ? h + 0x1000000 * 100 : h)),
        5,
        6,
        body,
      ),
    ).toBeUndefined();
  });

  it('needs the lead partly gone, the ending gone and a new last paragraph of two samples or more', () => {
    const stored = { body: [10, 20, 30, 40, 50], ends: { lead: [0, 1], tail: 4 } };
    const storedSet = new Set(stored.body);
    const test = (top: number[], tail: number[]) =>
      keepsOnlyMiddle(stored, new Set(top), tail, 50, storedSet);
    expect(test([10, 30, 40], [5, 15])).toBe(true);
    expect(test([10, 20, 30, 40], [5, 15])).toBe(false); // the whole lead kept
    expect(test([10, 30, 40, 50], [5, 15])).toBe(false); // the ending kept
    expect(test([10, 30, 40], [5])).toBe(false); // one sample cannot say the last paragraph is new
    expect(test([10, 30, 40], [5, 15, 30])).toBe(true);
    expect(test([10, 30, 40], [5, 30, 40])).toBe(false); // the last paragraph mostly shared
    expect(keepsOnlyMiddle({ body: stored.body }, new Set(), [5, 15], 50, storedSet)).toBe(false);
  });
});

describe('ends as stored', () => {
  it('round-trip, and a sketch stored before them reads as keeping none, on a byte or in padding', () => {
    const { postings: _, ...base } = nearSketch(CLOSED) ?? (undefined as never);
    expect(base.ends).toBeDefined();
    const { ends, ...old } = base;
    const seen = new Set<string>();
    for (let n = 1; n <= SKETCH_K; n++) {
      // Day 7 ends the bits the previous writer wrote with a 1 (no later field is set).
      const before = { ...old, body: old.body.slice(0, n), day8: 7 };
      const bytes = encodeSketch(before);
      const fields = lastOne(bytes) + 1;
      seen.add(fields % 8 === 0 ? 'byte' : 'padding');
      expect(decodeSketch(bytes.subarray(0, Math.ceil(fields / 8)))).toEqual(before);
      const now = { ...before, ends: { lead: (ends?.lead ?? []).filter((r) => r < n), tail: 0 } };
      if (now.ends.lead.length > 0) expect(decodeSketch(encodeSketch(now))).toEqual(now);
    }
    expect([...seen].sort()).toEqual(['byte', 'padding']);
  });
});

function lastOne(buf: Uint8Array): number {
  for (let i = buf.length * 8 - 1; i >= 0; i--) if (((buf[i >> 3] ?? 0) >> (7 - (i & 7))) & 1) return i;
  return -1;
}
