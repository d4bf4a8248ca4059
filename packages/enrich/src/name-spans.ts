import { NEWS_AGENCIES, ORG_CUES, ORG_FIRST_WORDS, TITLE_HEADS, TITLE_MODIFIERS } from './data/lexicon.ts';
import { placeAt } from './gazetteer.ts';
import type { NameKind, TaggedSpan } from './ner/tagger.ts';
import { isCommonWord, isFamilyName } from './ner/word-lists.ts';
import type { Token, Tokenized } from './tokens.ts';

// The tagger's spans corrected where its labels are known to slip: a title or "of" inside a
// span, a place that is an organisation's name (or the reverse), the agency of a credit line.

// The last words of names of places and structures on the map (GUM's annotators, like most, call
// an airport, a square, a museum or an arena a place); not "Church", "Library", "Theatre" or
// "Reserve", which end organisations' names as often.
const PLACE_HEADS = new Set(
  `Airport Station Bridge Street Avenue Road Boulevard Lane Square Park Gardens Cathedral Mosque Temple
  Cemetery Palace Castle Tower Lodge Grounds Province County District Island Islands Lake River Mountain
  Mountains Valley Beach Bay Peninsula Desert Forest Canyon Falls Hill Hills Harbour Harbor Stadium
  Arena Plaza Highway Motorway Canal Strait Gulf Sea Ocean Coast Abbey Monastery Fort Museum Center
  Centre Hall Field Hotel Factory Facility Base Planetarium Complex Zoo Building Minster Lighthouse
  Terminal Pier Wharf Terrace Tunnel Overpass Theater Theaters Ave Blvd Rd House`.split(/\s+/),
);
// "Guangzhou Opera House", "Little Red Light House" are places; the White House is the US
// presidency (an organisation in this package's annotation rules).
const HOUSE_ORGS = new Set(['White']);

// The last words of capitalised names that are events, prizes or gatherings, which none of the
// three kinds holds ("Paralympic Games", "Berlin International Film Festival").
const EVENT_HEADS = new Set(
  `Festival Festivals Games Olympics Paralympics Championship Championships Award Awards Prize Prizes
  Conference Meeting Summit Forum Marathon Tournament Cup Expo Fair Exhibition Biennale Day Week Year
  Open Invitational Classic Masters Prix Trophy Rally Regatta`.split(/\s+/),
);

/**
 * A span whose run of capitalised words ends in a word for an event, a prize or a gathering names
 * none of the three kinds ("Berlin International" of "Berlin International Film Festival" too).
 */
export function isEventName(view: readonly Token[], span: TaggedSpan): boolean {
  if (span.kind === 'person') return false;
  let last = span.last;
  while (view[last + 1]?.cap === true && (view[last + 1]?.start ?? 0) - (view[last]?.end ?? 0) === 1) last++;
  return last > span.first && EVENT_HEADS.has(view[last]?.bare ?? '');
}

/** "Tour de France", "Tour of Britain": the country a race is named after is no place of the story. */
export function isRaceCountry(tokens: readonly Token[], span: TaggedSpan): boolean {
  const tour = tokens[span.first - 2];
  return (
    span.kind === 'place' &&
    (tour?.bare === 'Tour' || tour?.bare === 'TOUR') &&
    ['de', 'of', 'du', 'DE', 'OF', 'DU'].includes(tokens[span.first - 1]?.text ?? '')
  );
}

/** The same for a name as text (the rules' findings). */
export function isEventText(name: string): boolean {
  const space = name.lastIndexOf(' ');
  return space > 0 && EVENT_HEADS.has(name.slice(space + 1));
}

