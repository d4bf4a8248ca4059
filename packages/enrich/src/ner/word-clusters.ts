import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fnv } from './hash.ts';

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

/** The table of lines "word<TAB>cluster". Of two words with one hash, the first is kept. */
export function clusterTable(text: string): ClusterTable {
  const byHash = new Map<number, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const h = fnv(line.slice(0, tab));
    if (!byHash.has(h)) byHash.set(h, Number(line.slice(tab + 1)));
  }
  const hashes = Uint32Array.from(byHash.keys()).sort();
  return { hashes, clusters: Uint16Array.from(hashes, (h) => byHash.get(h) as number) };
}

/** The cluster of the word whose lowercase form hashes (FNV) to `hash`, or `NO_CLUSTER`. */
export function clusterIn(table: ClusterTable, hash: number): number {
  const a = table.hashes;
  let lo = 0;
  let hi = a.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid] as number;
    if (v === hash) return table.clusters[mid] as number;
    if (v < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return NO_CLUSTER;
}

let shipped: ClusterTable | undefined;

/** The shipped table (src/data/word-clusters.tsv.gz), read on first use. */
export function wordClusters(): ClusterTable {
  shipped ??= clusterTable(gunzipSync(readFileSync(CLUSTERS_URL)).toString('utf8'));
  return shipped;
}
