import type { EntityModel } from '../src/ner/model.ts';
import { spansOf, tag } from '../src/ner/tagger.ts';
import type { Example } from './entity-training.ts';

// The tagger alone, scored on labelled examples (not the enricher: no rules around it): for the
// training script's report.

export interface Prf {
  p: number;
  r: number;
  f: number;
}

/** Name-level precision, recall and F1 of the tagger alone (exact boundaries and kind). */
export function spanScores(
  examples: readonly Example[],
  model: EntityModel,
  onError?: (line: string) => void,
): Record<string, Prf> {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (kind: string, key: 'tp' | 'fp' | 'fn') => {
    for (const k of [kind, 'all']) {
      counts[k] ??= { tp: 0, fp: 0, fn: 0 };
      (counts[k] as { tp: number; fp: number; fn: number })[key]++;
    }
  };
  for (const ex of examples) {
    const predicted = spansOf(ex.input, tag(ex.input, model));
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
      if (!ok) onError?.(`  + ${s.kind} ${text(s)}`);
    }
    for (const s of gold) {
      if (predKeys.has(key(s))) continue;
      bump(s.kind, 'fn');
      onError?.(`  - ${s.kind} ${text(s)}`);
    }
  }
  const out: Record<string, Prf> = {};
  for (const [k, c] of Object.entries(counts)) {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    out[k] = { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  }
  return out;
}

/** Token-level confusion on candidates: gold kind (O/PER/ORG/LOC) × predicted kind. */
export function confusion(examples: readonly Example[], model: EntityModel): string {
  const m = Array.from({ length: 4 }, () => [0, 0, 0, 0]);
  const kind = (l: number) => (l === 0 ? 0 : Math.ceil(l / 2));
  for (const ex of examples) {
    const predicted = tag(ex.input, model);
    for (const i of ex.input.candidates) {
      const row = m[kind(ex.gold[i] ?? 0)] as number[];
      const column = kind(predicted[i] ?? 0);
      row[column] = (row[column] ?? 0) + 1;
    }
  }
  const names = ['O', 'PER', 'ORG', 'LOC'];
  return m.map((row, g) => `gold ${names[g]}: ${row.map((v, p) => `${names[p]} ${v}`).join(' ')}`).join('\n');
}

/** "person 80.1/70.2/74.8  org …": precision / recall / F1 per kind. */
export function formatScores(s: Record<string, Prf>): string {
  return ['person', 'org', 'place', 'all']
    .map((k) => {
      const v = s[k];
      return v === undefined
        ? `${k} –`
        : `${k} ${(100 * v.p).toFixed(1)}/${(100 * v.r).toFixed(1)}/${(100 * v.f).toFixed(1)}`;
    })
    .join('  ');
}
