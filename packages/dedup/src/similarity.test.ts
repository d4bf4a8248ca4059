import { describe, expect, it } from 'vitest';
import { isNearDuplicate, similarity } from './similarity.ts';
import { decodeSketch, encodeSketch, nearSketch, storyParagraphs } from './sketch.ts';

const LEAD =
  'WASHINGTON (Reuters) - Federal Reserve Chair Jerome Powell said on Tuesday the U.S. central bank would hold its benchmark rate at 4.25% as inflation cooled to 2.6% in October.';
const REST = [
  'Policymakers voted 10-2 to keep the range unchanged, with two governors dissenting in favour of a quarter-point cut, according to the statement released after the two-day meeting.',
  'Markets had priced in a pause, and the dollar edged lower against a basket of currencies while Treasury yields slipped across the curve in afternoon trading in New York.',
  'Powell told reporters that the labour market remained solid but had cooled from last year, and that officials would watch the data closely before deciding on the next move.',
  'The next policy meeting is scheduled for January, when the committee will also publish new economic projections for growth, unemployment and prices.',
];
const TEXT = [LEAD, ...REST].join('\n\n');

describe('near sketches', () => {
  it('is pure and round-trips through its stored bytes', () => {
    const s = nearSketch(TEXT);
    expect(s).toEqual(nearSketch(TEXT));
    if (!s) throw new Error('no sketch');
    expect(encodeSketch(s).length).toBeLessThanOrEqual(84);
    expect(decodeSketch(encodeSketch(s))).toEqual({
      body: s.body,
      shingles: s.shingles,
      lead: s.lead,
    });
  });

  it('gives no sketch for a body too short to compare', () => {
    expect(nearSketch('Click here for the full story.')).toBeUndefined();
  });

  it('leaves credit lines and outlet furniture out of the comparison', () => {
    expect(
      storyParagraphs(`${LEAD}\n\n(Reporting by Ann Saphir; Editing by Jo Smith)\n\nRead more: rates`),
    ).toEqual([LEAD]);
  });

  it('finds a trimmed copy contained in the original', () => {
    const a = nearSketch(TEXT);
    const b = nearSketch([LEAD, ...REST.slice(0, 2)].join('\n\n'));
    if (!a || !b) throw new Error('no sketch');
    const s = similarity(a, b);
    expect(s.containment).toBeGreaterThan(0.8);
    expect(s.lead).toBe(1);
    expect(isNearDuplicate(s, { a: a.lead.length, b: b.lead.length })).toBe(true);
  });

  it('keeps apart two rate decisions written from one template, whose leads name other banks and numbers', () => {
    const other = [
      'LONDON (Reuters) - Bank of England Governor Andrew Bailey said on Thursday the British central bank would hold its benchmark rate at 4.75% as inflation rose to 1.9% in September.',
      'Policymakers voted 6-3 to keep the range unchanged, with three members dissenting in favour of a quarter-point cut, according to the minutes released after the meeting.',
      'Sterling rose against the euro and gilt yields climbed after the decision, which surprised some investors who had expected a cut before Christmas.',
      REST[2]?.replace('Powell', 'Bailey') ?? '',
      REST[3] ?? '',
    ].join('\n\n');
    const a = nearSketch(TEXT);
    const b = nearSketch(other);
    if (!a || !b) throw new Error('no sketch');
    const s = similarity(a, b);
    expect(s.containment).toBeGreaterThan(0.5);
    expect(isNearDuplicate(s, { a: a.lead.length, b: b.lead.length })).toBe(false);
  });

  it('scores unrelated stories near zero', () => {
    const a = nearSketch(TEXT);
    const b = nearSketch(
      'NAIROBI (AP) — Kenya opened a new railway line to the port of Mombasa on Sunday, cutting journey times for freight by half, officials said. The line was built over four years at a cost of $3.2 billion and is expected to carry 20 trains a day once fully running next spring.',
    );
    if (!a || !b) throw new Error('no sketch');
    expect(similarity(a, b).containment).toBeLessThan(0.2);
  });
});
