// The entity tagger's training, shared by `npm run train:entities` (which writes the shipped model)
// and `npm run eval:enrich -- --cv K` (which trains a model per fold and one without the dev split,
// to choose between variants without reading the held-out split). An averaged perceptron over the
// features of src/ner/features.ts, greedy left to right, several runs over differently shuffled
// data averaged. Deterministic: the same documents and options give the same model bit for bit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ruleHints } from '../src/names.ts';
import type { TaggerInput } from '../src/ner/features.ts';
import { taggerInput } from '../src/ner/features.ts';
import { combine, fnv } from '../src/ner/hash.ts';
import { casedView, linesOf } from '../src/ner/lines.ts';
import { MODEL_MAGIC, modelFrom, WEIGHT_SCALE } from '../src/ner/model.ts';
import { stackedInput } from '../src/ner/stacked.ts';
import type { AddRow } from '../src/ner/tagger.ts';
import { decode, LABEL_COUNT, labelFeatures } from '../src/ner/tagger.ts';
import { viterbi } from '../src/ner/viterbi.ts';
import { tokenize } from '../src/tokens.ts';

export { DEFAULT_DATA, writtenCopy } from './written-copy.ts';

const GUM = fileURLToPath(new URL('../eval/gum/', import.meta.url));
const KIND_LABEL = { person: 1, org: 3, place: 5 } as const;
type Kind = keyof typeof KIND_LABEL;
const UNKNOWN_WORD = combine(2, fnv('<hidden>'));

/** One training or dev document: its text, and its names as character spans. */
export interface LabelledDoc {
  id: string;
  headline: string;
  text: string;
  mentions: readonly (readonly [number, number, Kind])[];
}

/** A document as the tagger sees it, with its gold labels per token. */
export interface Example {
  input: TaggerInput;
  gold: Uint8Array;
  doc: LabelledDoc;
}

export interface TrainOptions {
  /** Passes over the data per run. */
  epochs: number;
  /** Runs over differently shuffled data, averaged. */
  runs: number;
  /** Features seen fewer times in training carry no weight. */
  minCount: number;
  /** Share of the written copy's candidate tokens whose word is hidden. */
  dropout: number;
  /** Share of the real (GUM) documents' candidate tokens whose word is hidden. */
  realDropout: number;
  /** Size of a weight update on written copy (1 on real text). */
  copyRate: number;
  /** Leave out the rules' hints. */
  noRules: boolean;
  /** How many of the runs learn whole labellings (structured perceptron over the Viterbi path) rather than token by token. */
  structuredRuns: number;
  /** Train a second pass that reads the first pass's labels of the whole story. */
  stacked: boolean;
  /** Folds for the first-pass labels the second pass learns from (each predicted by a model that did not see it). */
  jackknife: number;
  /** Progress lines (epochs) go here. */
  log?: (line: string) => void;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 8,
  runs: 6,
  minCount: 2,
  dropout: 0.3,
  realDropout: 0,
  copyRate: 0.5,
  noRules: false,
  structuredRuns: 0,
  stacked: false,
  jackknife: 2,
};

/** How much of each source the shipped model is trained on. */
const isWritten = (doc: LabelledDoc) =>
  doc.id.startsWith('copy-') ||
  doc.id.startsWith('other-') ||
  doc.id.startsWith('context-') ||
  doc.id.startsWith('actor-');

/** The tagger's input for a document and its gold labels. */
export function example(
  doc: LabelledDoc,
  options: Pick<TrainOptions, 'dropout' | 'realDropout' | 'noRules'>,
): Example {
  const tokenized = tokenize(doc.headline, doc.text);
  const lines = linesOf(tokenized);
  const view = casedView(tokenized.tokens, lines);
  const hints = options.noRules ? [] : ruleHints({ headline: doc.headline, text: doc.text }, tokenized, view);
  const input = taggerInput(tokenized, lines, view, hints);
  // Written copy repeats its names: for some of its candidate tokens the word itself is hidden
  // (features 1 and 2 are the word and its cased form), so the tagger learns the context and the
  // shape of a name, not a list of names.
  const dropout = isWritten(doc) ? options.dropout : options.realDropout;
  if (dropout > 0) {
    let seed = doc.id.length * 7919;
    for (let k = 0; k < input.candidates.length; k++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      if (seed / 2 ** 32 < dropout) {
        const at = input.offsets[k] as number;
        input.features[at + 1] = UNKNOWN_WORD;
        input.features[at + 2] = UNKNOWN_WORD;
      }
    }
  }
  const gold = new Uint8Array(input.tokens.length);
  const tokens = input.tokens;
  for (const [start, end, kind] of doc.mentions) {
    let first = true;
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k];
      if (tok === undefined || tok.start >= end) break;
      if (tok.start < start) continue;
      // Nested or overlapping names: the first one given keeps its tokens.
      if (gold[k] !== 0) break;
      gold[k] = KIND_LABEL[kind] + (first ? 0 : 1);
      first = false;
    }
  }
  return { input, gold, doc };
}

