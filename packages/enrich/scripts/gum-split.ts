// The held-out split of the GUM evaluation set, fixed before any tuning (ADR 0014). A rule on the
// document ids, not a list, so that anyone can check it: within each genre, sort the ids and number
// them from 0; news documents with an even number are held out (12 of 24), as is every third
// document of the other genres (numbers 0, 3, 6, …). Of the rest, news number 1, 5, 9, … and the
// other genres' number 1, 7, 13, … are the development split; everything else trains.

/** Which split a GUM document belongs to. */
export type GumSplit = 'test' | 'dev' | 'train';

/** The split of every id (`GUM_<genre>_<name>`). */
export function gumSplit(ids: readonly string[]): Map<string, GumSplit> {
  const byGenre = new Map<string, string[]>();
  for (const id of ids) {
    const genre = id.split('_')[1] ?? '';
    const list = byGenre.get(genre) ?? [];
    list.push(id);
    byGenre.set(genre, list);
  }
  const split = new Map<string, GumSplit>();
  for (const [genre, list] of byGenre) {
    list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [i, id] of list.entries()) {
      if (genre === 'news') split.set(id, i % 2 === 0 ? 'test' : i % 4 === 1 ? 'dev' : 'train');
      else split.set(id, i % 3 === 0 ? 'test' : i % 6 === 1 ? 'dev' : 'train');
    }
  }
  return split;
}
