import { SPORT_ORGS } from './data/clubs.ts';
import { MIN_LONE_CONFIDENCE } from './name-tally.ts';
import type { TaggedSpan } from './ner/tagger.ts';
import type { Token } from './tokens.ts';
import { tokenTexts } from './tokens.ts';

// Names of clubs and leagues (data/clubs.ts) by their first word, lowercase, longest first.
let index: Map<string, string[][]> | undefined;
function clubIndex(): Map<string, string[][]> {
  if (index !== undefined) return index;
  index = new Map();
  for (const name of SPORT_ORGS) {
    const words = tokenTexts(name).map((w) => w.toLowerCase());
    const first = words[0];
    if (first === undefined) continue;
    const list = index.get(first) ?? [];
    list.push(words);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const DIGIT_RE = /^\p{N}/u;

/**
 * "Sampdoria 1 Juventus 2", "Bayer Leverkusen stay top", "SOCCER - FEYENOORD HELD": a club or
 * league of the list, capitalised, is an organisation wherever it stands — the tagger's spans
 * inside it give way to it, a span it did not label is added; a longer span holding it is left
 * alone ("Juventus Stadium").
 */
export function withKnownClubs(tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const clubs = clubIndex();
  // One pass over the spans in order beside the clubs found (each club after the last): a text of a
  // club's name repeated thousands of times costs linear time, not a re-sort per club.
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const removed = new Set<TaggedSpan>();
  const added: TaggedSpan[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || !t.word || !(t.cap || DIGIT_RE.test(t.text))) continue;
    const list = clubs.get(t.lower);
    if (list === undefined) continue;
    const words = list.find((w) => matchesAt(tokens, i, w));
    if (words === undefined) continue;
    const last = i + words.length - 1;
    // Spans before `from` end before this club (and before every later one).
    while (from < sorted.length && (sorted[from] as TaggedSpan).last < i) from++;
    const overlapping: TaggedSpan[] = [];
    for (let k = from; k < sorted.length && (sorted[k] as TaggedSpan).first <= last; k++) {
      const s = sorted[k] as TaggedSpan;
      if (s.last >= i) overlapping.push(s);
    }
    if (overlapping.some((s) => s.first < i || s.last > last)) {
      i = last;
      continue;
    }
    const confidence = Math.max(MIN_LONE_CONFIDENCE, ...overlapping.map((s) => s.confidence));
    for (const s of overlapping) removed.add(s);
    added.push({ first: i, last, kind: 'org', confidence });
    i = last;
  }
  if (added.length === 0) return [...spans];
  return [...sorted.filter((s) => !removed.has(s)), ...added].sort((a, b) => a.first - b.first);
}

function matchesAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined) return false;
    if ((k === words.length - 1 ? t.lower : t.text.toLowerCase()) !== words[k]) return false;
  }
  return true;
}

// The sport slug of an agency headline ("RUGBY UNION - ENGLAND NAME SQUAD"): its words name a sport,
// never a place or a club, though the gazetteer knows a town called Rugby.
const SPORT_WORDS = new Set(
  `rugby union league soccer football american tennis table golf cricket athletics boxing cycling
  skiing alpine nordic freestyle motor racing horse ice hockey field baseball basketball swimming
  sailing yachting rowing canoeing squash badminton judo figure speed skating snooker darts formula
  one handball volleyball triathlon wrestling weightlifting gymnastics luge bobsleigh biathlon fencing
  equestrianism rallying motorcycling archery shooting`.split(/\s+/),
);

/** The spans left once a headline's sport slug ("RUGBY UNION -") is no name. */
export function withoutSportSlug(
  tokens: readonly Token[],
  source: string,
  bodyStart: number,
  spans: readonly TaggedSpan[],
): TaggedSpan[] {
  let dash = -1;
  for (let i = 1; i < bodyStart && i <= 4; i++) {
    const t = tokens[i];
    if (t?.text === '-' && source[t.start - 1] === ' ' && source[t.end] === ' ') {
      dash = i;
      break;
    }
  }
  if (dash === -1) return [...spans];
  for (let i = 0; i < dash; i++) {
    const t = tokens[i];
    if (t === undefined || !t.upper || !SPORT_WORDS.has(t.lower)) return [...spans];
  }
  return spans.filter((s) => s.first > dash);
}
