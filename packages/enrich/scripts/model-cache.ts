// `npm run eval:enrich -- --model-cache DIR`: the taggers the eval trains (without the dev split,
// one per fold) are written to DIR and read back on the next run, so that a change around the
// tagger (the rules after it) is measured in seconds. The cache knows nothing of features, data or
// options: empty DIR after changing any of them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The model file's bytes from `dir/name.bin`, or trained by `train` (and written there). */
export function cachedModel(dir: string | undefined, name: string, train: () => Uint8Array): Uint8Array {
  const file = dir === undefined ? undefined : `${dir}/${name}.bin`;
  if (file !== undefined && existsSync(file)) return readFileSync(file);
  const bytes = train();
  if (file !== undefined) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return bytes;
}
