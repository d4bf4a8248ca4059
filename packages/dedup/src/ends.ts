/**
 * Where the text two stories share sits in them: at their ends, or only in their middle. Pure.
 *
 * Why: the later stage of an affair (the capture after the manhunt, the power restored after the
 * blackout, the winner after the preview) recounts the earlier story's background, so the two share
 * much text and every name, and word lists of stages never cover the next affair's words. What does
 * not depend on words is the shape of the sharing. The later story opens on its own news and ends on
 * its own reaction; the earlier one's lead (what was new then) and its ending (its quote, its "police
 * urged…") are both gone; what is left of it is a block of background in the middle. A copy is an
 * edit of the whole: it may rewrite the intro, cut the last paragraph, or add a paragraph of its own,
 * but a copy that drops the original's lead *and* its ending *and* ends on text of its own is rare
 * (two of the 134 copies and versions of the evaluation's development parts, both heavy rewrites).
 *
 * What it costs: the stored story keeps which of its bottom-k samples are the smallest shingles of its
 * first paragraph (up to four) and the smallest of its last (5-bit ranks: 13–28 bits, only for stories
 * of three paragraphs or more);
 * the incoming story, seen whole, keeps its last paragraph's shingles. Both are read off shingles the
 * sketch hashes anyway: no second pass over the text.
 */

/**
 * Ranks in the stored body sample of the first paragraph's smallest shingles (up to `LEAD_SAMPLES`,
 * ascending) and of the last paragraph's smallest.
 */
export interface Ends {
  lead: number[];
  tail: number;
}

/** Stories with fewer paragraphs have no middle to share. */
export const MIN_PARAGRAPHS = 3;
/**
 * A later stage's new lead still repeats some of the earlier lead's phrases (its names, "police
 * said"): a third to a half of its shingles. One sample is often among them; all of four, rarely
 * (1 in 16 at half), while a lead kept verbatim keeps all four.
 */
export const LEAD_SAMPLES = 4;

/**
 * The ends of a story as its sketch keeps them, from its shingle hashes in text order (`all`): the
 * ranks in `body` (ascending, the bottom-k of the top 16 bits) of the smallest values among the
 * shingles of its first paragraph (those starting at or before `firstEnd`) and of the smallest among
 * its last paragraph's (from `lastStart`); undefined when either paragraph has none in the sample
 * (then the rule cannot tell whether it was kept, and says nothing).
 */
export function endsOf(
  all: readonly number[],
  firstEnd: number,
  lastStart: number,
  body: readonly number[],
): Ends | undefined {
  // Most shingles lie above the sample's largest value: one comparison each.
  const ceiling = body[body.length - 1] ?? -1;
  const rankOf = (h: number): number => {
    const top = h >>> 16;
    return top > ceiling ? -1 : body.indexOf(top);
  };
  let tail = -1;
  for (let i = Math.max(0, lastStart); i < all.length; i++) {
    const r = rankOf(all[i] as number);
    if (r >= 0 && (tail < 0 || r < tail)) tail = r;
  }
  const lead: number[] = [];
  for (let i = 0; i <= firstEnd && i < all.length; i++) {
    const r = rankOf(all[i] as number);
    if (r >= 0 && r !== tail && !lead.includes(r)) lead.push(r);
  }
  if (lead.length === 0 || tail < 0) return undefined;
  return { lead: lead.sort((a, b) => a - b).slice(0, LEAD_SAMPLES), tail };
}

/** The last paragraph's shingle values (top 16 bits), those from `lastStart` on, in text order. */
export function tailTopsOf(all: readonly number[], lastStart: number): number[] {
  const tops: number[] = [];
  for (let i = Math.max(0, lastStart); i < all.length; i++) tops.push((all[i] as number) >>> 16);
  return tops;
}

/** Fewer of the new last paragraph's shingles than this in the stored sample's range cannot say it is new. */
const MIN_TAIL_SAMPLES = 2;

/**
 * The incoming story keeps only the stored story's middle: not all of the stored lead's samples are
 * in it, nor the stored ending's, and its own last paragraph is new (of its shingles in the stored
 * sample's range, at least two, at most a third shared). `tailTops` are the incoming story's last
 * paragraph's shingle values (tailTopsOf); `ceiling` is the largest value the stored sample covers,
 * `storedSet` the sample itself.
 */
export function keepsOnlyMiddle(
  stored: { body: readonly number[]; ends?: Ends },
  topSet: ReadonlySet<number>,
  tailTops: readonly number[],
  ceiling: number,
  storedSet: ReadonlySet<number>,
): boolean {
  const ends = stored.ends;
  if (ends === undefined) return false;
  const kept = (rank: number): boolean => {
    const v = stored.body[rank];
    return v === undefined || topSet.has(v);
  };
  if (kept(ends.tail) || ends.lead.every(kept)) return false;
  let sampled = 0;
  let shared = 0;
  for (const v of tailTops) {
    if (v > ceiling) continue;
    sampled++;
    if (storedSet.has(v)) shared++;
  }
  return sampled >= MIN_TAIL_SAMPLES && 3 * shared <= sampled;
}
