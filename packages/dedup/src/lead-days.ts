/**
 * When the event a lead reports happened, as far as its words say: the days of the week the headline
 * and lead name (a 7-bit set, Monday = bit 0), and whether they measure the time back to an earlier
 * event ("three days after sacking"). Pure.
 *
 * Why: agencies date what the lead reports by its weekday ("pleaded guilty Monday", "was sued on
 * Monday", "went on sale on Friday"). The next stage of an affair happens on another day, and its lead
 * names that day: the earlier stage, which it recounts, comes later in the text and by a date or a
 * distance ("was indicted in March", "three days after sacking"). A copy reports the same event, so its
 * lead, rewritten or not, names the same day or none. Two leads naming days, none in common, are two
 * events; neither text nor facts can tell, since the later story repeats the earlier one's.
 */

import { LETTER, matchWords, wordPattern } from './word-scan.ts';

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/giu;
const ORDER = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
/** How far into the lead paragraph a day still dates its event. */
const LEAD_WORDS = 80;

/** The lead's first LEAD_WORDS words, as split at spaces (the split stops there). */
function leadWords(lead: string): string {
  return lead.split(/\s+/, LEAD_WORDS).join(' ');
}

/** The weekdays named in `headline` and the first `LEAD_WORDS` words of `lead`: bits 0–6, 0 for none. */
export function leadDaysOf(headline: string, lead: string): number {
  const words = leadWords(lead);
  let bits = 0;
  for (const m of `${headline}\n${words}`.matchAll(WEEKDAY)) {
    bits |= 1 << ORDER.indexOf((m[1] ?? '').toLowerCase());
  }
  return bits;
}

// "three days after sacking", "14 months after the company announced", "two weeks ago": a distance in
// time back to an earlier event of the affair. Not "last week", "last month", "a week ago" or "a year
// ago": data reports use them for the period they report or compare with, and a copy may write them
// for "in October".
const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)`;
// Two stages of one day measure back in hours ("hours after it said", "nine hours after a barge
// struck") or place the lead's event in the day against another ("later on Tuesday", "earlier on
// Tuesday", "earlier today"). "Later" alone ("will meet later") and a bare "on Tuesday" do not count.
const DAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|that day|the same day)';
const LOOKS_BACK = new RegExp(
  String.raw`\b(?:(?:${COUNT}|an?|one|just|only)\s+(?:days?|weeks?|months?)\s+after|${COUNT}\s+(?:days|weeks|months)\s+ago|hours?\s+(?:after|later)|(?:later|earlier)\s+(?:on\s+)?${DAY})\b`,
  'iu',
);

/**
 * Whether the headline or the first two paragraphs measure the time back to an earlier event ("nine
 * days after walking off the job"): the later stage of an affair recounts the earlier one so. A story
 * that does, against a stored one that does not, is never surely its copy: a copy of the later stage
 * keeps the phrase, the earlier stage has nothing to measure back to.
 */
export function looksBack(headline: string, paragraphs: readonly string[]): boolean {
  return LOOKS_BACK.test(`${headline}\n${paragraphs.slice(0, 2).join('\n')}`);
}

/** Both leads name a weekday, and none in common: they report events of different days. */
export function leadDaysDiffer(a: number, b: number): boolean {
  return a !== 0 && b !== 0 && (a & b) === 0;
}

/**
 * The new lead names a weekday, but not every one the stored lead names. A copy keeps the days its
 * original's lead names — the day of its event and the day it looks ahead to ("put on alert on Monday,
 * warning of a record on Tuesday") — and may add one in a rewritten intro; the later story of the
 * affair names the day of its own event and drops the earlier one's ("hit the record on Tuesday").
 */
export function leadDropsDay(fresh: number, stored: number): boolean {
  return fresh !== 0 && (stored & ~fresh) !== 0;
}

// The part of the day a lead places its event in: two stages of one affair on one day ("closed Friday
// morning", "reopened Friday afternoon") name the same weekday but not the same part of it.
const PARTS: readonly (readonly string[])[] = [
  ['morning', 'dawn', 'daybreak'],
  ['afternoon', 'midday', 'noon', 'lunchtime'],
  ['evening', 'night', 'overnight', 'tonight', 'nightfall'],
];
const PART_WORD = /\p{L}+/gu;
const PART_PATTERN = wordPattern(LETTER);
const PART_OF = new Map<string, number>();
PARTS.forEach((group, i) => {
  for (const w of group) if (!PART_OF.has(w)) PART_OF.set(w, i);
});

/** The parts of the day (morning, afternoon, evening or night) the lead paragraph's first words name: 3 bits. */
export function partsOfDayOf(lead: string): number {
  let bits = 0;
  const words = leadWords(lead).toLowerCase();
  for (const w of matchWords(words, PART_PATTERN, PART_WORD)) {
    const i = PART_OF.get(w);
    if (i !== undefined) bits |= 1 << i;
  }
  return bits;
}

// What a lead announces rather than reports: "will on Tuesday announce", "is set to", "is expected to".
// A lead that reports something done ("said it will cut 500 jobs", "will need permission after the
// governor signed the law", "will appear in court after the man died") has a verb in the past: any
// word in -ed but "expected to", "scheduled to", or a common irregular past, makes it a report.
const FUTURE = /\b(?:will|(?:is|are)\s+(?:set|expected|due|scheduled|poised)\s+to)\b/iu;
const PAST =
  /\b(?:\p{L}+ed(?!\s+to\b)|said|says|told|won|lost|fell|rose|took|made|came|went|began|held|met|saw|gave|hit|led|struck|found|broke|sold|bought|paid|sent|left|kept|brought|caught|thought|wrote|spoke|chose|drove|flew|ran|stood)\b/iu;

/**
 * Whether the lead's first sentence tells what will happen (a preview: "will on Tuesday announce a
 * budget"), not what did (the report: "on Tuesday unveiled a budget"). A preview and its report share
 * the background, the names and often the weekday; a copy of either keeps its tense.
 */
export function announcesAhead(lead: string): boolean {
  const first = lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
  return FUTURE.test(first) && !PAST.test(first);
}

/** Both leads name a part of the day, and none in common: two events of one day. */
export function partsOfDayDiffer(a: number, b: number): boolean {
  return leadDaysDiffer(a, b);
}
