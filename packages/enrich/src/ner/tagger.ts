import type { TaggerInput } from './features.ts';
import { LABEL_TEMPLATES } from './features.ts';
import { combine } from './hash.ts';
import type { AddRow } from './labels.ts';
import { LABEL_COUNT } from './labels.ts';
import type { EntityModel } from './model.ts';
import { stackedInput } from './stacked.ts';
import { viterbi } from './viterbi.ts';
import { isSyllable } from './word-shape.ts';

export type { AddRow } from './labels.ts';
export { LABEL_COUNT, LABELS } from './labels.ts';

/** The kinds of names the tagger finds. */
export type NameKind = 'person' | 'org' | 'place';
const KIND_OF: readonly (NameKind | undefined)[] = [
  undefined,
  'person',
  'person',
  'org',
  'org',
  'place',
  'place',
];

/** A name the tagger found: tokens `first`..`last` (inclusive) of the tokenized story. */
export interface TaggedSpan {
  readonly first: number;
  readonly last: number;
  readonly kind: NameKind;
  /** The weakest margin of its tokens over "outside" (when margins were kept). */
  readonly confidence: number;
}

// An I- label continues the name only right after a B- or I- of the same kind.
function allowed(label: number, prevLabel: number, prevAdjacent: boolean): boolean {
  if (label === 0 || label % 2 === 1) return true;
  return prevAdjacent && (prevLabel === label || prevLabel === label - 1);
}

/** The features that pair the token with the labels before it. */
export function labelFeatures(prev: number, prev2: number, word: number, into: number[]): void {
  into.push(combine(LABEL_TEMPLATES.prev, prev));
  into.push(combine(LABEL_TEMPLATES.prev2, prev2 * 16 + prev));
  into.push(combine(LABEL_TEMPLATES.prevWord, combine(prev, word)));
}

/**
 * Greedy left-to-right labelling: each candidate token gets the best-scoring label its
 * predecessor allows. `observe`, when given, sees each candidate's features and chosen label
 * before the next one is labelled (the training script updates the weights there), and may
 * override the label the following tokens see as their predecessor's.
 */
export function decode(
  input: TaggerInput,
  addRow: AddRow,
  observe?: (k: number, features: readonly number[], predicted: number) => number,
  margins?: Float64Array,
  constrained = true,
): Uint8Array {
  const { tokens, candidates, features, offsets, wordHash } = input;
  const labels = new Uint8Array(tokens.length);
  const scores = new Float64Array(LABEL_COUNT);
  const all: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k] as number;
    // A name does not run on past a possessive ("DAB's Horace Cheung" is two names).
    const before = tokens[i - 1];
    const adjacent =
      k > 0 && candidates[k - 1] === i - 1 && before !== undefined && before.bare === before.text;
    const prev = i > 0 ? (labels[i - 1] as number) : 0;
    const prev2 = i > 1 ? (labels[i - 2] as number) : 0;
    all.length = 0;
    const to = offsets[k + 1] as number;
    for (let j = offsets[k] as number; j < to; j++) all.push(features[j] as number);
    labelFeatures(prev, prev2, wordHash[i] as number, all);
    scores.fill(0);
    for (const f of all) addRow(f, scores);
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let label = 0; label < LABEL_COUNT; label++) {
      if (constrained && !allowed(label, prev, adjacent)) continue;
      const s = scores[label] as number;
      if (s > bestScore) {
        best = label;
        bestScore = s;
      }
    }
    // How much the chosen label beats "outside": the span's confidence is its weakest token's.
    if (margins !== undefined) margins[i] = bestScore - (scores[0] as number);
    labels[i] = observe === undefined ? best : observe(k, all, best);
  }
  return labels;
}

let decoding: 'viterbi' | 'greedy' = 'viterbi';

/**
 * How `tag` labels a story: the best labelling as a whole (Viterbi, the default: chosen on the dev
 * split and the cross-validation, ADR 0014) or left to right, token by token, as the model was
 * trained (the evaluation's `--greedy`, to compare). Not exported by the package.
 */
export function useDecoding(mode: 'viterbi' | 'greedy'): void {
  decoding = mode;
}

/**
 * The labels of a story's candidates: the first pass, then, when the model has one, the second
 * pass, which also reads what the first found in the whole story. `margins` are the last pass's.
 */
export function tag(input: TaggerInput, model: EntityModel, margins?: Float64Array): Uint8Array {
  if (model.second === undefined)
    return decoding === 'viterbi'
      ? viterbi(input, model.addRow, margins)
      : decode(input, model.addRow, undefined, margins);
  const first = decode(input, model.addRow);
  return decode(stackedInput(input, first), model.second.addRow, undefined, margins);
}

/** The names in a labelling: a B- and the I-s after it, trimmed of what cannot end or open a name. */
export function spansOf(input: TaggerInput, labels: Uint8Array, margins?: Float64Array): TaggedSpan[] {
  const { tokens } = input;
  const spans: TaggedSpan[] = [];
  let i = 0;
  while (i < labels.length) {
    const label = labels[i] as number;
    const kind = KIND_OF[label];
    if (kind === undefined) {
      i++;
      continue;
    }
    const inside = label % 2 === 1 ? label + 1 : label;
    let last = i;
    while (labels[last + 1] === inside) last++;
    const next = last + 1;
    let first = i;
    // A name ends on a capitalised word ("Bank of England", not "Bank of"); it may open with a
    // particle ("de Gaulle", "al-Assad") but not with "the" or punctuation.
    while (last >= first && tokens[last]?.cap !== true && !syllableEnd(tokens, last)) last--;
    // "Port-au-Prince": a name does not stop inside a hyphenated word.
    while (
      tokens[last + 1]?.text === '-' &&
      tokens[last + 1]?.start === tokens[last]?.end &&
      tokens[last + 2]?.word === true &&
      tokens[last + 2]?.start === tokens[last + 1]?.end &&
      (tokens[last + 2]?.cap === true ||
        (tokens[last + 2]?.text.length ?? 9) <= 3 ||
        isSyllable(tokens[last + 2]?.text ?? ''))
    ) {
      last += 2;
    }
    while (first <= last && tokens[first]?.cap !== true && !PARTICLE_START.test(tokens[first]?.text ?? ''))
      first++;
    let confidence = Number.POSITIVE_INFINITY;
    if (margins !== undefined)
      for (let k = first; k <= last; k++)
        if (labels[k] !== 0) confidence = Math.min(confidence, margins[k] as number);
    if (first <= last) spans.push({ first, last, kind, confidence });
    i = Math.max(next, last + 1);
  }
  return spans;
}

// "Kim Jong-un": a short lowercase syllable after a hyphen may end a name.
function syllableEnd(tokens: TaggerInput['tokens'], i: number): boolean {
  const t = tokens[i];
  return (
    t?.word === true &&
    (t.text.length <= 3 || isSyllable(t.text)) &&
    tokens[i - 1]?.text === '-' &&
    tokens[i - 1]?.end === t.start
  );
}

const PARTICLE_START = /^(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|bin|ibn|al|el|la|le)$/;
