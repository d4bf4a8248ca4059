import type { Entity } from '@wirefeed/core';
import { initialsMatch } from './classify.ts';
import {
  CORPORATE_SUFFIXES,
  ORG_CUES,
  ORG_FIRST_WORDS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
} from './data/lexicon.ts';
import { findEntities, withoutCountry } from './entities.ts';
import { loadGazetteer as buildGazetteer, lookupPlaces, placeAt } from './gazetteer.ts';
import type { Lines } from './ner/features.ts';
import { casedView, isCommonWord, linesOf, loadWordLists, taggerInput } from './ner/features.ts';
import type { EntityModel } from './ner/model.ts';
import { loadEntityModel } from './ner/model.ts';
import type { NameKind, TaggedSpan } from './ner/tagger.ts';
import { spansOf, tag } from './ner/tagger.ts';
import type { PlaceSpan, TaggedPlaces } from './places.ts';
import { findPlaces, rulePlaceRanges } from './places.ts';
import type { Token, Tokenized } from './tokens.ts';
import { tokenize, tokenTexts } from './tokens.ts';
import type { Enricher, EnrichInput } from './types.ts';

/** What the tagger found in a story: people and organisations counted, places as token spans. */
export interface FoundNames {
  readonly people: Entity[];
  readonly organisations: Entity[];
  readonly places: TaggedPlaces;
}

/** What the capitalisation rules found on their own. */
export interface RuleFindings {
  people: readonly Entity[];
  organisations: readonly Entity[];
  places: readonly { first: number; last: number }[];
}

