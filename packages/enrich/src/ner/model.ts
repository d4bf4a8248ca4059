import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { AddRow } from './labels.ts';
import { LABEL_COUNT } from './labels.ts';

/**
 * The trained weights (scripts/train-entities.ts writes them): for each known feature hash, one
 * 16-bit weight per label, in 1/32nds (`WEIGHT_SCALE`). Kept in an open-addressing table of typed arrays: a few MB, no per-feature objects.
 */
export interface EntityModel {
  readonly rows: number;
  readonly addRow: AddRow;
  /** The second pass, which also reads what this one found (src/ner/stacked.ts `stackedInput`). */
  readonly second?: EntityModel;
}

/**
 * File layout, gzipped: magic, row count, label count, then the sorted keys, then the weights; a
 * second pass's model may follow in the same layout.
 */
export const MODEL_MAGIC = 0x57464e31; // "WFN1"
/** Weights are stored as round(weight × WEIGHT_SCALE). */
export const WEIGHT_SCALE = 32;
const MODEL_URL = new URL('../data/entity-model.bin.gz', import.meta.url);

let loaded: EntityModel | undefined;

/** The model shipped in `src/data/entity-model.bin.gz`, read on first use. */
export function loadEntityModel(): EntityModel {
  loaded ??= modelFrom(gunzipSync(readFileSync(MODEL_URL)));
  return loaded;
}

/**
 * Tag with another model from now on (the evaluation's cross-validation trains one per fold);
 * `undefined` goes back to the shipped one. Not exported by the package.
 */
export function useEntityModel(model: EntityModel | undefined): void {
  loaded = model;
}

/** Build the lookup table from the file's bytes (uncompressed). */
export function modelFrom(bytes: Uint8Array): EntityModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MODEL_MAGIC) throw new Error('entity model: bad file (magic)');
  const rows = view.getUint32(4, true);
  const labels = view.getUint32(8, true);
  if (labels !== LABEL_COUNT) throw new Error(`entity model: ${labels} labels, expected ${LABEL_COUNT}`);
  const keysAt = 12;
  const valuesAt = keysAt + rows * 4;
  const end = valuesAt + rows * labels * 2;
  if (bytes.byteLength !== end && bytes.byteLength < end + 12)
    throw new Error('entity model: bad file (size)');
  const second = bytes.byteLength > end ? modelFrom(bytes.subarray(end)) : undefined;
  let size = 1;
  while (size < rows * 1.4) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const values = new Int16Array(size * labels);
  for (let r = 0; r < rows; r++) {
    const key = view.getUint32(keysAt + r * 4, true) || 1;
    let slot = key & mask;
    while (keys[slot] !== 0) slot = (slot + 1) & mask;
    keys[slot] = key;
    for (let l = 0; l < labels; l++) {
      values[slot * labels + l] = view.getInt16(valuesAt + (r * labels + l) * 2, true);
    }
  }
  const addRow: AddRow = (feature, scores) => {
    const key = feature || 1;
    let slot = key & mask;
    for (;;) {
      const k = keys[slot];
      if (k === 0) return;
      if (k === key) break;
      slot = (slot + 1) & mask;
    }
    const at = slot * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] = (scores[l] as number) + (values[at + l] as number);
  };
  return second === undefined ? { rows, addRow } : { rows: rows + second.rows, addRow, second };
}
