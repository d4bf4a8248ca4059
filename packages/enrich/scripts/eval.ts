// `npm run eval:enrich [-- --misses] [-- --rounds N]`: how well the enrich stage finds people,
// organisations and places (and their countries) and picks the top IPTC subject, on the annotated
// stories in eval/ (see eval/README.md), next to compromise alone on the same stories.
//
//   --misses     list, per story, what each system missed (−) and added (+)
//   --rounds N   timed passes over the set per system (default 10); the median pass is reported
//
// Each story goes through the normalizer first (as in the pipeline), so the dateline is found and
// removed from the body the same way. Names are compared case-insensitively after the same
// normalisation for gold, ours and compromise: diacritics folded, titles, a leading "the", a
// possessive "'s" and punctuation dropped. A prediction matches a gold entity by its name or by an
// alias the annotation lists; a second prediction for an entity already matched counts as wrong.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Story } from '@wirefeed/core';
import { normalizeItem } from '@wirefeed/normalize';
import nlp from 'compromise';
import { enrichStory } from '../src/index.ts';

interface Annotation {
  file: string;
  section: string;
  language: string;
  dateline: string | null;
  people: string[];
  organisations: string[];
  places: { name: string; countryCode: string }[];
  topSubject: string;
  subjects: string[];
  aliases?: Record<string, string[]>;
}

interface Predicted {
  people: string[];
  organisations: string[];
  places: { name: string; countryCode?: string }[];
  topSubject?: string;
  subjects?: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const KINDS = ['people', 'organisations', 'places'] as const;
type Kind = (typeof KINDS)[number];

const { values } = parseArgs({
  options: {
    misses: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '10' },
  },
});
const rounds = Math.max(1, Number.parseInt(values.rounds, 10) || 10);

const EVAL_DIR = fileURLToPath(new URL('../eval/', import.meta.url));
const annotations = JSON.parse(readFileSync(`${EVAL_DIR}annotations.json`, 'utf8')) as Annotation[];

const TITLES = new Set(
  'president prime minister mr mrs ms dr gov governor sen senator rep chancellor king queen prince pope chair chairman secretary general coach'.split(
    ' ',
  ),
);

/** One normalisation for gold, ours and compromise. */
export function normalizeName(name: string): string {
  let words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('’', "'")
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[.,;:!?"“”()]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 1 && (TITLES.has(words[0] ?? '') || words[0] === 'the')) words = words.slice(1);
  return words.join(' ');
}

function storyFor(file: string): Story {
  const raw = readFileSync(`${EVAL_DIR}stories/${file}`, 'utf8');
  const [title = '', ...rest] = raw.split('\n');
  const paragraphs = rest
    .join('\n')
    .trim()
    .split(/\n\s*\n/);
  const escapeHtml = (s: string) =>
    s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const contentHtml = paragraphs.map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n');
  const at = new Date('2026-01-01T00:00:00Z');
  return normalizeItem(
    { guid: file, title, contentHtml, categories: [] },
    { feedId: 'eval', feedUrl: 'https://eval.example/feed.xml', fetchedAt: at.toISOString(), now: at },
  );
}

function ours(story: Story): Predicted {
  const { enrichment } = enrichStory(story);
  const top = enrichment.subjects.find((s) => /^medtop:\d{2}000000$/.test(s.code));
  return {
    people: enrichment.people.map((e) => e.name),
    organisations: enrichment.organisations.map((e) => e.name),
    places: enrichment.places.map((p) => (p.countryCode === undefined ? { name: p.name } : p)),
    ...(top === undefined ? {} : { topSubject: top.code }),
    subjects: enrichment.subjects.filter((s) => /^medtop:\d{2}000000$/.test(s.code)).map((s) => s.code),
  };
}

function compromiseOnly(story: Story): Predicted {
  const doc = nlp(`${story.headline}\n${story.body.text}`);
  const texts = (view: { out: (format: 'array') => string[] }) => view.out('array');
  return {
    people: texts(doc.people()),
    organisations: texts(doc.organizations()),
    places: texts(doc.places()).map((name) => ({ name })),
  };
}

interface StoryScore {
  counts: Record<Kind, Counts>;
  missed: Record<Kind, string[]>;
  added: Record<Kind, string[]>;
  placesMatched: number;
  placesRightCountry: number;
  wrongCountry: string[];
}

function score(gold: Annotation, predicted: Predicted): StoryScore {
  const result: StoryScore = {
    counts: { people: zero(), organisations: zero(), places: zero() },
    missed: { people: [], organisations: [], places: [] },
    added: { people: [], organisations: [], places: [] },
    placesMatched: 0,
    placesRightCountry: 0,
    wrongCountry: [],
  };
  for (const kind of KINDS) {
    const goldNames = kind === 'places' ? gold.places.map((p) => p.name) : gold[kind];
    // Every normalised form of a gold entity (its name and its aliases) → the entity.
    const forms = new Map<string, number>();
    for (const [i, name] of goldNames.entries()) {
      for (const form of [name, ...(gold.aliases?.[name] ?? [])]) forms.set(normalizeName(form), i);
    }
    const matched = new Set<number>();
    const seen = new Set<string>();
    const names = kind === 'places' ? predicted.places.map((p) => p.name) : predicted[kind];
    for (const [k, name] of names.entries()) {
      const norm = normalizeName(name);
      if (norm === '' || seen.has(norm)) continue;
      seen.add(norm);
      const i = forms.get(norm);
      if (i === undefined || matched.has(i)) {
        result.counts[kind].fp++;
        result.added[kind].push(name);
        continue;
      }
      matched.add(i);
      result.counts[kind].tp++;
      if (kind === 'places') {
        const want = gold.places[i]?.countryCode;
        const got = predicted.places[k]?.countryCode;
        if (got !== undefined) {
          result.placesMatched++;
          if (got === want) result.placesRightCountry++;
          else result.wrongCountry.push(`${name} ${got}≠${want}`);
        }
      }
    }
    for (const [i, name] of goldNames.entries()) {
      if (matched.has(i)) continue;
      result.counts[kind].fn++;
      result.missed[kind].push(name);
    }
  }
  return result;
}

function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

// Median microseconds of this thread's CPU time per story over `rounds` passes of the whole set:
// CPU time leaves out waiting for a core on a busy machine.
function timePerStory(stories: readonly Story[], run: (s: Story) => unknown): number {
  for (const s of stories) run(s);
  const passes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.threadCpuUsage();
    for (const s of stories) run(s);
    const used = process.threadCpuUsage(start);
    passes.push((used.user + used.system) / stories.length);
  }
  passes.sort((a, b) => a - b);
  return passes[Math.floor(passes.length / 2)] ?? 0;
}

