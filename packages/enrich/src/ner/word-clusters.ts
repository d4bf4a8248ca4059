import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { indexOfHash } from './hash.ts';

/**
 * Word clusters learnt from GloVe vectors of a large unlabelled corpus (scripts/build-word-clusters.ts):
 * words used alike share a cluster, so a name never seen in training borrows the weights of the
 * names of its cluster. A word's number (0–2047) holds three nested clusters: `>> 6` of 32, `>> 3`
 * of 256, the number itself of 2048.
 */
export const NO_CLUSTER = -1;
const CLUSTERS_URL = new URL('../data/word-clusters.tsv.gz', import.meta.url);

/** Sorted FNV hashes of the words, and each one's cluster: ~1 MB for 200,000 words. */
export interface ClusterTable {
  readonly hashes: Uint32Array;
  readonly clusters: Uint16Array;
}

/**
 * The table of lines "word<TAB>cluster". Of two words with one hash, the smaller number is kept.
 * Read char by char, with no string per line: the 200,000 lines would otherwise leave ~40 MB of
 * garbage in a process whose memory is capped.
 */
export function clusterTable(text: string): ClusterTable {
  let lines = 0;
  for (let i = text.indexOf('\t'); i !== -1; i = text.indexOf('\t', i + 1)) lines++;
  // hash × 4096 + cluster (< 2^44: exact in a double), so one numeric sort orders both.
  const pairs = new Float64Array(lines);
  let count = 0;
  let h = 0x811c9dc5;
  let cluster = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10) {
      if (cluster >= 0 && cluster < 4096) pairs[count++] = (h >>> 0) * 4096 + cluster;
      h = 0x811c9dc5;
      cluster = -1;
    } else if (cluster >= 0) cluster = c >= 48 && c <= 57 ? cluster * 10 + c - 48 : 4096;
    else if (c === 9) cluster = 0;
    else h = Math.imul(h ^ c, 0x01000193);
  }
  const sorted = pairs.subarray(0, count).sort();
  const hashes = new Uint32Array(count);
  const clusters = new Uint16Array(count);
  let n = 0;
  for (const pair of sorted) {
    const hash = Math.floor(pair / 4096);
    if (n > 0 && hashes[n - 1] === hash) continue;
    hashes[n] = hash;
    clusters[n] = pair - hash * 4096;
    n++;
  }
  return { hashes: hashes.slice(0, n), clusters: clusters.slice(0, n) };
}

/** The cluster of the word whose lowercase form hashes (FNV) to `hash`, or `NO_CLUSTER`. */
export function clusterIn(table: ClusterTable, hash: number): number {
  const at = indexOfHash(table.hashes, hash);
  return at === -1 ? NO_CLUSTER : (table.clusters[at] as number);
}

let shipped: ClusterTable | undefined;

/** The shipped table (src/data/word-clusters.tsv.gz), read on first use. */
export function wordClusters(): ClusterTable {
  shipped ??= clusterTable(gunzipSync(readFileSync(CLUSTERS_URL)).toString('utf8'));
  return shipped;
}
