// What wire formats (NewsML-G2, NITF) state as metadata and web feeds leave to the text: the dateline
// and where the story was written, signals, the embargo, the provider's version. A stated value wins
// over one read from the text; the text fills what the metadata leaves out.
import type { RawItem, Story } from '@wirefeed/core';
import type { Dateline } from './dateline.ts';
import { datelineDay } from './dateline.ts';
import { parseFeedDate } from './dates.ts';
import { inlineText } from './html-to-text.ts';
import type { WireSignals } from './markers.ts';
import { titleCaseIfShouting } from './title-case.ts';

const text = (value: string | undefined) =>
  value === undefined ? undefined : inlineText(value) || undefined;

/**
 * The dateline: the place and its region and country as stated, else as the body's first line says.
 * What the body's dateline adds (its region, country) is kept only when it names the same place.
 * The day of the month is read from the dateline kept, as written.
 */
export function statedDateline(stated: RawItem['dateline'], found: Dateline | undefined): Story['dateline'] {
  const statedPlace = text(stated?.place);
  const place = statedPlace ? titleCaseIfShouting(statedPlace) : found?.place;
  const raw = text(stated?.raw) ?? found?.raw ?? statedPlace;
  if (raw === undefined) return undefined;
  const samePlace = found !== undefined && (!place || found.place.toLowerCase() === place.toLowerCase());
  const region = text(stated?.region) ?? (samePlace ? found.region : undefined);
  const country = text(stated?.country) ?? (samePlace ? found.country : undefined);
  const code = stated?.countryCode?.trim().toUpperCase() || (samePlace ? found.countryCode : undefined);
  const day = datelineDay(raw);
  return {
    ...(place ? { place } : {}),
    ...(region ? { region } : {}),
    ...(country ? { country } : {}),
    ...(code && /^[A-Z]{2}$/.test(code) ? { countryCode: code } : {}),
    ...(day !== undefined ? { day } : {}),
    raw,
  };
}

// IPTC urgency 1 is a flash, 2 a bulletin: what the wire's own markers call urgent.
const URGENT_AT_MOST = 2;

/** The headline markers' signals with the source's stated ones added. */
export function statedSignals(marked: WireSignals, stated: RawItem['signals']): Story['signals'] {
  const urgency = stated?.urgency;
  return {
    ...marked,
    correction: marked.correction || stated?.correction === true,
    canceled: marked.canceled || stated?.canceled === true,
    urgent: marked.urgent || (urgency !== undefined && urgency <= URGENT_AT_MOST),
    ...(stated?.update && marked.updateNumber === undefined ? { update: true as const } : {}),
    ...(urgency !== undefined ? { urgency } : {}),
  };
}

/** The embargo the source states, in ISO UTC; undefined when it states none or an unreadable one. */
export function statedEmbargo(stated: string | undefined): string | undefined {
  return parseFeedDate(stated);
}

/**
 * What besides the headline and body makes content new: the provider's version (a G2 version 3 is new
 * content even when its text is version 2's) and a stated kill (which often repeats the killed text).
 * Empty for items that state neither, so their content hash is what it always was.
 */
export function statedContentParts(raw: RawItem): string[] {
  const parts: string[] = [];
  if (raw.itemVersion !== undefined) parts.push(`version:${String(raw.itemVersion)}`);
  if (raw.signals?.canceled) parts.push('canceled');
  return parts;
}
