import { ORG_CUES } from './data/lexicon.ts';
import { placeAt } from './gazetteer.ts';
import type { TaggedSpan } from './ner/tagger.ts';
import { isGivenName } from './ner/word-lists.ts';
import type { Token } from './tokens.ts';

// The tagger's spans corrected by what surrounds them: the line they stand on, the words before
// and after them (ADR 0014, eighth iteration).

// "… the Netherlands / Lotte Wilms", a heading's last name and the next line's first: a name does
// not run over a line's end. Each part keeps the span's kind, unless the gazetteer knows it whole
// (a place) or it opens with a given name (a person).
export function splitAtLines(view: readonly Token[], line: Int32Array, span: TaggedSpan): TaggedSpan[] {
  if (span.first === span.last || line[span.first] === line[span.last]) return [span];
  const parts: TaggedSpan[] = [];
  let from = span.first;
  for (let k = span.first + 1; k <= span.last + 1; k++) {
    if (k <= span.last && line[k] === line[from]) continue;
    let last = k - 1;
    while (last > from && view[last]?.word !== true) last--;
    if (view[from]?.word === true) parts.push(rekind(view, { ...span, first: from, last }));
    from = k;
  }
  return parts;
}

function rekind(view: readonly Token[], span: TaggedSpan): TaggedSpan {
  const whole = placeAt(view, span.first);
  if (whole !== undefined && whole.length === span.last - span.first + 1 && !whole.demonym)
    return { ...span, kind: 'place' };
  if (span.last > span.first && span.last - span.first < 3 && isGivenName(view[span.first]?.bare ?? ''))
    return { ...span, kind: 'person' };
  return span;
}

// What the words around a name say it is, where the tagger read the name alone:
// "Houston-based", "London-headquartered": the name before is a place; "shares of X", "a stake in
// X", "a subsidiary of X", "X shares fell", "X's shareholders": a company — unless the gazetteer
// knows the name whole as a country, a region or a city of 100,000 ("London shares fell", "Brazil's
// board of trade").
const PLACE_SUFFIXES = new Set(['based', 'headquartered']);
const ORG_BEFORE = new Map<string, ReadonlySet<string>>([
  ['shares', new Set(['of', 'in'])],
  ['stake', new Set(['in'])],
  ['stakes', new Set(['in'])],
  ['subsidiary', new Set(['of'])],
  ['shareholders', new Set(['of', 'in'])],
]);
const ORG_AFTER = new Set(['shares', 'shareholders', 'stock']);
export function kindByContext(
  tokens: readonly Token[],
  view: readonly Token[],
  span: TaggedSpan,
): TaggedSpan {
  const last = tokens[span.last];
  if (last === undefined) return span;
  if (
    span.kind !== 'place' &&
    tokens[span.last + 1]?.text === '-' &&
    tokens[span.last + 1]?.start === last.end &&
    PLACE_SUFFIXES.has(tokens[span.last + 2]?.lower ?? '')
  ) {
    for (let k = span.first; k <= span.last; k++) if (ORG_CUES.has(view[k]?.bare ?? '')) return span;
    return { ...span, kind: 'place' };
  }
  if (span.kind === 'org') return span;
  const before = ORG_BEFORE.get(tokens[span.first - 2]?.lower ?? '');
  const orgBefore = before?.has(tokens[span.first - 1]?.lower ?? '') === true;
  const orgAfter = ORG_AFTER.has(tokens[span.last + 1]?.lower ?? '');
  if (!orgBefore && !orgAfter) return span;
  const whole = placeAt(view, span.first);
  const top = whole?.candidates[0];
  if (
    whole !== undefined &&
    whole.length === span.last - span.first + 1 &&
    (whole.demonym || top === undefined || top.kind !== 'city' || top.capital || top.population >= 100_000)
  )
    return span;
  return { ...span, kind: 'org' };
}

// "of Rockridge" (what is left of "South of Rockridge" once the sentence's first word is cut),
// "Office of the" before "Mayor": a name neither opens nor closes on a lowercase word. One that
// closes on "of" or "of the" before a capitalised word ran short and takes that word's run of
// capitals; otherwise the lowercase words are cut.
const LOOSE = new Set(['of', 'the', 'and', 'for', 'in', 'at', 'on', 'to']);
const loose = (t: Token | undefined): boolean => t?.word === true && !t.cap && LOOSE.has(t.lower);
export function withoutLooseEnds(tokens: readonly Token[], span: TaggedSpan): TaggedSpan[] {
  let { first, last } = span;
  while (first < last && loose(tokens[first])) first++;
  if (loose(tokens[last])) {
    const next = tokens[last + 1];
    if (next?.cap === true && next.start === (tokens[last]?.end ?? 0) + 1) {
      last++;
      while (tokens[last + 1]?.cap === true && tokens[last + 1]?.start === (tokens[last]?.end ?? 0) + 1)
        last++;
    } else while (last > first && loose(tokens[last])) last--;
  }
  if (loose(tokens[first])) return [];
  return first === span.first && last === span.last ? [span] : [{ ...span, first, last }];
}
