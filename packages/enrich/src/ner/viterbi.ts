import type { TaggerInput } from './features.ts';
import { LABEL_TEMPLATES } from './features.ts';
import { combine } from './hash.ts';
import type { AddRow } from './labels.ts';
import { LABEL_COUNT } from './labels.ts';

const NEG = Number.NEGATIVE_INFINITY;
const S = LABEL_COUNT * LABEL_COUNT;

// Tables reused from story to story (decoding is synchronous): a story's are a few hundred KB, and
// allocating them for each one kept the young generation busy. A story with more candidates than
// this gets tables of its own, not kept.
const KEPT_CANDIDATES = 1024;
let kept = {
  near: new Float64Array(0),
  score: new Float64Array(0),
  back: new Int16Array(0),
  beta: new Float64Array(0),
};

function tables(n: number): typeof kept {
  if (n > KEPT_CANDIDATES)
    return {
      near: new Float64Array(n * S),
      score: new Float64Array(n * S),
      back: new Int16Array(n * S),
      beta: new Float64Array(n * S),
    };
  if (kept.near.length < n * S) {
    const size = Math.min(Math.max(n, (kept.near.length / S) * 2, 64), KEPT_CANDIDATES) * S;
    kept = {
      near: new Float64Array(size),
      score: new Float64Array(size),
      back: new Int16Array(size),
      beta: new Float64Array(size),
    };
  }
  return {
    near: kept.near.subarray(0, n * S),
    score: kept.score.subarray(0, n * S),
    back: kept.back.subarray(0, n * S),
    beta: kept.beta.subarray(0, n * S),
  };
}

// An I- label continues the name only right after a B- or I- of the same kind.
function follows(label: number, prev: number): boolean {
  return label === 0 || label % 2 === 1 || prev === label || prev === label - 1;
}

/**
 * The best labelling of a story's candidates as a whole (second-order Viterbi over the labels of
 * the two tokens before each), rather than left to right one token at a time: a name's last word
 * can change how its first is labelled. Same features and weights as the greedy `decode`;
 * `margins[i]` is how much the best labelling beats the best one in which token i is outside.
 */