interface Tally {
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

const SPACE_RE = /\s+/gu;
// The last words of names of places and structures on the map (GUM's annotators, like most, call
// an airport, a square, a museum or an arena a place); not "Church", "Library", "Theatre" or
// "Reserve", which end organisations' names as often.
const PLACE_HEADS = new Set(
  `Airport Station Bridge Street Avenue Road Boulevard Lane Square Park Gardens Cathedral Mosque Temple
  Cemetery Palace Castle Tower Lodge Grounds Province County District Island Islands Lake River Mountain
  Mountains Valley Beach Bay Peninsula Desert Forest Canyon Falls Hill Hills Harbour Harbor Stadium
  Arena Plaza Highway Motorway Canal Strait Gulf Sea Ocean Coast Abbey Monastery Fort Museum Center
  Centre Hall Field Hotel Factory Facility Base Planetarium Complex Zoo`.split(/\s+/),
);
const CONTINENTS = new Set(['Africa', 'America', 'Americas', 'Asia', 'Europe', 'Oceania', 'Antarctica']);
/** The tagger reads at most this many tokens of a story (~20 KB of text; wire stories are a few KB). */
export const MAX_TAGGED_TOKENS = 4_000;
const ACRONYM_RE = /^\p{Lu}{2,6}$/u;
const WORD_SPLIT_RE = /[\s-]+/u;
const PARTICLES = new Set(
  'de da do dos das del della di du van von der den ter ten bin ibn al el la le'.split(' '),
);

// The entities and places enrichers run back to back on the same story: the analysis is done once.
let cached:
  | {
      headline: string;
      text: string;
      language: string | undefined;
      model: EntityModel;
      result: FoundNames;
    }
  | undefined;

/**
 * People, organisations and places by the trained tagger (src/ner), which reads word shapes,
 * context, the gazetteer, the word lists and what the capitalisation rules (entities.ts,
 * places.ts) found. English only: other languages get no people or organisations, and places only
 * as the gazetteer writes them.
 */
export function findNames(input: EnrichInput): FoundNames {
  const model = loadEntityModel();
  if (
    cached !== undefined &&
    cached.headline === input.headline &&
    cached.text === input.text &&
    cached.language === input.language &&
    cached.model === model
  ) {
    return cached.result;
  }
  const tokenized = tokenize(input.headline, input.text);
  const lines = linesOf(tokenized);
  const view = casedView(tokenized.tokens, lines);
  let result: FoundNames;
  if (input.language !== undefined && input.language !== 'en') {
    result = { people: [], organisations: [], places: { view, source: tokenized.source, spans: [] } };
  } else {
    const rules: RuleFindings = { people: [], organisations: [], places: [] };
    const spans = tagSpans(input, tokenized, lines, view, rules);
    result = group(tokenized, view, spans, rules);
  }
  cached = { headline: input.headline, text: input.text, language: input.language, model, result };
  return result;
}

/** The tagger's spans for a story (exported for the training script, which needs the same hints). */
export function tagSpans(
  input: EnrichInput,
  tokenized: Tokenized,
  lines: Lines,
  view: readonly Token[],
  rules?: RuleFindings,
): TaggedSpan[] {
  const hints = ruleHints(input, tokenized, view, rules);
  const tagger = taggerInput(tokenized, lines, view, hints, MAX_TAGGED_TOKENS);
  const margins = new Float64Array(tokenized.tokens.length);
  return spansOf(tagger, tag(tagger, loadEntityModel(), margins), margins);
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

// The text of a span as written: whitespace collapsed, a final possessive dropped, a name in a line
// of capitals title-cased when the story does not write it otherwise.
function spanText(tokenized: Tokenized, view: readonly Token[], span: TaggedSpan): string {
  const { source } = tokenized;
  const a = tokenized.tokens[span.first];
  const b = tokenized.tokens[span.last];
  if (a === undefined || b === undefined) return '';
  let text = source.slice(a.start, b.end).replace(SPACE_RE, ' ').replaceAll('’', "'");
  if (b.bare !== b.text) text = text.slice(0, text.length - 2);
  const shouted = view[span.first]?.text !== a.text;
  if (shouted && text.length > 4) {
    const words: string[] = [];
    for (let k = span.first; k <= span.last; k++) {
      const v = view[k];
      if (v === undefined) continue;
      const gap = k > span.first && (tokenized.tokens[k - 1]?.end ?? 0) < (tokenized.tokens[k]?.start ?? 0);
      words.push(`${gap ? ' ' : ''}${k === span.last ? v.bare : v.text}`);
    }
    text = words.join('');
  }
  return text;
}

// One entity per person and organisation; a lone surname or first name counts toward the full name
// ("Salem Bitar … Bitar said"), whatever the tagger labelled it, when only one person has it; a
// name the story gives several labels takes the one it gets most (one sense per story).
function group(
  tokenized: Tokenized,
  view: readonly Token[],
  tagged: readonly TaggedSpan[],
  rules?: RuleFindings,
): FoundNames {
  const credit = creditRange(tokenized);
  const spans = tagged
    .filter((s) => {
      const start = tokenized.tokens[s.first]?.start ?? 0;
      return credit === undefined || start < credit[0] || start >= credit[1];
    })
    .flatMap((s) => splitAtTitle(tokenized.tokens, s))
    .flatMap((s) => splitAtOf(tokenized.tokens, view, s))
    .map((s) => placeOrOrg(view, s))
    .filter((s) => s.first !== s.last || (tokenized.tokens[s.first]?.bare.length ?? 0) > 1);
  sameKindInTables(tokenized, view, spans);
  const texts = spans.map((s) => spanText(tokenized, view, s));
  const votes = new Map<string, Map<NameKind, number>>();
  // A tie between kinds goes to the one the tagger was surer of.
  const strength = new Map<string, number>();
  for (const [k, s] of spans.entries()) {
    const key = (texts[k] ?? '').toLowerCase();
    strength.set(`${s.kind}:${key}`, Math.max(strength.get(`${s.kind}:${key}`) ?? 0, s.confidence));
    const v = votes.get(key) ?? new Map<NameKind, number>();
    v.set(s.kind, (v.get(s.kind) ?? 0) + 1);
    votes.set(key, v);
  }
  const kindOf = (k: number): NameKind => {
    const own = spans[k]?.kind ?? 'org';
    const v = votes.get((texts[k] ?? '').toLowerCase());
    if (v === undefined) return own;
    let best = own;
    let most = v.get(own) ?? 0;
    for (const [kind, n] of v)
      if (
        n > most ||
        (n === most &&
          (strength.get(`${kind}:${(texts[k] ?? '').toLowerCase()}`) ?? 0) >
            (strength.get(`${best}:${(texts[k] ?? '').toLowerCase()}`) ?? 0))
      )
        [best, most] = [kind, n];
    return best;
  };
  // Surnames and first names of multi-word people, owned by one person only.
  const owners = new Map<string, string | null>();
  for (const [k, s] of spans.entries()) {
    const text = texts[k] ?? '';
    if (kindOf(k) !== 'person' || !text.includes(' ')) continue;
    const parts = text.split(WORD_SPLIT_RE).filter((w) => !PARTICLES.has(w));
    if (parts.length < 2) continue;
    for (const part of new Set([parts[0], parts.at(-1)])) {
      if (part === undefined || part.length < 2) continue;
      const key = part.toLowerCase();
      const owner = owners.get(key);
      owners.set(key, owner === undefined || owner === text ? text : null);
    }
    void s;
  }
  const people = new Map<string, Tally>();
  const orgs = new Map<string, Tally>();
  const placeSpans: PlaceSpan[] = [];
  for (const [k, s] of spans.entries()) {
    const text = texts[k] ?? '';
    if (text === '') continue;
    const owner = text.includes(' ') ? undefined : owners.get(text.toLowerCase());
    if (owner !== undefined && owner !== null) {
      bump(people, owner, s.first, s.confidence);
      continue;
    }
    const kind = kindOf(k);
    if (kind === 'person') bump(people, text, s.first, s.confidence);
    else if (kind === 'org') {
      // "U.S. Federal Reserve": the organisation is the Federal Reserve, and the U.S. a place named.
      const bare = withoutCountry(text);
      bump(orgs, bare, s.first, s.confidence);
      if (bare !== text && s.first < s.last)
        placeSpans.push({ first: s.first, last: s.first, confidence: s.confidence });
    } else placeSpans.push({ first: s.first, last: s.last, confidence: s.confidence });
  }
  if (rules !== undefined) addRuleFindings(tokenized, spans, texts, rules, people, orgs, placeSpans);
  countDefinedAcronyms(tokenized, spans, texts, orgs, people, placeSpans);
  foldShortForms(orgs, placeSpans, tokenized);
  foldInnerNames(orgs, placeSpans, tokenized, view);
  return {
    people: ranked(people),
    organisations: ranked(orgs),
    places: { view, source: tokenized.source, spans: placeSpans },
  };
}

// "The Communist Party of China (CPC) … the CPC": an acronym the story defines after an
// organisation's name is that organisation wherever it stands, labelled or not.
function countDefinedAcronyms(
  tokenized: Tokenized,
  spans: readonly TaggedSpan[],
  texts: readonly string[],
  orgs: Map<string, Tally>,
  people: Map<string, Tally>,
  placeSpans: PlaceSpan[],
): void {
  const { tokens } = tokenized;
  const defined = new Map<string, Tally>();
  for (const [k, s] of spans.entries()) {
    const acronym = tokens[s.last + 2];
    if (tokens[s.last + 1]?.text !== '(' || tokens[s.last + 3]?.text !== ')' || acronym === undefined)
      continue;
    if (!ACRONYM_RE.test(acronym.text)) continue;
    const org = orgs.get(withoutCountry(texts[k] ?? '').toLowerCase());
    if (org !== undefined && initialsMatch(org.name.split(WORD_SPLIT_RE), acronym.text))
      defined.set(acronym.text, org);
  }
  // "WHO" for the World Health Organization, undefined but unmistakable: three or more capitals that
  // are the initials of exactly one organisation of the story.
  const long = [...orgs.values()].filter((o) => o.name.includes(' '));
  for (const t of tokens) {
    if (!t.upper || t.bare.length < 3 || !ACRONYM_RE.test(t.bare) || defined.has(t.bare)) continue;
    const fits = long.filter((o) => initialsMatch(o.name.split(WORD_SPLIT_RE), t.bare));
    if (fits.length === 1 && fits[0] !== undefined) defined.set(t.bare, fits[0]);
  }
  if (defined.size === 0) return;
  for (const [acronym, org] of defined) {
    const key = acronym.toLowerCase();
    for (const other of [orgs, people]) {
      const tally = other.get(key);
      if (tally === undefined || tally === org) continue;
      other.delete(key);
    }
  }
  for (let k = placeSpans.length - 1; k >= 0; k--) {
    const p = placeSpans[k];
    if (p !== undefined && p.first === p.last && defined.has(tokens[p.first]?.text ?? ''))
      placeSpans.splice(k, 1);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !t.upper) continue;
    const org = defined.get(t.bare);
    if (org !== undefined) org.mentions++;
  }
}

// "WHO" after "World Health Organization (WHO)", "Northwind" after "Northwind Airlines": an acronym
// whose letters are the initials of one organisation of the story, or the first word of exactly
// one, is that organisation, whatever the tagger labelled it (an acronym is often taken for a place).
function foldShortForms(orgs: Map<string, Tally>, placeSpans: PlaceSpan[], tokenized: Tokenized): void {
  // "Northwind Airlines Inc" is "Northwind Airlines" when the story also says that.
  for (const [key, tally] of [...orgs]) {
    const space = tally.name.lastIndexOf(' ');
    if (space < 1 || !CORPORATE_SUFFIXES.has(tally.name.slice(space + 1))) continue;
    const into = orgs.get(tally.name.slice(0, space).toLowerCase());
    if (into === undefined) continue;
    into.mentions += tally.mentions;
    into.confidence = Math.max(into.confidence, tally.confidence);
    orgs.delete(key);
  }
  const long = [...orgs.values()].filter((o) => o.name.includes(' '));
  const target = (name: string): Tally | undefined => {
    const acronym = ACRONYM_RE.test(name);
    const fits = long.filter((o) =>
      acronym ? initialsMatch(o.name.split(WORD_SPLIT_RE), name) : o.name.startsWith(`${name} `),
    );
    return fits.length === 1 ? fits[0] : undefined;
  };
  for (const [key, tally] of [...orgs]) {
    if (tally.name.includes(' ')) continue;
    const into = target(tally.name);
    if (into === undefined || into === tally) continue;
    into.mentions += tally.mentions;
    into.confidence = Math.max(into.confidence, tally.confidence);
    orgs.delete(key);
  }
  for (let k = placeSpans.length - 1; k >= 0; k--) {
    const span = placeSpans[k];
    if (span === undefined || span.first !== span.last) continue;
    const word = tokenized.tokens[span.first]?.bare ?? '';
    if (!ACRONYM_RE.test(word)) continue;
    const into = target(word);
    if (into === undefined) continue;
    into.mentions++;
    placeSpans.splice(k, 1);
  }
}

// "Tang Teaching Museum" beside "Tang Teaching Museum and Art Gallery", "Jahan Square" beside
// "Naqsh-e Jahan Square": a name whose words run inside exactly one longer name of the same kind is
// that name cut short (an organisation: the two are one, under the form the story uses most), or a
// part no map knows of a longer place.
function foldInnerNames(
  orgs: Map<string, Tally>,
  placeSpans: PlaceSpan[],
  tokenized: Tokenized,
  view: readonly Token[],
): void {
  const wordsOf = (name: string) => name.toLowerCase().split(WORD_SPLIT_RE);
  const inside = (short: readonly string[], long: readonly string[]) => {
    if (short.length >= long.length) return false;
    for (let at = 0; at + short.length <= long.length; at++)
      if (short.every((w, k) => long[at + k] === w)) return true;
    return false;
  };
  const entries = [...orgs].map(([key, tally]) => ({ key, tally, words: wordsOf(tally.name) }));
  for (const short of entries) {
    if (!orgs.has(short.key)) continue;
    const into = entries.filter((e) => e !== short && orgs.has(e.key) && inside(short.words, e.words));
    const long = into[0];
    if (into.length !== 1 || long === undefined || lookupPlaces(short.tally.name).length > 0) continue;
    // The form the story uses most is the name ("Helix" three times, "Chipmaker Helix Corp" once in
    // a title-cased headline: Helix).
    const [keep, drop] = long.tally.mentions >= short.tally.mentions ? [long, short] : [short, long];
    keep.tally.mentions += drop.tally.mentions;
    keep.tally.confidence = Math.max(keep.tally.confidence, drop.tally.confidence);
    orgs.delete(drop.key);
  }
  const { tokens } = tokenized;
  const textOf = (p: PlaceSpan) =>
    tokens
      .slice(p.first, p.last + 1)
      .filter((t) => t.word)
      .map((t) => t.lower);
  const texts = placeSpans.map(textOf);
  for (let k = placeSpans.length - 1; k >= 0; k--) {
    const p = placeSpans[k];
    const words = texts[k] ?? [];
    if (p === undefined || words.length < 2) continue;
    if (placeAt(view, p.first)?.length === p.last - p.first + 1) continue;
    if (!texts.some((other) => inside(words, other))) continue;
    placeSpans.splice(k, 1);
    texts.splice(k, 1);
  }
}

// The rules' organisations and places the tagger left out are kept: they come from cues the tagger
// sees too rarely in its training data to trust (an organisation word, a defined acronym, a known
// name; a gazetteer place in context). On the GUM dev split this changes nothing; on the
// hand-written wire stories it finds the organisations their idiom names.
function addRuleFindings(
  tokenized: Tokenized,
  spans: readonly TaggedSpan[],
  texts: readonly string[],
  rules: RuleFindings,
  people: ReadonlyMap<string, Tally>,
  orgs: Map<string, Tally>,
  placeSpans: PlaceSpan[],
): void {
  const taken = new Set<string>([...people.keys(), ...orgs.keys()]);
  for (const t of texts) taken.add(t.toLowerCase());
  for (const e of rules.organisations) {
    const key = e.name.toLowerCase();
    if (taken.has(key) || lookupPlaces(e.name).length > 0) continue;
    orgs.set(key, {
      name: e.name,
      mentions: e.mentions,
      first: tokenized.tokens.length,
      confidence: Number.POSITIVE_INFINITY,
    });
  }
  const covered = new Uint8Array(tokenized.tokens.length);
  for (const s of spans) for (let k = s.first; k <= s.last; k++) covered[k] = 1;
  let added = false;
  for (const r of rules.places) {
    if (covered[r.first] || covered[r.last]) continue;
    placeSpans.push({ ...r, confidence: Number.POSITIVE_INFINITY });
    added = true;
  }
  if (added) placeSpans.sort((a, b) => a.first - b.first);
}

// "NAIROBI (Wirefeed) -", "LONDON, Dec 6 (Reuters) -": when the normalizer left the dateline in the
// body, the agency in its parentheses is the story's source, not a name in it.
const CREDIT_RE = /^[^\n()]{1,80}\(([^()\n]{1,40})\)\s*(?:-|—|–|:)/u;
function creditRange(tokenized: Tokenized): [number, number] | undefined {
  const { source, bodyStart, tokens } = tokenized;
  const from = tokens[bodyStart]?.start ?? source.length;
  const m = CREDIT_RE.exec(source.slice(from, from + 160));
  if (m === null) return undefined;
  const open = from + m[0].indexOf('(');
  return [open, open + (m[1]?.length ?? 0) + 2];
}

// "Kjetil Andre Aamodt of Norway", "Fernando Cheung of the Labour Party": a person's name stops
// before "of"; a place or organisation after it is a name of its own.
function splitAtOf(tokens: readonly Token[], view: readonly Token[], span: TaggedSpan): TaggedSpan[] {
  if (span.kind !== 'person') return [span];
  for (let k = span.first + 1; k < span.last; k++) {
    if (tokens[k]?.text !== 'of') continue;
    const person: TaggedSpan = { ...span, last: k - 1 };
    let from = k + 1;
    if (tokens[from]?.lower === 'the') from++;
    if (from > span.last) return [person];
    const place = placeAt(view, from);
    const kind: NameKind = place !== undefined && place.length === span.last - from + 1 ? 'place' : 'org';
    return [person, { first: from, last: span.last, kind, confidence: span.confidence }];
  }
  return [span];
}

// "U.S. Federal Reserve", "Centers for Disease Control and Prevention": a span the tagger called a
// place with an organisation word after its first, that the gazetteer does not know whole, is an
// organisation.
function placeOrOrg(view: readonly Token[], span: TaggedSpan): TaggedSpan {
  if (span.first === span.last) return span;
  // "Isfahan International Airport", "Chaharbagh Boulevard", "Isfahan Province": a name ending in
  // a word for a place or a structure on the map is a place, whatever organisation word it holds.
  if (span.kind !== 'person' && PLACE_HEADS.has(view[span.last]?.bare ?? ''))
    return { ...span, kind: 'place' };
  if (span.kind !== 'place') return span;
  let cue = false;
  for (let k = span.first + 1; k <= span.last; k++) if (ORG_CUES.has(view[k]?.bare ?? '')) cue = true;
  if (!cue) return span;
  const whole = placeAt(view, span.first);
  return whole !== undefined && whole.length === span.last - span.first + 1 ? span : { ...span, kind: 'org' };
}

// "BOSTON 12 9 4 28 / BUFFALO 13 12 1 27", "Barnsley 3 Port Vale 0", "Germany 4 2 1 / Norway 3 3 0":
// the names opening the rows of a table (three rows or more, two numbers or more each) are teams — countries (national teams, medal tables: places, as annotators mark
// them) when most of them are countries, clubs otherwise, even when named after their city.
function sameKindInTables(tokenized: Tokenized, view: readonly Token[], spans: TaggedSpan[]): void {
  const { tokens, source } = tokenized;
  const rowStarts: number[] = [];
  for (const [k, s] of spans.entries()) {
    const before = tokens[s.first - 1];
    const lineStart =
      before === undefined || source.slice(before.end, tokens[s.first]?.start ?? 0).includes('\n');
    if (!lineStart) continue;
    // Numbers standing apart, not a date ("1996-12-06" opens a dateline, not a row).
    let numbers = 0;
    for (let i = s.last + 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (t === undefined || source.slice(tokens[i - 1]?.end ?? 0, t.start).includes('\n')) break;
      if (/^\d/.test(t.text) && tokens[i - 1]?.text !== '-' && tokens[i + 1]?.text !== '-') numbers++;
    }
    if (numbers >= 2) rowStarts.push(k);
  }
  // One table is a run of rows on consecutive lines.
  const tables: number[][] = [];
  let previousLine = -2;
  for (const k of rowStarts) {
    const line = lineOf(source, tokens[spans[k]?.first ?? 0]?.start ?? 0);
    if (line === previousLine + 1 && tables.length > 0) tables.at(-1)?.push(k);
    else tables.push([k]);
    previousLine = line;
  }
  for (const rows of tables) {
    if (rows.length < 3) continue;
    // A table of people ("Ernie Els 68 70") stays one.
    const people = rows.filter((k) => spans[k]?.kind === 'person').length;
    if (people * 2 > rows.length) continue;
    let countries = 0;
    for (const k of rows) {
      const s = spans[k];
      if (s === undefined) continue;
      const match = placeAt(view, s.first);
      if (match?.length === s.last - s.first + 1 && match.candidates[0]?.kind === 'country') countries++;
    }
    const kind: NameKind = countries * 2 > rows.length ? 'place' : 'org';
    // A row of a table is a name even when the tagger was unsure of it on its own.
    for (const k of rows) {
      const s = spans[k];
      if (s !== undefined) spans[k] = { ...s, kind, confidence: Math.max(s.confidence, MIN_LONE_CONFIDENCE) };
    }
  }
}

// The line number (from 0) of a character offset.
function lineOf(source: string, offset: number): number {
  let line = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

// "Lamar County Judge Brandon Bell", "Health and Human Services Secretary Robert F. Kennedy Jr": a
// title inside a span ends what comes before it (an organisation, or nothing when the span was a
// person) and opens a person's name.
function splitAtTitle(tokens: readonly Token[], tagged: TaggedSpan): TaggedSpan[] {
  let span = tagged;
  // "Governors Stephen Miran and Christopher Waller": a plural title opens no name, and two
  // people joined by "and" are two.
  const opener = tokens[span.first];
  if (
    span.last > span.first &&
    opener?.cap === true &&
    opener.lower.endsWith('s') &&
    TITLE_HEADS.has(opener.lower.slice(0, -1))
  ) {
    span = { ...span, first: span.first + 1 };
  }
  if (span.kind === 'person') {
    for (let k = span.first + 2; k < span.last - 1; k++) {
      if (tokens[k]?.text !== 'and') continue;
      return [
        ...splitAtTitle(tokens, { ...span, last: k - 1 }),
        ...splitAtTitle(tokens, { ...span, first: k + 1 }),
      ];
    }
  }
  // "Neighbouring Vietnam", "Analysts Say": a sentence's first word that is a common word (or, before
  // a place the gazetteer knows, any word the gazetteer does not) is not part of the name after it.
  const head = tokens[span.first];
  // ("Neighbouring Vietnam" taken for an organisation is the place after the word.)
  const placeAfter =
    span.kind !== 'person' &&
    placeAt(tokens, span.first) === undefined &&
    !ORG_FIRST_WORDS.has(head?.bare ?? '') &&
    placeAt(tokens, span.first + 1)?.length === span.last - span.first;
  if (
    span.last > span.first &&
    head?.sentenceStart === true &&
    !head.upper &&
    (isCommonWord(head.lower) || placeAfter)
  ) {
    span = { ...span, first: span.first + 1, ...(placeAfter ? { kind: 'place' as const } : {}) };
  }
  // "Port traffic grows": one common word opening a sentence, which the story never capitalises
  // anywhere else, is no name.
  if (
    span.first === span.last &&
    head?.sentenceStart === true &&
    !head.upper &&
    isCommonWord(head.lower) &&
    !capitalisedElsewhere(tokens, span.first)
  ) {
    return [];
  }
  // "ESA Director": a title closing an organisation's span is not part of it.
  const tail = tokens[span.last];
  if (span.kind === 'org' && span.last > span.first && tail?.cap === true && TITLE_HEADS.has(tail.lower)) {
    span = { ...span, last: span.last - 1 };
  }
  // "Beijing-Baku", "Asia-Europe", "China-Azerbaijan": places joined by hyphens are those places.
  if (span.last > span.first && tokens[span.first + 1]?.text === '-') {
    const parts: TaggedSpan[] = [];
    let ok = true;
    for (let k = span.first; k <= span.last; k += 2) {
      const t = tokens[k];
      if (
        t === undefined ||
        (placeAt(tokens, k)?.length !== 1 && !CONTINENTS.has(t.bare)) ||
        (k < span.last && tokens[k + 1]?.text !== '-')
      ) {
        ok = false;
        break;
      }
      parts.push({ first: k, last: k, kind: 'place', confidence: span.confidence });
    }
    if (ok) return parts;
  }
  let title = -1;
  for (let k = span.last - 1; k > span.first; k--) {
    const t = tokens[k];
    if (t?.cap === true && !t.upper && TITLE_HEADS.has(t.lower)) {
      title = k;
      break;
    }
  }
  if (title === -1 || tokens[title + 1]?.cap !== true) return [span];
  const person: TaggedSpan = {
    first: title + 1,
    last: span.last,
    kind: 'person',
    confidence: span.confidence,
  };
  if (span.kind === 'person') return [person];
  let end = title - 1;
  while (end > span.first && TITLE_MODIFIERS.has(tokens[end]?.lower ?? '')) end--;
  return [{ ...span, last: end }, person];
}

function capitalisedElsewhere(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.bare;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i !== at && t !== undefined && !t.sentenceStart && t.bare === word) return true;
  }
  return false;
}

