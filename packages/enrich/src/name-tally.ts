import type { Entity } from '@wirefeed/core';

// How the names of a story are counted: one tally per name, and the few that are too unsure dropped.

export interface Tally {
  name: string;
  mentions: number;
  first: number;
  /** The tagger's best confidence in any of its mentions. */
  confidence: number;
}

/**
 * An entity the tagger is never sure of (margin over "outside", in weight units × 32) is dropped:
 * chosen on the GUM dev split and the written copy.
 */
export const MIN_CONFIDENCE = 0;
/** A one-word name mentioned once needs more: most such guesses in running text are wrong. */
export const MIN_LONE_CONFIDENCE = 200;
export const ACRONYM_RE = /^\p{Lu}{2,6}$/u;
export const WORD_SPLIT_RE = /[\s-]+/u;
export const PARTICLES = new Set(
  'de da do dos das del della di du van von der den ter ten bin ibn al el la le'.split(' '),
);

export function bump(map: Map<string, Tally>, name: string, at: number, confidence: number): void {
  // One entity per name whatever its case ("JAPAN" in the headline, "Japan" in the body).
  const key = name.toLowerCase();
  const tally = map.get(key);
  if (tally === undefined) map.set(key, { name, mentions: 1, first: at, confidence });
  else {
    tally.mentions++;
    tally.confidence = Math.max(tally.confidence, confidence);
    if (at < tally.first) tally.first = at;
    // The mixed-case form wins over a shouted one.
    if (tally.name === tally.name.toUpperCase() && name !== name.toUpperCase()) tally.name = name;
  }
}

export function ranked(map: ReadonlyMap<string, Tally>): Entity[] {
  return [...map.values()]
    .filter(
      (t) =>
        t.confidence >= (t.mentions === 1 && !t.name.includes(' ') ? MIN_LONE_CONFIDENCE : MIN_CONFIDENCE),
    )
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map((t) => ({ name: t.name, mentions: t.mentions }));
}
