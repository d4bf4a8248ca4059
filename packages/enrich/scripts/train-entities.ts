// `npm run train:entities [-- --dry-run] [-- --errors]`: trains the entity tagger (an averaged
// perceptron over the features of src/ner/features.ts, greedy left to right) and writes
// src/data/entity-model.bin.gz. Training data: the GUM train and dev splits (eval/gum, counted twice) and
// copy written for it — 300 agency stories (scripts/wire-copy.ts) and 200 biographies, travel
// entries, papers and hearings (scripts/other-copy.ts), generated with fixed seeds. The GUM
// held-out split is never read here. The run is
// deterministic: the same sources give the same model.
//
//   --epochs N      passes over the data per run (default 8)
//   --runs N        runs over differently shuffled data, averaged (default 4)
//   --copies N      agency stories to write (default 300); --others N other documents (default 200)
//   --gum-weight N  times the GUM training split is counted (default 2)
//   --min-count N   features seen fewer times carry no weight (default 2)
//   --no-copy, --no-rules   leave out the written copy / the rules' hints (for comparison)
//   --hold-dev      train on the train split only, to measure on the dev split while developing
//   --dry-run       train and report, but do not write the model
//   --errors        list the dev split's wrong names and the token confusion matrix
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ruleHints } from '../src/names.ts';
import type { TaggerInput } from '../src/ner/features.ts';
import { casedView, combine, fnv, linesOf, taggerInput } from '../src/ner/features.ts';
import { MODEL_MAGIC, modelFrom, WEIGHT_SCALE } from '../src/ner/model.ts';
import type { AddRow } from '../src/ner/tagger.ts';
import { decode, LABEL_COUNT, spansOf } from '../src/ner/tagger.ts';
import { tokenize } from '../src/tokens.ts';
import { generateOtherCopy } from './other-copy.ts';
import { generateWireCopy } from './wire-copy.ts';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '8' },
    'dry-run': { type: 'boolean', default: false },
    'no-copy': { type: 'boolean', default: false },
    'hold-dev': { type: 'boolean', default: false },
    'no-rules': { type: 'boolean', default: false },
    'gum-weight': { type: 'string', default: '2' },
    errors: { type: 'boolean', default: false },
    copies: { type: 'string', default: '300' },
    runs: { type: 'string', default: '4' },
    others: { type: 'string', default: '200' },
    'min-count': { type: 'string', default: '2' },
  },
});
const epochs = Number(values.epochs);
const minCount = Number(values['min-count']);

const GUM = fileURLToPath(new URL('../eval/gum/', import.meta.url));
const MODEL = fileURLToPath(new URL('../src/data/entity-model.bin.gz', import.meta.url));
const KIND_LABEL = { person: 1, org: 3, place: 5 } as const;
const DROPOUT = 0.3;
// Training sees every label, even an I- that cannot follow: so it learns not to give one. Decoding
// then allows only what can follow.
const CONSTRAINED = false;
const UNKNOWN_WORD = combine(2, fnv('<hidden>'));
type Kind = keyof typeof KIND_LABEL;

/** One training or dev document: its text, and its names as character spans. */
export interface LabelledDoc {
  id: string;
  headline: string;
  text: string;
  mentions: readonly (readonly [number, number, Kind])[];
}

interface Example {
  input: TaggerInput;
  gold: Uint8Array;
  doc: LabelledDoc;
}

function example(doc: LabelledDoc): Example {
  const tokenized = tokenize(doc.headline, doc.text);
  const lines = linesOf(tokenized);
  const view = casedView(tokenized.tokens, lines);
  const hints = values['no-rules']
    ? []
    : ruleHints({ headline: doc.headline, text: doc.text }, tokenized, view);
  const input = taggerInput(tokenized, lines, view, hints);
  // Written copy repeats its names: for half of its candidate tokens the word itself is hidden
  // (features 1 and 2 are the word and its cased form), so the tagger learns the context and the
  // shape of a name, not a list of names.
  if (doc.id.startsWith('copy-') || doc.id.startsWith('other-')) {
    let seed = doc.id.length * 7919;
    for (let k = 0; k < input.candidates.length; k++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      if (seed / 2 ** 32 < DROPOUT) {
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

function gumDocs(split: 'train' | 'dev'): LabelledDoc[] {
  const annotations = JSON.parse(readFileSync(`${GUM}annotations.json`, 'utf8')) as {
    file: string;
    split: string;
  }[];
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
          const kind = (k === 'org' ? 'org' : k === 'place' ? 'place' : 'person') as Kind;
          return [s, e, kind] as const;
        }),
      };
    });
}

