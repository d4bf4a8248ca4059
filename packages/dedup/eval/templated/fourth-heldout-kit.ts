import type { Label, Pair, Side } from './kit.ts';
import { pairMaker, side } from './kit.ts';

export const split = 'heldout-4' as const;

/** A pair of the fourth held-out part from one template: a copy is kind `template-copy`. */
export function pair(id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair {
  return pairMaker(family, split)(id, a, b, note, label);
}

/**
 * A pair of two stories of one affair: `distinct` for two stages (the later recounts the earlier and
 * shares its names and background), a reprint of one stage is an ordinary `copy`.
 */
export function stagePair(id: string, family: string, a: Side, b: Side, note: string, label?: Label): Pair {
  return pairMaker(family, split, { copyKind: 'copy' })(id, a, b, note, label);
}

/** A story told from paragraphs: the later stage of an affair repeats the earlier one's background. */
export function story(feed: string, slug: string, headline: string, paragraphs: readonly string[]): Side {
  return side(feed, slug, headline, paragraphs.join('\n\n'));
}

/**
 * Another outlet's reprint of a story: its own headline, and as outlets edit, a rewritten intro, a
 * paragraph of local context, the last paragraph cut, curly quotes.
 */
export function reprint(
  original: Side,
  feed: string,
  slug: string,
  headline: string,
  edits: { intro?: string; local?: { after: number; text: string }; cutLast?: boolean; curly?: boolean },
): Side {
  const paragraphs = original.body.split('\n\n');
  if (edits.intro !== undefined) paragraphs[0] = edits.intro;
  if (edits.local) paragraphs.splice(edits.local.after, 0, edits.local.text);
  if (edits.cutLast) paragraphs.pop();
  let body = paragraphs.join('\n\n');
  if (edits.curly) body = body.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’');
  return side(feed, slug, headline, body);
}
