import { readFileSync } from 'node:fs';
import { normalizeItem } from '@wirefeed/normalize';
import { add, KINDS, prf, scoreDocument, zero } from '../src/eval/score.ts';
import { enrichStory } from '../src/index.ts';

const G = new URL('../eval/gum/', import.meta.url).pathname;
const ann = JSON.parse(readFileSync(`${G}annotations.json`, 'utf8'));
const split = process.argv[2] ?? 'dev';
const by = new Map<string, ReturnType<typeof zero>>();
const byKind = new Map<string, ReturnType<typeof zero>>();
for (const a of ann.filter((x: { split: string }) => x.split === split)) {
  const raw = readFileSync(`${G}docs/${a.file}`, 'utf8');
  const [title = '', ...rest] = raw.split('\n');
  const html = rest
    .join('\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
    .join('\n');
  const at = new Date('2026-01-01T00:00:00Z');
  const story = normalizeItem(
    { guid: a.file, title, contentHtml: html, categories: [] },
    { feedId: 'e', feedUrl: 'https://e.x/f', fetchedAt: at.toISOString(), now: at },
  );
  const { enrichment } = enrichStory(story);
  const s = scoreDocument(a, {
    people: enrichment.people.map((e) => e.name),
    organisations: enrichment.organisations.map((e) => e.name),
    places: enrichment.places.map((e) => e.name),
  });
  const c = by.get(a.genre) ?? zero();
  for (const k of KINDS) {
    add(c, s.counts.lenient[k]);
    const d = byKind.get(`${a.genre}:${k}`) ?? zero();
    add(d, s.counts.lenient[k]);
    byKind.set(`${a.genre}:${k}`, d);
  }
  by.set(a.genre, c);
}
for (const [g, c] of by)
  console.log(
    g.padEnd(10),
    (100 * prf(c).f).toFixed(1),
    KINDS.map((k) => `${k} ${(100 * prf(byKind.get(`${g}:${k}`) ?? zero()).f).toFixed(1)}`).join('  '),
  );
// FP analysis
const stats = new Map<string, [number, number]>();
for (const a of ann.filter((x: { split: string }) => x.split === split)) {
  const raw = readFileSync(`${G}docs/${a.file}`, 'utf8');
  const [title = '', ...rest] = raw.split('\n');
  const html = rest
    .join('\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</p>`)
    .join('\n');
  const at = new Date('2026-01-01T00:00:00Z');
  const story = normalizeItem(
    { guid: a.file, title, contentHtml: html, categories: [] },
    { feedId: 'e', feedUrl: 'https://e.x/f', fetchedAt: at.toISOString(), now: at },
  );
  const { enrichment } = enrichStory(story);
  const s = scoreDocument(a, {
    people: enrichment.people.map((e) => e.name),
    organisations: enrichment.organisations.map((e) => e.name),
    places: enrichment.places.map((e) => e.name),
  });
  for (const kind of KINDS) {
    const list =
      kind === 'people'
        ? enrichment.people
        : kind === 'organisations'
          ? enrichment.organisations
          : enrichment.places;
    for (const e of list) {
      const key = `${kind} m${Math.min(e.mentions, 3)} w${Math.min(e.name.split(' ').length, 3)}`;
      const st = stats.get(key) ?? [0, 0];
      if (s.added[kind].includes(e.name)) st[1]++;
      else st[0]++;
      stats.set(key, st);
    }
  }
}
for (const [k, [good, bad]] of [...stats].sort()) console.log(k.padEnd(22), 'ok', good, 'wrong', bad);
