import { isKnownAgency } from './agencies.ts';
import { isStandAloneCity } from './dateline-cities.ts';
import { titleCaseIfShouting } from './title-case.ts';

/** A dateline found at the start of a body: the place, the text as written, the agency if named. */
export interface Dateline {
  place: string;
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
// After the place, a comma may bring a date or a region: "WASHINGTON, Nov 26", "SPRINGFIELD, Ill.".
const DETAIL = String.raw`(?:,\s*(?<detail>[^()/\n:–—]{1,40}?))?`;
// The agency in parentheses, or between slashes as press-release wires write it ("/PRNewswire/").
const AGENCY = String.raw`(?:\((?<agency>\p{L}[\p{L}\d .&'-]{0,30})\)|/(?<wire>\p{L}[\p{L}\d .&'-]{1,30})/)`;
// EFE closes with a full stop before the dash: "Madrid, 25 nov (EFE).-".
const END = String.raw`\.?\s*(?:--?|[–—:])(?=\s|$)`;
const SENTENCE_START = String.raw`(?=\s+["“‘«¿¡]?\p{Lu})`;
const WITH_AGENCY = new RegExp(String.raw`^(?<place>${ANY_PLACE})${DETAIL}\s*${AGENCY}${END}`, 'u');
// PTI and IANS close the dateline with the agency alone: "New Delhi, Nov 26 (PTI) The court said".
const AGENCY_CLOSED = new RegExp(
  String.raw`^(?<place>${ANY_PLACE})${DETAIL}\s*\((?<agency>\p{L}[\p{L}\d .&'-]{0,30})\)${SENTENCE_START}`,
  'u',
);
const CAPS_ONLY = new RegExp(`^(?<place>${CAPS_PLACE})${DETAIL}${END}`, 'u');
const TITLE_CASE_CITY = new RegExp(`^(?<place>${ANY_PLACE})${DETAIL}${END}${SENTENCE_START}`, 'u');

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
 * "WASHINGTON, Nov 26 (Reuters) -", "LONDON (AP) —", "Paris (AFP) -". The place must be in capitals
 * unless a known agency follows it in parentheses, and a dash or colon must close it, so an ordinary
 * sentence that opens with a capitalised word is left alone.
 */
export function extractDateline(paragraph: string): DatelineMatch | undefined {
  const text = paragraph.trimStart();
  const match =
    matchWithAgency(text) ??
    matchAgencyClosed(text) ??
    CAPS_ONLY.exec(text) ??
    matchStandAloneCity(text) ??
    undefined;
  const place = match?.groups?.place?.trim();
  if (!match || !place || NOT_PLACES.has(place) || (place.match(/\p{L}/gu)?.length ?? 0) < 3)
    return undefined;
  const agency = (match.groups?.agency ?? match.groups?.wire)?.trim();
  const dateline: Dateline = { place: titleCaseIfShouting(place), raw: match[0].trim() };
  if (agency) dateline.agency = agency;
  return { dateline, rest: text.slice(match[0].length).trim() };
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
