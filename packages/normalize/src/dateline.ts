import { agencyAlternation, isKnownAgency } from './agencies.ts';
import { isStandAloneCity } from './dateline-cities.ts';
import { datelineArea } from './dateline-regions.ts';
import { titleCaseIfShouting } from './title-case.ts';

/**
 * A dateline found at the start of a body: the place, the region or country it names, the text as
 * written, the agency if named.
 */
export interface Dateline {
  place: string;
  /** The state, province or region after the place ("Colorado" in "VAIL, Colorado 1996-12-07 -"). */
  region?: string;
  /** The country after the place, as written ("Ukraine" in "KYIV, Ukraine (AP) —"). */
  country?: string;
  /** ISO 3166-1 alpha-2 of that country, or of the state's or province's ("US" for "Ill."). */
  countryCode?: string;
  raw: string;
  agency?: string;
}

/** A dateline and the first paragraph without it. */
export interface DatelineMatch {
  dateline: Dateline;
  rest: string;
}

const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\- /]{0,40}?[\p{Lu}\p{M}.]`;
const ANY_PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’\- /]{0,40}?[\p{L}\p{M}.]`;
// After the place, a comma may bring a date or a region: "WASHINGTON, Nov 26", "SPRINGFIELD, Ill.";
// Interfax writes a full stop before the date ("MOSCOW. Dec 6 (Interfax) -").
const DETAIL = String.raw`(?:(?<sep>,|\.(?=\s))\s*(?<detail>[^()/\n:–—]{1,40}?))?`;
// Reuters' archive form puts an ISO date straight after the place or region: "ROME 1996-12-06 -".
const ISO = String.raw`(?:\s+(?<iso>\d{4}-\d{2}-\d{2}))?`;
// The agency in parentheses, or between slashes as press-release wires write it ("/PRNewswire/").
const AGENCY = String.raw`(?:\((?<agency>\p{L}[\p{L}\d .&'-]{0,30})\)|/(?<wire>\p{L}[\p{L}\d .&'-]{1,30})/)`;
// EFE closes with a full stop before the dash: "Madrid, 25 nov (EFE).-"; TASS with the full stop alone:
// "MOSCOW, December 6. /TASS/.".
const END = String.raw`(?:\.?\s*(?:--?|[–—:])|(?<=/)\.)(?=\s|$)`;
const SENTENCE_START = String.raw`(?=\s+["“‘«¿¡]?\p{Lu})`;
const WITH_AGENCY = new RegExp(String.raw`^(?<place>${ANY_PLACE})${DETAIL}${ISO}\s*${AGENCY}${END}`, 'u');
// PTI and IANS close the dateline with the agency alone: "New Delhi, Nov 26 (PTI) The court said".
const AGENCY_CLOSED = new RegExp(
  String.raw`^(?<place>${ANY_PLACE})${DETAIL}\s*\((?<agency>\p{L}[\p{L}\d .&'-]{0,30})\)${SENTENCE_START}`,
  'u',
);
const CAPS_ONLY = new RegExp(`^(?<place>${CAPS_PLACE})${DETAIL}${ISO}${END}`, 'u');
// A dateline on a line of its own, as archives and some wires print it: "ROME 1996-12-06",
// "VAIL, Colorado 1996-12-07", "LONDON, Dec 6 (Reuters)". It must carry a date.
const CAPS_ALONE = new RegExp(String.raw`^(?<place>${CAPS_PLACE})${DETAIL}${ISO}(?:\s*${AGENCY})?\s*$`, 'u');
const TITLE_CASE_CITY = new RegExp(`^(?<place>${ANY_PLACE})${DETAIL}${END}${SENTENCE_START}`, 'u');
// ANSA puts its name first: "(ANSA) - ROME, DEC 6 - Premier …".
const AGENCY_FIRST = new RegExp(String.raw`^\((?<first>${agencyAlternation()})\)\s*(?:--?|[–—])\s+`, 'iu');

