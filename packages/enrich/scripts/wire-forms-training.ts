// The `tuned` fold of the written wire-forms items (eval/wire, eval/README.md) as training
// documents: every occurrence of a gold name or alias in the headline and body the enricher sees
// (after the normalizer), and the family name alone of a person named in full. The `kept` fold is
// never read here. A name the story gives two kinds ("New York" the dateline and the Knicks) is
// left unlabelled.
import { readFileSync } from 'node:fs';
import type { LabelledDoc } from './entity-training.ts';
import { EVAL_DIR, storyFrom, type WireAnnotation } from './eval-sets.ts';

type Kind = LabelledDoc['mentions'][number][2];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tuned fold's items, each counted `times` times (0: none). */
export function wireFormsTraining(times: number): LabelledDoc[] {
  if (times <= 0) return [];
  const dir = `${EVAL_DIR}wire/`;
  const annotations = JSON.parse(readFileSync(`${dir}annotations.json`, 'utf8')) as WireAnnotation[];
  const docs: LabelledDoc[] = [];
  for (const a of annotations) {
    if (a.fold !== 'tuned') continue;
    const story = storyFrom(readFileSync(`${dir}${a.file}`, 'utf8'), a.file, { lines: true });
    const doc = {
      id: `wireforms-${a.file.replace(/\.txt$/, '')}`,
      headline: story.headline,
      text: story.body.text,
    };
    const mentions = mentionsOf(`${doc.headline}\n${doc.text}`, a);
    for (let k = 0; k < times; k++) docs.push({ ...doc, id: `${doc.id}-${k}`, mentions });
  }
  return docs;
}

function mentionsOf(source: string, gold: WireAnnotation): [number, number, Kind][] {
  const kinds = new Map<string, Set<Kind>>();
  const forms: [string, Kind][] = [];
  const add = (name: string, kind: Kind) => {
    const key = name.toLowerCase();
    kinds.set(key, (kinds.get(key) ?? new Set()).add(kind));
    forms.push([name, kind]);
  };
  const named = (name: string, kind: Kind) => {
    add(name, kind);
    for (const alias of gold.aliases?.[name] ?? []) add(alias, kind);
  };
  for (const p of gold.people) {
    named(p, 'person');
    const last = p.split(' ').at(-1);
    if (p.includes(' ') && last !== undefined && last.length > 2) add(last, 'person');
  }
  for (const o of gold.organisations) named(o, 'org');
  for (const p of gold.places) named(typeof p === 'string' ? p : p.name, 'place');
  forms.sort((a, b) => b[0].length - a[0].length);
  const taken: [number, number, Kind][] = [];
  for (const [name, kind] of forms) {
    if ((kinds.get(name.toLowerCase())?.size ?? 0) > 1) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of source.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!/^[\p{Lu}\p{N}]/u.test(m[0])) continue;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end, kind]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
