// `npm run train:entities [-- --dry-run] [-- --errors]`: trains the entity tagger (an averaged
// perceptron over the features of src/ner/features.ts, greedy left to right; scripts/entity-training.ts)
// and writes src/data/entity-model.bin.gz. Training data: the GUM train and dev splits (eval/gum,
// counted twice) and copy written for it — agency stories (scripts/wire-copy.ts), biographies,
// travel entries, papers and hearings (scripts/other-copy.ts) and prose whose invented names only
// their context tells apart (scripts/context-copy.ts), generated with fixed seeds; a weight update
// on written copy is half one on real text. The GUM
// held-out split is never read here. The run is deterministic: the same sources give the same model.
//
//   --epochs N      passes over the data per run (default 8)
//   --runs N        runs over differently shuffled data, averaged (default 6)
//   --copies N      agency stories to write (default 300); --others N other documents (default 200);
//                   --contexts N prose documents (default 400)
//                   --genres N prose documents in GUM's genres: acronyms, addresses, citations (default 400)
//                   --actors N stories of organisations named after places (scripts/actor-copy.ts; default 0)
//   --gum-weight N  times the GUM training split is counted (default 3)
//   --min-count N   features seen fewer times carry no weight (default 2)
//   --no-copy, --no-rules   leave out the written copy / the rules' hints (for comparison)
//   --two-pass      add a second pass that reads the first pass's labels of the whole story
//   --hold-dev      train on the train split only, to measure on the dev split while developing
//   --dry-run       train and report, but do not write the model
//   --errors        list the dev split's wrong names and the token confusion matrix
//
// To choose between variants, use `npm run eval:enrich -- --dev --cv 5` (document-level scores of
// the whole enricher, cross-validated on the train split and on the dev split with a model trained
// without it).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { modelFrom } from '../src/ner/model.ts';
import { LABEL_COUNT } from '../src/ner/tagger.ts';
import {
  DEFAULT_DATA,
  DEFAULT_TRAIN,
  example,
  gumDocs,
  trainTagger,
  writtenCopy,
} from './entity-training.ts';
import { confusion, formatScores, spanScores } from './tagger-scores.ts';
import { generateWireCopy } from './wire-copy.ts';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: String(DEFAULT_TRAIN.epochs) },
    'dry-run': { type: 'boolean', default: false },
    'no-copy': { type: 'boolean', default: false },
    'hold-dev': { type: 'boolean', default: false },
    'no-rules': { type: 'boolean', default: false },
    'gum-weight': { type: 'string', default: String(DEFAULT_DATA.gumWeight) },
    errors: { type: 'boolean', default: false },
    copies: { type: 'string', default: String(DEFAULT_DATA.copies) },
    runs: { type: 'string', default: String(DEFAULT_TRAIN.runs) },
    others: { type: 'string', default: String(DEFAULT_DATA.others) },
    contexts: { type: 'string', default: String(DEFAULT_DATA.contexts) },
    genres: { type: 'string', default: String(DEFAULT_DATA.genres) },
    actors: { type: 'string', default: String(DEFAULT_DATA.actors) },
    'wire-forms': { type: 'string', default: String(DEFAULT_DATA.wireForms) },
    cues: { type: 'string', default: String(DEFAULT_DATA.cues) },
    'min-count': { type: 'string', default: String(DEFAULT_TRAIN.minCount) },
    'two-pass': { type: 'boolean', default: false },
  },
});
const options = {
  ...DEFAULT_TRAIN,
  epochs: Number(values.epochs),
  runs: Number(values.runs),
  minCount: Number(values['min-count']),
  noRules: values['no-rules'],
  stacked: values['two-pass'],
  log: (line: string) => console.log(line),
};

const MODEL = fileURLToPath(new URL('../src/data/entity-model.bin.gz', import.meta.url));
const started = performance.now();
// The final model also learns from the dev split, once the choices were made on it (ADR 0014):
// `--hold-dev` keeps it out, to develop against it again.
const trainDocs = values['hold-dev'] ? gumDocs('train') : [...gumDocs('train'), ...gumDocs('dev')];
const copies = values['no-copy']
  ? []
  : writtenCopy(
      Number(values.copies),
      Number(values.others),
      Number(values.contexts),
      Number(values.genres),
      Number(values.actors),
      Number(values['wire-forms']),
      Number(values.cues),
    );
const gumWeight = Math.max(1, Number(values['gum-weight']));
const train = [...Array.from({ length: gumWeight }, () => trainDocs).flat(), ...copies].map((d) =>
  example(d, options),
);
const dev = gumDocs('dev').map((d) => example(d, options));
const copyDev = values['no-copy'] ? [] : generateWireCopy(60, 777).map((d) => example(d, options));
console.log(
  `training: ${trainDocs.length} GUM documents + ${copies.length} written documents, ${train.reduce((n, e) => n + e.input.candidates.length, 0)} candidate tokens`,
);
const bytes = trainTagger(train, options);
const model = modelFrom(bytes);
console.log(`model: ${model.rows} features × ${LABEL_COUNT} labels`);
console.log(
  `GUM dev names (exact span and kind${values['hold-dev'] ? '' : ', seen in training'}), P/R/F1: ${formatScores(spanScores(dev, model, values.errors ? console.log : undefined))}`,
);
if (values.errors) console.log(confusion(dev, model));
if (copyDev.length > 0)
  console.log(`written copy (other seed), P/R/F1:           ${formatScores(spanScores(copyDev, model))}`);
if (!values['dry-run']) {
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(MODEL, gz);
  console.log(`wrote ${MODEL} (${(gz.byteLength / 1024).toFixed(0)} KB)`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
