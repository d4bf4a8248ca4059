// A wire byline reduced to the people in it: "Von Anna Schmidt, dpa" and "By Meredith Jameson," give
// the names alone. The wire formats mark the job title up (NITF `byttl`, left out by the caller); the
// agency at the end and the "By"/"Von"/"Par" in front are only words, known by the agencies that
// deliver in these formats and by the names the document itself gives its provider and credit.

// Not "de", "da" or "di": they begin surnames ("De Luca", "Da Silva", "Di Maio") more often than bylines.
const LEAD = /^(?:by|von|vom|par|por|door|af|av)\s*:?\s+(?=\S)/iu;

// Agencies that deliver NewsML-G2 or NITF, by the names they sign with.
const WIRE_AGENCIES = [
  'dpa',
  'dpa-AFX',
  'AFP',
  'Reuters',
  'AP',
  'Associated Press',
  'APA',
  'ANSA',
  'EFE',
  'Kyodo',
  'Xinhua',
  'KNA',
  'epd',
  'sid',
  'SDA',
  'Keystone-SDA',
  'Belga',
  'ANP',
  'TT',
  'NTB',
  'Ritzau',
  'STT',
  'PAP',
  'CTK',
  'Lusa',
  'Bloomberg',
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The names in a byline, without its lead-in word and without a trailing agency (", dpa", " (AFP)",
 * "/Reuters"); `agencies` adds names the document gives its provider and credit. Undefined when no
 * name is left.
 */
export function bylineName(byline: string | undefined, agencies: readonly string[] = []): string | undefined {
  let text = byline?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  text = text.replace(LEAD, '');
  const names = [
    ...new Set([...agencies, ...WIRE_AGENCIES].map((a) => a.trim()).filter((a) => a.length > 0)),
  ];
  if (names.length > 0) {
    const alternation = names.map(escapeRegExp).join('|');
    // Only after punctuation or in parentheses: "Sid Jones" is a name, "Jones, sid" an agency.
    const trailing = new RegExp(
      String.raw`(?:\s*[,/;|–—-]\s*\(?(?:${alternation})\)?|\s*\((?:${alternation})\))\s*$`,
      'iu',
    );
    for (let i = 0; i < 3 && trailing.test(text); i++) text = text.replace(trailing, '');
    // A byline that is nothing but the agency names no person.
    if (new RegExp(String.raw`^\(?(?:${alternation})\)?$`, 'iu').test(text)) return undefined;
  }
  text = text.replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '');
  return /\p{L}/u.test(text) ? text : undefined;
}