// The months as datelines spell them, in the languages read here: English, Spanish, French, German,
// Italian's "gen"; abbreviated or in full.
const MONTH = `(?:jan(?:uary)?|janv(?:ier)?|januar|ene(?:ro)?|gen|feb(?:ruary|rero|ruar)?|f[ée]vr?|février|mar(?:ch|zo|s)?|mär(?:z)?|apr(?:il)?|abr(?:il)?|avr(?:il)?|may(?:o)?|mai|jun(?:e|io|i)?|juin|jul(?:y|io|i)?|juil(?:let)?|aug(?:ust)?|ago(?:sto)?|août|aou|sep(?:t|tember|tembre|tiembre)?|oct(?:ober|obre|ubre)?|okt(?:ober)?|nov(?:ember|embre|iembre)?|dec(?:ember)?|dic(?:iembre)?|déc(?:embre)?|dez(?:ember)?)`;
// A date as datelines write it, wherever it stands in the detail: "Nov 26", "Nov. 26, 2021",
// "25 nov", "6 December 2025", "December 6.", "1996-12-06".
const DATE_FORM = String.raw`(?:^|\s)(?:\d{4}-\d{2}-\d{2}|${MONTH}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+${MONTH}\.?(?:,?\s+\d{4})?)\.?(?=\s|,|$)`;
const DATE = new RegExp(DATE_FORM, 'iu');
const DATES = new RegExp(DATE_FORM, 'giu');

/**
 * The day of the month a dateline gives ("LONDON, June 16 (Reuters)" → 16, "ROME 1996-12-06" → 6,
 * "PARIS, 9 juin (AFP)" → 9), or undefined: a number counts as a day only beside a month's name (or in
 * an ISO date), so "MARSEILLE 12" and "Route 9" give none.
 */