interface GumAnnotation {
  file: string;
  split: 'test' | 'dev' | 'train';
}

/** The GUM documents of the train or dev split with their names (the held-out split is never read here). */
export function gumDocs(split: 'train' | 'dev'): LabelledDoc[] {
  const annotations = JSON.parse(readFileSync(`${GUM}annotations.json`, 'utf8')) as GumAnnotation[];
  const mentions = JSON.parse(readFileSync(`${GUM}mentions.json`, 'utf8')) as Record<
    string,
    [number, number, string, string][]
  >;
  return annotations
    .filter((a) => a.split === split)
    .map((a) => {
      const id = a.file.replace(/\.txt$/, '');
      const raw = readFileSync(`${GUM}docs/${a.file}`, 'utf8');
      const cut = raw.indexOf('\n');
      return {
        id,
        headline: raw.slice(0, cut),
        text: raw.slice(cut + 1),
        mentions: (mentions[id] ?? []).map(([s, e, k]) => {
          const kind: Kind = k === 'org' ? 'org' : k === 'place' ? 'place' : 'person';
          return [s, e, kind] as const;
        }),
      };
    });
}

/** Fold `k` of `folds` by document: every `folds`-th document of the id-sorted list. */
export function foldOf<T extends { id: string }>(docs: readonly T[], folds: number, k: number): T[] {
  return [...docs].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((_, i) => i % folds === k);
}

function shuffle<T>(list: T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}

/**
 * Train on `examples` and return the model file's bytes (uncompressed; src/ner/model.ts reads
 * them). Training sees every label, even an I- that cannot follow, so it learns not to give one;
 * decoding then allows only what can follow.
 */
export function trainModel(examples: readonly Example[], options: TrainOptions): Uint8Array {
  // Features seen fewer than `minCount` times in training carry no weight (they would only memorise).
  const seen = new Map<number, number>();
  for (const ex of examples) for (const f of ex.input.features) seen.set(f, (seen.get(f) ?? 0) + 1);

  // Averaged perceptron with lazy averaging: per feature, the weights, their running totals and
  // when each was last changed.
  const ROW = LABEL_COUNT * 3;
  const weights = new Map<number, Float64Array>();
  let clock = 0;
  const update = (feature: number, label: number, by: number): void => {
    let row = weights.get(feature);
    if (row === undefined) {
      row = new Float64Array(ROW);
      weights.set(feature, row);
    }
    const w = row[label] as number;
    row[LABEL_COUNT + label] =
      (row[LABEL_COUNT + label] as number) + (clock - (row[2 * LABEL_COUNT + label] as number)) * w;
    row[2 * LABEL_COUNT + label] = clock;
    row[label] = w + by;
  };
  const current: AddRow = (feature, scores) => {
    const row = weights.get(feature);
    if (row === undefined) return;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = (scores[l] as number) + (row[l] as number);
  };

  // Several runs over differently shuffled data, their averaged weights averaged again: one greedy
  // perceptron run depends a lot on the order it saw the examples in.
  const runs = Math.max(1, options.runs);
  const order = [...examples];
  const sum = new Map<number, Float64Array>();
  for (let run = 0; run < runs; run++) {
    weights.clear();
    clock = 0;
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      let errors = 0;
      let total = 0;
      for (const ex of shuffle(order, epoch + 1000 * run)) {
        const rate = isWritten(ex.doc) ? options.copyRate : 1;
        if (run < options.structuredRuns) {
          const r = learnPath(
            ex,
            current,
            update,
            rate,
            (f) => (seen.get(f) ?? options.minCount) >= options.minCount,
          );
          clock += r.total;
          total += r.total;
          errors += r.errors;
          continue;
        }
        decode(
          ex.input,
          current,
          (k, features, predicted) => {
            clock++;
            total++;
            const i = ex.input.candidates[k] as number;
            const gold = ex.gold[i] as number;
            if (predicted !== gold) {
              errors++;
              for (const f of features) {
                if ((seen.get(f) ?? options.minCount) < options.minCount) continue;
                update(f, gold, rate);
                update(f, predicted, -rate);
              }
            }
            return predicted;
          },
          undefined,
          false,
        );
      }
      options.log?.(
        `run ${run + 1}, epoch ${epoch}: ${((100 * errors) / Math.max(1, total)).toFixed(2)}% of candidate tokens wrong`,
      );
    }
    for (const [f, row] of weights) {
      const into = sum.get(f) ?? new Float64Array(LABEL_COUNT);
      for (let l = 0; l < LABEL_COUNT; l++) {
        const total =
          (row[LABEL_COUNT + l] as number) +
          (clock - (row[2 * LABEL_COUNT + l] as number)) * (row[l] as number);
        into[l] = (into[l] as number) + total / Math.max(1, clock) / runs;
      }
      sum.set(f, into);
    }
  }
  const kept = [...sum.entries()]
    .map(
      ([f, row]) =>
        [f, Array.from(row, (w) => Math.max(-32767, Math.min(32767, Math.round(w * WEIGHT_SCALE))))] as const,
    )
    .filter(([, q]) => q.some((v) => v !== 0))
    .sort((a, b) => a[0] - b[0]);
  const bytes = new Uint8Array(12 + kept.length * (4 + LABEL_COUNT * 2));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MODEL_MAGIC, true);
  view.setUint32(4, kept.length, true);
  view.setUint32(8, LABEL_COUNT, true);
  for (const [r, [f, q]] of kept.entries()) {
    view.setUint32(12 + r * 4, f, true);
    for (let l = 0; l < LABEL_COUNT; l++)
      view.setInt16(12 + kept.length * 4 + (r * LABEL_COUNT + l) * 2, q[l] ?? 0, true);
  }
  return bytes;
}