// Averaged perceptron with lazy averaging: per feature, the weights, their running totals and
// when each was last changed.
const ROW = LABEL_COUNT * 3;
const weights = new Map<number, Float64Array>();
let clock = 0;

function update(feature: number, label: number, by: number): void {
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
}

const current: AddRow = (feature, scores) => {
  const row = weights.get(feature);
  if (row === undefined) return;
  for (let l = 0; l < LABEL_COUNT; l++) scores[l] = (scores[l] as number) + (row[l] as number);
};

function averaged(): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (const [f, row] of weights) {
    const avg = new Float64Array(LABEL_COUNT);
    let any = false;
    for (let l = 0; l < LABEL_COUNT; l++) {
      const total =
        (row[LABEL_COUNT + l] as number) +
        (clock - (row[2 * LABEL_COUNT + l] as number)) * (row[l] as number);
      avg[l] = total / Math.max(1, clock);
      if (Math.abs(avg[l] as number) > 1e-4) any = true;
    }
    if (any) out.set(f, avg);
  }
  return out;
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

/** Name-level precision, recall and F1 on labelled documents (exact boundaries and kind). */
function spanScores(
  examples: readonly Example[],
  addRow: AddRow,
): Record<string, { p: number; r: number; f: number }> {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (kind: string, key: 'tp' | 'fp' | 'fn') => {
    for (const k of [kind, 'all']) {
      counts[k] ??= { tp: 0, fp: 0, fn: 0 };
      (counts[k] as { tp: number; fp: number; fn: number })[key]++;
    }
  };
  for (const ex of examples) {
    const predicted = spansOf(ex.input, decode(ex.input, addRow));
    const gold = spansOf(ex.input, ex.gold);
    const key = (s: { first: number; last: number; kind: string }) => `${s.first}:${s.last}:${s.kind}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    const text = (s: { first: number; last: number }) =>
      ex.input.tokens
        .slice(s.first, s.last + 1)
        .map((t) => t.text)
        .join(' ');
    for (const s of predicted) {
      const ok = goldKeys.has(key(s));
      bump(s.kind, ok ? 'tp' : 'fp');
      if (!ok && values.errors) console.log(`  + ${s.kind} ${text(s)}`);
    }
    for (const s of gold) {
      if (predKeys.has(key(s))) continue;
      bump(s.kind, 'fn');
      if (values.errors) console.log(`  - ${s.kind} ${text(s)}`);
    }
  }
  const out: Record<string, { p: number; r: number; f: number }> = {};
  for (const [k, c] of Object.entries(counts)) {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    out[k] = { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  }
  return out;
}

/** Token-level confusion on candidates: gold kind (O/PER/ORG/LOC) × predicted kind. */
function confusion(examples: readonly Example[], addRow: AddRow): string {
  const m = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
  const kind = (l: number) => (l === 0 ? 0 : Math.ceil(l / 2));
  for (const ex of examples) {
    const predicted = decode(ex.input, addRow);
    for (const i of ex.input.candidates) (m[kind(ex.gold[i] ?? 0)] as number[])[kind(predicted[i] ?? 0)]++;
  }
  const names = ['O', 'PER', 'ORG', 'LOC'];
  return m.map((row, g) => `gold ${names[g]}: ${row.map((v, p) => `${names[p]} ${v}`).join(' ')}`).join('\n');
}

const fmt = (s: Record<string, { p: number; r: number; f: number }>) =>
  ['person', 'org', 'place', 'all']
    .map((k) => {
      const v = s[k];
      return v === undefined
        ? `${k} –`
        : `${k} ${(100 * v.p).toFixed(1)}/${(100 * v.r).toFixed(1)}/${(100 * v.f).toFixed(1)}`;
    })
    .join('  ');

const started = performance.now();
// The final model also learns from the dev split, once the choices were made on it (ADR 0014):
// `--hold-dev` keeps it out, to develop against it again.
const trainDocs = values['hold-dev'] ? gumDocs('train') : [...gumDocs('train'), ...gumDocs('dev')];
const copies = values['no-copy']
  ? []
  : [...generateWireCopy(Number(values.copies), 20261207), ...generateOtherCopy(Number(values.others), 4242)];
const gumWeight = Math.max(1, Number(values['gum-weight']));
const train = [...Array.from({ length: gumWeight }, () => trainDocs).flat(), ...copies].map(example);
const dev = gumDocs('dev').map(example);
const copyDev = values['no-copy'] ? [] : generateWireCopy(60, 777).map(example);

// Features seen fewer than `minCount` times in training carry no weight (they would only memorise).
const seen = new Map<number, number>();
for (const ex of train) for (const f of ex.input.features) seen.set(f, (seen.get(f) ?? 0) + 1);
let covered = 0;
let lost = 0;
for (const ex of train) {
  const candidates = new Set(ex.input.candidates);
  for (let i = 0; i < ex.gold.length; i++) if (ex.gold[i] !== 0) candidates.has(i) ? covered++ : lost++;
}
console.log(
  `training: ${trainDocs.length} GUM documents + ${copies.length} written wire stories, ${train.reduce((n, e) => n + e.input.candidates.length, 0)} candidate tokens; name tokens the candidates cover: ${((100 * covered) / (covered + lost)).toFixed(1)}%`,
);

// Several runs over differently shuffled data, their averaged weights averaged again: one greedy
// perceptron run depends a lot on the order it saw the examples in.
const runs = Math.max(1, Number(values.runs));
const order = [...train];
const sum = new Map<number, Float64Array>();
for (let run = 0; run < runs; run++) {
  weights.clear();
  clock = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    let errors = 0;
    let total = 0;
    for (const ex of shuffle(order, epoch + 1000 * run)) {
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
              if ((seen.get(f) ?? minCount) < minCount) continue;
              update(f, gold, 1);
              update(f, predicted, -1);
            }
          }
          return predicted;
        },
        undefined,
        CONSTRAINED,
      );
    }
    console.log(
      `run ${run + 1}, epoch ${epoch}: ${((100 * errors) / Math.max(1, total)).toFixed(2)}% of candidate tokens wrong`,
    );
  }
  for (const [f, row] of averaged()) {
    const into = sum.get(f) ?? new Float64Array(LABEL_COUNT);
    for (let l = 0; l < LABEL_COUNT; l++) into[l] = (into[l] as number) + (row[l] as number) / runs;
    sum.set(f, into);
  }
}
const avg = sum;
{
  const all: number[] = [];
  for (const row of avg.values()) for (const w of row) all.push(Math.abs(w));
  all.sort((a, b) => a - b);
  console.log(
    `weights: max ${all.at(-1)?.toFixed(2)}, 99.9th percentile ${all[Math.floor(all.length * 0.999)]?.toFixed(2)}`,
  );
}
const kept = [...avg.entries()]
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
const model = modelFrom(bytes);
console.log(`model: ${kept.length} features × ${LABEL_COUNT} labels`);
console.log(
  `GUM dev names (exact span and kind${values['hold-dev'] ? '' : ', seen in training'}), P/R/F1: ${fmt(spanScores(dev, model.addRow))}`,
);
if (values.errors) console.log(confusion(dev, model.addRow));
if (copyDev.length > 0)
  console.log(`written copy (other seed), P/R/F1:           ${fmt(spanScores(copyDev, model.addRow))}`);
if (!values['dry-run']) {
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(MODEL, gz);
  console.log(`wrote ${MODEL} (${(gz.byteLength / 1024).toFixed(0)} KB)`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
