// `npx node packages/enrich/scripts/convert-gum.ts GUM_DEP_DIR`: converts the GUM corpus's CoNLL-U
// files (github.com/amir-zeldes/gum, folder `dep/`) into this package's evaluation format under
// eval/gum/ (see eval/gum/README.md): one plain-text document per file, the named mentions of
// people, organisations and places with their character offsets (for training the tagger), and one
// document-level annotation per document (for `npm run eval:enrich`), with the split it belongs to.
//
// Run once, by hand, against a checkout of GUM; nothing reads GUM at run time. The split is a rule
// on the sorted document ids (split.ts, ADR 0014), so re-running gives the same split.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Kind, NamedMention } from './gum-conllu.ts';
import { nameOf, parseDoc, render, TYPES } from './gum-conllu.ts';
import { gumSplit } from './gum-split.ts';

const dir = process.argv[2];
if (dir === undefined) {
  console.error('usage: convert-gum.ts GUM_DEP_DIR');
  process.exit(2);
}

const OUT = fileURLToPath(new URL('../eval/gum/', import.meta.url));

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.conllu'))
  .sort();
rmSync(`${OUT}docs`, { recursive: true, force: true });
mkdirSync(`${OUT}docs`, { recursive: true });
const annotations: unknown[] = [];
const sources: string[] = ['file\tgenre\ttext licence\tsplit\tsource\ttitle'];
const LICENCES: Record<string, string> = {
  news: 'CC BY 2.5',
  interview: 'CC BY 2.5',
  bio: 'CC BY-SA 3.0',
  voyage: 'CC BY-SA 3.0',
  academic: 'CC BY 4.0',
  court: 'CC BY 4.0',
};
const mentionsOut: Record<string, [number, number, Kind, string][]> = {};
const ids = files.map((f) => f.replace(/\.conllu$/, ''));
const split = gumSplit(ids);
for (const file of files) {
  const id = file.replace(/\.conllu$/, '');
  const { title, source, paragraphs, tokens, mentions } = parseDoc(readFileSync(`${dir}/${file}`, 'utf8'));
  const text = render(paragraphs);
  writeFileSync(`${OUT}docs/${id}.txt`, text);
  const named: NamedMention[] = [];
  // Every name span, whatever the entity's type: a person, organisation or place named only inside
  // a longer name ("Pritzker" in "Pritzker Architecture Prize", "Guangzhou" in "Guangzhou Opera
  // House", "London" in "the London 2012 Olympics") is part of that name, not a mention of its own.
  const orgStarts = new Set<number>();
  for (const m of mentions) if (m.type === 'organization') orgStarts.add(m.first);
  const spans: { first: number; last: number }[] = [];
  for (const m of mentions) {
    const span = nameOf(m, tokens, m.type === 'person', orgStarts);
    if (span !== undefined) spans.push(span);
  }
  // "Luo Changpei and Li Fang-Kuei": two names joined by "and" are two mentions, not one name.
  const coordination = (s: { first: number; last: number }) => {
    for (let i = s.first + 1; i < s.last; i++) {
      const w = tokens[i]?.form;
      if (w !== 'and' && w !== '&') continue;
      const left = spans.some((o) => o.first >= s.first && o.last === i - 1);
      const right = spans.some((o) => o.first === i + 1 && o.last <= s.last);
      if (left && right) return true;
    }
    return false;
  };
  const nested = (s: { first: number; last: number }) =>
    spans.some(
      (o) =>
        o.first <= s.first && o.last >= s.last && o.last - o.first > s.last - s.first && !coordination(o),
    );
  for (const m of mentions) {
    const kind = TYPES[m.type as keyof typeof TYPES];
    if (kind === undefined) continue;
    const span = nameOf(m, tokens, kind === 'person', orgStarts);
    if (span === undefined || nested(span) || coordination(span)) continue;
    // "Muslims", "Canadians": a group named by a plural proper noun is not a person.
    if (kind === 'person' && span.first === span.last && tokens[span.first]?.xpos === 'NNPS') continue;
    const start = tokens[span.first]?.start ?? 0;
    const end = tokens[span.last]?.end ?? 0;
    named.push({ start, end, kind, entity: m.id });
  }
  named.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NamedMention[] = [];
  for (const m of named) {
    if (kept.some((k) => k.start === m.start && k.end === m.end)) continue;
    kept.push(m);
  }
  mentionsOut[id] = kept.map((m) => [m.start, m.end, m.kind, m.entity]);
  // Document level: one entity per GUM coreference chain and kind, named by its longest name;
  // chains giving the same name are one entity.
  const byEntity = new Map<string, { kind: Kind; forms: string[] }>();
  const counts = new Map<string, number>();
  for (const m of kept) {
    const form = text.slice(m.start, m.end).replace(/\s+/g, ' ');
    counts.set(form, (counts.get(form) ?? 0) + 1);
    const key = `${m.kind}:${m.entity}`;
    const e = byEntity.get(key) ?? { kind: m.kind, forms: [] };
    if (!e.forms.includes(form)) e.forms.push(form);
    byEntity.set(key, e);
  }
  const out = { people: [] as string[], organisations: [] as string[], places: [] as string[] };
  const aliases: Record<string, string[]> = {};
  const seen = new Map<string, string>();
  for (const { kind, forms } of byEntity.values()) {
    // A person by the fullest form the text gives (not an apposition such as "Team Manager of …"); an organisation or place by its usual name
    // ("York", not its epithet "City of Festivals" used once).
    const sorted = [...forms].sort(
      (a, b) =>
        (kind === 'person'
          ? Number(/ of /.test(a)) - Number(/ of /.test(b))
          : (counts.get(b) ?? 0) - (counts.get(a) ?? 0)) ||
        b.split(' ').length - a.split(' ').length ||
        b.length - a.length,
    );
    const name = sorted[0] ?? '';
    const list = kind === 'person' ? out.people : kind === 'org' ? out.organisations : out.places;
    const key = `${kind}:${name.toLowerCase()}`;
    const existing = seen.get(key);
    const target = existing ?? name;
    if (existing === undefined) {
      seen.set(key, name);
      list.push(name);
    }
    // Other forms are aliases, except those that are only part of the name (a surname, a first
    // name): the lenient score accepts a surname, the exact one wants the name.
    const words = name.toLowerCase().split(/\s+/);
    for (const form of sorted.slice(1)) {
      const fw = form.toLowerCase().split(/\s+/);
      const part = fw.every((w) => words.includes(w));
      if (part) continue;
      const list2 = aliases[target] ?? [];
      if (!list2.includes(form)) list2.push(form);
      aliases[target] = list2;
    }
  }
  const genre = id.split('_')[1] ?? '';
  sources.push([`${id}.txt`, genre, LICENCES[genre] ?? '?', split.get(id) ?? '', source, title].join('\t'));
  annotations.push({
    file: `${id}.txt`,
    genre: id.split('_')[1],
    split: split.get(id),
    ...out,
    aliases,
  });
}
writeFileSync(`${OUT}annotations.json`, `${JSON.stringify(annotations, null, 1)}\n`);
writeFileSync(
  `${OUT}mentions.json`,
  `{\n${Object.entries(mentionsOut)
    .map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(',\n')}\n}\n`,
);
writeFileSync(`${OUT}SOURCES.tsv`, `${sources.join('\n')}\n`);
const counts = { test: 0, dev: 0, train: 0 };
for (const s of split.values()) counts[s]++;
console.log(
  `${files.length} documents → ${OUT} (test ${counts.test}, dev ${counts.dev}, train ${counts.train})`,
);