export function viterbi(input: TaggerInput, addRow: AddRow, margins?: Float64Array): Uint8Array {
  const { tokens, candidates, features, offsets, wordHash } = input;
  const L = LABEL_COUNT;
  const n = candidates.length;
  const labels = new Uint8Array(tokens.length);
  if (n === 0) return labels;
  // The label features' rows that do not depend on the word: previous label, and the two before.
  const prevRow = new Float64Array(L * L);
  const prev2Row = new Float64Array(L * L * L);
  const row = new Float64Array(L);
  for (let p = 0; p < L; p++) {
    row.fill(0);
    addRow(combine(LABEL_TEMPLATES.prev, p), row);
    prevRow.set(row, p * L);
    for (let q = 0; q < L; q++) {
      row.fill(0);
      addRow(combine(LABEL_TEMPLATES.prev2, q * 16 + p), row);
      prev2Row.set(row, (q * L + p) * L);
    }
  }
  // Per candidate, the parts of a transition's score that do not depend on the label two back:
  // emission + previous label + previous label with this word, at (k * L + p) * L + b. The weights are
  // whole numbers, so summing them in another order gives the same scores.
  const work = tables(n);
  const near = work.near;
  const emission = new Float64Array(L);
  for (let k = 0; k < n; k++) {
    const i = candidates[k] as number;
    emission.fill(0);
    const to = offsets[k + 1] as number;
    for (let j = offsets[k] as number; j < to; j++) addRow(features[j] as number, emission);
    const word = wordHash[i] as number;
    for (let p = 0; p < L; p++) {
      row.fill(0);
      addRow(combine(LABEL_TEMPLATES.prevWord, combine(p, word)), row);
      const at = (k * L + p) * L;
      for (let b = 0; b < L; b++)
        near[at + b] = (row[b] as number) + (emission[b] as number) + (prevRow[p * L + b] as number);
    }
  }
  const scores: Scores = { near, prev2Row };
  // State at candidate k: (label of token i-1, label of token i), as a * L + b.
  const score = work.score.fill(NEG);
  const back = work.back.fill(-1);
  // Per label b (after the label a of token i-1), and per label q two back: the best score so far.
  const bestB = new Float64Array(L);
  const argB = new Int16Array(L);
  const bestQ = new Float64Array(L);
  const argQ = new Int16Array(L);
  for (let k = 0; k < n; k++) {
    const i = candidates[k] as number;
    const before = tokens[i - 1];
    const gap1 = k > 0 && candidates[k - 1] === i - 1;
    const gap2 = k > 0 && candidates[k - 1] === i - 2;
    const adjacent = gap1 && before !== undefined && before.bare === before.text;
    const from = (k - 1) * S;
    const at = k * S;
    if (gap1) {
      // The previous candidate is token i-1: its state (x, a) gives prev = a, prev2 = x. For each a,
      // every b is scored in one pass over x (a row of prev2Row runs over b).
      for (let a = 0; a < L; a++) {
        bestB.fill(NEG);
        argB.fill(-1);
        for (let x = 0; x < L; x++) {
          const s = score[from + x * L + a] as number;
          if (s === NEG) continue;
          const row2 = (x * L + a) * L;
          for (let b = 0; b < L; b++) {
            const v = s + (prev2Row[row2 + b] as number);
            if (v > (bestB[b] as number)) {
              bestB[b] = v;
              argB[b] = x * L + a;
            }
          }
        }
        for (let b = 0; b < L; b++) {
          if (b !== 0 && b % 2 === 0 && !(adjacent && follows(b, a))) continue;
          const arg = argB[b] as number;
          if (arg < 0) continue;
          score[at + a * L + b] = (bestB[b] as number) + (near[(k * L + a) * L + b] as number);
          back[at + a * L + b] = arg;
        }
      }
      continue;
    }
    // Token i-1 is outside; token i-2 is the previous candidate (gap2: its label q matters) or
    // outside too (q = 0 whatever came before): the best state before, per q, serves every b.
    bestQ.fill(NEG);
    argQ.fill(-1);
    if (k === 0) {
      bestQ[0] = 0;
    } else {
      for (let s0 = 0; s0 < S; s0++) {
        const s = score[from + s0] as number;
        const q = gap2 ? s0 % L : 0;
        if (s > (bestQ[q] as number)) {
          bestQ[q] = s;
          argQ[q] = s0;
        }
      }
    }
    for (let b = 0; b < L; b++) {
      if (b !== 0 && b % 2 === 0) continue;
      let best = NEG;
      let arg = -1;
      for (let q = 0; q < L; q++) {
        if (k > 0 && (argQ[q] as number) < 0) continue;
        const v = (bestQ[q] as number) + (prev2Row[q * L * L + b] as number);
        // Ties go to the earliest state before, as a scan of the states in order would.
        if (v > best || (v === best && (argQ[q] as number) < arg)) {
          best = v;
          arg = argQ[q] as number;
        }
      }
      score[at + b] = best + (near[k * L * L + b] as number);
      back[at + b] = k === 0 ? -1 : arg;
    }
  }
  let state = 0;
  let best = NEG;
  for (let s0 = 0; s0 < S; s0++) {
    const s = score[(n - 1) * S + s0] as number;
    if (s > best) {
      best = s;
      state = s0;
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    labels[candidates[k] as number] = state % L;
    state = back[k * S + state] as number;
  }
  if (margins !== undefined) maxMarginals(input, score, scores, labels, margins, work.beta);
  return labels;
}

// A transition's score at candidate k: near[(k * L + p) * L + b] + prev2Row[(q * L + p) * L + b].
interface Scores {
  readonly near: Float64Array;
  readonly prev2Row: Float64Array;
}

/**
 * For each candidate, the best path's score minus the best score of a path that labels it
 * outside (forward scores `alpha` from the Viterbi pass, plus a backward pass).
 */
function maxMarginals(
  input: TaggerInput,
  alpha: Float64Array,
  { near, prev2Row }: Scores,
  labels: Uint8Array,
  margins: Float64Array,
  beta: Float64Array,
): void {
  const { tokens, candidates } = input;
  const L = LABEL_COUNT;
  const n = candidates.length;
  // The last candidate has nothing after it.
  beta.fill(0, (n - 1) * S, n * S);
  for (let k = n - 2; k >= 0; k--) {
    const i = candidates[k] as number;
    const j = candidates[k + 1] as number;
    const next = (k + 1) * S;
    const nearNext = (k + 1) * L * L;
    if (j === i + 1) {
      const t = tokens[j - 1];
      const adjacent = t !== undefined && t.bare === t.text;
      for (let a = 0; a < L; a++) {
        for (let b = 0; b < L; b++) {
          let best = NEG;
          for (let c = 0; c < L; c++) {
            if (c !== 0 && c % 2 === 0 && !(adjacent && follows(c, b))) continue;
            const v =
              (near[nearNext + b * L + c] as number) +
              (prev2Row[(a * L + b) * L + c] as number) +
              (beta[next + b * L + c] as number);
            if (v > best) best = v;
          }
          beta[k * S + a * L + b] = best;
        }
      }
      continue;
    }
    // Token j-1 is outside, so the state after it is (0, c) whatever a is; only b matters, and only
    // when it is token j-2.
    for (let b = 0; b < L; b++) {
      if (b > 0 && j !== i + 2) {
        for (let a = 0; a < L; a++) beta[k * S + a * L + b] = beta[k * S + a * L] as number;
        continue;
      }
      const q = j === i + 2 ? b : 0;
      let best = NEG;
      for (let c = 0; c < L; c++) {
        if (c !== 0 && c % 2 === 0) continue;
        const v =
          (near[nearNext + c] as number) + (prev2Row[q * L * L + c] as number) + (beta[next + c] as number);
        if (v > best) best = v;
      }
      for (let a = 0; a < L; a++) beta[k * S + a * L + b] = best;
    }
  }
  for (let k = 0; k < n; k++) {
    const i = candidates[k] as number;
    let chosen = NEG;
    let outside = NEG;
    for (let a = 0; a < L; a++) {
      for (let b = 0; b < L; b++) {
        const at = k * S + a * L + b;
        const v = (alpha[at] as number) + (beta[at] as number);
        if (b === labels[i] && v > chosen) chosen = v;
        if (b === 0 && v > outside) outside = v;
      }
    }
    margins[i] = chosen - outside;
  }
}
