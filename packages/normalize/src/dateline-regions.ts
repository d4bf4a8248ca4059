/**
 * What the words after a dateline's comma name: a country ("KYIV, Ukraine"), a US state or Canadian
 * province as AP writes it ("SPRINGFIELD, Ill.", "VAIL, Colorado"), or neither.
 */
export interface DatelineArea {
  /** The state, province or region, written out ("Illinois" for "Ill."). */
  region?: string;
  /** The country as the dateline writes it ("Britain", "Ukraine"). */
  country?: string;
  countryCode?: string;
}

// Codes Intl still names but that are retired, reserved or not countries: "Germany" must come out as DE,
// not DD, and "European Union" is no country.
const NOT_COUNTRIES = new Set(
  'AC AN AQ BU CP CQ CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UM UN VD XA XB YD YU ZR ZZ'.split(
    ' ',
  ),
);

// How wire copy writes some countries that Intl names otherwise.
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'u.k.': 'GB',
  'u.s.': 'US',
  'u.s.a.': 'US',
  usa: 'US',
  'united states of america': 'US',
  uae: 'AE',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  turkey: 'TR',
  burma: 'MM',
  myanmar: 'MM',
  macedonia: 'MK',
  swaziland: 'SZ',
  'east timor': 'TL',
  vatican: 'VA',
  holland: 'NL',
  'democratic republic of congo': 'CD',
  'democratic republic of the congo': 'CD',
  'dr congo': 'CD',
  'republic of congo': 'CG',
  congo: 'CG',
  'bosnia and herzegovina': 'BA',
  'trinidad and tobago': 'TT',
  'antigua and barbuda': 'AG',
  'sao tome and principe': 'ST',
  'the gambia': 'GM',
  'the bahamas': 'BS',
  'the netherlands': 'NL',
  'the philippines': 'PH',
  'cape verde': 'CV',
  'palestinian territories': 'PS',
  'west bank': 'PS',
  'gaza strip': 'PS',
};

// AP Stylebook abbreviations and the names of US states and Canadian provinces, as datelines give them.
const US_STATES: readonly (readonly [string, string?])[] = [
  ['Alabama', 'Ala.'],
  ['Alaska'],
  ['Arizona', 'Ariz.'],
  ['Arkansas', 'Ark.'],
  ['California', 'Calif.'],
  ['Colorado', 'Colo.'],
  ['Connecticut', 'Conn.'],
  ['Delaware', 'Del.'],
  ['District of Columbia', 'D.C.'],
  ['Florida', 'Fla.'],
  ['Georgia', 'Ga.'],
  ['Hawaii'],
  ['Idaho'],
  ['Illinois', 'Ill.'],
  ['Indiana', 'Ind.'],
  ['Iowa'],
  ['Kansas', 'Kan.'],
  ['Kentucky', 'Ky.'],
  ['Louisiana', 'La.'],
  ['Maine'],
  ['Maryland', 'Md.'],
  ['Massachusetts', 'Mass.'],
  ['Michigan', 'Mich.'],
  ['Minnesota', 'Minn.'],
  ['Mississippi', 'Miss.'],
  ['Missouri', 'Mo.'],
  ['Montana', 'Mont.'],
  ['Nebraska', 'Neb.'],
  ['Nevada', 'Nev.'],
  ['New Hampshire', 'N.H.'],
  ['New Jersey', 'N.J.'],
  ['New Mexico', 'N.M.'],
  ['New York', 'N.Y.'],
  ['North Carolina', 'N.C.'],
  ['North Dakota', 'N.D.'],
  ['Ohio'],
  ['Oklahoma', 'Okla.'],
  ['Oregon', 'Ore.'],
  ['Pennsylvania', 'Pa.'],
  ['Rhode Island', 'R.I.'],
  ['South Carolina', 'S.C.'],
  ['South Dakota', 'S.D.'],
  ['Tennessee', 'Tenn.'],
  ['Texas'],
  ['Utah'],
  ['Vermont', 'Vt.'],
  ['Virginia', 'Va.'],
  ['Washington', 'Wash.'],
  ['West Virginia', 'W.Va.'],
  ['Wisconsin', 'Wis.'],
  ['Wyoming', 'Wyo.'],
];
const CA_PROVINCES: readonly (readonly [string, string?])[] = [
  ['Alberta', 'Alta.'],
  ['British Columbia', 'B.C.'],
  ['Manitoba', 'Man.'],
  ['New Brunswick', 'N.B.'],
  ['Newfoundland', 'Nfld.'],
  ['Nova Scotia', 'N.S.'],
  ['Ontario', 'Ont.'],
  ['Prince Edward Island', 'P.E.I.'],
  ['Quebec', 'Que.'],
  ['Saskatchewan', 'Sask.'],
];

const fold = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

function regionTable(): Map<string, { region: string; countryCode: string }> {
  const table = new Map<string, { region: string; countryCode: string }>();
  for (const [names, countryCode] of [
    [US_STATES, 'US'],
    [CA_PROVINCES, 'CA'],
  ] as const) {
    for (const [region, abbreviation] of names) {
      table.set(fold(region), { region, countryCode });
      if (abbreviation) table.set(fold(abbreviation), { region, countryCode });
    }
  }
  return table;
}

function countryTable(): Map<string, string> {
  const table = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  const long = new Intl.DisplayNames(['en'], { type: 'region' });
  const short = new Intl.DisplayNames(['en'], { type: 'region', style: 'short' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      for (const names of [long, short]) {
        const name = names.of(code);
        if (!name || name === code) continue;
        // "Bosnia & Herzegovina" is written with "and" in copy; "Myanmar (Burma)" as either name.
        for (const variant of [name, name.replace(/ & /g, ' and '), name.replace(/\s*\(.*\)$/, '')]) {
          if (!table.has(fold(variant))) table.set(fold(variant), code);
        }
      }
    }
  }
  return table;
}

let regions: Map<string, { region: string; countryCode: string }> | undefined;
let countries: Map<string, string> | undefined;

/** What a dateline's detail names, or nothing when it is not a known country, state or province. */
export function datelineArea(detail: string): DatelineArea | undefined {
  const key = fold(detail);
  if (key === '') return undefined;
  regions ??= regionTable();
  countries ??= countryTable();
  const region = regions.get(key);
  // "Georgia" written out is read as the country ("TBILISI, Georgia"); AP writes the state "Ga.".
  const countryCode = countries.get(key);
  if (countryCode) return { country: detail.trim(), countryCode };
  if (region) return { region: region.region, countryCode: region.countryCode };
  return undefined;
}
