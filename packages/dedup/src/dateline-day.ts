/**
 * The day of the month a dateline gives ("LONDON, June 9 (Reuters)" → 9, "ROME 1996-12-06" → 6,
 * "New Delhi, Nov 26 (PTI)", "PARIS, 9 juin (AFP)"); 0 when it gives none. A month must be named for
 * a number to count as a day. Month and year are left out: stories are only compared within the dedup
 * window (72 hours by default), where the day of the month alone tells two days apart — and it fits
 * in 5 bits of the stored sketch.
 */
export function datelineDay(raw: string | undefined): number {
  if (!raw) return 0;
  const iso = ISO.exec(raw);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]));
  // Every candidate, in order: a place may look like "Route 9" before the date does.
  for (const m of raw.matchAll(MONTH_DAY)) {
    const day = dayOf(monthOf(m[1] ?? ''), Number(m[2]));
    if (day) return day;
  }
  for (const m of raw.matchAll(DAY_MONTH)) {
    const day = dayOf(monthOf(m[2] ?? ''), Number(m[1]));
    if (day) return day;
  }
  return 0;
}

// The months as datelines spell them, in the languages the normalizer reads datelines in.
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'ene', 'janv', 'gen'],
  ['feb', 'fév', 'fev', 'févr'],
  ['mar', 'mär', 'mars'],
  ['apr', 'abr', 'avr'],
  ['may', 'mai', 'mayo'],
  ['jun', 'juin'],
  ['jul', 'juil'],
  ['aug', 'ago', 'août', 'aou'],
  ['sep', 'sept'],
  ['oct', 'okt'],
  ['nov'],
  ['dec', 'dic', 'déc', 'dez'],
];
const MONTH = String.raw`(\p{L}{3,9})\.?`;
const ISO = /\b\d{4}-(\d{2})-(\d{2})\b/;
const MONTH_DAY = new RegExp(String.raw`(?:^|[\s,])${MONTH}\s+(\d{1,2})(?!\d)`, 'gu');
const DAY_MONTH = new RegExp(String.raw`(?:^|[\s,])(\d{1,2})\.?\s+${MONTH}(?=[\s,.(]|$)`, 'gu');

function monthOf(word: string): number {
  const w = word.toLowerCase();
  for (const [i, forms] of MONTHS.entries()) {
    if (forms.some((f) => w.startsWith(f) && (w.length === f.length || FULL_NAMES.has(w)))) return i + 1;
  }
  return 0;
}

const FULL_NAMES = new Set(
  'january february march april june july august september october november december enero febrero marzo abril junio julio agosto septiembre octubre noviembre diciembre janvier février avril juillet septembre octobre novembre décembre januar februar märz juni juli oktober dezember'.split(
    ' ',
  ),
);

function dayOf(month: number, day: number): number {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? day : 0;
}
