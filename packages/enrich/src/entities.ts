import type { Entity } from '@wirefeed/core';
import { classify, initialsMatch, isPersonName } from './classify.ts';
import { CORPORATE_SUFFIXES, ORG_CUES, PARTICLES, STORM_WORDS } from './data/lexicon.ts';
import { isPlaceName, lookupPlaces } from './gazetteer.ts';
import type { Span } from './spans.ts';
import { findSpans } from './spans.ts';
import { tokenize } from './tokens.ts';
import type { EnrichInput } from './types.ts';

const ACRONYM_RE = /^\p{Lu}{2,}$/u;
const WORD_SPLIT_RE = /[\s-]+/u;
// "U.S.", "UK", "EU": a country written as an abbreviation.
const ABBREVIATED_RE = /^(?:\p{Lu}\.)+$|^\p{Lu}{2,3}$/u;

interface Tally {
  name: string;
  mentions: number;
  first: number;
}

/** People and organisations found in a story. */
export interface FoundEntities {
  people: Entity[];
  organisations: Entity[];
}

/**
 * Find people and organisations by capitalisation and context (titles, reporting verbs,
 * organisation words, defined acronyms), then count every later mention, including bare surnames
 * ("Xi said" counts toward "Xi Jinping") and acronyms ("CPC" toward "Communist Party of China").
 * English only: the cues are English words, and other languages capitalise differently.
 */
export function findEntities(input: EnrichInput): FoundEntities {
  if (input.language !== undefined && input.language !== 'en') return { people: [], organisations: [] };
  const tokenized = tokenize(input.headline, input.text);
  const { tokens, source } = tokenized;
  const spans = findSpans(tokenized);
  const people = new Map<string, Tally>();
  const orgs = new Map<string, Tally>();
  const acronyms = new Map<string, string>();
  const acronymDefinitions = new Set<number>();
  const loose: Span[] = [];

  for (const span of spans) {
    if (acronymDefinitions.has(span.first)) continue;
    const result = span.discover ? classify(span, tokens, source) : undefined;
    if (result === undefined) {
      loose.push(span);
      continue;
    }
    for (const f of result.findings) {
      if (f.kind === 'person') bump(people, f.name, f.at);
      else bump(orgs, withoutCountry(f.name), f.at);
    }
    if (result.acronym !== undefined) {
      acronyms.set(result.acronym.text, result.acronym.org);
      acronymDefinitions.add(result.acronym.at);
    }
  }

  // Wires name a person in full once and by surname after: "Jannik Sinner … Sinner said". A two- or
  // three-word name with no other cue is a person when its last word also stands alone.
  const alone = new Set<string>();
  for (const span of loose) if (span.words.length === 1) alone.add(span.text);
  const named = new Set<Span>();
  for (const span of loose) {
    const last = span.words.at(-1);
    if (!span.discover || span.words.length < 2 || span.words.length > 3 || last === undefined) continue;
    if (!alone.has(last.bare) || ORG_CUES.has(last.bare) || people.has(span.text) || orgs.has(span.text))
      continue;
    if (span.words.some((w) => isPlaceName(w.bare)) || !isPersonName(span.words, span.text)) continue;
    if (STORM_WORDS.has(span.words[0]?.bare ?? '')) continue;
    bump(people, span.text, span.first);
    named.add(span);
  }

  foldOrganisations(orgs);
  const aliases = personAliases(people);
  for (const [name, tally] of people) {
    const full = name.includes(' ') ? undefined : aliases.get(name);
    if (full === undefined) continue;
    bump(people, full, tally.first, tally.mentions);
    people.delete(name);
  }
  const orgForms = new Map<string, string>();
  for (const name of orgs.keys()) orgForms.set(withoutLegalForm(name), name);
  const mention = (text: string, at: number): string | undefined => {
    const person = people.has(text) ? text : aliases.get(text);
    if (person !== undefined) {
      bump(people, person, at);
      return person;
    }
    const org = orgForms.get(withoutLegalForm(text)) ?? acronyms.get(text);
    if (org !== undefined) bump(orgs, org, at);
    return org;
  };
  for (const span of loose) {
    if (named.has(span)) continue;
    if (mention(span.text, span.first) !== undefined || span.discover) continue;
    // A Title Case headline runs names into one span ("Owusu Says Vaccine Works"): try each word,
    // once per entity in a row so "Xi Jinping" is not two mentions.
    let last: string | undefined;
    for (const word of span.words) {
      const found =
        last !== undefined && (aliases.get(word.bare) ?? word.bare) === last
          ? undefined
          : mention(word.bare, span.first);
      if (found !== undefined) last = found;
    }
  }
  return { people: ranked(people), organisations: ranked(orgs) };
}

