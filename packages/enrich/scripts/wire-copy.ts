// Wire copy written for training the entity tagger: agency stories in the style of 1990s wire
// copy — ALL-CAPS headlines, "ROME 1996-12-06" datelines, results tables, standings, line-ups,
// scoreboards, market reports, company and political news — generated from hand-written templates
// with names drawn at random, each name annotated as it is written. Nothing here is copied from an
// agency or a corpus: the templates were written for this package, the people are random
// combinations of given and family names (faker's name lists, MIT), and the clubs, countries,
// cities and institutions are public facts. Deterministic for a seed.
import { readFileSync } from 'node:fs';
import type { Faker } from '@faker-js/faker';
import {
  fakerCS_CZ,
  fakerDE,
  fakerEN,
  fakerEN_GB,
  fakerEN_IN,
  fakerEN_NG,
  fakerES,
  fakerFI,
  fakerFR,
  fakerHR,
  fakerHU,
  fakerID_ID,
  fakerIT,
  fakerNB_NO,
  fakerNL,
  fakerPL,
  fakerPT_BR,
  fakerPT_PT,
  fakerRO,
  fakerSK,
  fakerSV,
  fakerTR,
  fakerVI,
  fakerYO_NG,
  fakerZU_ZA,
} from '@faker-js/faker';
import { COUNTRIES } from '../src/data/countries.ts';
import { DEMONYMS } from '../src/data/demonyms.ts';
import type { LabelledDoc } from './entity-training.ts';

export type Kind = 'person' | 'org' | 'place';
export type Part = string | { kind: Kind; text: string };

const FAKERS: readonly Faker[] = [
  fakerEN,
  fakerEN_GB,
  fakerDE,
  fakerFR,
  fakerES,
  fakerIT,
  fakerNL,
  fakerPL,
  fakerPT_BR,
  fakerPT_PT,
  fakerSV,
  fakerNB_NO,
  fakerFI,
  fakerCS_CZ,
  fakerSK,
  fakerHU,
  fakerRO,
  fakerHR,
  fakerTR,
  fakerEN_IN,
  fakerEN_NG,
  fakerYO_NG,
  fakerZU_ZA,
  fakerID_ID,
  fakerVI,
];

// ---------------------------------------------------------------------------------------------
// Names (public facts): clubs by league, North American teams, institutions, companies.

const CLUBS: Record<string, string[]> = {
  English:
    `Arsenal|Aston Villa|Blackburn|Chelsea|Coventry|Derby|Everton|Leeds|Leicester|Liverpool|Manchester United|Middlesbrough|Newcastle|Nottingham Forest|Sheffield Wednesday|Southampton|Sunderland|Tottenham|West Ham|Wimbledon|Barnsley|Bolton|Port Vale|Stoke|Wolverhampton|Crystal Palace|Queens Park Rangers|Norwich|Ipswich|Oxford|Reading|Portsmouth|Birmingham|Bradford|Grimsby|Huddersfield|Swindon|Tranmere|Charlton|Oldham|Southend|Manchester City|West Bromwich|Bury|Brentford|Luton|Watford|Millwall|Plymouth|Preston|Burnley|Bristol City|Notts County|Wrexham|Walsall|Gillingham|Chesterfield|Crewe|Blackpool|York|Rotherham|Shrewsbury|Peterborough|Wycombe|Fulham|Cardiff|Carlisle|Hull|Lincoln|Scunthorpe|Torquay|Exeter|Hartlepool|Darlington|Doncaster|Mansfield|Northampton|Scarborough|Colchester|Barnet|Cambridge United|Leyton Orient|Rochdale|Hereford|Brighton|Chester`.split(
      '|',
    ),
  Scottish:
    `Celtic|Rangers|Aberdeen|Hearts|Hibernian|Motherwell|Kilmarnock|Dundee United|Raith|Dunfermline|Dundee|St Johnstone|Partick|Falkirk|Airdrieonians|Morton|Clydebank|St Mirren|Stirling|Ayr`.split(
      '|',
    ),
  Spanish:
    `Real Madrid|Barcelona|Atletico Madrid|Valencia|Deportivo Coruna|Real Betis|Sevilla|Espanyol|Athletic Bilbao|Real Sociedad|Celta Vigo|Tenerife|Valladolid|Oviedo|Racing Santander|Zaragoza|Rayo Vallecano|Compostela|Logrones|Hercules|Extremadura|Sporting Gijon|Real Mallorca|Salamanca`.split(
      '|',
    ),
  Italian:
    `Juventus|AC Milan|Inter Milan|Lazio|Roma|Parma|Fiorentina|Sampdoria|Udinese|Bologna|Vicenza|Napoli|Atalanta|Cagliari|Piacenza|Perugia|Reggiana|Verona|Torino|Genoa|Lecce|Bari|Brescia|Empoli`.split(
      '|',
    ),
  German:
    `Bayern Munich|Borussia Dortmund|Bayer Leverkusen|VfB Stuttgart|Schalke|Werder Bremen|Hamburg|Karlsruhe|Cologne|Freiburg|Hansa Rostock|1860 Munich|Bochum|Duisburg|Arminia Bielefeld|St Pauli|Fortuna Duesseldorf|Borussia Moenchengladbach|Kaiserslautern|Hertha Berlin|Nuremberg|Eintracht Frankfurt`.split(
      '|',
    ),
  French:
    `Paris St Germain|Monaco|Auxerre|Bordeaux|Lens|Metz|Strasbourg|Nantes|Lyon|Marseille|Bastia|Guingamp|Montpellier|Rennes|Cannes|Le Havre|Nancy|Caen|Nice|Lille|Toulouse|Sochaux`.split(
      '|',
    ),
  Dutch:
    `Ajax|PSV Eindhoven|Feyenoord|Vitesse Arnhem|Twente Enschede|Heerenveen|Groningen|Roda JC|NAC Breda|Utrecht|Fortuna Sittard|Willem II|Sparta Rotterdam|Graafschap|Volendam|RKC Waalwijk`.split(
      '|',
    ),
  Portuguese:
    `Benfica|Porto|Sporting|Boavista|Maritimo|Braga|Guimaraes|Farense|Belenenses|Salgueiros|Chaves|Espinho`.split(
      '|',
    ),
  Belgian:
    `Anderlecht|Club Brugge|Standard Liege|Lierse|Mouscron|Ghent|Charleroi|Lommel|Lokeren|Genk|Antwerp|Aalst`.split(
      '|',
    ),
  Turkish: `Galatasaray|Fenerbahce|Besiktas|Trabzonspor|Bursaspor|Gaziantepspor|Samsunspor|Kocaelispor`.split(
    '|',
  ),
  Greek: `Olympiakos|Panathinaikos|AEK Athens|PAOK Salonika|Iraklis|OFI Crete|Larissa|Xanthi`.split('|'),
  Brazilian:
    `Flamengo|Palmeiras|Corinthians|Santos|Gremio|Cruzeiro|Vasco da Gama|Botafogo|Fluminense|Atletico Mineiro|Sao Paulo|Internacional`.split(
      '|',
    ),
  Argentine:
    `Boca Juniors|River Plate|Independiente|Racing Club|San Lorenzo|Velez Sarsfield|Estudiantes|Newell's Old Boys|Rosario Central|Lanus|Gimnasia`.split(
      '|',
    ),
};

