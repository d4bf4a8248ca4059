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

const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/giu;
const ORDER = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
/** How far into the lead paragraph a day still dates its event. */
const LEAD_WORDS = 80;

/** The weekdays named in `headline` and the first `LEAD_WORDS` words of `lead`: bits 0–6, 0 for none. */
export function leadDaysOf(headline: string, lead: string): number {
  const words = lead.split(/\s+/).slice(0, LEAD_WORDS).join(' ');
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
const LOOKS_BACK = new RegExp(
  String.raw`\b(?:(?:${COUNT}|an?|one|just|only)\s+(?:days?|weeks?|months?)\s+after|${COUNT}\s+(?:days|weeks|months)\s+ago)\b`,
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
