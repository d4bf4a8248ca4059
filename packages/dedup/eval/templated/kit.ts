/**
 * Shared shapes and helpers for the templated evaluation pairs (issue 13): wire items written from one
 * template with another event's names, numbers, dates or results, and copies of such items.
 */

export interface Side {
  feed: string;
  guid: string;
  url: string;
  headline: string;
  body: string;
}

export type Label = 'duplicate' | 'update' | 'distinct';
/**
 * `dev`: tuned on. `heldout`: fixed before any tuning and read once at 6ec7460; its two false merges
 * then prompted a change, so from there on it is reported as read. `heldout-2`: written after that
 * read and before that change, read only to report it. `heldout-3`: new families written before the
 * change it measures, not read when written. `heldout-4`: new families written at b58d5b9, after
 * held-out 3 was read and before the change it measures (two stages of one affair), not read when written.
 * `heldout-5`: new families written blind, after held-out 4 was read and before the change it measures.
 * `heldout-6`: new families written blind, after held-out 5 was read, not run when written.
 * `heldout-7`: new families written blind, after held-out 6 was read, not run when written.
 * `heldout-8`: new families written blind, after held-out 7 was read, not run when written.
 * `heldout-9`: new families written blind, after held-out 8 was read, not run when written.
 * `heldout-10`: new families written blind, after held-out 9 was read, not run when written.
 * `heldout-11`: new families written blind, after held-out 10 was read, not run when written.
 */
export type Split =
  | 'dev'
  | 'heldout'
  | 'heldout-2'
  | 'heldout-3'
  | 'heldout-4'
  | 'heldout-5'
  | 'heldout-6'
  | 'heldout-7'
  | 'heldout-8'
  | 'heldout-9'
  | 'heldout-10'
  | 'heldout-11';

export interface Pair {
  id: string;
  kind: string;
  label: Label;
  /** The template family the pair comes from; the split is decided per family. */
  family?: string;
  split?: Split;
  a: Side;
  b: Side;
  note?: string;
}

/**
 * The pair maker of one template family: a `distinct` pair is two events from the template, any other
 * label a copy of one (`copyKind`).
 */
export function pairMaker(
  family: string,
  split: Split,
  defaults: { label?: Label; copyKind?: string } = {},
): (id: string, a: Side, b: Side, note: string, label?: Label) => Pair {
  return (id, a, b, note, label = defaults.label ?? 'distinct') => ({
    id,
    kind: label === 'distinct' ? 'template' : (defaults.copyKind ?? 'template-copy'),
    label,
    family,
    split,
    a,
    b,
    note,
  });
}

/** A deterministic generator (mulberry32 seeded by FNV-1a of the seed), so the set never changes. */
export function prng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let s = h >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Rand = () => number;
export const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
export function shuffle<T>(r: Rand, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
export const fixed = (n: number, digits: number): string => n.toFixed(digits);
export const pad = (text: string, width: number): string => text.padEnd(width);

/** One side of a pair: guid and URL in the outlet's style, made up (they do not resolve). */
export function side(feed: string, slug: string, headline: string, body: string): Side {
  const host = `${feed.replace(/[^a-z0-9]+/g, '')}.example.com`;
  return { feed, guid: `${feed}:${slug}`, url: `https://${host}/${slug}`, headline, body };
}

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const MON = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** A calendar day counted from 1 Dec 1996 (a Sunday), for datelines and weekdays. */
export function day(offset: number): { iso: string; weekday: string; d: number; mon: string; month: string } {
  const date = new Date(Date.UTC(1996, 11, 1 + offset));
  return {
    iso: date.toISOString().slice(0, 10),
    weekday: WEEKDAYS[(date.getUTCDay() + 6) % 7] as string,
    d: date.getUTCDate(),
    mon: MON[date.getUTCMonth()] as string,
    month: MONTHS[date.getUTCMonth()] as string,
  };
}

/**
 * What a held-out part's generators share: its split, a template pair (a copy is kind
 * `template-copy`), a pair of two stories of one affair or a preview and its report (`distinct` for
 * two stages; a reprint, update or cut of one stage is an ordinary `copy`), and a seeded figure
 * source per family, so the tables never change between runs.
 */
export function partKit<S extends Split>(split: S) {
  return {
    split,
    pair: (id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair =>
      pairMaker(family, split)(id, a, b, note, label),
    stagePair: (id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair =>
      pairMaker(family, split, { copyKind: 'copy' })(id, a, b, note, label),
    figures(family: string): (lo: number, hi: number) => number {
      const r = prng(`${split}:${family}`);
      return (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
    },
  };
}
