import { BoundedMap } from '@wirefeed/core/contracts';
import { zoneOffsetMinutes } from './time-zones.ts';

// Month names in the languages of the feeds we read, accents stripped: French, Spanish, German,
// Italian and Portuguese feeds often write their own month names into an RFC 822 date.
const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'janvier', 'enero', 'januar', 'janner', 'gennaio', 'janeiro'],
  ['february', 'fevrier', 'febrero', 'februar', 'febbraio', 'fevereiro'],
  ['march', 'mars', 'marzo', 'marz', 'maerz', 'mrz', 'marco'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'maio'],
  ['june', 'juin', 'junio', 'juni', 'giugno', 'junho'],
  ['july', 'juillet', 'julio', 'juli', 'luglio', 'julho'],
  ['august', 'aout', 'agosto'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro'],
  ['october', 'octobre', 'octubre', 'oktober', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'decembre', 'diciembre', 'dezember', 'dicembre', 'dezembro'],
];
const DAY_MS = 86_400_000;
// Feeds that lost their date often say 1970-01-01 or 0001-01-01; nothing this old comes off a wire.
const EARLIEST_MS = Date.UTC(1980, 0, 1);

const TIME = String.raw`(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?(?:\s*([ap])\.?m\.?)?)?`;
// "Fri, 26 Nov 2021 10:00:00 EST", "26 November 2021 10:00 +0100", "26-Nov-21 10:00"
const DAY_FIRST = new RegExp(
  String.raw`^(?:\p{L}+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?[\s-]+(\p{L}{3,10})\.?,?[\s-]+(\d{4}|\d{2})(?!\d)${TIME}\s*(.*)$`,
  'iu',
);
// "Nov 26, 2021 10:00 AM EST", "Friday, November 26, 2021", "Fri Nov 26 2021 10:00:00 GMT+0100"
const MONTH_FIRST = new RegExp(
  String.raw`^(?:\p{L}+\.?,?\s+)?(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}\s*(.*)$`,
  'iu',
);
// "2021-11-26T10:00:00.123+01:00", "2021-11-26 10:00:00", "2021/11/26", "2021-11-26T10:00:00+0100"
const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(.*)$/i;

/** Dates for a story, in ISO UTC; `dateMissing` when the feed gave none that parses, `dateClamped` when one was in the future. */
export interface StoryDates {
  firstCreated: string;
  versionCreated: string;
  dateMissing: boolean;
  dateClamped: boolean;
}

/**
 * Parse a date as feeds write it — RFC 822 with numeric or named zones, ISO 8601 with offsets, and
 * common variations — to ISO UTC (`YYYY-MM-DDTHH:mm:ss.sssZ`). A date without a zone is taken as
 * UTC. Undefined when it does not parse or is implausibly old.
 */
export function parseFeedDate(input: string | undefined): string | undefined {
  if (input === undefined) return parseDate(undefined);
  // Every item of a fetch shares its fetch time, parsed once per story otherwise: the last few dates
  // are kept (few, so that a run over many stories is not sped up by remembering all their dates).
  if (PARSED.has(input)) return PARSED.get(input);
  const parsed = parseDate(input);
  PARSED.set(input, parsed);
  return parsed;
}

const PARSED = new BoundedMap<string, string | undefined>(16);

function parseDate(input: string | undefined): string | undefined {
  // "(UTC)", "(Central European Standard Time)": comments after the zone carry nothing parseable.
  const s = (input ?? '')
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '') return undefined;
  const ms = parseEpoch(s) ?? parseIso(s) ?? parseDayFirst(s) ?? parseMonthFirst(s);
  return ms !== undefined && ms >= EARLIEST_MS ? new Date(ms).toISOString() : undefined;
}

/**
 * First-created and version-created times of an item: published (else updated), updated (else
 * published), never earlier than each other; the fetch time when the feed gave neither. Anything
 * more than 24 hours after `now` is clamped to `now`.
 */
export function resolveDates(
  published: string | undefined,
  updated: string | undefined,
  fetchedAt: string,
  now: Date,
): StoryDates {
  const latest = now.getTime() + DAY_MS;
  let clamped = false;
  const clamp = (iso: string): string => {
    if (Date.parse(iso) <= latest) return iso;
    clamped = true;
    return now.toISOString();
  };
  const pub = parseFeedDate(published);
  const upd = parseFeedDate(updated);
  const fallback = parseFeedDate(fetchedAt) ?? now.toISOString();
  const firstCreated = clamp(pub ?? upd ?? fallback);
  const versionCreated = clamp(upd ?? pub ?? fallback);
  return {
    firstCreated,
    versionCreated: Date.parse(versionCreated) < Date.parse(firstCreated) ? firstCreated : versionCreated,
    dateMissing: pub === undefined && upd === undefined,
    dateClamped: clamped,
  };
}

function parseEpoch(s: string): number | undefined {
  if (/^\d{10}$/.test(s)) return Number(s) * 1000;
  if (/^\d{13}$/.test(s)) return Number(s);
  return undefined;
}

function parseIso(s: string): number | undefined {
  const m = ISO.exec(s);
  if (!m) return undefined;
  const fraction = Number(`0.${m[7] ?? '0'}`) * 1000;
  return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], undefined, m[8] ?? '', fraction);
}

function parseDayFirst(s: string): number | undefined {
  const m = DAY_FIRST.exec(s);
  const month = monthNumber(m?.[2]);
  if (!m || month === undefined) return undefined;
  return build(fullYear(m[3]), month, Number(m[1]), m[4], m[5], m[6], m[7], m[8] ?? '');
}

function parseMonthFirst(s: string): number | undefined {
  const m = MONTH_FIRST.exec(s);
  const month = monthNumber(m?.[1]);
  if (!m || month === undefined) return undefined;
  return build(Number(m[3]), month, Number(m[2]), m[4], m[5], m[6], m[7], m[8] ?? '');
}

function build(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  meridiem: string | undefined,
  zone: string,
  fraction = 0,
): number | undefined {
  let h = Number(hour ?? '0');
  const mi = Number(minute ?? '0');
  // A leap second has no place in a Date; its minute is close enough.
  const sec = Math.min(Number(second ?? '0'), 59);
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  const offset = zone === '' ? 0 : zoneOffsetMinutes(zone);
  if (offset === undefined || month < 1 || month > 12 || h > 23 || mi > 59 || sec > 60) return undefined;
  const ms = Date.UTC(year, month - 1, day, h, mi, sec, Math.floor(fraction));
  // Date.UTC rolls 31 November over into December; a date that rolled over was not a date.
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return ms - offset * 60_000;
}

function monthNumber(word: string | undefined): number | undefined {
  const w = (word ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (w.length < 3) return undefined;
  const matches = MONTHS.flatMap((names, i) => (names.some((name) => name.startsWith(w)) ? [i + 1] : []));
  // "jui" could be juin or juillet: a prefix that fits two months is taken for neither.
  return matches.length === 1 ? matches[0] : undefined;
}

function fullYear(digits: string | undefined): number {
  const y = Number(digits);
  // Two-digit years (RFC 822 allows them): 00–49 are this century, 50–99 the last.
  if (digits?.length === 2) return y < 50 ? 2000 + y : 1900 + y;
  return y;
}
