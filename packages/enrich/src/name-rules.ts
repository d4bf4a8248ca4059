import type { Entity } from '@wirefeed/core';
import { findEntities } from './entities.ts';
import { lookupPlaces } from './gazetteer.ts';
import { PARTICLES, WORD_SPLIT_RE } from './name-tally.ts';
import { rulePlaceRanges } from './places.ts';
import type { Token, Tokenized } from './tokens.ts';
import { tokenTexts } from './tokens.ts';
import type { EnrichInput } from './types.ts';

/** What the capitalisation rules found on their own. */
export interface RuleFindings {
  people: readonly Entity[];
  organisations: readonly Entity[];
  places: readonly { first: number; last: number }[];
}

/**
 * What the capitalisation rules say, per token: "per:B"/"per:I" for a person they found (and
 * "per:A" for a lone first or last name of one), "org:B"/"org:I", "loc:B"/"loc:I" for a place they
 * accept. The tagger weighs these like any other feature.
 */
export function ruleHints(
  input: EnrichInput,
  tokenized: Tokenized,
  view: readonly Token[],
  into?: RuleFindings,
): (string | undefined)[] {
  const { tokens } = tokenized;
  const hints: (string | undefined)[] = new Array(tokens.length);
  const found = findEntities({ ...input, language: 'en' });
  if (into !== undefined) {
    into.people = found.people;
    into.organisations = found.organisations;
  }
  const byFirst = new Map<string, { words: string[]; tag: string }[]>();
  const add = (name: string, tag: string) => {
    const words = tokenTexts(name);
    const first = words[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    list.push({ words, tag });
    byFirst.set(first, list);
  };
  for (const p of found.people) {
    add(p.name, 'per');
    const parts = p.name.split(WORD_SPLIT_RE).filter((w) => !PARTICLES.has(w));
    if (parts.length > 1) {
      for (const part of new Set([parts[0], parts.at(-1)]))
        if (part !== undefined && part.length > 1) add(part, 'per:A');
    }
  }
  // "Liverpool", "Chelsea": a club the rules know by a city's name is left to the tagger, which
  // decides by the context whether the club or the city is meant.
  for (const o of found.organisations) if (lookupPlaces(o.name).length === 0) add(o.name, 'org');
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) continue;
    const list = byFirst.get(t.text) ?? byFirst.get(t.bare);
    if (list === undefined) continue;
    for (const { words, tag } of list) {
      if (!matchesAt(tokens, i, words)) continue;
      for (let k = 0; k < words.length; k++) {
        hints[i + k] = tag === 'per:A' ? tag : `${tag}:${k === 0 ? 'B' : 'I'}`;
      }
      i += words.length - 1;
      break;
    }
  }
  const placeRanges = rulePlaceRanges(input, view);
  if (into !== undefined) into.places = placeRanges;
  for (const r of placeRanges) {
    for (let k = r.first; k <= r.last; k++) hints[k] ??= `loc:${k === r.first ? 'B' : 'I'}`;
  }
  return hints;
}

function matchesAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined) return false;
    if (t.text !== words[k] && !(k === words.length - 1 && t.bare === words[k])) return false;
  }
  return true;
}