export function datelineDay(raw: string): number | undefined {
  // Every candidate, in order: a place may look like a date before the date does.
  // `exec` on the one regex: `matchAll` makes a copy of it per call.
  DATES.lastIndex = 0;
  for (let m = DATES.exec(raw); m !== null; m = DATES.exec(raw)) {
    const date = m[0];
    const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(date);
    const month = iso ? Number(iso[2]) : 1;
    const day = Number(iso ? iso[3] : /(?<!\d)\d{1,2}(?!\d)/.exec(date)?.[0]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return day;
  }
  return undefined;
}

// Kyodo signs after the date without parentheses: "TOKYO, Dec. 6 Kyodo -".
const BARE_AGENCY = new RegExp(String.raw`\s+(?<agency>${agencyAlternation()})$`, 'iu');

// Capitalised labels that open a paragraph the way a dateline does but name no place.
const NOT_PLACES = new Set([
  'ADVISORY',
  'ALERT',
  'ANALYSIS',
  'BREAKING',
  'BREAKING NEWS',
  'COMMENT',
  'CORRECTION',
  'EDITORIAL',
  "EDITOR'S NOTE",
  'EDITOR’S NOTE',
  'EXCLUSIVE',
  'EXPLAINER',
  'FACTBOX',
  'FAQ',
  'FILE',
  'FLASH',
  'INTERVIEW',
  'LIVE',
  'NOTE',
  'OPINION',
  'PHOTO',
  'PHOTOS',
  'REVIEW',
  'SOURCE',
  'SOURCES',
  'UPDATE',
  'UPDATED',
  'URGENT',
  'VIDEO',
  'WARNING',
  'WATCH',
]);

/**
 * Find a dateline at the start of a body's first paragraph: "BEIJING:", "MEXICO CITY —",
 * "WASHINGTON, Nov 26 (Reuters) -", "LONDON (AP) —", "Paris (AFP) -", "ROME 1996-12-06 -",
 * "VAIL, Colorado 1996-12-07 -", "(ANSA) - ROME, DEC 6 -". The place must be in capitals unless a known
 * agency follows it in parentheses, and a dash or colon must close it (or, for a dateline with a date,
 * the end of its line), so an ordinary sentence that opens with a capitalised word is left alone.
 */
export function extractDateline(paragraph: string): DatelineMatch | undefined {
  const text = paragraph.trimStart();
  const first = AGENCY_FIRST.exec(text);
  if (!first) return findDateline(text);
  const found = findDateline(text.slice(first[0].length));
  if (!found) return undefined;
  const raw = `${first[0]}${found.dateline.raw}`.trim();
  const agency = found.dateline.agency ?? first.groups?.first ?? '';
  return { dateline: { ...found.dateline, raw, agency }, rest: found.rest };
}

function findDateline(text: string): DatelineMatch | undefined {
  const match =
    matchWithAgency(text) ??
    matchAgencyClosed(text) ??
    CAPS_ONLY.exec(text) ??
    matchAlone(text) ??
    matchStandAloneCity(text) ??
    undefined;
  const place = match?.groups?.place?.trim();
  if (!match || !place || NOT_PLACES.has(place) || (place.match(/\p{L}/gu)?.length ?? 0) < 3)
    return undefined;
  const detail = readDetail(match.groups?.detail ?? '');
  // "MOSCOW. Dec 6" is a dateline only because a date follows the full stop.
  if (match.groups?.sep === '.' && !detail.dated) return undefined;
  const agency = (match.groups?.agency ?? match.groups?.wire ?? detail.agency)?.trim();
  const dateline: Dateline = { place: titleCaseIfShouting(place), ...detail.area, raw: match[0].trim() };
  if (agency) dateline.agency = agency;
  return { dateline, rest: text.slice(match[0].length).trim() };
}

interface Detail {
  dated: boolean;
  area: Omit<Dateline, 'place' | 'raw' | 'agency'>;
  agency?: string;
}

/** What follows the place's comma: a region or country, a date, a bare agency, in that order. */
function readDetail(detail: string): Detail {
  let rest = detail.trim();
  const bare = BARE_AGENCY.exec(rest);
  let agency: string | undefined;
  if (bare?.groups?.agency && DATE.test(rest.slice(0, bare.index))) {
    agency = bare.groups.agency;
    rest = rest.slice(0, bare.index);
  }
  const date = DATE.exec(rest);
  const dated = date !== null;
  if (date) rest = rest.slice(0, date.index);
  const named = rest.replace(/[\s,]+$/u, '').trim();
  return { dated, area: areaOf(named), ...(agency ? { agency } : {}) };
}

function areaOf(named: string): Detail['area'] {
  if (named === '' || /\d/.test(named) || !/^\p{Lu}/u.test(named)) return {};
  // The closing "." of "N.C." may have gone with the dash that follows it.
  const known = datelineArea(named) ?? datelineArea(`${named}.`);
  if (known) return known;
  // A region no table knows ("BASTIA, Corsica"): kept as written, if it looks like a name.
  return named.split(/\s+/).every((w) => /^\p{Lu}|^\p{Ll}{1,4}$/u.test(w)) ? { region: named } : {};
}

function matchWithAgency(text: string): RegExpExecArray | undefined {
  const match = WITH_AGENCY.exec(text);
  const place = match?.groups?.place ?? '';
  const agency = match?.groups?.agency ?? match?.groups?.wire ?? '';
  const shouting = !/\p{Ll}/u.test(place);
  return match && (shouting || (looksNamed(place) && isKnownAgency(agency))) ? match : undefined;
}

function matchAgencyClosed(text: string): RegExpExecArray | undefined {
  const match = AGENCY_CLOSED.exec(text);
  const { place = '', agency = '', detail = '' } = match?.groups ?? {};
  // With no dash to close it, only a known agency after a date tells a dateline from an aside.
  return match && isKnownAgency(agency) && /\d/.test(detail) && looksNamed(place) ? match : undefined;
}

function matchAlone(text: string): RegExpExecArray | undefined {
  const match = CAPS_ALONE.exec(text);
  const { detail = '', iso } = match?.groups ?? {};
  // A capitalised line with no date is a heading, not a dateline.
  return match && (iso !== undefined || DATE.test(detail)) ? match : undefined;
}

function matchStandAloneCity(text: string): RegExpExecArray | undefined {
  const match = TITLE_CASE_CITY.exec(text);
  const { place = '', detail } = match?.groups ?? {};
  // After the city only a date may come ("Washington, Nov 26 —"); "Paris, the capital —" is prose.
  return match && isStandAloneCity(place) && (detail === undefined || /\d/.test(detail)) ? match : undefined;
}

// A title-case place must look like a name ("Paris", "Rio de Janeiro"), not a clause ("The company said").
function looksNamed(place: string): boolean {
  return place.split(/\s+/).every((word) => /^\p{Lu}|^\p{Ll}{1,4}$/u.test(word));
}
