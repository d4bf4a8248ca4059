/**
 * The words that tell one templated item from the next: which day, which round or leg, which session,
 * which way the market went, and what kind of item it is (results, standings, a preview). A closed list,
 * so a story's markers fit in 32 bits. Pure.
 *
 * A copy keeps its headline's markers somewhere in its text: an outlet that retitles "NHL standings
 * after Thursday's games" still prints "after games played on Thursday". Friday's standings never say
 * Thursday; a preview never says "beat"; a close is not a midday report.
 */
import { wordFamilies } from './word-families.ts';
import { LETTER_OR_DIGIT, scanWords, wordPattern } from './word-scan.ts';

// Each group is one marker; groups of a family exclude each other (a day is not another day).
const FAMILIES: readonly (readonly (readonly string[])[])[] = [
  // which one of a series
  [
    ['first', '1st'],
    ['second', '2nd'],
    ['third', '3rd'],
    [
      'fourth',
      '4th',
      'fifth',
      '5th',
      'sixth',
      '6th',
      'seventh',
      '7th',
      'eighth',
      '8th',
      'ninth',
      '9th',
      'tenth',
      '10th',
    ],
  ],
  // which stage of a competition
  [
    ['final', 'finals'],
    ['semi-final', 'semi-finals', 'semifinal', 'semifinals', 'semis'],
    ['quarter-final', 'quarter-finals', 'quarterfinal', 'quarterfinals'],
  ],
  // which day
  [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  // what kind of item
  [
    ['results', 'result', 'classification', 'scoreboard', 'scorecard'],
    ['standings', 'table', 'tables', 'leaderboard'],
    ['preview', 'previews', 'odds', 'betting'],
    ['line-ups', 'lineups', 'line-up', 'lineup'],
    ['grid', 'qualifying'],
    ['beat', 'beats', 'win', 'wins', 'won', 'drew', 'edge', 'edges', 'lose', 'loses', 'lost'],
  ],
  // which session of a market day
  [
    ['open', 'opens', 'opening'],
    ['close', 'closes', 'closing', 'ends', 'settle', 'settles', 'settled'],
    ['midday', 'morning', 'noon'],
  ],
  // which way it went
  [
    [
      'higher',
      'up',
      'rise',
      'rises',
      'rose',
      'gain',
      'gains',
      'gained',
      'climb',
      'climbs',
      'jump',
      'jumps',
      'firmer',
    ],
    [
      'lower',
      'down',
      'fall',
      'falls',
      'fell',
      'drop',
      'drops',
      'slip',
      'slips',
      'slide',
      'slides',
      'weaker',
      'dip',
    ],
  ],
  // whose event
  [
    ['men', "men's", 'mens'],
    ['women', "women's", 'womens'],
  ],
  // what weather a warning or forecast is about
  [
    ['rain', 'rainfall', 'downpours', 'downpour'],
    ['wind', 'winds', 'gales', 'gale', 'gusts'],
    ['snow', 'snowfall', 'blizzard', 'ice', 'icy', 'frost', 'sleet'],
    ['fog', 'foggy'],
    ['heat', 'heatwave', 'heat-wave'],
  ],
];

const { bits: BIT, masks: FAMILY_MASKS } = wordFamilies(FAMILIES);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const PATTERN = wordPattern(LETTER_OR_DIGIT, "'’-");
// Scratch for the scan, read before markersOf returns.
const SPANS: number[] = [];
const LONGEST = Math.max(...[...BIT.keys()].map((w) => w.length));

/**
 * Whether a headline's markers contradict another story: the headline names a day (a session, a kind
 * of item, a round…) that the other story never names, while the other names another one of the same
 * family. "Standings after Friday's games" vs a text that says Saturday and never Friday; "the second
 * day of the first test" vs a text that names the first and never the second.
 */
export function markersConflict(headline: number, other: number): boolean {
  for (const family of FAMILY_MASKS) {
    const named = headline & family;
    if (named === 0) continue;
    if ((named & ~other) !== 0 && (other & family) !== 0) return true;
  }
  return false;
}

/** The markers a text names, as a 32-bit set. */
export function markersOf(text: string): number {
  const lower = text.toLowerCase();
  const count = scanWords(lower, PATTERN, SPANS);
  let bits = 0;
  if (count < 0) {
    for (const w of lower.match(WORD) ?? []) bits |= markerOf(w);
    return bits >>> 0;
  }
  // A word longer than every marker and its possessive is none: it is not cut out of the text.
  for (let k = 0; k < count; k += 3) {
    const start = SPANS[k] as number;
    const end = SPANS[k + 1] as number;
    if (end - start <= LONGEST + 2) bits |= markerOf(lower.slice(start, end));
  }
  return bits >>> 0;
}

function markerOf(w: string): number {
  const bit = BIT.get(w);
  if (bit !== undefined) return bit;
  return w.endsWith("'s") || w.endsWith('’s') ? (BIT.get(w.slice(0, -2)) ?? 0) : 0;
}