// The word that says what a name is: its last, or the last before "of" ("Museum of Flight", "Bay
// of Bengal", "Grand Lodge of New York").
// "1214 Anderson Ave", "N 44th St", "10th Street", "Terminal 3", "Public School 4": an address's
// number and a numbered terminal, gate or school are part of the place's name (GUM's annotators,
// and a reader, take them so); the tagger labels capitalised words only.
const STREET_WORDS = new Set(
  'Street St Avenue Ave Road Rd Boulevard Blvd Terrace Drive Dr Lane Way Place Plaza Parkway Highway'.split(
    ' ',
  ),
);
const NUMBERED = new Set(
  'Terminal Gate Gates Pier Platform School Route Interstate Highway Concourse'.split(' '),
);
const HOUSE_NUMBER_RE = /^\d{1,5}(?:st|nd|rd|th)?$/;
export function withNumbers(tokens: readonly Token[], view: readonly Token[], span: TaggedSpan): TaggedSpan {
  if (span.kind !== 'place') return span;
  let { first, last } = span;
  // One space apart: not across a line or a comma.
  const close = (a: number) => (tokens[a + 1]?.start ?? 0) - (tokens[a]?.end ?? 0) === 1;
  let street = false;
  for (let k = first; k <= last; k++) if (STREET_WORDS.has(view[k]?.bare ?? '')) street = true;
  const before = tokens[first - 1];
  if (street && before !== undefined && HOUSE_NUMBER_RE.test(before.text) && close(first - 1)) {
    first--;
    if (/^[NSEW]$/.test(tokens[first - 1]?.text ?? '') && close(first - 1)) first--;
  }
  const after = tokens[last + 1];
  if (
    NUMBERED.has(view[last]?.bare ?? '') &&
    after !== undefined &&
    /^\d{1,4}[A-Z]?$/.test(after.text) &&
    close(last)
  )
    last++;
  return first === span.first && last === span.last ? span : { ...span, first, last };
}

// ("Center of Automotive Management" is a research body: a centre is a place only last.)
function headOf(view: readonly Token[], span: TaggedSpan): number {
  for (let k = span.first + 1; k < span.last; k++)
    if (view[k]?.text === 'of') return /^Cent(?:er|re)$/.test(view[k - 1]?.bare ?? '') ? span.last : k - 1;
  return span.last;
}
const CONTINENTS = new Set(['Africa', 'America', 'Americas', 'Asia', 'Europe', 'Oceania', 'Antarctica']);

// "NAIROBI (Wirefeed) -", "LONDON, Dec 6 (Reuters) -": when the normalizer left the dateline in the
// body, the agency in its parentheses is the story's source, not a name in it.
const CREDIT_RE = /^[^\n()]{1,80}\(([^()\n]{1,40})\)\s*(?:-|—|–|:)/u;
export function creditRange(tokenized: Tokenized): [number, number] | undefined {
  const { source, bodyStart, tokens } = tokenized;
  const from = tokens[bodyStart]?.start ?? source.length;
  const m = CREDIT_RE.exec(source.slice(from, from + 160));
  if (m === null) return undefined;
  const open = from + m[0].indexOf('(');
  return [open, open + (m[1]?.length ?? 0) + 2];
}

// "told Reuters", "according to Reuters", "in an interview with Interfax": an agency quoted as the
// source is no organisation of the story (eval/README.md); one that acts stays ("Reuters polled
// 13 analysts", "a Reuters survey").
const SOURCE_BEFORE = new Set(['told', 'to', 'with']);
export function isQuotedAgency(tokens: readonly Token[], span: TaggedSpan): boolean {
  return (
    span.first === span.last &&
    NEWS_AGENCIES.has(tokens[span.first]?.bare ?? '') &&
    SOURCE_BEFORE.has(tokens[span.first - 1]?.lower ?? '')
  );
}

