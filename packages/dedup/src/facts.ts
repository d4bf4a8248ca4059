/**
 * What a template fills in: the facts of a story. Pure.
 *
 * Agencies write results, standings, market reports, bulletins and readouts from templates; two events
 * told in one template share most of their words and differ in the slots: the numbers, the names, the
 * day. A copy of a story keeps each slot's filling where it keeps the sentence around it. So a fact is
 * a slot keyed by its context — the two words before it in its sentence or table row, its place in a
 * run of slots, and how many figures the sentence holds — with what fills it: `(shares fell) → 1.4`,
 * `(^ hartford, 3rd figure) → 5`, `(talks with) → tokayev`. Two stories that share a key but not its
 * filling report different events.
 */
import { fnv1a, fnv1aAfter, fnvPrefix } from './hash.ts';
import { charFlags, LETTER_OR_DIGIT, matchWords, UPPERCASE, wordPattern } from './word-scan.ts';

/** A fact as stored: 16 bits of its key, 8 bits of its filling. */
export interface Fact {
  key: number;
  value: number;
}

/** Every fact of a story: key → the fillings seen under it (a table row's key may repeat). */
export type FactMap = Map<number, Set<number>>;

/** Facts taken from the lead in text order, before the rest is sampled: who, where, when, how many. */
export const LEAD_FACTS = 6;
/** And from the headline, before them: "Advisory Number 12", "claims fall to 227,000". */
export const HEADLINE_FACTS = 3;
const LEAD_TOKENS = 60;
/** A sentence longer than this is cut: no input decides how long a context runs. */
const MAX_SENTENCE = 200;

const FUNCTION_WORDS = new Set(
  'a an the of in on at to for and or by with from as into than that this these those is are was were be been has have had it its their his her'.split(
    ' ',
  ),
);