// North American teams: [city as the standings name it, nickname].
const NHL: readonly (readonly [string, string])[] = [
  ['Hartford', 'Whalers'],
  ['Buffalo', 'Sabres'],
  ['Pittsburgh', 'Penguins'],
  ['Boston', 'Bruins'],
  ['Montreal', 'Canadiens'],
  ['Ottawa', 'Senators'],
  ['NY Rangers', 'Rangers'],
  ['NY Islanders', 'Islanders'],
  ['New Jersey', 'Devils'],
  ['Philadelphia', 'Flyers'],
  ['Florida', 'Panthers'],
  ['Washington', 'Capitals'],
  ['Tampa Bay', 'Lightning'],
  ['Dallas', 'Stars'],
  ['Detroit', 'Red Wings'],
  ['St Louis', 'Blues'],
  ['Chicago', 'Blackhawks'],
  ['Toronto', 'Maple Leafs'],
  ['Phoenix', 'Coyotes'],
  ['Colorado', 'Avalanche'],
  ['Edmonton', 'Oilers'],
  ['Vancouver', 'Canucks'],
  ['Calgary', 'Flames'],
  ['Los Angeles', 'Kings'],
  ['San Jose', 'Sharks'],
  ['Anaheim', 'Mighty Ducks'],
];
const NBA: readonly (readonly [string, string])[] = [
  ['Miami', 'Heat'],
  ['New York', 'Knicks'],
  ['Orlando', 'Magic'],
  ['Washington', 'Bullets'],
  ['New Jersey', 'Nets'],
  ['Philadelphia', '76ers'],
  ['Boston', 'Celtics'],
  ['Chicago', 'Bulls'],
  ['Detroit', 'Pistons'],
  ['Atlanta', 'Hawks'],
  ['Cleveland', 'Cavaliers'],
  ['Charlotte', 'Hornets'],
  ['Milwaukee', 'Bucks'],
  ['Indiana', 'Pacers'],
  ['Toronto', 'Raptors'],
  ['Houston', 'Rockets'],
  ['Utah', 'Jazz'],
  ['Minnesota', 'Timberwolves'],
  ['Dallas', 'Mavericks'],
  ['Denver', 'Nuggets'],
  ['San Antonio', 'Spurs'],
  ['Vancouver', 'Grizzlies'],
  ['Seattle', 'SuperSonics'],
  ['LA Lakers', 'Lakers'],
  ['Portland', 'Trail Blazers'],
  ['Sacramento', 'Kings'],
  ['Phoenix', 'Suns'],
  ['Golden State', 'Warriors'],
  ['LA Clippers', 'Clippers'],
];
const MLB_NFL: readonly (readonly [string, string])[] = [
  ['New England', 'Patriots'],
  ['Buffalo', 'Bills'],
  ['Miami', 'Dolphins'],
  ['Indianapolis', 'Colts'],
  ['Denver', 'Broncos'],
  ['Kansas City', 'Chiefs'],
  ['San Diego', 'Chargers'],
  ['Oakland', 'Raiders'],
  ['Green Bay', 'Packers'],
  ['Minnesota', 'Vikings'],
  ['Dallas', 'Cowboys'],
  ['Philadelphia', 'Eagles'],
  ['New York', 'Yankees'],
  ['Baltimore', 'Orioles'],
  ['Cleveland', 'Indians'],
  ['Atlanta', 'Braves'],
  ['Los Angeles', 'Dodgers'],
  ['Seattle', 'Mariners'],
];
const CLUB_CITIES =
  `Liverpool|Leeds|Newcastle|Sunderland|Southampton|Leicester|Coventry|Derby|Barnsley|Bolton|Stoke|Norwich|Ipswich|Oxford|Reading|Portsmouth|Birmingham|Bradford|Swindon|Plymouth|Preston|Barcelona|Valencia|Seville|Bilbao|Madrid|Milan|Rome|Naples|Turin|Genoa|Bologna|Florence|Parma|Verona|Munich|Dortmund|Hamburg|Bremen|Stuttgart|Cologne|Lyon|Marseille|Bordeaux|Nantes|Monaco|Lens|Eindhoven|Rotterdam|Amsterdam|Porto|Lisbon|Glasgow|Aberdeen|Dundee|Boston|Chicago|Detroit|Toronto|Montreal|Dallas|Denver|Miami|Phoenix|Seattle|Philadelphia|Pittsburgh|Buffalo|Vancouver|Edmonton|Calgary|Houston|Atlanta|Cleveland|Milwaukee|Sacramento|Portland`.split(
    '|',
  );
const CRICKET_COUNTIES =
  `Lancashire|Yorkshire|Surrey|Kent|Essex|Middlesex|Warwickshire|Leicestershire|Somerset|Sussex|Glamorgan|Durham|Derbyshire|Nottinghamshire|Northamptonshire|Gloucestershire|Worcestershire|Hampshire|Queensland|Victoria|New South Wales|Tasmania|Western Australia|South Australia`.split(
    '|',
  );
const INSTITUTIONS =
  `Reuters|USDA|U.S. Agriculture Department|Federal Reserve|Bundesbank|Bank of England|Bank of Japan|Bank of France|European Union|European Commission|European Parliament|International Monetary Fund|IMF|World Bank|OPEC|NATO|United Nations|U.N. Security Council|Organisation for Economic Cooperation and Development|World Trade Organisation|European Central Bank|Securities and Exchange Commission|Treasury|Finance Ministry|Foreign Ministry|Defence Ministry|Interior Ministry|Trade Ministry|Justice Department|State Department|Pentagon|White House|Kremlin|Congress|Senate|House of Representatives|Supreme Court|High Court|Red Cross|Amnesty International|Greenpeace|Interpol|Commerce Department|Labour Party|Conservative Party|Social Democrats|Christian Democrats|Socialist Party|Communist Party|National Front|Liberal Democrats|African National Congress|Likud|Labour|Hamas|PLO|Sinn Fein|IRA|Khmer Rouge|Taleban|National Statistics Office|Central Bank|Council of Ministers|Tokyo Stock Exchange|New York Stock Exchange|London Stock Exchange|Chicago Board of Trade|Chicago Mercantile Exchange|Paris Bourse|AFP|Xinhua|Itar-Tass|Interfax|ANSA|Kyodo|Nasdaq|Moody's|Standard & Poor's|Lloyd's|Eurostat|INSEE|Ifo|Fed`.split(
    '|',
  );
const COMPANY_WORDS =
  `Northern|Atlas|Pacific|Union|General|National|United|Global|Allied|Consolidated|Continental|Western|Eastern|Central|Royal|Imperial|Standard|Federal|First|Delta|Sierra|Summit|Pioneer|Liberty|Crown|Phoenix|Orion|Apex|Vanguard|Harbor|Granite|Meridian|Sterling|Horizon|Zenith|Nova|Titan|Falcon|Eagle|Condor|Hanover|Nordic|Baltic|Alpine|Iberia|Celtic|Saxon|Oriental|Sino|Asia|Euro|Trans|Inter`.split(
    '|',
  );
const COMPANY_HEADS =
  `Steel|Oil|Petroleum|Motors|Chemicals|Electric|Telecom|Airlines|Air|Bank|Holdings|Industries|Mining|Foods|Textiles|Cement|Shipping|Insurance|Pharmaceuticals|Electronics|Energy|Gas|Power|Paper|Brewery|Breweries|Tobacco|Securities|Investment|Resources|Gold|Metals|Construction|Engineering|Systems|Software|Computer|Communications|Media|Publishing|Rail|Group|Trust|Capital|Finance`.split(
    '|',
  );
const COMPANY_SUFFIXES = [
  'Inc',
  'Corp',
  'Ltd',
  'Plc',
  'AG',
  'SA',
  'NV',
  'Co',
  'Bhd',
  'SpA',
  'AB',
  'ASA',
  'Oyj',
  'GmbH',
];
const REAL_COMPANIES =
  `Microsoft|Intel|IBM|General Motors|Ford|Chrysler|Boeing|Airbus|Daimler-Benz|Volkswagen|BMW|Fiat|Renault|Peugeot|Toyota|Nissan|Honda|Sony|Matsushita|Hitachi|Toshiba|Siemens|Philips|Nestle|Unilever|Shell|British Petroleum|Exxon|Mobil|Texaco|Chevron|Elf Aquitaine|Total|ENI|Repsol|Gazprom|Lukoil|British Airways|Lufthansa|KLM|Air France|Alitalia|Iberia|Qantas|Cathay Pacific|Singapore Airlines|Deutsche Bank|Dresdner Bank|Commerzbank|Barclays|HSBC|Lloyds|NatWest|Credit Suisse|UBS|Swiss Bank Corp|ABN AMRO|ING|Societe Generale|BNP|Citicorp|Chase Manhattan|J.P. Morgan|Merrill Lynch|Goldman Sachs|Salomon Brothers|Nomura|Daiwa|Mitsubishi|Mitsui|Sumitomo|Samsung|Hyundai|Daewoo|LG|Coca-Cola|PepsiCo|McDonald's|Procter & Gamble|Philip Morris|AT&T|MCI|Sprint|British Telecom|Deutsche Telekom|France Telecom|Telefonica|Nokia|Ericsson|Motorola|Apple|Compaq|Hewlett-Packard|Digital Equipment|Oracle|Netscape|Novell|Lockheed Martin|McDonnell Douglas|Northrop Grumman|Raytheon|Rolls-Royce|British Aerospace|Glaxo Wellcome|Zeneca|SmithKline Beecham|Roche|Novartis|Bayer|Hoechst|BASF|Pfizer|Merck|Monsanto|DuPont|Dow Chemical|Alcoa|Broken Hill Proprietary|Rio Tinto|Anglo American|De Beers|Petronas|Pertamina|Aramco|Pemex|Petrobras|Vale|Tata|Reliance|Wal-Mart|Kmart|Sears|Marks & Spencer|Tesco|Sainsbury|Carrefour|Ahold|Vodafone|Reuters Holdings|News Corp|Time Warner|Walt Disney|Viacom|Bertelsmann|Pearson|Hanson|BTR|Cable and Wireless|Jardine Matheson|Swire|Hutchison Whampoa|Cheung Kong|Li & Fung`.split(
    '|',
  );
