import type { Entity } from '@wirefeed/core';
import { KNOWN_ORGS, WELL_KNOWN_ORGS } from './data/lexicon.ts';
import { withoutCountry } from './entities.ts';
import { loadGazetteer as buildGazetteer } from './gazetteer.ts';
import { withKnownClubs, withoutSportSlug } from './name-clubs.ts';
import { kindByContext, splitAtLines, withoutLooseEnds } from './name-context.ts';
import { addRuleFindings, countDefinedAcronyms, foldInnerNames, foldShortForms } from './name-folding.ts';
import type { RuleFindings } from './name-rules.ts';
import { ruleHints } from './name-rules.ts';
import {
  creditRange,
  isEventName,
  isQuotedAgency,
  isRaceCountry,
  placeOrOrg,
  splitAtOf,
  splitAtPossessive,
  splitAtTitle,
  withNumbers,
} from './name-spans.ts';
import { sameKindInTables } from './name-tables.ts';
import type { Tally } from './name-tally.ts';
import { bump, PARTICLES, ranked, WORD_SPLIT_RE } from './name-tally.ts';
import { taggerInput } from './ner/features.ts';
import type { Lines } from './ner/lines.ts';
import { casedView, linesOf } from './ner/lines.ts';
import type { EntityModel } from './ner/model.ts';
import { loadEntityModel } from './ner/model.ts';
import type { NameKind, TaggedSpan } from './ner/tagger.ts';
import { spansOf, tag } from './ner/tagger.ts';
import { wordClusters } from './ner/word-clusters.ts';
import { loadWordLists } from './ner/word-lists.ts';
import type { PlaceSpan, TaggedPlaces } from './places.ts';
import { findPlaces } from './places.ts';
import type { Token, Tokenized } from './tokens.ts';
import { tokenize } from './tokens.ts';
import type { Enricher, EnrichInput } from './types.ts';

export type { RuleFindings } from './name-rules.ts';
export { ruleHints } from './name-rules.ts';
export { MIN_CONFIDENCE, MIN_LONE_CONFIDENCE } from './name-tally.ts';

/** What the tagger found in a story: people and organisations counted, places as token spans. */
export interface FoundNames {
  readonly people: Entity[];
  readonly organisations: Entity[];
  readonly places: TaggedPlaces;
}

const SPACE_RE = /\s+/gu;
const ACRONYM2_RE = /^\p{Lu}{2}$/u;
/** The tagger reads at most this many tokens of a story (~20 KB of text; wire stories are a few KB). */
export const MAX_TAGGED_TOKENS = 4_000;

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
    result = group(tokenized, lines, view, spans, rules);
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
  lines: Lines,
  view: readonly Token[],
  tagged: readonly TaggedSpan[],
  rules?: RuleFindings,
): FoundNames {
  const credit = creditRange(tokenized);
  const corrected = tagged
    .filter((s) => {
      const start = tokenized.tokens[s.first]?.start ?? 0;
      return (
        (credit === undefined || start < credit[0] || start >= credit[1]) &&
        !isQuotedAgency(tokenized.tokens, s)
      );
    })
    .flatMap((s) => splitAtLines(view, lines.line, s))
    .flatMap((s) => splitAtTitle(tokenized.tokens, s))
    .flatMap((s) => splitAtOf(tokenized.tokens, view, s))
    .flatMap((s) => splitAtPossessive(view, s))
    .flatMap((s) => withoutLooseEnds(tokenized.tokens, s))
    .map((s) => placeOrOrg(view, s))
    .map((s) => kindByContext(tokenized.tokens, view, s))
    .filter((s) => !isEventName(view, s) && !isRaceCountry(tokenized.tokens, s))
    .map((s) => withNumbers(tokenized.tokens, view, s))
    .filter((s) => s.first !== s.last || (tokenized.tokens[s.first]?.bare.length ?? 0) > 1);
  const spans = withKnownClubs(
    tokenized.tokens,
    withoutSportSlug(tokenized.tokens, tokenized.source, tokenized.bodyStart, corrected),
  );
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
  countLoneSurnames(tokenized, view, spans, owners, people);
  if (rules !== undefined) addRuleFindings(tokenized, spans, texts, rules, people, orgs, placeSpans);
  countDefinedAcronyms(tokenized, spans, texts, orgs, people, placeSpans);
  foldShortForms(orgs, placeSpans, tokenized);
  foldInnerNames(orgs, placeSpans, tokenized, view);
  // "SI", "DH", "JA": two capitals no list knows are a unit, an initial or a section far more often
  // than an organisation (none of the GUM train and dev documents names one so).
  for (const [key, tally] of orgs)
    if (ACRONYM2_RE.test(tally.name) && !KNOWN_ORGS.has(tally.name) && !WELL_KNOWN_ORGS.has(tally.name))
      orgs.delete(key);
  return {
    people: ranked(people),
    organisations: ranked(orgs),
    places: { view, source: tokenized.source, spans: placeSpans },
  };
}

// "NORWAY'S AAMODT WINS" after "Kjetil Andre Aamodt": a capitalised word outside every span that
// is the surname or first name of exactly one person of the story is a mention of that person,
// even where the tagger, reading it alone, left it out (one name, one entity in a story).
function countLoneSurnames(
  tokenized: Tokenized,
  view: readonly Token[],
  spans: readonly TaggedSpan[],
  owners: ReadonlyMap<string, string | null>,
  people: Map<string, Tally>,
): void {
  const { tokens } = tokenized;
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) for (let k = s.first; k <= s.last; k++) covered[k] = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || t === undefined || !t.word || !t.cap || t.bare.length < 3) continue;
    // Inside a longer capitalised name nobody labelled ("Aamodt Cup"), unless the line is shouted.
    if (!t.upper && tokens[i + 1]?.cap === true && tokens[i + 1]?.start === t.end + 1) continue;
    const owner = owners.get((view[i]?.bare ?? t.bare).toLowerCase());
    if (owner === undefined || owner === null) continue;
    const tally = people.get(owner.toLowerCase());
    if (tally !== undefined) tally.mentions++;
  }
}

/**
 * Build the gazetteer and load the tagger's weights and word lists now (≈0.3–0.5 s), so that the
 * first story does not pay for it and a missing data file stops the service at start.
 */
export function loadGazetteer(): void {
  buildGazetteer();
  loadEntityModel();
  loadWordLists();
  wordClusters();
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