const TOKEN = /[\p{L}\p{N}]+(?:['’.,\-/][\p{L}\p{N}]+)*|[.!?:;]/gu;
const TOKEN_PATTERN = wordPattern(LETTER_OR_DIGIT, "'’.,-/", '.!?:;');
const CAPITALISED = /^\p{Lu}/u;
const THOUSANDS = /(\d)[,.](?=\d{3}\b)/g;
const POSSESSIVE = /[’']s$/;
const CURLY = /’/g;
const DOT = /\./g;
const ISE = /is(ation|e|ed|es|ing)$/;
const ENUMERATOR = /^\d{1,2}$/;

/** `/\d/.test(token)`: an ASCII digit anywhere in it. */
function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** `list.slice(-2).join(' ')`. */
function lastTwo(list: readonly string[]): string {
  const n = list.length;
  return n >= 2 ? `${list[n - 2]} ${list[n - 1]}` : n === 1 ? (list[0] as string) : '';
}

/** `CAPITALISED.test(token)`, from the char table unless the token opens with a surrogate. */
function capitalised(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff ? CAPITALISED.test(token) : (charFlags(c) & UPPERCASE) !== 0;
}

/**
 * A token as facts compare it: case, possessives, thousands separators, the dots of "U.N." and British
 * "-isation" spellings folded, so a reprint's house style does not read as another filling.
 */
function fold(token: string, digit: boolean): string {
  let t = token.toLowerCase();
  // `digit`: the token has an ASCII digit, as its lowercase has (case maps no char to a digit).
  if (digit) return t.includes(',') || t.includes('.') ? t.replace(THOUSANDS, '$1') : t;
  if (t.includes("'") || t.includes('’')) t = t.replace(POSSESSIVE, '').replace(CURLY, "'");
  if (t.includes('.')) t = t.replace(DOT, '');
  return t.endsWith('ise') || t.includes('isa') || t.includes('ise') ? t.replace(ISE, 'iz$1') : t;
}

/**
 * The sentences of a line: a full stop, colon or semicolon after a figure does not end one ("1. Maier",
 * "1:55.02"), so a table row stays one sentence with its name and its figures.
 */
function sentences(line: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  // The tokens alone, no match object per token (that was most of this stage's garbage).
  for (const t of matchWords(line, TOKEN_PATTERN, TOKEN)) {
    if (t.length === 1 && '.!?:;'.includes(t)) {
      const last = current[current.length - 1];
      if (last !== undefined && !hasDigit(last)) {
        out.push(current);
        current = [];
      }
      continue;
    }
    if (current.length < MAX_SENTENCE) current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Calls `emit(stem, place, value)` for every slot of a sentence: its context is the stem and its place
 * in its run of figures or names. Figures are slots everywhere; capitalised words are slots unless they open
 * the sentence or the row. The context carries the sentence's shape.
 */
function slotsOf(
  tokens: readonly string[],
  emit: (stem: string, place: number, value: string) => void,
): void {
  // A sentence's shape — none, one, two or more figures — tells a standings row from a results line of
  // the same team, and one sentence from another that shares two words; coarse, so an optional figure
  // ("gusts of 60 to 70mph" / "gusts of up to 80mph") leaves a sentence its contexts.
  const digits = tokens.map(hasDigit);
  let figureCount = 0;
  for (const digit of digits) if (digit) figureCount++;
  const figures = Math.min(3, figureCount);
  const words: string[] = []; // the non-slot words before the current token
  const nonFigures: string[] = []; // every token before it that is not a figure
  let runFigures = 0;
  let runNames = 0;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i] as string;
    const digit = digits[i] === true;
    const token = fold(raw, digit);
    if (digit) {
      runNames = 0;
      // An enumerator opening a row ("1. Maier", "12 HARTFORD") numbers the row; it is no fact.
      if (i === 0 && ENUMERATOR.test(raw)) continue;
      runFigures++;
      emit(`n${figures}\u0001${lastTwo(nonFigures)}\u0001`, runFigures, token);
      continue;
    }
    runFigures = 0;
    // Function words make no context: "of the" comes before anything.
    if (!FUNCTION_WORDS.has(token)) nonFigures.push(token);
    if (i > 0 && capitalised(raw)) {
      runNames++;
      // A name with nothing before it in its row is the row's label, not a filling.
      if (words.length > 0) emit(`p${figures}\u0001${lastTwo(words)}\u0001`, runNames, token);
      continue;
    }
    runNames = 0;
    if (!FUNCTION_WORDS.has(token)) words.push(token);
  }
}

/** The facts of one story: every one, and a sample to store. */
export interface StoryFacts {
  all: FactMap;
  /** Every name fact filed at the places before and after its own in its run of names: key × 16 + value. */
  shifted: Set<number>;
  /** The headline's and the lead's figures first (`leadCount` of them), their names, then a uniform sample. */
  sample: (k: number) => Fact[];
  leadCount: number;
}

/**
 * Every fact of the headline and the paragraphs, and a sample of them: the first HEADLINE_FACTS of the
 * headline and LEAD_FACTS of the lead in text order — who, where, when, how many, what the headline
 * says — their figures before their names, then the ones with the smallest hashes (a uniform sample,
 * the same whatever the text's order). A headline's facts are keyed apart from the body's: they meet
 * only another headline's.
 */
export function factsOf(paragraphs: readonly string[], headline = ''): StoryFacts {
  const all: FactMap = new Map();
  const shifted = new Set<number>();
  const ranked = new Map<number, Fact>();
  const figures: Fact[] = [];
  const names: Fact[] = [];
  let taken = 0;
  let tokensSeen = 0;
  // A reprint drops or adds a name's first word ("Norway's Civil Aviation Authority", "the Civil
  // Aviation Authority"), which moves every later name of the run one place: each name is filed at its
  // neighbours' places as well, apart (`shifted`: the stored sample is unchanged).
  const read = (sentence: readonly string[], prefix: string, inLead: () => boolean) => {
    const start = fnvPrefix(prefix);
    slotsOf(sentence, (stem, place, value) => {
      // The context (prefix, stem, place) is hashed from the stem's state: its neighbours' reuse it.
      const state = fnvPrefix(stem, start);
      const fact = { key: fnv1aAfter(state, String(place)) >>> 16, value: fnv1a(value) & 0x0f };
      let set = all.get(fact.key);
      if (!set) {
        set = new Set();
        all.set(fact.key, set);
      }
      set.add(fact.value);
      const name = stem.startsWith('p');
      if (name) {
        if (place > 1) shifted.add((fnv1aAfter(state, String(place - 1)) >>> 16) * 16 + fact.value);
        shifted.add((fnv1aAfter(state, String(place + 1)) >>> 16) * 16 + fact.value);
      }
      if (inLead()) {
        taken++;
        (name ? names : figures).push(fact);
      } else ranked.set(fnv1aAfter(state, `${place}\u0002${value}`), fact);
    });
  };
  // NFKC once for the whole text, not per token: full-width digits and ligatures fold to plain ones.
  for (const sentence of sentences(headline.normalize('NFKC')))
    read(sentence, 'h', () => taken < HEADLINE_FACTS);
  const fromHeadline = taken;
  for (const paragraph of paragraphs) {
    for (const line of paragraph.normalize('NFKC').split('\n')) {
      for (const sentence of sentences(line)) {
        const inLead = tokensSeen < LEAD_TOKENS;
        tokensSeen += sentence.length;
        read(sentence, '', () => inLead && taken < fromHeadline + LEAD_FACTS);
      }
    }
  }
  return {
    all,
    shifted,
    leadCount: figures.length,
    sample: (k) => {
      const rest = [...ranked].sort((a, b) => a[0] - b[0]).map(([, f]) => f);
      return [...figures, ...names, ...rest].slice(0, k);
    },
  };
}

/**
 * Of the sampled facts of one story, how many have their key in the other, how many agree there, and
 * how many of the first `lead` (the headline's and the lead's figures) disagree.
 *
 * A key the sample holds with several fillings (a table's column, a context two sentences share) of
 * which the other story keeps one, but not another, is a row or a sentence the other story left out —
 * a table cut to its top rows, a brief cut to its first paragraphs — when every filling the other
 * story has for the key is one of this story's: another event of the template fills the column anew,
 * and brings fillings of its own even where a row agrees by chance or did not change. And a name filling the other story holds one place along its run of names
 * (`shifted`) was moved by a word the reprint dropped or added. Such facts are counted as met and
 * disagreeing, and again in `excused`: the caller decides when an edit explains them (when the rest of
 * the text is kept).
 */
export function factAgreement(
  sample: readonly Fact[],
  all: FactMap,
  lead = 0,
  shifted?: ReadonlySet<number>,
): { matched: number; agreed: number; leadDisagreements: number; excused: number } {
  let matched = 0;
  let agreed = 0;
  let leadDisagreements = 0;
  let excused = 0;
  // A column is cut, not refilled, when every filling the other story has for it is one this story
  // has too: a refilled column that agrees on a row by chance (4-bit fillings: 1 in 16) or keeps an
  // unchanged row still brings fillings of its own, and is another event's table.
  const own = new Map<number, Set<number>>();
  for (const f of sample) {
    const values = own.get(f.key) ?? new Set<number>();
    values.add(f.value);
    own.set(f.key, values);
  }
  const cut = new Set<number>();
  for (const [key, values] of own) {
    const theirs = all.get(key);
    if (!theirs || ![...theirs].some((v) => values.has(v))) continue;
    if ([...theirs].every((v) => values.has(v))) cut.add(key);
  }
  for (const [i, f] of sample.entries()) {
    const values = all.get(f.key);
    if (!values) continue;
    matched++;
    if (values.has(f.value)) agreed++;
    else {
      if (i < lead) leadDisagreements++;
      if (cut.has(f.key) || shifted?.has(f.key * 16 + f.value)) excused++;
    }
  }
  return { matched, agreed, leadDisagreements, excused };
}