const EVENTS =
  `World Cup|European Championship|Davis Cup|Fed Cup|Ryder Cup|Tour de France|Olympics|Olympic Games|Grand Prix|Open|Masters|Cup Winners' Cup|UEFA Cup|European Cup|Champions League|Asian Cup|African Nations Cup|Copa America|World Championships|Commonwealth Games|Super Bowl|World Series|Wimbledon`.split(
    '|',
  );
const INDEXES =
  `Nikkei|Dow Jones industrial average|FTSE 100|DAX|CAC-40|Hang Seng|Straits Times Index|All Ordinaries|S&P 500|Nasdaq composite|Bovespa|Merval|IPC|Sensex|KLSE composite|Composite Index|SBF-120|MIB-30|IBEX-35|AEX|BEL-20|SMI|ATX`.split(
    '|',
  );
const TITLES =
  `President|Prime Minister|Foreign Minister|Finance Minister|Defence Minister|Interior Minister|Trade Minister|Chancellor|King|Queen|Premier|Deputy Prime Minister|Secretary of State|Senator|Governor|Mayor|General|Chief Minister|Ambassador|Archbishop|Pope`.split(
    '|',
  );
const _ROLES =
  `spokesman|spokeswoman|chairman|chief executive|managing director|analyst|economist|dealer|trader|strategist|director|official|minister|coach|manager|captain|striker|midfielder|goalkeeper|defender|secretary-general|president|governor|head|lawyer|police chief|spokesman for the ministry`.split(
    '|',
  );
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

// Capitalised words that name no person, organisation or place: events, laws, works, awards,
// holidays, faiths, products, headings. Written copy needs them, or the tagger takes every capital
// for a name.
const NOT_NAMES = {
  event:
    `World Cup|Olympic Games|Tour de France|Grand Prix|Davis Cup|Cold War|Second World War|Gulf War|Cultural Revolution|Arab Spring|Great Depression|Industrial Revolution|Renaissance|Reformation|Brexit|Hajj|Ramadan|Christmas|Easter|Thanksgiving|New Year|Diwali|Chinese New Year|Super Bowl|Expo 2010|Summer Paralympics|Eurovision Song Contest|Oktoberfest`.split(
      '|',
    ),
  law: `Marriage Act|Clean Air Act|Patriot Act|Civil Rights Act|Bill of Rights|Constitution|Treaty of Versailles|Geneva Conventions|Maastricht Treaty|Kyoto Protocol|Paris Agreement|First Amendment|Article III|Schengen Agreement|Good Friday Agreement|Dayton Accords`.split(
    '|',
  ),
  work: `Game of Thrones|Star Wars|Harry Potter|Hamlet|Bible|Koran|Magna Carta|Mona Lisa|Ninth Symphony|Origin of Species|Lord of the Rings|Sgt. Pepper|Guernica|Das Kapital|Gospel of Matthew|Book of Genesis`.split(
    '|',
  ),
  award:
    `Nobel Prize|Pulitzer Prize|Booker Prize|Oscar|Golden Globe|Grammy|Ballon d'Or|Pritzker Prize|Victoria Cross|Medal of Honor|Order of Merit|Fields Medal`.split(
      '|',
    ),
  thing:
    `Internet|Windows|iPhone|Boeing 747|Airbus A320|Concorde|Titanic|Apollo 11|Hubble Space Telescope|Ebola|AIDS|HIV|COVID-19|Bitcoin|Euro|Wi-Fi|GPS|PhD|MBA|Category 3|Figure 2|Table 1|Section 5|Chapter 7|Factor 1|Phase II|Type 2 diabetes`.split(
      '|',
    ),
  faith:
    `Christian|Muslim|Catholic|Protestant|Jewish|Hindu|Buddhist|Sikh|Orthodox|Christianity|Islam|Judaism|Buddhism|Hinduism|Shi'ite|Sunni|Lutheran|Anglican`.split(
      '|',
    ),
  heading:
    `Introduction|Background|Abstract|Keywords|Methods|Results|Discussion|Conclusions|References|Notes|See also|History|Early life|Career|Personal life|Legacy|Understand|Get in|Get around|See|Do|Buy|Eat|Drink|Sleep|Stay safe|Go next|Overview|Summary|Update|Correction|Editor's note|Related coverage|Factbox|Analysis|Timeline`.split(
      '|',
    ),
};

/** One sentence or line with capitalised words that are no names (and sometimes a place that is). */
export function filler(w: Writer): void {
  const r = w.r;
  const pick = (k: keyof typeof NOT_NAMES) => r.pick(NOT_NAMES[k]);
  switch (r.int(0, 9)) {
    case 0:
      w.t(`The ${pick('event')} ${r.pick(['will be held in', 'opened in', 'ended in', 'drew crowds to'])} `)
        .e('place', w.city())
        .t(' .\n\n');
      break;
    case 1:
      w.t(
        `${r.pick(['Under the', 'The', 'Critics of the'])} ${pick('law')} ${r.pick(['was signed in', 'came into force in', 'has been in place since'])} ${r.int(1950, 1996)} .\n\n`,
      );
      break;
    case 2:
      w.t(
        `${r.pick(['Like', 'Unlike', 'As in'])} ${pick('work')} , ${r.pick(['the story', 'the case', 'the book'])} ${r.pick(['divided critics', 'sold well', 'was banned'])} .\n\n`,
      );
      break;
    case 3:
      w.t(
        `${r.pick(['He', 'She', 'The winner'])} ${r.pick(['won the', 'was nominated for the', 'received an'])} ${pick('award')} in ${r.int(1960, 1996)} .\n\n`,
      );
      break;
    case 4:
      w.t(
        `${pick('faith')} ${r.pick(['leaders', 'groups', 'voters', 'pilgrims'])} ${r.pick(['welcomed', 'criticised', 'ignored'])} the ${r.pick(['plan', 'decision', 'ruling'])} .\n\n`,
      );
      break;
    case 5:
      w.t(`${pick('heading')}\n\n`);
      break;
    case 6:
      w.t(
        `${r.pick(['Sales of the', 'Demand for the', 'Use of the'])} ${pick('thing')} ${r.pick(['rose', 'fell', 'grew'])} in ${r.pick(['the first quarter', 'December', '1996'])} , ${r.pick(['Analysts', 'Officials', 'Experts'])} said .\n\n`,
      );
      break;
    case 7:
      w.t(
        `${r.pick(['Analysts', 'Officials', 'Dealers', 'Traders', 'Witnesses', 'Forecasters', 'Economists', 'Residents', 'Doctors', 'Police'])} ${r.pick(['said', 'expect', 'warned', 'reported'])} ${r.pick(['more rain', 'higher prices', 'no change', 'further delays'])} ${r.pick(['on Monday', 'this week', 'in coming days'])} .\n\n`,
      );
      break;
    case 8:
      w.t(`${caps(pick('heading'))} - ${caps(pick('event'))}\n`);
      break;
    default:
      w.t(
        `${r.pick(['A', 'The'])} ${r.pick(COUNTRY_ADJ)} ${r.pick(['delegation', 'minister', 'team', 'company', 'newspaper'])} ${r.pick(['said', 'arrived', 'protested'])} ${r.pick(['on Friday', 'late on Tuesday', 'last week'])} .\n\n`,
      );
  }
}

// ---------------------------------------------------------------------------------------------

