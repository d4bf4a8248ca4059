import type { NearSketch } from './sketch.ts';

type Comparable = Pick<NearSketch, 'body' | 'shingles' | 'lead'>;

/** How alike two sketches are: the figures the merge decision reads. All in 0..1. */
export interface Similarity {
  /** Estimated Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** Estimated share of the shorter body's shingles found in the other: 1 for a trimmed copy. */
  containment: number;
  /** Share of the smaller lead-name set found in the other. */
  lead: number;
}

/** Thresholds of the merge decision (ADR 0013 says how they were chosen). */
export interface NearPolicy {
  /** Below this containment two bodies are never copies, whatever their leads. */
  minContainment: number;
  /** Weight of lead agreement against shared text in the score. */
  leadWeight: number;
  /** containment + leadWeight × lead must reach this. */
  minScore: number;
  /** Without names in a lead to compare, shared text alone must reach this. */
  minContainmentAlone: number;
}

export const DEFAULT_NEAR_POLICY: NearPolicy = {
  minContainment: 0.35,
  leadWeight: 0.5,
  minScore: 0.85,
  minContainmentAlone: 0.8,
};

/** Bottom-k estimate: of the k smallest values of the union, the share both sketches hold. */
function bottomKJaccard(a: readonly number[], b: readonly number[]): number {
  const k = Math.min(a.length, b.length);
  if (k === 0) return 0;
  let i = 0;
  let j = 0;
  let taken = 0;
  let common = 0;
  while (taken < k && (i < a.length || j < b.length)) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return common / k;
}

function overlap(a: readonly number[], b: readonly number[]): number {
  const small = a.length <= b.length ? a : b;
  const large = new Set(a.length <= b.length ? b : a);
  if (small.length === 0) return 0;
  let common = 0;
  for (const v of small) if (large.has(v)) common++;
  return common / small.length;
}

/** Pure: the similarity of two sketched bodies. */
export function similarity(a: Comparable, b: Comparable): Similarity {
  const jaccard = bottomKJaccard(a.body, b.body);
  // |A ∩ B| = J (|A| + |B|) / (1 + J); its share of the smaller set is the containment.
  const inter = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  const containment = Math.min(1, inter / Math.max(1, Math.min(a.shingles, b.shingles)));
  return { jaccard, containment, lead: overlap(a.lead, b.lead) };
}

/**
 * Pure: is `s` the similarity of two copies of one story? Shared text, and leads that name the same
 * people, places and figures, weighed together: a copy whose lead was rewritten still shares most of
 * its text, and a heavily cut copy still names who and where in its lead. Two different events from
 * one template share their wording but not their lead's names and numbers. When either lead names
 * nothing there is nothing to weigh, and shared text decides at a stricter bar.
 */
export function isNearDuplicate(
  s: Similarity,
  leads: { a: number; b: number },
  policy: NearPolicy = DEFAULT_NEAR_POLICY,
): boolean {
  if (s.containment < policy.minContainment) return false;
  if (leads.a < 2 || leads.b < 2) return s.containment >= policy.minContainmentAlone;
  return s.containment + policy.leadWeight * s.lead >= policy.minScore;
}
