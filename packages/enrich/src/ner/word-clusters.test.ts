import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens.ts';
import { taggerInput } from './features.ts';
import { fnv } from './hash.ts';
import { clusterIn, clusterTable, NO_CLUSTER, wordClusters } from './word-clusters.ts';

describe('word clusters', () => {
  it('finds a word of a table by the hash of its lowercase form, and no other', () => {
    const table = clusterTable('boston\t1160\nkenosha\t1344\n\nbad line\nu.s.\t7\n');
    expect(clusterIn(table, fnv('kenosha'))).toBe(1344);
    expect(clusterIn(clusterTable('zürich\t12\n'), fnv('zürich'))).toBe(12);
    expect(clusterIn(table, fnv('boston'))).toBe(1160);
    expect(clusterIn(table, fnv('u.s.'))).toBe(7);
    expect(clusterIn(table, fnv('Boston'))).toBe(NO_CLUSTER);
    expect(clusterIn(table, fnv('paris'))).toBe(NO_CLUSTER);
    expect(clusterIn(clusterTable(''), fnv('boston'))).toBe(NO_CLUSTER);
  });

  it('keeps the smaller number of two lines for one word, and no line without a number', () => {
    expect(clusterIn(clusterTable('oslo\t9\noslo\t3\n'), fnv('oslo'))).toBe(3);
    expect(clusterIn(clusterTable('oslo\t\nrome\tx1\nbonn\t5'), fnv('bonn'))).toBe(5);
    expect(clusterIn(clusterTable('oslo\t\nrome\tx1\n'), fnv('rome'))).toBe(NO_CLUSTER);
  });

  it('ships a table where words used alike share clusters', () => {
    const table = wordClusters();
    expect(table.hashes.length).toBeGreaterThan(150_000);
    const of = (w: string) => clusterIn(table, fnv(w));
    for (const w of ['kenosha', 'gazprom', 'reuters', 'obama', 'the']) expect(of(w)).not.toBe(NO_CLUSTER);
    expect(of('zzqxvb')).toBe(NO_CLUSTER);
    // Two towns share at least the 256-cluster level; a town and a company do not share the finest.
    expect(of('kenosha') >> 3).toBe(of('ypsilanti') >> 3);
    expect(of('gazprom')).not.toBe(of('kenosha'));
    for (const c of [of('kenosha'), of('gazprom')]) expect(c).toBeLessThan(2048);
  });

  it('makes the features of an unseen name depend on its cluster', () => {
    // Two towns of one cluster share their cluster features; a town and a company do not.
    const a = taggerInput(tokenize('', 'He flew to Kenosha on Monday.'));
    const b = taggerInput(tokenize('', 'He flew to Ypsilanti on Monday.'));
    const c = taggerInput(tokenize('', 'He flew to Gazprom on Monday.'));
    const shared = (x: Uint32Array, y: Uint32Array) => [...x].filter((f) => y.includes(f)).length;
    expect(shared(a.features, b.features)).toBeGreaterThan(shared(a.features, c.features));
  });
});
