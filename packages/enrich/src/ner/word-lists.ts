import { readFileSync } from 'node:fs';
import { BoundedMap } from '@wirefeed/core/contracts';
import { FAMILY_FIRST, GIVEN_NAMES } from '../data/given-names.ts';
import {
  BREAKERS,
  CORPORATE_SUFFIXES,
  EVENT_WORDS,
  FACILITY_WORDS,
  FUNCTION_WORDS,
  KNOWN_ORGS,
  NEWS_AGENCIES,
  ORG_CUES,
  ORG_FIRST_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WELL_KNOWN_ORGS,
} from '../data/lexicon.ts';
import type { Token } from '../tokens.ts';
import { fnv, indexOfHash } from './hash.ts';

// The word lists the tagger reads (name lists, common words, WordNet classes, the package's
// lexicon), kept compact and read on first use, and the classes of a word they give.

const NAMES_URL = new URL('../data/person-names.tsv', import.meta.url);
const WORDNET_URL = new URL('../data/wordnet-classes.tsv', import.meta.url);
const WORDS_URL = new URL('../data/common-words.tsv', import.meta.url);

/**
 * A set of words kept as the sorted FNV hashes of its words: 4 bytes a word instead of a string
 * and a hash-table entry each (the lists hold ~28,000 words; the enricher's memory is tight).
 */
class WordSet {
  readonly hashes: Uint32Array;
  constructor(words: readonly string[]) {
    this.hashes = Uint32Array.from(new Set(words.map(fnv))).sort();
  }
  has(word: string): boolean {
    return indexOfHash(this.hashes, fnv(word)) !== -1;
  }
}

/**
 * Words with classes (src/data/wordnet-classes.tsv): sorted FNV hashes of the words and, for each,
 * the index of its list of feature values ("wn:P", "wc:location") among the few distinct lists.
 */
class WordClasses {
  readonly hashes: Uint32Array;
  readonly values: Uint16Array;
  readonly lists: readonly (readonly string[])[];
  constructor(entries: readonly (readonly [string, readonly string[]])[]) {
    const listIndex = new Map<string, number>();
    const lists: string[][] = [];
    const byHash = new Map<number, number>();
    for (const [word, classes] of entries) {
      const key = classes.join(' ');
      let index = listIndex.get(key);
      if (index === undefined) {
        index = lists.length;
        lists.push([...classes]);
        listIndex.set(key, index);
      }
      byHash.set(fnv(word), index);
    }
    this.hashes = Uint32Array.from(byHash.keys()).sort();
    this.values = Uint16Array.from(this.hashes, (h) => byHash.get(h) as number);
    this.lists = lists;
  }
  get(word: string): readonly string[] | undefined {
    const at = indexOfHash(this.hashes, fnv(word));
    return at === -1 ? undefined : this.lists[this.values[at] as number];
  }
}

let wordnet: WordClasses | undefined;