const stories = annotations.map((a) => storyFor(a.file));
const systems = [
  { name: 'wirefeed', run: ours },
  { name: 'compromise', run: compromiseOnly },
] as const;

const totals = new Map<
  string,
  { counts: Record<Kind, Counts>; matched: number; right: number; top: number }
>();
for (const system of systems) {
  const total = {
    counts: { people: zero(), organisations: zero(), places: zero() },
    matched: 0,
    right: 0,
    top: 0,
  };
  for (const [i, gold] of annotations.entries()) {
    const story = stories[i];
    if (story === undefined) continue;
    const predicted = system.run(story);
    const s = score(gold, predicted);
    for (const kind of KINDS) {
      total.counts[kind].tp += s.counts[kind].tp;
      total.counts[kind].fp += s.counts[kind].fp;
      total.counts[kind].fn += s.counts[kind].fn;
    }
    total.matched += s.placesMatched;
    total.right += s.placesRightCountry;
    if (predicted.topSubject !== undefined && predicted.topSubject === gold.topSubject) total.top++;
    if (values.misses) {
      const lines: string[] = [];
      for (const kind of KINDS) {
        if (s.missed[kind].length > 0) lines.push(`    ${kind} −: ${s.missed[kind].join(' | ')}`);
        if (s.added[kind].length > 0) lines.push(`    ${kind} +: ${s.added[kind].join(' | ')}`);
      }
      if (s.wrongCountry.length > 0) lines.push(`    country ≠: ${s.wrongCountry.join(' | ')}`);
      if (predicted.topSubject !== undefined && predicted.topSubject !== gold.topSubject) {
        lines.push(`    top subject: ${predicted.topSubject} ≠ ${gold.topSubject}`);
      }
      if (lines.length > 0) console.log(`  [${system.name}] ${gold.file}\n${lines.join('\n')}`);
    }
  }
  totals.set(system.name, total);
}

const timings = new Map(systems.map((s) => [s.name, timePerStory(stories, s.run)]));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const meanBytes = stories.reduce((n, s) => n + s.headline.length + s.body.text.length, 0) / stories.length;

console.log(
  `\n${annotations.length} annotated stories (${(meanBytes / 1024).toFixed(1)} KB of text on average), eval/annotations.json\n`,
);
console.log(
  `${'entity type'.padEnd(15)}${'wirefeed P / R / F1'.padStart(27)}${'compromise P / R / F1'.padStart(29)}`,
);
for (const kind of KINDS) {
  const row = systems.map((s) => {
    const c = totals.get(s.name)?.counts[kind] ?? zero();
    const { p, r, f } = prf(c);
    return `${pct(p)} ${pct(r)} ${pct(f)}`;
  });
  console.log(`${kind.padEnd(15)}${row.map((r) => r.padStart(27)).join('  ')}`);
}
const all = (name: string) => {
  const t = totals.get(name);
  const c = zero();
  for (const kind of KINDS) {
    c.tp += t?.counts[kind].tp ?? 0;
    c.fp += t?.counts[kind].fp ?? 0;
    c.fn += t?.counts[kind].fn ?? 0;
  }
  return prf(c);
};
console.log(
  `${'all entities'.padEnd(15)}${systems
    .map((s) => {
      const { p, r, f } = all(s.name);
      return `${pct(p)} ${pct(r)} ${pct(f)}`.padStart(27);
    })
    .join('  ')}`,
);
const ourTotal = totals.get('wirefeed');
console.log(
  `\nplaces resolved to the right country (of the gold places found with a country): wirefeed ${pct(
    (ourTotal?.right ?? 0) / Math.max(1, ourTotal?.matched ?? 0),
  )} (${ourTotal?.right}/${ourTotal?.matched}); compromise gives no country`,
);
console.log(
  `top subject right: wirefeed ${pct((ourTotal?.top ?? 0) / annotations.length)} (${ourTotal?.top}/${annotations.length}); compromise has no subjects`,
);
const ourUs = timings.get('wirefeed') ?? 0;
const theirUs = timings.get('compromise') ?? 0;
console.log(
  `CPU time per story (median of ${rounds} passes, this machine): wirefeed ${ourUs.toFixed(0)} µs (whole enrichStory), compromise ${theirUs.toFixed(0)} µs (people+organizations+places), ${(theirUs / Math.max(1, ourUs)).toFixed(0)}× `,
);