function bump(map: Map<string, Tally>, name: string, at: number, confidence: number): void {
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

function ranked(map: ReadonlyMap<string, Tally>): Entity[] {
  return [...map.values()]
    .filter(
      (t) =>
        t.confidence >= (t.mentions === 1 && !t.name.includes(' ') ? MIN_LONE_CONFIDENCE : MIN_CONFIDENCE),
    )
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map((t) => ({ name: t.name, mentions: t.mentions }));
}

/**
 * Build the gazetteer and load the tagger's weights and word lists now (≈0.3–0.5 s), so that the
 * first story does not pay for it and a missing data file stops the service at start.
 */
export function loadGazetteer(): void {
  buildGazetteer();
  loadEntityModel();
  loadWordLists();
}

/** People and organisations (English), by the tagger. */
export const entitiesEnricher: Enricher = {
  name: 'entities',
  run: (input) => {
    const { people, organisations } = findNames(input);
    return { people, organisations };
  },
};

/**
 * Places: in English, what the tagger labelled a place, resolved by the gazetteer; in other
 * languages, gazetteer names as written. Demonyms count toward their country; the dateline place
 * comes first.
 */
export const placesEnricher: Enricher = {
  name: 'places',
  run: (input) => ({
    places:
      input.language !== undefined && input.language !== 'en'
        ? findPlaces(input)
        : findPlaces(input, findNames(input).places),
  }),
};
