import { zoneOffsetMinutes } from './time-zones.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// "EMBARGOED UNTIL …", "Embargoed to …", "Embargo: …", "EMBARGO till …": what follows, to the end of
// the line or sentence. Only the top of a story is searched: that is where agencies put the line.
const EMBARGO_LINE = /\bembargo(?:ed)?\b\s*(?:until|till|to|for|:|-|–)\s*([^\n]{4,100})/i;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?/;
const CLOCK = /\b([01]?\d|2[0-3])[:.h]([0-5]\d)\b/;
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs?|h\b|local\b|[A-Z]{2,5}\b)/;
const LEADING_MILITARY = /^\s*([01]\d|2[0-3])([0-5]\d)\b(?!\s*(?:-|\/))/;
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?(?![A-Za-z])/g;
const MONTH_DAY = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b/g;
const HOUR_AMPM = /\b(1[0-2]|0?[1-9])\s*([ap])\.?m\b\.?/i;
const YEAR = /\b(20\d{2})\b/;

function monthIndex(word: string): number | undefined {
  // "Nov", "Sept", "November", not "Mayor".
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i === -1 || w.length < 3 ? undefined : i;
}

function zoneOf(text: string): number | undefined {
  const offset = /(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(text);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    return offset[1] === '-' ? -minutes : minutes;
  }
  for (const word of text.match(/\b[A-Z]{1,5}\b/g) ?? []) {
    const minutes = zoneOffsetMinutes(word);
    if (minutes !== undefined) return minutes;
  }
  return undefined;
}

function clockOf(text: string): { h: number; m: number } | undefined {
  if (/\bmidnight\b/i.test(text)) return { h: 0, m: 0 };
  if (/\bnoon\b/i.test(text)) return { h: 12, m: 0 };
  const ampm = HOUR_AMPM.exec(text);
  const m = CLOCK.exec(text) ?? MILITARY.exec(text) ?? LEADING_MILITARY.exec(text);
  if (!m) {
    if (!ampm) return undefined;
    return { h: (Number(ampm[1]) % 12) + (ampm[2]?.toLowerCase() === 'p' ? 12 : 0), m: 0 };
  }
  let h = Number(m[1]);
  const after = text.slice((m.index ?? 0) + m[0].length);
  if (/^\s*p\.?m\b/i.test(after) && h < 12) h += 12;
  if (/^\s*a\.?m\b/i.test(after) && h === 12) h = 0;
  return { h, m: Number(m[2]) };
}

function dateOf(text: string): { day: number; month: number; text: string } | undefined {
  for (const re of [DAY_MONTH, MONTH_DAY]) {
    for (const m of text.matchAll(re)) {
      const [dayText, monthText] = re === DAY_MONTH ? [m[1], m[2]] : [m[2], m[1]];
      const month = monthIndex(monthText ?? '');
      const day = Number(dayText);
      if (month !== undefined && day >= 1 && day <= 31) return { day, month, text: m[0] };
    }
  }
  return undefined;
}

/**
 * The end of an embargo an agency wrote into a story ("EMBARGOED UNTIL 0001 GMT 27 November 2026",
 * "Embargoed to 00:01 Thursday 27 November", "Embargo: 2026-11-27T00:01Z"), as ISO UTC; undefined
 * when there is no embargo line or it does not say a day and a time. No zone means UTC; no year
 * means the first such day from two days before `reference` on (embargoes point forward).
 */
export function parseEmbargo(text: string, reference: Date): string | undefined {
  const line = EMBARGO_LINE.exec(text.slice(0, 1_500))?.[1];
  if (!line) return undefined;
  const iso = ISO.exec(line);
  if (iso) {
    const zone = iso[7] ?? 'Z';
    const parsed = Date.parse(
      `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`,
    );
    return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
  }
  // The year is taken out first, so "2026" is never read as a 20:26 clock.
  const year = YEAR.exec(line);
  const rest = year ? line.replace(year[0], ' ') : line;
  const date = dateOf(rest);
  const clock = date ? (clockOf(rest.replace(date.text, ' ')) ?? clockOf(rest)) : undefined;
  if (!date || !clock) return undefined;
  const offset = zoneOf(rest) ?? 0;
  const at = (y: number) => Date.UTC(y, date.month, date.day, clock.h, clock.m) - offset * 60_000;
  let when: number;
  if (year) when = at(Number(year[1]));
  else {
    const floor = reference.getTime() - 2 * 86_400_000;
    const y = reference.getUTCFullYear();
    when = at(y - 1) >= floor ? at(y - 1) : at(y) >= floor ? at(y) : at(y + 1);
  }
  // 31 February and the like roll over in Date.UTC: refuse them instead.
  const check = new Date(when + offset * 60_000);
  if (check.getUTCDate() !== date.day) return undefined;
  return new Date(when).toISOString();
}
