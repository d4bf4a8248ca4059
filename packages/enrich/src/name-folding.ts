import { initialsMatch } from './classify.ts';
import { CORPORATE_SUFFIXES } from './data/lexicon.ts';
import { withoutCountry } from './entities.ts';
import { lookupPlaces, placeAt } from './gazetteer.ts';
import type { RuleFindings } from './name-rules.ts';
import { isEventText, isRaceCountry } from './name-spans.ts';
import type { Tally } from './name-tally.ts';
import { ACRONYM_RE, WORD_SPLIT_RE } from './name-tally.ts';
import type { TaggedSpan } from './ner/tagger.ts';
import { isGivenName } from './ner/word-lists.ts';
import type { PlaceSpan } from './places.ts';
import type { Token, Tokenized } from './tokens.ts';

// After the tagger: the names of a story that are one entity folded together (a defined acronym,
// a short form, a name cut short), and the rules' findings the tagger left out added.

// "The Communist Party of China (CPC) … the CPC": an acronym the story defines after an
// organisation's name is that organisation wherever it stands, labelled or not.
export function countDefinedAcronyms(
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
    if (org !== undefined && (acronymOf(org.name, acronym.text) || foreignAcronym(org.name, acronym.text)))
      defined.set(acronym.text, org);
  }
  // "WHO" for the World Health Organization, undefined but unmistakable: three or more capitals that
  // are the initials of exactly one organisation of the story.
  const long = [...orgs.values()].filter((o) => o.name.includes(' '));
  for (const t of tokens) {
    if (!t.upper || t.bare.length < 3 || !ACRONYM_RE.test(t.bare) || defined.has(t.bare)) continue;
    const fits = long.filter((o) => acronymOf(o.name, t.bare));
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

// "USDA" for "U.S. Department of Agriculture", kept as "Department of Agriculture": the initials of
// the name, or of the name after the country's abbreviation that was taken off it.
const COUNTRY_LETTERS_RE = /^U[SK](?=\p{Lu}{2})/u;
export function acronymOf(name: string, acronym: string): boolean {
  const words = name.split(WORD_SPLIT_RE);
  return (
    initialsMatch(words, acronym) ||
    (COUNTRY_LETTERS_RE.test(acronym) && initialsMatch(words, acronym.slice(2)))
  );
}

// "Tupac Amaru Revolutionary Movement (MRTA)", "Revolutionary Armed Forces of Colombia (FARC)": an
// acronym in parentheses right after an organisation names it in its own language's word order
// when its letters are the initials of the name's capitalised words in another order.
export function foreignAcronym(name: string, acronym: string): boolean {
  if (acronym.length < 3) return false;
  const letters = (s: string) => [...s].sort().join('');
  const initials = name
    .split(WORD_SPLIT_RE)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
  return letters(initials) === letters(acronym);
}

// "WHO" after "World Health Organization (WHO)", "Northwind" after "Northwind Airlines": an acronym
// whose letters are the initials of one organisation of the story, or the first word of exactly
// one, is that organisation, whatever the tagger labelled it (an acronym is often taken for a place).
export function foldShortForms(
  orgs: Map<string, Tally>,
  placeSpans: PlaceSpan[],
  tokenized: Tokenized,
): void {
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
    const fits = long.filter((o) => (acronym ? acronymOf(o.name, name) : o.name.startsWith(`${name} `)));
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
export function foldInnerNames(
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
export function addRuleFindings(
  tokenized: Tokenized,
  spans: readonly TaggedSpan[],
  texts: readonly string[],
  rules: RuleFindings,
  people: Map<string, Tally>,
  orgs: Map<string, Tally>,
  placeSpans: PlaceSpan[],
): void {
  const taken = new Set<string>([...people.keys(), ...orgs.keys()]);
  for (const t of texts) taken.add(t.toLowerCase());
  // "Fred Couples finished third": a person the rules found, opening with a given name,
  // none of whose words the tagger labelled anything (words that are also common words and a
  // city, at a sentence start), is a person.
  const spanWords = new Set(texts.flatMap((t) => t.toLowerCase().split(WORD_SPLIT_RE)));
  for (const e of rules.people) {
    const words = e.name.split(WORD_SPLIT_RE);
    if (words.length < 2 || taken.has(e.name.toLowerCase()) || !isGivenName(words[0] ?? '')) continue;
    // "Summer Paralympics": a given name opening an event's name.
    if (isEventText(e.name)) continue;
    if (words.some((w) => spanWords.has(w.toLowerCase()))) continue;
    people.set(e.name.toLowerCase(), {
      name: e.name,
      mentions: e.mentions,
      first: tokenized.tokens.length,
      confidence: Number.POSITIVE_INFINITY,
    });
  }
  for (const e of rules.organisations) {
    const key = e.name.toLowerCase();
    // The tagger found it too, where the rules found it more often: the rules' count of mentions.
    const found = orgs.get(key);
    if (found !== undefined) found.mentions = Math.max(found.mentions, e.mentions);
    if (taken.has(key) || lookupPlaces(e.name).length > 0 || isEventText(e.name)) continue;
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
    if (isRaceCountry(tokenized.tokens, { ...r, kind: 'place', confidence: 0 })) continue;
    placeSpans.push({ ...r, confidence: Number.POSITIVE_INFINITY });
    added = true;
  }
  if (added) placeSpans.sort((a, b) => a.first - b.first);
}