/** What WordNet says a word names: proper nouns by kind, common nouns by their usual sense. */
function wordnetClasses(): WordClasses {
  if (wordnet !== undefined) return wordnet;
  const entries: [string, string[]][] = [];
  for (const line of readFileSync(WORDNET_URL, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const word = line.slice(0, tab);
    const value = line.slice(tab + 1);
    entries.push([word, /^[a-z]/.test(value) ? [`wc:${value}`] : [...value].map((c) => `wn:${c}`)]);
  }
  wordnet = new WordClasses(entries);
  return wordnet;
}

let words: { common: WordSet; occupations: WordSet } | undefined;

/** Common English words and occupations (src/data/common-words.tsv, from compromise's lexicon). */
function commonWords(): { common: WordSet; occupations: WordSet } {
  if (words !== undefined) return words;
  const common: string[] = [];
  const occupations: string[] = [];
  for (const line of readFileSync(WORDS_URL, 'utf8').split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const word = tab === -1 ? line : line.slice(0, tab);
    common.push(word);
    if (tab !== -1) occupations.push(word);
  }
  words = { common: new WordSet(common), occupations: new WordSet(occupations) };
  return words;
}

/** Read the name lists and common words now rather than on the first story. */
export function loadWordLists(): void {
  commonWords();
  personNames();
  wordnetClasses();
}

/** Whether a word (as written, "Hall") is in the family-name list. */
export function isFamilyName(cased: string): boolean {
  return personNames().family.has(cased);
}

/** Whether a word (as written, "Fred") is a given name of the name lists. */
export function isGivenName(cased: string): boolean {
  return GIVEN_NAMES.has(cased) || personNames().given.has(cased);
}

/** Whether a lowercase word is a common English word (or the plural of one). */
export function isCommonWord(lower: string): boolean {
  return inList(commonWords().common, lower);
}

function inList(list: WordSet, lower: string): boolean {
  return (
    list.has(lower) ||
    (lower.endsWith('s') && list.has(lower.slice(0, -1))) ||
    (lower.endsWith('es') && list.has(lower.slice(0, -2)))
  );
}
let names: { given: WordSet; family: WordSet } | undefined;

/** Given and family names (src/data/person-names.tsv, from faker's lists), read on first use. */
function personNames(): { given: WordSet; family: WordSet } {
  if (names !== undefined) return names;
  const given: string[] = [];
  const family: string[] = [];
  for (const line of readFileSync(NAMES_URL, 'utf8').split('\n')) {
    if (line.startsWith('g\t')) given.push(line.slice(2));
    else if (line.startsWith('f\t')) family.push(line.slice(2));
  }
  names = { given: new WordSet(given), family: new WordSet(family) };
  return names;
}

// Story after story the same few thousand words come back: their classes are remembered, up to a
// bound (the classes depend only on the word as written and as cased; `cap` and `lower` follow from it).
const remembered = new BoundedMap<string, readonly string[]>(50_000);

/** The lexicon classes of a word as written (or title-cased, in a line of capitals). */
export function lexClasses(t: Token, cased: string): readonly string[] {
  const key = cased === t.bare ? cased : `${cased}\u0000${t.bare}`;
  let classes = remembered.get(key);
  if (classes === undefined) {
    classes = classesOf(t, cased);
    remembered.set(key, classes);
  }
  return classes;
}

function classesOf(t: Token, cased: string): string[] {
  const out: string[] = [];
  const lower = t.lower;
  const { given, family } = personNames();
  if (GIVEN_NAMES.has(cased) || given.has(cased)) out.push('given');
  if (family.has(cased)) out.push('surname');
  const { common, occupations } = commonWords();
  if (inList(common, lower)) out.push('common');
  if (inList(occupations, lower)) out.push('occupation');
  if (FAMILY_FIRST.has(cased)) out.push('family');
  if (ORG_CUES.has(cased)) out.push('orgcue');
  if (ORG_FIRST_WORDS.has(cased)) out.push('orgfirst');
  if (KNOWN_ORGS.has(t.bare) || WELL_KNOWN_ORGS.has(t.bare) || WELL_KNOWN_ORGS.has(cased)) out.push('org');
  if (NEWS_AGENCIES.has(t.bare) || NEWS_AGENCIES.has(cased)) out.push('agency');
  if (TITLE_HEADS.has(lower)) out.push('title');
  if (TITLE_MODIFIERS.has(lower)) out.push('titlemod');
  if (FACILITY_WORDS.has(cased)) out.push('facility');
  if (EVENT_WORDS.has(cased)) out.push('event');
  if (BREAKERS.has(cased)) out.push('calendar');
  if (CORPORATE_SUFFIXES.has(cased)) out.push('legal');
  if (FUNCTION_WORDS.has(lower)) out.push('function');
  const wn = wordnetClasses();
  if (t.cap) {
    const proper = wn.get(cased);
    if (proper !== undefined) out.push(...proper);
  }
  const usual = wn.get(lower);
  if (usual !== undefined) out.push(...usual);
  return out;
}