// "U.S. Department of Energy" → "Department of Energy": an abbreviated country before a name that
// stands on its own (two or more words with an organisation word) is not part of it. A country
// written out usually is ("Japan Innovation Party", "China National Space Administration").
export function withoutCountry(name: string): string {
  const space = name.indexOf(' ');
  if (space === -1) return name;
  const head = name.slice(0, space);
  const rest = name.slice(space + 1);
  if (!ABBREVIATED_RE.test(head) || !lookupPlaces(head).some((p) => p.kind === 'country')) return name;
  const words = rest.split(' ');
  return words.length >= 2 && words.some((w) => ORG_CUES.has(w)) && words[0] !== 'of' ? rest : name;
}

function bump(map: Map<string, Tally>, name: string, at: number, by = 1): void {
  const tally = map.get(name);
  if (tally === undefined) map.set(name, { name, mentions: by, first: at });
  else {
    tally.mentions += by;
    tally.first = Math.min(tally.first, at);
  }
}

// First and last name words of every multi-word person; a word two people share maps to nobody.
function personAliases(people: ReadonlyMap<string, Tally>): Map<string, string> {
  const owners = new Map<string, string | null>();
  for (const name of people.keys()) {
    const parts = name.split(WORD_SPLIT_RE).filter((p) => !PARTICLES.has(p));
    if (parts.length < 2) continue;
    for (const part of new Set([parts[0], parts.at(-1)])) {
      if (part === undefined || part.length < 2) continue;
      const owner = owners.get(part);
      owners.set(part, owner === undefined || owner === name ? name : null);
    }
  }
  const aliases = new Map<string, string>();
  for (const [part, owner] of owners) if (owner !== null) aliases.set(part, owner);
  return aliases;
}

// A story names one organisation several ways; counting each name apart would split its mentions.
// "Northwind" folds into "Northwind Airlines", "WHO" into "World Health Organization", "U.S. Federal
// Reserve" into "Federal Reserve" — only when exactly one candidate fits. Indexed, so a story
// listing thousands of organisations stays linear.
function foldOrganisations(orgs: Map<string, Tally>): void {
  // Legal-form variants go under the common name ("Northwind Airlines Inc" → "Northwind Airlines")
  // when the story uses it, else under the first variant seen.
  const byForm = new Map<string, string>();
  for (const name of [...orgs.keys()]) {
    const form = withoutLegalForm(name);
    const target = orgs.has(form) ? form : byForm.get(form);
    if (target === undefined || target === name) byForm.set(form, name);
    else move(orgs, name, target);
  }
  const byFirstWord = new Map<string, string[]>();
  const byInitial = new Map<string, string[]>();
  for (const name of orgs.keys()) {
    const space = name.indexOf(' ');
    if (space === -1) continue;
    push(byFirstWord, name.slice(0, space), name);
    push(byInitial, name.charAt(0).toUpperCase(), name);
  }
  for (const name of [...orgs.keys()]) {
    const candidates = foldCandidates(name, orgs, byFirstWord, byInitial).filter(
      (c) => c !== name && orgs.has(c),
    );
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (target !== undefined) move(orgs, name, target);
  }
}

function foldCandidates(
  name: string,
  orgs: ReadonlyMap<string, Tally>,
  byFirstWord: ReadonlyMap<string, string[]>,
  byInitial: ReadonlyMap<string, string[]>,
): string[] {
  if (!name.includes(' ')) {
    const longer = byFirstWord.get(name) ?? [];
    if (!ACRONYM_RE.test(name)) return longer;
    const expansions = (byInitial.get(name.charAt(0)) ?? []).filter((o) =>
      initialsMatch(o.split(WORD_SPLIT_RE), name),
    );
    return [...new Set([...longer, ...expansions])];
  }
  const shorter: string[] = [];
  for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1)) {
    const rest = name.slice(i + 1);
    if (
      orgs.has(rest) &&
      name
        .slice(0, i)
        .split(' ')
        .every((w) => isPlaceName(w))
    )
      shorter.push(rest);
  }
  return shorter;
}

function move(orgs: Map<string, Tally>, from: string, to: string): void {
  const tally = orgs.get(from);
  if (tally === undefined) return;
  bump(orgs, to, tally.first, tally.mentions);
  orgs.delete(from);
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

// "Northwind Airlines Inc" → "Northwind Airlines"; a bare "Group" stays.
function withoutLegalForm(name: string): string {
  const space = name.lastIndexOf(' ');
  return space > 0 && CORPORATE_SUFFIXES.has(name.slice(space + 1)) ? name.slice(0, space) : name;
}

function ranked(map: ReadonlyMap<string, Tally>): Entity[] {
  return [...map.values()]
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map((t) => ({ name: t.name, mentions: t.mentions }));
}