export class Random {
  s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 1;
  }
  next(): number {
    // mulberry32
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const COUNTRY_NAMES = COUNTRIES.map((c) => c.name).filter((n) => !n.includes(' and ') && n.length < 20);
const WIRE_COUNTRIES =
  `United States|U.S.|Britain|France|Germany|Italy|Spain|Japan|China|Russia|India|Pakistan|Australia|Canada|Brazil|Argentina|Mexico|South Africa|Nigeria|Kenya|Egypt|Israel|Iran|Iraq|Turkey|Greece|Poland|Hungary|Romania|Bulgaria|Ukraine|Sweden|Norway|Denmark|Finland|Netherlands|Belgium|Switzerland|Austria|Portugal|Ireland|Scotland|England|Wales|New Zealand|Sri Lanka|Zimbabwe|Indonesia|Malaysia|Singapore|Thailand|Philippines|Vietnam|South Korea|North Korea|Taiwan|Hong Kong|Chile|Peru|Colombia|Venezuela|Uruguay|Bosnia|Croatia|Serbia|Yugoslavia|Slovakia|Czech Republic|Belarus|Kazakhstan|Algeria|Morocco|Tunisia|Saudi Arabia|Syria|Lebanon|Jordan|Zaire|Rwanda|Burundi|Uganda|Ethiopia|Sudan|Angola|Ghana|Senegal|Cameroon|Ivory Coast|Cuba|Haiti|Jamaica|Albania|Macedonia|Cyprus|Slovenia|Latvia|Lithuania|Estonia|Georgia|Armenia|Azerbaijan|Afghanistan|Bangladesh|Nepal|Burma|Cambodia|Mongolia|Libya|Kuwait|Qatar|Bahrain|Oman|Yemen|UAE|Ecuador|Bolivia|Paraguay`.split(
    '|',
  );
const COUNTRY_ADJ = Object.entries(DEMONYMS)
  .filter(([d]) => /an$|ish$|ese$|ian$|ch$|i$/.test(d))
  .map(([d]) => d);

export interface Cities {
  big: string[];
  us: string[];
}
let citiesCache: Cities | undefined;
/** Cities of the gazetteer's data to draw from: 200,000+ inhabitants anywhere, 50,000+ in the US. */
export function cities(
  loadTsv: () => string = () => readFileSync(new URL('../src/data/cities.tsv', import.meta.url), 'utf8'),
): Cities {
  if (citiesCache !== undefined) return citiesCache;
  const big: string[] = [];
  const us: string[] = [];
  for (const line of loadTsv().split('\n')) {
    const [, name, cc, , , , pop] = line.split('\t');
    if (name === undefined || pop === undefined || !/^[A-Za-z .'-]+$/.test(name)) continue;
    if (Number(pop) >= 200_000) big.push(name);
    if (cc === 'US' && Number(pop) >= 50_000) us.push(name);
  }
  citiesCache = { big, us };
  return citiesCache;
}

/** One document being written: parts of text and names; shared draws (the story's people, clubs). */
export class Writer {
  parts: Part[] = [];
  readonly r: Random;
  readonly places: Cities;
  constructor(r: Random, places: Cities) {
    this.r = r;
    this.places = places;
  }
  t(text: string): this {
    this.parts.push(text);
    return this;
  }
  e(kind: Kind, text: string): this {
    this.parts.push({ kind, text });
    return this;
  }
  // Names --------------------------------------------------------------------------------------
  person(): { full: string; sur: string; first: string } {
    const f = this.r.pick(FAKERS);
    f.seed(this.r.int(1, 2 ** 30));
    const first = f.person.firstName().replace(/\s.*/, '');
    let sur = f.person.lastName();
    if (this.r.chance(0.05)) sur = `${sur}-${f.person.lastName()}`;
    if (!/^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?$/u.test(first) || !/^[\p{Lu}][\p{L}' -]+$/u.test(sur))
      return { full: 'Peter Lang', sur: 'Lang', first: 'Peter' };
    const full = this.r.chance(0.08)
      ? `${first} ${f.person.firstName().charAt(0)}. ${sur}`
      : `${first} ${sur}`;
    return { full, sur, first };
  }
  city(): string {
    // Cities that also name clubs ("Liverpool", "Boston") are often just cities: the tagger must
    // learn the difference from the context, not from the name.
    if (this.r.chance(0.2)) return this.r.pick(CLUB_CITIES);
    return this.r.chance(0.3) ? this.r.pick(this.places.us) : this.r.pick(this.places.big);
  }
  country(): string {
    return this.r.chance(0.8) ? this.r.pick(WIRE_COUNTRIES) : this.r.pick(COUNTRY_NAMES);
  }
  company(): string {
    const r = this.r;
    const x = r.next();
    if (x < 0.35) return r.pick(REAL_COMPANIES);
    if (x < 0.55) return `${r.pick(COMPANY_WORDS)} ${r.pick(COMPANY_HEADS)}`;
    if (x < 0.75) {
      const p = this.person();
      return `${p.sur} ${r.pick(COMPANY_HEADS)}`;
    }
    if (x < 0.9) return `${this.city()} ${r.pick(COMPANY_HEADS)}`;
    const f = r.pick(FAKERS);
    return f.person.lastName();
  }
  companyFull(name: string): string {
    return this.r.chance(0.4) ? `${name} ${this.r.pick(COMPANY_SUFFIXES)}` : name;
  }
  day(): string {
    return this.r.pick(DAYS);
  }
  n(lo: number, hi: number): string {
    return String(this.r.int(lo, hi));
  }
  date(): string {
    return `1996-${String(this.r.int(8, 12)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}`;
  }
}

function caps(s: string): string {
  return s.toUpperCase();
}

// A dateline in one of the forms agencies use, as its own line or opening the first paragraph.
function dateline(w: Writer, place: string, region?: string): void {
  const r = w.r;
  const form = r.int(0, 4);
  const where = (upper: boolean) => {
    w.e('place', upper ? caps(place) : place);
    if (region !== undefined) w.t(upper || r.chance(0.5) ? ', ' : ' , ').e('place', region);
  };
  if (form <= 1) {
    where(true);
    w.t(` ${w.date()}${form === 0 ? '\n\n' : ' - '}`);
  } else if (form === 2) {
    where(true);
    w.t(`, ${r.pick(MONTHS)} ${r.int(1, 28)} (`)
      .e('org', 'Reuters')
      .t(') - ');
  } else if (form === 3) {
    where(true);
    w.t(' (')
      .e('org', r.pick(['Reuters', 'AFP', 'AP']))
      .t(') - ');
  } else {
    where(true);
    w.t(` ${w.date()}\n\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// Story writers. Each writes a headline (returned) and the body into the writer.

type Story = (w: Writer) => Part[];

function headline(w: Writer, parts: Part[], shout = w.r.chance(0.75)): Part[] {
  return parts.map((p) =>
    typeof p === 'string' ? (shout ? caps(p) : p) : { kind: p.kind, text: shout ? caps(p.text) : p.text },
  );
}

const soccerReport: Story = (w) => {
  const r = w.r;
  const league = r.pick(Object.keys(CLUBS));
  const [home, away] = [r.pick(CLUBS[league] ?? []), r.pick(CLUBS[league] ?? [])];
  const a = w.person();
  const b = w.person();
  const coach = w.person();
  const hs = r.int(0, 5);
  const as = r.int(0, 4);
  const h = headline(w, [
    'SOCCER - ',
    { kind: 'org', text: home },
    r.pick([' BEAT ', ' HOLD ', ' DRAW WITH ', ' CRUSH ', ' SINK ']),
    { kind: 'org', text: away },
    '',
  ]);
  dateline(w, w.city());
  w.e('org', home)
    .t(` ${r.pick(['beat', 'drew with', 'lost to', 'thrashed', 'edged'])} `)
    .e('org', away)
    .t(` ${hs}-${as} in the ${league} league on ${w.day()} .`);
  w.t(` ${r.pick(['Striker', 'Midfielder', 'Substitute', 'Captain', ''])} `.replace('  ', ' '))
    .e('person', a.full)
    .t(` scored ${r.pick(['twice', 'the opener', 'a late winner', `in the ${w.n(2, 89)}th minute`])} `);
  w.t('before ').e('person', b.full).t(' levelled for the visitors .\n\n');
  w.t('"We played well , " said ')
    .e('org', home)
    .t(' coach ')
    .e('person', coach.full)
    .t(' . "')
    .e('person', a.sur)
    .t(' was outstanding . "\n\n');
  if (r.chance(0.6))
    w.t('The result leaves ')
      .e('org', r.pick(CLUBS[league] ?? []))
      .t(` top of the table , ${w.n(1, 5)} points clear of `)
      .e('org', r.pick(CLUBS[league] ?? []))
      .t(' .\n\n');
  if (r.chance(0.5))
    w.e('person', b.sur)
      .t(` , who joined from `)
      .e('org', r.pick(CLUBS[r.pick(Object.keys(CLUBS))] ?? []))
      .t(` in ${r.pick(MONTHS)} , said : " It was a fair result . "\n`);
  return h;
};

const soccerResults: Story = (w) => {
  const r = w.r;
  const league = r.pick(Object.keys(CLUBS));
  const clubs = CLUBS[league] ?? [];
  const h = headline(
    w,
    ['SOCCER - ', `${league.toUpperCase()} LEAGUE RESULTS`, r.chance(0.5) ? ' .' : ''],
    true,
  );
  dateline(w, w.city());
  w.t(
    `Results of ${league} ${r.pick(['first division', 'league', 'premier division', 'second division'])} matches on ${w.day()} :\n`,
  );
  const games = r.int(3, 9);
  const scorers = r.chance(0.4);
  for (let g = 0; g < games; g++) {
    const hs = r.int(0, 5);
    const as = r.int(0, 4);
    w.e('org', r.pick(clubs)).t(` ${hs} `);
    if (scorers && hs > 0) {
      w.t('( ');
      for (let k = 0; k < hs; k++)
        w.e('person', w.person().sur).t(` ${w.n(1, 90)}${k < hs - 1 ? ' , ' : ' '}`);
      w.t(') ');
    }
    w.e('org', r.pick(clubs)).t(` ${as}`);
    if (scorers && r.chance(0.5))
      w.t(`. Halftime ${r.int(0, hs)}-${r.int(0, as)} . Attendance ${w.n(2, 60)},${w.n(100, 999)}`);
    w.t('\n');
  }
  return h;
};

const standings: Story = (w) => {
  const r = w.r;
  const kind = r.int(0, 2);
  const shout = r.chance(0.5);
  if (kind === 0) {
    const league = r.pick(Object.keys(CLUBS));
    const h = headline(w, ['SOCCER - ', `${league.toUpperCase()} LEAGUE STANDINGS`], true);
    dateline(w, w.city());
    w.t(
      `${league} league standings after ${w.day()} 's matches ( tabulate under played , won , drawn , lost , goals for , against , points ) :\n`,
    );
    for (const club of [...(CLUBS[league] ?? [])].sort(() => r.next() - 0.5).slice(0, r.int(5, 14))) {
      w.e('org', shout ? caps(club) : club).t(
        ` ${w.n(10, 18)} ${w.n(2, 12)} ${w.n(0, 6)} ${w.n(0, 9)} ${w.n(8, 40)} ${w.n(8, 30)} ${w.n(5, 40)}\n`,
      );
    }
    return h;
  }
  const teams = kind === 1 ? NHL : NBA;
  const h = headline(
    w,
    [
      kind === 1 ? { kind: 'org', text: 'NHL' } : { kind: 'org', text: 'NBA' },
      kind === 1 ? ' ICE HOCKEY - STANDINGS AFTER ' : ' BASKETBALL - STANDINGS AFTER ',
      `${w.day().toUpperCase()} 'S GAMES`,
    ],
    true,
  );
  dateline(w, w.r.pick(['NEW YORK', 'New York', 'TORONTO', 'LOS ANGELES']));
  w.t(
    `Standings of ${kind === 1 ? 'National Hockey League' : 'National Basketball Association'} teams after games played on ${w.day()} ( tabulate under won , lost${kind === 1 ? ' , tied , goals for , goals against , points' : ' , winning percentage , games behind'} ) :\n`,
  );
  w.t(r.pick(['EASTERN CONFERENCE', 'WESTERN CONFERENCE']))
    .t('\n')
    .t(
      r.pick([
        'NORTHEAST DIVISION',
        'ATLANTIC DIVISION',
        'CENTRAL DIVISION',
        'PACIFIC DIVISION',
        'MIDWEST DIVISION',
      ]),
    )
    .t('\n');
  w.t(kind === 1 ? 'W L T GF GA PTS\n' : 'W L PCT GB\n');
  for (const [city] of [...teams].sort(() => r.next() - 0.5).slice(0, r.int(5, 10))) {
    w.e('org', shout ? caps(city) : city);
    w.t(
      kind === 1
        ? ` ${w.n(3, 18)} ${w.n(3, 15)} ${w.n(0, 6)} ${w.n(40, 90)} ${w.n(40, 90)} ${w.n(10, 40)}\n`
        : ` ${w.n(2, 18)} ${w.n(2, 15)} .${w.n(100, 900)} ${r.pick(['-', '1', '2 1/2', '4', '6 1/2'])}\n`,
    );
  }
  if (r.chance(0.6)) {
    w.t(`\n${caps(w.day())} , ${caps(r.pick(MONTHS))} ${r.int(1, 28)} SCHEDULE\n`);
    for (let k = 0; k < r.int(2, 5); k++) {
      const [a] = r.pick(teams);
      const [b] = r.pick(teams);
      w.e('org', a)
        .t(' at ')
        .e('org', shout ? caps(b) : b)
        .t('\n');
    }
  }
  return h;
};

const usResults: Story = (w) => {
  const r = w.r;
  const kind = r.int(0, 2);
  const teams = kind === 0 ? NHL : kind === 1 ? NBA : MLB_NFL;
  const league = kind === 0 ? 'NHL' : kind === 1 ? 'NBA' : 'NFL';
  const h = headline(
    w,
    [
      { kind: 'org', text: league },
      ` ${kind === 0 ? 'ICE HOCKEY' : kind === 1 ? 'BASKETBALL' : 'AMERICAN FOOTBALL'} - RESULTS`,
    ],
    true,
  );
  dateline(w, 'NEW YORK');
  w.t(
    `Results of ${kind === 0 ? 'National Hockey League' : kind === 1 ? 'National Basketball Association' : 'National Football League'} games on ${w.day()} ( home team in CAPS ) :\n`,
  );
  for (let k = 0; k < r.int(3, 8); k++) {
    const [a] = r.pick(teams);
    const [b] = r.pick(teams);
    w.e('org', a)
      .t(` ${w.n(0, 120)} `)
      .e('org', caps(b))
      .t(` ${w.n(0, 120)}${r.chance(0.2) ? ' ( OT )' : ''}\n`);
  }
  if (r.chance(0.7)) {
    const [city, nick] = r.pick(teams);
    const p = w.person();
    w.t('\n')
      .e('person', p.full)
      .t(` scored ${w.n(2, 40)} ${kind === 1 ? 'points' : 'goals'} as the `)
      .e('org', `${city} ${nick}`)
      .t(` beat the `)
      .e('org', r.pick(teams)[1])
      .t(` on ${w.day()} night .`);
    w.t(' ')
      .e('person', p.sur)
      .t(` added ${w.n(2, 12)} ${kind === 1 ? 'rebounds' : 'assists'} for `)
      .e('org', city)
      .t(` , which has won ${w.n(2, 9)} straight .\n`);
  }
  return h;
};

const individualResults: Story = (w) => {
  const r = w.r;
  const sport = r.pick([
    'ALPINE SKIING',
    'ATHLETICS',
    'GOLF',
    'CYCLING',
    'SPEED SKATING',
    'BIATHLON',
    'SWIMMING',
    'MOTOR RACING',
    'BOXING',
  ]);
  const event = r.pick(EVENTS);
  const place = w.city();
  const h = headline(
    w,
    [
      `${sport} - `,
      r.chance(0.5) ? `${r.pick(['WOMEN', 'MEN'])} 'S ` : '',
      `${event.toUpperCase()} ${r.pick(['RESULTS', 'LEADERS', 'STANDINGS'])}`,
    ],
    true,
  );
  dateline(w, place, r.chance(0.4) ? w.country() : undefined);
  w.t(
    `${r.pick(['Leading', 'Final', 'Provisional'])} results ${r.pick(['of', 'from', 'after'])} the ${r.pick(['downhill', 'super-G', 'slalom', 'giant slalom', '100 metres', 'second round', 'stage', 'time trial', '500 metres'])} on ${w.day()} :\n`,
  );
  const golf = sport === 'GOLF';
  for (let k = 1; k <= r.int(4, 12); k++) {
    const p = w.person();
    const name = r.chance(0.15) ? `${p.first.charAt(0)}. ${p.sur}` : p.full;
    if (golf)
      w.t(`${w.n(64, 74)} `)
        .e('person', name)
        .t(' ( ')
        .e('place', w.country())
        .t(` ) ${w.n(64, 74)} ${w.n(64, 74)}\n`);
    else {
      w.t(`${k}. `)
        .e('person', r.chance(0.2) ? caps(name) : name)
        .t(' ( ');
      if (r.chance(0.8)) w.e('place', w.country());
      else w.e('org', w.company());
      w.t(` ) ${w.n(1, 2)}:${w.n(10, 59)}.${w.n(10, 99)}\n`);
    }
  }
  if (r.chance(0.5)) {
    w.t(`\nOverall ${r.pick(['World Cup', 'standings', 'leaders'])} after ${w.n(2, 9)} events :\n`);
    for (let k = 1; k <= r.int(2, 6); k++) {
      const p = w.person();
      w.t(`${k}. `)
        .e('person', p.full)
        .t(' ( ')
        .e('place', w.country())
        .t(` ) ${w.n(50, 400)} points\n`);
    }
  }
  return h;
};

const tennis: Story = (w) => {
  const r = w.r;
  const city = w.city();
  const h = headline(
    w,
    [
      'TENNIS - ',
      r.pick(['RESULTS AT ', 'RESULTS OF THE ']),
      { kind: 'place', text: caps(city) },
      ' ',
      r.pick(['OPEN', 'CHAMPIONSHIPS', 'INDOOR TOURNAMENT', 'GRAND SLAM CUP']),
    ],
    true,
  );
  dateline(w, city, r.chance(0.3) ? w.country() : undefined);
  w.t(
    `Results from the ${r.pick(['$ 1 million', '$ 300,000', 'ATP', 'WTA'])} tournament on ${w.day()} ( prefix number denotes seeding ) :\n`,
  );
  w.t(`${r.pick(['Quarter-finals', 'Semifinals', 'Second round', 'First round', 'Final'])}\n`);
  for (let k = 0; k < r.int(2, 8); k++) {
    const a = w.person();
    const b = w.person();
    if (r.chance(0.4)) w.t(`${r.int(1, 8)} - `);
    w.e('person', a.full)
      .t(' ( ')
      .e('place', w.country())
      .t(` ) beat `)
      .e('person', b.full)
      .t(' ( ')
      .e('place', w.country())
      .t(` ) ${r.int(6, 7)}-${r.int(0, 5)} ${r.int(3, 7)}-${r.int(0, 6)}\n`);
  }
  return h;
};

const cricket: Story = (w) => {
  const r = w.r;
  const teamA = r.chance(0.5) ? r.pick(WIRE_COUNTRIES.slice(0, 60)) : r.pick(CRICKET_COUNTIES);
  const teamB = r.chance(0.5) ? r.pick(WIRE_COUNTRIES.slice(0, 60)) : r.pick(CRICKET_COUNTIES);
  const county = CRICKET_COUNTIES.includes(teamA);
  const kindA: Kind = county ? 'org' : 'place';
  const kindB: Kind = CRICKET_COUNTIES.includes(teamB) ? 'org' : 'place';
  const h = headline(
    w,
    [
      'CRICKET - ',
      { kind: kindA, text: teamA },
      ' V ',
      { kind: kindB, text: teamB },
      ' ',
      r.pick(['SCOREBOARD', 'CLOSE OF PLAY', 'FIRST TEST SCORES']),
    ],
    true,
  );
  dateline(w, w.city());
  w.t(
    `${r.pick(['Scoreboard', 'Close of play scores'])} on the ${r.pick(['first', 'second', 'third', 'fourth', 'final'])} day of the ${r.pick(['first', 'second', 'third'])} ${r.pick(['test', 'one-day international', 'four-day match'])} between `,
  )
    .e(kindA, teamA)
    .t(' and ')
    .e(kindB, teamB)
    .t(` at the ${w.city()} ${r.pick(['Cricket Ground', 'Oval', 'Stadium'])} on ${w.day()} :\n`);
  w.e(kindA, teamA).t(` first innings\n`);
  const bowlers = [w.person(), w.person(), w.person()];
  for (let k = 0; k < r.int(4, 11); k++) {
    const p = w.person();
    const bat = r.chance(0.5) ? `${p.first.charAt(0)}. ${p.sur}` : p.sur;
    const bowler = r.pick(bowlers).sur;
    const how = r.int(0, 3);
    w.e('person', bat).t(' ');
    if (how === 0) w.t('c ').e('person', w.person().sur).t(' b ').e('person', bowler);
    else if (how === 1) w.t('b ').e('person', bowler);
    else if (how === 2) w.t('lbw b ').e('person', bowler);
    else w.t('not out');
    w.t(` ${w.n(0, 150)}\n`);
  }
  w.t(
    `Extras ( lb-${w.n(1, 9)} nb-${w.n(1, 9)} ) ${w.n(2, 20)}\nTotal ( for ${w.n(3, 9)} wickets ) ${w.n(120, 450)}\nBowling : `,
  );
  for (const [i, b] of bowlers.entries())
    w.e('person', b.sur).t(` ${w.n(8, 30)}-${w.n(0, 8)}-${w.n(20, 90)}-${w.n(0, 5)}${i < 2 ? ' , ' : '\n'}`);
  return h;
};

const lineup: Story = (w) => {
  const r = w.r;
  const national = r.chance(0.5);
  const league = r.pick(Object.keys(CLUBS));
  const teamA = national ? w.country() : r.pick(CLUBS[league] ?? []);
  const teamB = national ? w.country() : r.pick(CLUBS[league] ?? []);
  const kind: Kind = national ? 'place' : 'org';
  const h = headline(w, ['SOCCER - ', { kind, text: teamA }, ' V ', { kind, text: teamB }, ' LINE-UPS']);
  dateline(w, w.city());
  w.t(
    `Teams for ${w.day()} 's ${national ? r.pick(['World Cup qualifier', 'friendly international', 'European Championship qualifier']) : 'league match'} between `,
  )
    .e(kind, teamA)
    .t(' and ')
    .e(kind, teamB)
    .t(' :\n');
  for (const team of [teamA, teamB]) {
    w.e(kind, team).t(' : ');
    const numbered = r.chance(0.5);
    const count = r.int(11, 14);
    for (let k = 1; k <= count; k++) {
      if (numbered) w.t(`${k} - `);
      const p = w.person();
      w.e('person', r.chance(0.3) ? p.sur : p.full);
      w.t(k === count ? '\n' : r.chance(0.15) ? ' ; ' : ' , ');
    }
  }
  if (r.chance(0.5))
    w.t('Referee : ').e('person', w.person().full).t(' ( ').e('place', w.country()).t(' )\n');
  return h;
};

const market: Story = (w) => {
  const r = w.r;
  const city = w.city();
  const country = w.country();
  const adj = r.pick(COUNTRY_ADJ);
  const idx = r.pick(INDEXES);
  const h = headline(w, [
    r.pick([
      `${adj} stocks close ${r.pick(['higher', 'lower', 'mixed', 'firm'])}`,
      `${adj} shares ${r.pick(['slip', 'rise', 'end flat'])} in thin trade`,
      `${adj} bonds ease on rate worries`,
      'Dollar firms against yen',
      `${adj} T-bill yields fall`,
    ]),
  ]);
  dateline(w, city);
  w.t(
    `${adj} shares ${r.pick(['closed', 'ended'])} ${r.pick(['higher', 'lower', 'mixed'])} on ${w.day()} , with the ${idx} ${r.pick(['rising', 'falling', 'easing'])} ${w.n(1, 90)}.${w.n(1, 99)} points to ${w.n(900, 20000)}.${w.n(1, 99)} , dealers said .\n\n`,
  );
  const c1 = w.company();
  const c2 = w.company();
  w.e('org', w.companyFull(c1))
    .t(
      ` ${r.pick(['rose', 'gained', 'fell', 'dropped', 'added'])} ${w.n(1, 90)} ${r.pick(['cents', 'pence', 'yen', 'points', 'percent'])} to ${w.n(1, 900)} after ${r.pick(['reporting higher profits', 'a broker upgrade', 'news of a takeover bid', 'its results'])} , while `,
    )
    .e('org', c2)
    .t(` ${r.pick(['slipped', 'eased', 'lost', 'firmed'])} ${w.n(1, 30)} .\n\n`);
  const analyst = w.person();
  w.t('" The market is waiting for the ')
    .e('org', r.pick(INSTITUTIONS.slice(0, 24)))
    .t(' , " said ')
    .e('person', analyst.full)
    .t(` , ${r.pick(['an analyst', 'a dealer', 'head of research', 'a strategist', 'chief economist'])} at `)
    .e('org', w.company())
    .t(' in ')
    .e('place', city)
    .t(' .\n\n');
  if (r.chance(0.6))
    w.e('person', analyst.sur)
      .t(
        ` said ${r.pick(['foreign investors', 'local institutions', 'funds'])} were ${r.pick(['cautious', 'buying', 'selling'])} ahead of data from `,
      )
      .e('place', country)
      .t(' .\n\n');
  if (r.chance(0.5))
    w.t(
      `Volume was ${w.n(10, 900)} million shares worth ${w.n(1, 90)} billion ${r.pick(['yen', 'rupiah', 'baht', 'pesos', 'rand', 'forints', 'crowns'])} .\n`,
    );
  if (r.chance(0.4))
    w.t('-- ')
      .e('person', w.person().full)
      .t(` , ${city} newsroom +${w.n(1, 99)} ${w.n(100, 999)} ${w.n(1000, 9999)}\n`);
  return h;
};

const commodities: Story = (w) => {
  const r = w.r;
  const org = r.pick([
    'USDA',
    'U.S. Agriculture Department',
    'Chicago Board of Trade',
    'International Coffee Organisation',
    'OPEC',
    'London Metal Exchange',
    'Malaysian Palm Oil Board',
    'Australian Wheat Board',
    'Canadian Wheat Board',
    'International Cocoa Organisation',
  ]);
  const h = headline(w, [
    r.pick(['', `${r.pick(COUNTRY_ADJ)} `]),
    `${r.pick(['wheat', 'coffee', 'cocoa', 'crude', 'copper', 'gold', 'sugar', 'soybean', 'palm oil', 'rubber'])} ${r.pick(['prices fall', 'futures rise', 'exports seen lower', 'output forecast cut', 'stocks rise'])}`,
  ]);
  dateline(w, w.r.chance(0.5) ? 'CHICAGO' : w.city());
  w.t('The ')
    .e('org', org)
    .t(
      ` ${r.pick(['said on', 'forecast on', 'reported on'])} ${w.day()} that ${r.pick(['exports', 'output', 'stocks', 'shipments'])} from `,
    )
    .e('place', w.country())
    .t(
      ` would ${r.pick(['rise', 'fall', 'hold steady'])} to ${w.n(1, 90)} million tonnes in ${r.pick(['1996/97', '1997', 'the current season'])} .\n\n`,
    );
  const trader = w.person();
  w.t('" ')
    .e('org', org)
    .t(' was a bit more bearish than expected , " a trader at ')
    .e('org', w.company())
    .t(' said . ');
  w.e('person', trader.full)
    .t(` of `)
    .e('org', w.company())
    .t(` said buying by `)
    .e('place', w.country())
    .t(' had slowed .\n\n');
  if (r.chance(0.5))
    w.e('org', 'Reuters').t(
      ` ${r.pick(['surveyed', 'polled'])} ${w.n(5, 30)} analysts , who expected prices to ${r.pick(['rise', 'fall'])} .\n`,
    );
  return h;
};

const company: Story = (w) => {
  const r = w.r;
  const c = w.company();
  const full = w.companyFull(c);
  const ceo = w.person();
  const city = w.city();
  const h = headline(w, [
    { kind: 'org', text: c },
    ` ${r.pick(['sees higher 1997 profit', 'to cut 2,000 jobs', 'buys stake in', 'posts net loss', 'shares suspended', 'wins order from'])}`,
    r.chance(0.5) ? ' ' : '',
    ...(r.chance(0.5) ? [{ kind: 'org' as const, text: w.company() }] : []),
  ]);
  dateline(w, city);
  w.e('org', full).t(
    ` said on ${w.day()} it ${r.pick(['expected net profit to rise', 'would cut jobs', 'had agreed to buy', 'made a net loss', 'won a contract'])} ${r.pick(['in 1997', 'from', 'this year', `worth $ ${w.n(2, 900)} million`])} `,
  );
  if (r.chance(0.6)) w.e('org', w.company()).t(' ');
  w.t('.\n\n');
  w.t(
    `"${r.pick(['We are confident', 'The outlook is good', 'Conditions remain difficult'])} , " ${r.pick(['chairman', 'chief executive', 'managing director', 'president'])} `,
  )
    .e('person', ceo.full)
    .t(` told ${r.pick(['a news conference', 'reporters', 'shareholders'])} in `)
    .e('place', city)
    .t(' .\n\n');
  w.e('person', ceo.sur)
    .t(` said ${r.pick(['demand from', 'sales to', 'competition in'])} `)
    .e('place', w.country())
    .t(` ${r.pick(['was strong', 'had weakened', 'remained fierce'])} .`);
  if (r.chance(0.5))
    w.t(' The company , which is ')
      .e('org', w.company())
      .t(` 's biggest ${r.pick(['supplier', 'customer', 'rival'])} , employs ${w.n(2, 90)},000 people .`);
  w.t('\n\n');
  if (r.chance(0.5))
    w.t('Shares in ')
      .e('org', c)
      .t(
        ` ${r.pick(['rose', 'fell'])} ${w.n(1, 40)} ${r.pick(['pence', 'cents', 'marks', 'francs'])} on the `,
      )
      .e(
        'org',
        r.pick([
          'London Stock Exchange',
          'Paris Bourse',
          'Frankfurt bourse',
          'Tokyo Stock Exchange',
          'New York Stock Exchange',
          'Nasdaq',
        ]),
      )
      .t(' .\n');
  return h;
};

const politics: Story = (w) => {
  const r = w.r;
  const country = w.country();
  const capital = w.city();
  const leader = w.person();
  const other = w.person();
  const minister = w.person();
  const title = r.pick(TITLES);
  const otherCountry = w.country();
  const party = r.chance(0.5)
    ? r.pick(INSTITUTIONS.slice(48, 66))
    : `${r.pick(['National', 'Democratic', 'Social', 'Freedom', 'People', 'Popular', 'Republican', 'Liberal', 'Green'])} ${r.pick(['Party', 'Front', 'Union', 'Alliance', 'Movement', 'Congress'])}`;
  const h = headline(w, [
    { kind: 'place', text: country },
    ` ${r.pick(["'s", ''])} `.replace('  ', ' '),
    r.pick([{ kind: 'person' as const, text: leader.sur }, 'leader', 'opposition', 'parliament']),
    ` ${r.pick(['says', 'rejects', 'calls for', 'warns', 'wins'])} ${r.pick(['talks', 'vote', 'reform', 'peace plan', 'poll', 'deal'])}`,
  ]);
  dateline(w, capital, r.chance(0.3) ? country : undefined);
  w.t(`${r.pick(['', `${country} `])}${title} `)
    .e('person', leader.full)
    .t(
      ` ${r.pick(['said', 'told parliament', `said on ${w.day()}`, 'warned'])} that ${r.pick(['talks with', 'relations with', 'a trade dispute with', 'the conflict with'])} `,
    )
    .e('place', otherCountry)
    .t(` ${r.pick(['would continue', 'had stalled', 'were improving', 'must be resolved'])} .\n\n`);
  w.t('" We will not accept ')
    .t(r.pick(['this', 'any delay', 'such demands']))
    .t(' , " ')
    .e('person', leader.sur)
    .t(` told ${r.pick(['reporters', 'a rally', 'state television'])} in `)
    .e('place', capital)
    .t(' .\n\n');
  w.e('person', other.full)
    .t(` , ${r.pick(['leader of the', 'a senior member of the', 'spokesman for the', 'who heads the'])} `)
    .e('org', party)
    .t(
      ` , ${r.pick(['said the government', 'accused the government', 'said the opposition'])} ${r.pick(['had failed', 'was wrong', 'had no plan'])} .`,
    );
  if (r.chance(0.6))
    w.t(' ')
      .e('person', other.sur)
      .t(` 's party ${r.pick(['won', 'lost', 'holds'])} ${w.n(10, 200)} seats .`);
  w.t('\n\n');
  if (r.chance(0.6))
    w.e('org', r.pick(INSTITUTIONS))
      .t(` ${r.pick(['officials', 'envoy', 'spokesman'])} `)
      .e('person', minister.full)
      .t(` ${r.pick(['arrived in', 'left', 'visited'])} `)
      .e('place', r.chance(0.5) ? w.city() : otherCountry)
      .t(
        ` on ${w.day()} ${r.pick(['for talks', 'to meet', 'after meeting'])} ${r.pick(['officials', 'the president', 'rebel leaders'])} .\n\n`,
      );
  if (r.chance(0.4))
    w.t(`The ${r.pick(['violence', 'crisis', 'dispute'])} began in `)
      .e('place', w.city())
      .t(' , ')
      .e('place', country)
      .t(` , in ${r.pick(MONTHS)} .\n`);
  return h;
};

const crime: Story = (w) => {
  const r = w.r;
  const city = w.city();
  const p = w.person();
  const cop = w.person();
  const h = headline(w, [
    r.pick(['Police arrest', 'Court jails', 'Gunmen kill', 'Bomb hurts']),
    ` ${w.n(2, 20)} in `,
    { kind: 'place', text: city },
  ]);
  dateline(w, city, r.chance(0.5) ? w.country() : undefined);
  w.t(`${r.pick(['Police', 'A court', 'Officials'])} in `)
    .e('place', city)
    .t(
      ` ${r.pick(['arrested', 'charged', 'detained'])} ${w.n(2, 20)} people on ${w.day()} , ${r.pick(['a police spokesman said', 'the state news agency said', 'witnesses said'])} .\n\n`,
    );
  w.t('Among them was ')
    .e('person', p.full)
    .t(
      ` , ${w.n(19, 70)} , a ${r.pick(['businessman', 'former soldier', 'student', 'lawyer', 'journalist'])} from `,
    )
    .e('place', w.city())
    .t(' . ');
  w.e('person', p.sur)
    .t(` denied the charges , his lawyer `)
    .e('person', w.person().full)
    .t(' told ')
    .e('org', r.pick(['Reuters', 'AFP', 'the Associated Press', 'state radio']))
    .t(' .\n\n');
  w.t('" The investigation is continuing , " ')
    .e('person', cop.full)
    .t(
      ` , ${r.pick(['police chief', 'a spokesman for the Interior Ministry', 'the state prosecutor'])} , said .\n`,
    );
  return h;
};

const medals: Story = (w) => {
  const r = w.r;
  const event = r.pick([
    'WORLD CHAMPIONSHIPS',
    'WORLD CUP',
    'EUROPEAN CHAMPIONSHIPS',
    'GAMES',
    'NATIONS CUP',
  ]);
  const h = headline(
    w,
    [
      `${r.pick(['ATHLETICS', 'SWIMMING', 'SKIING', 'ROWING', 'JUDO', 'SHOOTING'])} - ${event} ${r.pick(['MEDALS TABLE', 'STANDINGS', 'NATIONS RANKING'])}`,
    ],
    true,
  );
  dateline(w, w.city(), r.chance(0.3) ? w.country() : undefined);
  w.t(`${r.pick(['Medals table', 'Nations ranking', 'Final standings'])} after ${w.day()} ( tabulate under gold , silver , bronze ) :
`);
  const shout = r.chance(0.3);
  for (let k = 0; k < r.int(4, 12); k++) {
    const c = w.country();
    w.e('place', shout ? caps(c) : c).t(` ${w.n(0, 12)} ${w.n(0, 12)} ${w.n(0, 12)}
`);
  }
  return h;
};

const institutions: Story = (w) => {
  const r = w.r;
  const body = r.pick(INSTITUTIONS);
  const other = r.pick(INSTITUTIONS);
  const h = headline(w, [
    { kind: 'org', text: body },
    ` ${r.pick(['cuts', 'raises', 'holds', 'revises', 'warns on'])} ${r.pick(['rates', 'forecast', 'estimate', 'growth outlook', 'deficit'])}`,
  ]);
  dateline(w, w.city());
  w.t(`${r.pick(['The ', ''])}`)
    .e('org', body)
    .t(
      ` ${r.pick(['on', 'late on', 'early on'])} ${w.day()} ${r.pick(['cut', 'raised', 'left unchanged', 'revised'])} its ${r.pick(['key rate', 'forecast', 'estimate of the crop', 'outlook'])} , ${r.pick(['and', 'while'])} `,
    )
    .e('org', other)
    .t(` ${r.pick(['said', 'reported', 'warned'])} that ${r.pick(['exporters', 'markets', 'banks', 'farmers'])} were ${r.pick(['cautious', 'worried', 'calm'])} .

`);
  w.e(
    'org',
    r.chance(0.5) ? 'Reuters' : w.company(),
  ).t(` ${r.pick(['reported', 'said', 'calculated'])} that ${r.pick(['analysts', 'dealers', 'economists'])} ${r.pick(['had expected', 'did not expect', 'welcomed'])} the move .
`);
  return h;
};

// Match reports told through their players: names with no cue but the play around them.
const PLAY = [
  '{P} scored twice',
  'two goals from {P}',
  'a penalty by {P}',
  '{P} opened the scoring after {N} minutes',
  '{P} headed home from a corner',
  '{NAT} midfielder {P} levelled',
  '{P} , who joined from {C} in the summer , hit the bar',
  'a late equaliser from {P}',
  '{P} was sent off for a second booking',
  'goalkeeper {P} saved a penalty from {P}',
  '{P} and {P} both scored',
  '{C} striker {P} was injured',
  '{P} beat {P} 6-3 6-4',
  '{P} of {K} won the {E}',
  'defending champion {P} crashed out',
  'the {NAT} {P} finished second',
];

const playByPlay: Story = (w) => {
  const r = w.r;
  const league = r.pick(Object.keys(CLUBS));
  const clubs = CLUBS[league] ?? [];
  const star = w.person();
  const h = headline(
    w,
    [
      r.pick(['SOCCER - ', 'FOOTBALL - ', 'TENNIS - ', 'GOLF - ']),
      { kind: 'person', text: caps(star.sur) },
      ` ${r.pick(['STRIKES AS', 'INSPIRES', 'SINKS', 'RESCUES'])} `,
      { kind: 'org', text: caps(r.pick(clubs)) },
    ],
    true,
  );
  dateline(w, w.city());
  for (let k = r.int(3, 6); k > 0; k--) {
    const template = r.pick(PLAY);
    for (const piece of template.split(/(\{[A-Z]+\})/)) {
      if (piece === '{P}') {
        const p = r.chance(0.3) ? star : w.person();
        w.e('person', r.chance(0.25) && p === star ? p.sur : p.full);
      } else if (piece === '{C}') w.e('org', r.pick(clubs));
      else if (piece === '{K}') w.e('place', w.country());
      else if (piece === '{N}') w.t(w.n(2, 89));
      else if (piece === '{NAT}') w.t(r.pick(COUNTRY_ADJ));
      else if (piece === '{E}') w.t(r.pick(EVENTS));
      else w.t(piece);
    }
    w.t(r.pick([' on Sunday .', ' .', ' in the first half .', ' as ']));
    if (w.parts.at(-1) === ' as ') w.e('org', r.pick(clubs)).t(' won .');
    w.t(r.chance(0.5) ? '\n\n' : ' ');
  }
  return h;
};

const STORIES: readonly [Story, number][] = [
  [playByPlay, 3],
  [medals, 1],
  [institutions, 2],
  [soccerReport, 3],
  [soccerResults, 3],
  [standings, 3],
  [usResults, 2],
  [individualResults, 3],
  [tennis, 2],
  [cricket, 2],
  [lineup, 2],
  [market, 3],
  [commodities, 2],
  [company, 3],
  [politics, 5],
  [crime, 2],
];

// Agencies' plain-text copy spaces punctuation two ways: "Lara , who" and "Lara, who".
function respace(text: string): string {
  return text
    .replace(/ ([,.:;)!?])(?=\s|$)/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ 's\b/g, "'s");
}

function render(
  parts: readonly Part[],
  spaced: boolean,
): { text: string; mentions: [number, number, Kind][] } {
  let text = '';
  const mentions: [number, number, Kind][] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += spaced ? p : respace(p);
    else {
      // Keep a space before a name that follows a word; templates write them apart.
      const start = text.length;
      text += p.text;
      mentions.push([start, text.length, p.kind]);
    }
  }
  return { text, mentions };
}

/** One rendered document: headline and body text, and its names as character spans. */
export function renderDoc(
  id: string,
  head: readonly Part[],
  body: readonly Part[],
  spaced: boolean,
): LabelledDoc {
  const h = render(head, spaced);
  const b = render(body, spaced);
  const headlineText = h.text.trim();
  const offset = headlineText.length + 1;
  const lead = h.text.length - h.text.trimStart().length;
  return {
    id,
    headline: headlineText,
    text: b.text,
    mentions: [
      ...h.mentions
        .map(([s, e, kind]) => [s - lead, e - lead, kind] as const)
        .filter(([s, e]) => s >= 0 && e <= headlineText.length),
      ...b.mentions.map(([s, e, kind]) => [s + offset, e + offset, kind] as const),
    ],
  };
}

/** `n` written wire stories, deterministic for `seed`, each name annotated with its kind. */
export function generateWireCopy(n: number, seed: number): LabelledDoc[] {
  const r = new Random(seed);
  const places = cities();
  const total = STORIES.reduce((s, [, weight]) => s + weight, 0);
  const docs: LabelledDoc[] = [];
  for (let k = 0; k < n; k++) {
    let x = r.next() * total;
    let story = STORIES[0]?.[0] as Story;
    for (const [s, weight] of STORIES) {
      x -= weight;
      if (x <= 0) {
        story = s;
        break;
      }
    }
    const w = new Writer(r, places);
    const head = story(w);
    for (let f = r.int(0, 2); f > 0; f--) filler(w);
    docs.push(renderDoc(`copy-${seed}-${k}`, head, w.parts, r.chance(0.5)));
  }
  return docs;
}
