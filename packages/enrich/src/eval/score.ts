// Document-level scoring of people, organisations and places for `npm run eval:enrich` (not part
// of the package's exports). Each gold entity is found or not, once per document; names are
// compared after one normalisation for gold and every system.

/** The three entity kinds scored. */
export const KINDS = ['people', 'organisations', 'places'] as const;
export type Kind = (typeof KINDS)[number];

/** The gold entities of one document: names by kind, and other names of an entity. */
export interface Gold {
  people: readonly string[];
  organisations: readonly string[];
  places: readonly (string | { name: string })[];
  aliases?: Readonly<Record<string, readonly string[]>>;
}

/** What a system found in one document: names by kind. */
export type Found = Record<Kind, readonly string[]>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The two ways of matching: exact (name or alias), lenient (also part of a person's name). */
export const MODES = ['exact', 'lenient'] as const;
export type Mode = (typeof MODES)[number];

export interface DocScore {
  counts: Record<Mode, Record<Kind, Counts>>;
  /** Gold names not found, and found names that match nothing, in exact mode. */
  missed: Record<Kind, string[]>;
  added: Record<Kind, string[]>;
}

const TITLES = new Set(
  'president prime minister mr mrs ms dr prof professor gov governor sen senator rep chancellor king queen prince pope chair chairman secretary general coach sir dame lord lady judge justice mayor captain'.split(
    ' ',
  ),
);

/** One normalisation for gold and every system: diacritics, case, titles, "the", possessive, punctuation. */
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

export function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

// "bitar" and "salem bitar": one name's words end the other's.
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => long[offset + i] === w);
}

/**
 * Score one document. Exact: a found name matches a gold entity when it equals the entity's name or
 * one of its aliases; a second name for an entity already found is wrong. Lenient: in addition, a
 * found person matches when one name ends with the other ("Bitar" for "Salem Bitar", "Salem Bitar"
 * for a gold "Bitar"), and a further name of an entity already found is neither right nor wrong.
 */
export function scoreDocument(gold: Gold, found: Found): DocScore {
  const score: DocScore = {
    counts: {
      exact: { people: zero(), organisations: zero(), places: zero() },
      lenient: { people: zero(), organisations: zero(), places: zero() },
    },
    missed: { people: [], organisations: [], places: [] },
    added: { people: [], organisations: [], places: [] },
  };
  for (const kind of KINDS) {
    const goldNames = gold[kind].map((g) => (typeof g === 'string' ? g : g.name));
    const forms = goldNames.map((name) =>
      [name, ...(gold.aliases?.[name] ?? [])].map(normalizeName).filter((f) => f !== ''),
    );
    const exactIndex = new Map<string, number>();
    for (const [i, list] of forms.entries())
      for (const f of list) if (!exactIndex.has(f)) exactIndex.set(f, i);
    const names = [...new Set(found[kind].map(normalizeName))].filter((n) => n !== '');
    const original = new Map<string, string>();
    for (const n of found[kind]) if (!original.has(normalizeName(n))) original.set(normalizeName(n), n);
    for (const mode of MODES) {
      const matched = new Set<number>();
      const rest: string[] = [];
      const c = score.counts[mode][kind];
      for (const n of names) {
        const i = exactIndex.get(n);
        if (i !== undefined && !matched.has(i)) {
          matched.add(i);
          c.tp++;
        } else rest.push(n);
      }
      for (const n of rest) {
        if (mode === 'exact' || kind !== 'people') {
          if (mode === 'lenient' && exactIndex.has(n)) continue;
          c.fp++;
          if (mode === 'exact') score.added[kind].push(original.get(n) ?? n);
          continue;
        }
        const words = n.split(' ');
        const fits = (i: number) =>
          forms[i]?.some((f) => {
            const fw = f.split(' ');
            return endsWith(fw, words) || endsWith(words, fw);
          }) === true;
        let hit = -1;
        let again = false;
        for (let i = 0; i < forms.length; i++) {
          if (!fits(i) && exactIndex.get(n) !== i) continue;
          if (!matched.has(i)) {
            hit = i;
            break;
          }
          again = true;
        }
        if (hit !== -1) {
          matched.add(hit);
          c.tp++;
        } else if (!again) c.fp++;
      }
      c.fn += goldNames.length - matched.size;
      if (mode === 'exact') {
        for (const [i, name] of goldNames.entries()) if (!matched.has(i)) score.missed[kind].push(name);
      }
    }
  }
  return score;
}
