// News agencies by the names they sign with, lower-cased. A title-case word in parentheses after a
// place is only taken for an agency when it is one of these ("Paris (AFP) -", not "Apple (AAPL) -").
const KNOWN_AGENCIES = new Set(
  [
    'AP',
    'AFP',
    'Reuters',
    'Bloomberg',
    'Xinhua',
    'dpa',
    'EFE',
    'ANSA',
    'Kyodo',
    'Yonhap',
    'TASS',
    'RIA Novosti',
    'Interfax',
    'Anadolu',
    'AA',
    'IANS',
    'PTI',
    'ANI',
    'UNI',
    'APP',
    'BSS',
    'Bernama',
    'Antara',
    'PNA',
    'WAM',
    'SPA',
    'KUNA',
    'QNA',
    'MENA',
    'IRNA',
    'CNA',
    'Lusa',
    'Belga',
    'AAP',
    'UPI',
    'CP',
    'The Canadian Press',
    'PA',
    'NTB',
    'TT',
    'STT',
    'Ritzau',
    'PAP',
    'ČTK',
    'MTI',
    'BTA',
    'Agerpres',
    'HINA',
    'Tanjug',
    'Ukrinform',
    'Sputnik',
    'Agencies',
  ].map((name) => name.toLowerCase()),
);

/** Whether a name is a news agency's (case-insensitive; "Reuters", "AFP", "dpa", "Agencies"). */
export function isKnownAgency(name: string): boolean {
  return KNOWN_AGENCIES.has(name.trim().toLowerCase());
}

/** The agency names as a regex alternation, longest first so "AFP" is not read as "AF". */
export function agencyAlternation(): string {
  return [...KNOWN_AGENCIES]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