/**
 * One structured-perceptron step: the Viterbi labelling of the example under the current weights,
 * and, where it differs from the gold one (a label, or the labels before it), the gold path's
 * features pushed up and the predicted path's pushed down.
 */
function learnPath(
  ex: Example,
  current: AddRow,
  update: (feature: number, label: number, by: number) => void,
  rate: number,
  counts: (feature: number) => boolean,
): { total: number; errors: number } {
  const { input } = ex;
  const predicted = viterbi(input, current);
  const gold = new Uint8Array(predicted.length);
  for (const i of input.candidates) gold[i] = ex.gold[i] as number;
  let errors = 0;
  const goldFeatures: number[] = [];
  const predictedFeatures: number[] = [];
  for (let k = 0; k < input.candidates.length; k++) {
    const i = input.candidates[k] as number;
    const g = gold[i] as number;
    const p = predicted[i] as number;
    const gp = i > 0 ? (gold[i - 1] as number) : 0;
    const gq = i > 1 ? (gold[i - 2] as number) : 0;
    const pp = i > 0 ? (predicted[i - 1] as number) : 0;
    const pq = i > 1 ? (predicted[i - 2] as number) : 0;
    if (g === p && gp === pp && gq === pq) continue;
    if (g !== p) {
      errors++;
      const to = input.offsets[k + 1] as number;
      for (let j = input.offsets[k] as number; j < to; j++) {
        const f = input.features[j] as number;
        if (!counts(f)) continue;
        update(f, g, rate);
        update(f, p, -rate);
      }
    }
    goldFeatures.length = 0;
    predictedFeatures.length = 0;
    const word = input.wordHash[i] as number;
    labelFeatures(gp, gq, word, goldFeatures);
    labelFeatures(pp, pq, word, predictedFeatures);
    for (const f of goldFeatures) update(f, g, rate);
    for (const f of predictedFeatures) update(f, p, -rate);
  }
  return { total: input.candidates.length, errors };
}

/**
 * Train the tagger: the first pass on `examples`; with `stacked`, a second pass that also reads the
 * first pass's labels — on each training document those of a first pass trained without it
 * (jackknife), so that the second pass learns how far to trust them on unseen text. Returns the
 * model file's bytes (both passes).
 */
export function trainTagger(examples: readonly Example[], options: TrainOptions): Uint8Array {
  const first = trainModel(examples, options);
  if (!options.stacked) return first;
  const folds = Math.max(2, options.jackknife);
  const ids = [...new Set(examples.map((e) => e.doc.id))].sort();
  const foldOfId = new Map(ids.map((id, i) => [id, i % folds]));
  const firstLabels = new Map<Example, Uint8Array>();
  for (let f = 0; f < folds; f++) {
    const model = modelFrom(
      trainModel(
        examples.filter((e) => foldOfId.get(e.doc.id) !== f),
        options,
      ),
    );
    for (const e of examples)
      if (foldOfId.get(e.doc.id) === f) firstLabels.set(e, decode(e.input, model.addRow));
  }
  const stacked = examples.map((e) => ({
    ...e,
    input: stackedInput(e.input, firstLabels.get(e) ?? new Uint8Array(e.input.tokens.length)),
  }));
  const second = trainModel(stacked, options);
  const both = new Uint8Array(first.byteLength + second.byteLength);
  both.set(first);
  both.set(second, first.byteLength);
  return both;
}