// "Kjetil Andre Aamodt of Norway", "Fernando Cheung of the Labour Party": a person's name stops
// before "of"; a place or organisation after it is a name of its own.
export function splitAtOf(tokens: readonly Token[], view: readonly Token[], span: TaggedSpan): TaggedSpan[] {
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

// "NORWAY'S AAMODT", "Austria's Hermann Maier", "Labour's John Smith": a person's name starts after
// a possessive; the name before it is a place of its own when the gazetteer knows it whole, else an
// organisation.
export function splitAtPossessive(view: readonly Token[], span: TaggedSpan): TaggedSpan[] {
  if (span.kind !== 'person') return [span];
  for (let k = span.first; k < span.last; k++) {
    if (!/'s$/i.test(view[k]?.text ?? '')) continue;
    const place = placeAt(view, span.first);
    const kind: NameKind = place !== undefined && place.length === k - span.first + 1 ? 'place' : 'org';
    return [
      { first: span.first, last: k, kind, confidence: span.confidence },
      ...splitAtPossessive(view, { ...span, first: k + 1 }),
    ];
  }
  return [span];
}

// "U.S. Federal Reserve", "Centers for Disease Control and Prevention": a span the tagger called a
// place with an organisation word after its first, that the gazetteer does not know whole, is an
// organisation.
export function placeOrOrg(view: readonly Token[], span: TaggedSpan): TaggedSpan {
  if (span.first === span.last) return span;
  // "Isfahan International Airport", "Chaharbagh Boulevard", "Isfahan Province": a name ending in
  // a word for a place or a structure on the map is a place, whatever organisation word it holds.
  const at = headOf(view, span);
  const head = view[at]?.bare ?? '';
  if (
    PLACE_HEADS.has(head) &&
    (span.kind !== 'person' || !isFamilyName(head)) &&
    (head !== 'House' || !HOUSE_ORGS.has(view[at - 1]?.bare ?? ''))
  )
    return { ...span, kind: 'place' };
  // "the United States" taken for a person: a name of several words the gazetteer knows whole as
  // a country or a region is that place, whatever the tagger made of its words.
  if (span.kind === 'person') {
    const whole = placeAt(view, span.first);
    const top = whole?.candidates[0];
    return whole !== undefined &&
      !whole.risky &&
      !whole.demonym &&
      whole.length === span.last - span.first + 1 &&
      (top?.kind === 'country' || top?.kind === 'region')
      ? { ...span, kind: 'place' }
      : span;
  }
  if (span.kind !== 'place') return span;
  let cue = false;
  for (let k = span.first + 1; k <= span.last; k++) if (ORG_CUES.has(view[k]?.bare ?? '')) cue = true;
  if (!cue) return span;
  const whole = placeAt(view, span.first);
  return whole !== undefined && whole.length === span.last - span.first + 1 ? span : { ...span, kind: 'org' };
}

// Titles that, inside a span, stand between an organisation or a place and a person ("NASA
// Administrator Jared Isaacman", "Harris County Sheriff Ed Gonzalez"); not titles the rules read
// before a name on their own, where they are as often part of a name.
const INNER_TITLES = new Set(
  'administrator treasurer ombudsman rapporteur provost comptroller sheriff marshal constable auditor registrar'.split(
    ' ',
  ),
);

const PARTICIPLE_RE = /\p{L}{3}(?:ing|ed)$/u;

// "Lamar County Judge Brandon Bell", "Health and Human Services Secretary Robert F. Kennedy Jr": a
// title inside a span ends what comes before it (an organisation, or nothing when the span was a
// person) and opens a person's name.
export function splitAtTitle(tokens: readonly Token[], tagged: TaggedSpan): TaggedSpan[] {
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
  // "Neighbouring Vietnam", "Analysts Say": a sentence's first word that is a common word, or a
  // participle before a place the gazetteer knows, is not part of the name after it; another word
  // before a place stays ("Bayer Leverkusen", "Werder Bremen" are clubs).
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
    (isCommonWord(head.lower) || (placeAfter && PARTICIPLE_RE.test(head.lower)))
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
    if (t?.cap === true && !t.upper && (TITLE_HEADS.has(t.lower) || INNER_TITLES.has(t.lower))) {
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
