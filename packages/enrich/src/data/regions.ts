// US states and the District of Columbia: wire copy qualifies US cities with them ("PARIS, Texas"),
// and GeoNames gives every US city its state as the admin code. Public facts, written by hand.

/** US state name → its two-letter postal code (GeoNames' admin1 code for US places). */
export const US_STATES: Readonly<Record<string, string>> = {
  Alabama: 'AL', Alaska: 'AK', Arizona: 'AZ', Arkansas: 'AR', California: 'CA', Colorado: 'CO',
  Connecticut: 'CT', Delaware: 'DE', Florida: 'FL', Georgia: 'GA', Hawaii: 'HI', Idaho: 'ID',
  Illinois: 'IL', Indiana: 'IN', Iowa: 'IA', Kansas: 'KS', Kentucky: 'KY', Louisiana: 'LA', Maine: 'ME',
  Maryland: 'MD', Massachusetts: 'MA', Michigan: 'MI', Minnesota: 'MN', Mississippi: 'MS', Missouri: 'MO',
  Montana: 'MT', Nebraska: 'NE', Nevada: 'NV', 'New Hampshire': 'NH', 'New Jersey': 'NJ',
  'New Mexico': 'NM', 'New York': 'NY', 'North Carolina': 'NC', 'North Dakota': 'ND', Ohio: 'OH',
  Oklahoma: 'OK', Oregon: 'OR', Pennsylvania: 'PA', 'Rhode Island': 'RI', 'South Carolina': 'SC',
  'South Dakota': 'SD', Tennessee: 'TN', Texas: 'TX', Utah: 'UT', Vermont: 'VT', Virginia: 'VA',
  Washington: 'WA', 'West Virginia': 'WV', Wisconsin: 'WI', Wyoming: 'WY', 'District of Columbia': 'DC',
};

/** AP-style state abbreviations used after a city in datelines ("ALBANY, N.Y."). */
export const US_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT', 'Del.': 'DE',
  'Fla.': 'FL', 'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Ky.': 'KY', 'La.': 'LA', 'Md.': 'MD',
  'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN', 'Miss.': 'MS', 'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE',
  'Nev.': 'NV', 'N.H.': 'NH', 'N.J.': 'NJ', 'N.M.': 'NM', 'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND',
  'Okla.': 'OK', 'Ore.': 'OR', 'Pa.': 'PA', 'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN',
  'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV', 'Wis.': 'WI', 'Wyo.': 'WY', 'D.C.': 'DC',
};

/**
 * First-level regions wires name on their own (constituent countries of the UK, provinces and
 * states of large federations), as [name, ISO country code, GeoNames id when known]. By hand.
 */
export const REGIONS: readonly (readonly [string, string, number?])[] = [
  ['England', 'GB', 6269131],
  ['Scotland', 'GB', 2638360],
  ['Wales', 'GB', 2634895],
  ['Northern Ireland', 'GB', 2641364],
  ...list('CA', `Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Ontario|
    Prince Edward Island|Quebec|Saskatchewan|Yukon|Nunavut|Northwest Territories`),
  ...list('AU', `New South Wales|Queensland|South Australia|Tasmania|Victoria|Western Australia|
    Northern Territory|Australian Capital Territory`),
  ...list('IN', `Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|
    Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|
    Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|
    Jammu and Kashmir|Ladakh`),
  ...list('CN', `Anhui|Fujian|Gansu|Guangdong|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|
    Jiangxi|Jilin|Liaoning|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang|Inner Mongolia|
    Guangxi|Ningxia|Xinjiang|Tibet`),
  ...list('BR', `Acre|Alagoas|Amapa|Amapá|Amazonas|Bahia|Ceara|Ceará|Espirito Santo|Goias|Maranhao|Mato Grosso|
    Mato Grosso do Sul|Minas Gerais|Para|Pará|Paraiba|Parana|Paraná|Pernambuco|Piaui|Rio Grande do Norte|
    Rio Grande do Sul|Rondonia|Roraima|Santa Catarina|Sergipe|Tocantins`),
  ...list('DE', `Bavaria|Baden-Wuerttemberg|Baden-Württemberg|Brandenburg|Hesse|Lower Saxony|
    Mecklenburg-Western Pomerania|North Rhine-Westphalia|Rhineland-Palatinate|Saarland|Saxony|
    Saxony-Anhalt|Schleswig-Holstein|Thuringia`),
  ...list('RU', 'Chechnya|Dagestan|Siberia|Crimea'),
  ...list('UA', 'Donbas|Donetsk region|Luhansk region|Zaporizhzhia region|Kherson region|Kharkiv region'),
  ...list('ES', 'Catalonia|Andalusia|Basque Country|Galicia'),
  ...list('MX', 'Chihuahua|Sinaloa|Jalisco|Michoacan|Michoacán|Guerrero|Tamaulipas|Oaxaca|Sonora|Baja California'),
  ...list('PK', 'Khyber Pakhtunkhwa|Balochistan|Sindh'),
  ...list('NG', 'Borno|Kaduna|Zamfara|Plateau State|Rivers State'),
  ...list('CD', 'North Kivu|South Kivu|Ituri'),
  ...list('ET', 'Tigray|Amhara|Oromia'),
  ...list('SD', 'Darfur|North Darfur|Kordofan'),
  ...list('PS', 'Gaza Strip|West Bank'),
  ...list('AZ', 'Nagorno-Karabakh'),
  ...list('FR', 'Corsica|Brittany|Normandy|Provence|Alsace'),
  ...list('IT', 'Sicily|Sardinia|Lombardy|Tuscany|Calabria'),
];

// Some regions are also cities or other places; the gazetteer lets the story decide.
function list(code: string, names: string): [string, string][] {
  return names
    .split('|')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => [n, code]);
}
