import type { Side } from './kit.ts';
import { partKit, side } from './kit.ts';

export { shortened } from './fifth-heldout-kit.ts';
export { reprint, story } from './fourth-heldout-kit.ts';

/** The tenth held-out part's pairs and figures (see `partKit`). */
export const { split, pair, stagePair, figures } = partKit('heldout-10');

const paragraphsOf = (s: Side): string[] => s.body.split('\n\n');

/**
 * The agency's own later version of a story (UPDATE n, CORRECTED-): same feed, a new slug and
 * headline, the paragraphs edited by the caller.
 */
export function version(
  original: Side,
  slug: string,
  headline: string,
  edit: (ps: string[]) => string[],
): Side {
  return side(original.feed, slug, headline, edit(paragraphsOf(original)).join('\n\n'));
}

/**
 * A reprint in another outlet's house style: curly quotes, "per cent" for "%", and the caller's swaps
 * (small numbers spelled out, titles lower-cased or shortened), applied in order.
 */
export function houseStyle(
  original: Side,
  feed: string,
  slug: string,
  headline: string,
  swaps: readonly (readonly [string, string])[],
): Side {
  let body = original.body;
  for (const [from, to] of swaps) body = body.split(from).join(to);
  body = body
    .replace(/(\d)%/g, '$1 per cent')
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/'/g, '’');
  return side(feed, slug, headline, body);
}

/** A web reprint that breaks every paragraph after its first sentence, as mobile layouts do. */
export function resplit(original: Side, feed: string, slug: string, headline: string): Side {
  const out = paragraphsOf(original).flatMap((p) => {
    const at = p.search(/[.!?]["”]? (?=[A-Z"“])/);
    if (at < 0) return [p];
    const cut = p[at + 1] === '"' || p[at + 1] === '”' ? at + 2 : at + 1;
    return [p.slice(0, cut), p.slice(cut + 1)];
  });
  return side(feed, slug, headline, out.join('\n\n'));
}

/** A reprint that runs the paragraphs together in twos, as some print layouts do. */
export function merged(original: Side, feed: string, slug: string, headline: string): Side {
  const ps = paragraphsOf(original);
  const out: string[] = [];
  for (let i = 0; i < ps.length; i += 2) out.push(ps.slice(i, i + 2).join(' '));
  return side(feed, slug, headline, out.join('\n\n'));
}

/** A reprint with the last `n` paragraphs cut and its own headline. */
export function cutLast(original: Side, feed: string, slug: string, headline: string, n: number): Side {
  const ps = paragraphsOf(original);
  return side(feed, slug, headline, ps.slice(0, ps.length - n).join('\n\n'));
}

/** A table (lead, rows, footer) cut to its top rows: the lead kept, the footer dropped. */
export function tableTop(original: Side, feed: string, slug: string, headline: string, rows: number): Side {
  const [lead = '', table = ''] = paragraphsOf(original);
  return side(feed, slug, headline, [lead, table.split('\n').slice(0, rows).join('\n')].join('\n\n'));
}

/** A table reprinted whole with a source line added at its foot. */
export function sourced(original: Side, feed: string, slug: string, headline: string, source: string): Side {
  return side(feed, slug, headline, `${original.body}\n\n${source}`);
}

/** A table reprinted whole under a new intro of the outlet's own. */
export function newIntro(original: Side, feed: string, slug: string, headline: string, intro: string): Side {
  const [, ...rest] = paragraphsOf(original);
  return side(feed, slug, headline, [intro, ...rest].join('\n\n'));
}
