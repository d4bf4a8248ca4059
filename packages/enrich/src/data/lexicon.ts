// Word lists for the English capitalisation heuristics in entities.ts and tokens.ts. Lowercase
// unless noted; matched against a token's lowercase form.

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Articles, pronouns, prepositions, conjunctions and sentence adverbs: never start a name. */
export const FUNCTION_WORDS = set(`
  a an the and or but nor so yet if then than that this these those there here when where while what
  which who whom whose why how as at by for from in into of off on onto out over to up upon with within
  without about above after against along among amid around before behind below beneath beside besides
  between beyond despite during except inside like near since through throughout toward towards under
  until unlike via he she it they we i you me him her them his hers its their our my your is are was
  were be been being am has have had do does did will would shall should can could may might must not
  no yes all any both each every few many more most much other some such only own same very just also
  however meanwhile moreover furthermore although though because whether once even still already now
  today yesterday tomorrow last next earlier later instead thus therefore indeed separately overall
  according asked speaking elsewhere please let our nothing something everyone anyone
`);

/** Capitalised words that never belong to a name (case-sensitive). */
export const BREAKERS = set(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
  August September October November December I I've I'm I'd I'll
`);

/** Title heads that, capitalised before a name, mark a person ("President Xi Jinping"). */
export const TITLE_HEADS = set(`
  president premier minister chancellor secretary general mr mrs ms miss dr prof professor sir dame
  lord lady king queen prince princess pope senator sen rep representative congressman congresswoman
  governor gov mayor gen colonel col captain capt lt lieutenant admiral adm sergeant sgt judge justice
  ambassador envoy chairman chairwoman chairperson chair ceo cfo coo cto director spokesman spokeswoman
  spokesperson commissioner sheikh emir sultan speaker leader archbishop bishop rev cardinal detective
  inspector superintendent founder executive coach manager councillor councilor ayatollah mp pm officer
`);

/** Words that can sit inside a title before its head ("Prime Minister", "Deputy Foreign Minister"). */
export const TITLE_MODIFIERS = set(`
  prime vice deputy foreign finance defence defense interior health trade economy commerce energy
  education home chief acting former first crown grand supreme attorney surgeon managing state
  opposition junior senior assistant
`);

/** Words after "of" that still belong to a title ("Secretary of State", "Minister of Foreign Affairs"). */
export const TITLE_OBJECTS = set(`
  state defence defense foreign affairs finance health interior justice commerce energy education
  treasury homeland security trade agriculture transport labor labour economy
`);

/** Lowercase words that, right before a capitalised span, mark it as a person ("spokesperson Hua"). */
export const PROFESSION_CUES = new Set([
  ...TITLE_HEADS,
  ...set(`
    striker midfielder defender goalkeeper winger forward skipper player coach trainer jockey driver
    rider champion star actor actress singer author writer novelist researcher scientist doctor lawyer
    attorney prosecutor economist analyst strategist chef mp lawmaker legislator activist candidate
    nominee elect adviser advisor counsellor anchor presenter journalist reporter photographer
    official officer representative diplomat golfer boxer sprinter cyclist teammate chief leader boss
    head tycoon billionaire investor founder entrepreneur rival opponent compatriot seed captain
    all-rounder batter bowler pitcher quarterback guard centre center manager
  `),
]);

/** Title heads after which the words before the title name a company ("Apple CEO Tim Cook"). */
export const CORPORATE_TITLES = set('ceo cfo coo cto chairman chairwoman chairperson founder executive president');

/** Capitalised words that make a span an organisation (case-sensitive). */
export const ORG_CUES = set(`
  Party Ministry Bank Council Union Inc Corp Corporation Ltd Limited LLC PLC Plc AG GmbH Co Group Agency
  Association Commission University College Organization Organisation Committee Court Fund News
  Reuters Institute Company Federation Foundation Department Office Service Services Authority Board
  Parliament Congress Assembly Senate Police Army Navy Forces Force Club FC United City Times Post
  Journal Press Bureau Centre Center Administration Reserve Exchange Nations Airlines Airways Motors
  Holdings Technologies Systems Pharmaceuticals Pharma Labs Laboratories Industries Partners
  Securities Insurance Trust Alliance Coalition Front Movement Network Society Guard Hospital Clinic
  Museum Gazette Herald Telegraph Tribune Daily Television TV Radio Broadcasting Media Studios
  Entertainment Petroleum Electric Steel Railways Telecom Communications Investments Ventures
  Secretariat Tribunal Chamber Academy Observatory Laboratory Programme Consortium House Economics
  International League Brigade Brigades Research Survey Investment Analytics
  Consulting Advisors Electronics Cabinet Government Commerce Energy Mining Motor Airline Bancorp
  Centers Centres Institutes Agencies Ministries Councils Commissions Trust Forces Guards Fed
  Management Advisory Networks Air
`);

/** First words that make a span a sports club or company without a trailing cue ("Real Madrid"). */
export const ORG_FIRST_WORDS = set('Real Atletico Atlético Inter Bayern Borussia Olympique Sporting Dynamo');

/** Organisations recognised on their own, as one word or acronym (case-sensitive). */
export const KNOWN_ORGS = set(`
  Reuters AFP AP Xinhua Bloomberg TASS Kyodo Yonhap Interfax BBC CNN NATO UN EU WHO IMF OPEC FIFA UEFA
  IOC WTO ASEAN NASA ESA FBI CIA Kremlin Pentagon Hamas Hezbollah Taliban UNICEF UNESCO UNHCR ECB OECD
  ICC ICJ Interpol Europol Greenpeace Nasdaq NYSE FDA CDC NHS Treasury
`);

/** Verbs that, right after a multi-word span, mark it as a person ("Ilham Aliyev said"). */
export const PERSON_VERBS = set(`
  said says told added stressed noted explained insisted argued warned urged suggested pointed wrote
  tweeted posted asked replied recalled admitted acknowledged denied declined scored netted smiled
  laughed revealed believes thinks hopes wants stated commented emphasized emphasised underlined
  reiterated vowed pledged promised cautioned predicted
`);

/** Legal-form suffixes: "Northwind Airlines Inc" and "Northwind Airlines" are one company (case-sensitive). */
export const CORPORATE_SUFFIXES = set('Inc Corp Corporation Ltd Limited LLC PLC Plc AG GmbH Co SA NV Group Holdings');

/** Lowercase particles inside personal names ("Ursula von der Leyen", "Bashar al-Assad"). */
export const PARTICLES = set('de da do dos das del della di du van von der den ter ten bin ibn al el la le');

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof st gen col lt sgt capt rep sen gov jr sr inc corp co ltd no vs mt ft rev hon maj
  adm cmdr jan feb mar apr aug sep sept oct nov dec
`);

/** Words that make a span a venue or facility, which is neither a person nor an organisation. */
export const FACILITY_WORDS = set(`
  Stadium Arena Airport Station Bridge Street Avenue Road Square Park Hall Tower Towers Mall Dam Port
  Harbour Harbor Highway Motorway Circuit Racecourse Velodrome Ground Gardens Cathedral Mosque Temple
`);

/**
 * Organisations a wire desk meets every day that carry no organisation word: companies, sports
 * clubs and leagues, international bodies (case-sensitive, as written). Curated by hand.
 */
export const WELL_KNOWN_ORGS = new Set(
  `Apple Google Alphabet Microsoft Amazon Meta Facebook Instagram WhatsApp Nvidia Intel AMD Qualcomm
  Broadcom TSMC Samsung Huawei Xiaomi Tencent Alibaba Baidu ByteDance TikTok Sony Panasonic Toshiba
  Hitachi Nintendo SoftBank Foxconn IBM Oracle Cisco Dell HP Netflix Disney Spotify Uber Airbnb
  OpenAI Anthropic SpaceX Tesla BYD Toyota Honda Nissan Hyundai Kia Volkswagen BMW Mercedes-Benz
  Daimler Stellantis Renault Ford Ferrari Porsche Volvo Geely Boeing Airbus Embraer Lockheed
  Raytheon Emirates Qantas Lufthansa Ryanair easyJet  Etihad Aramco Petrobras Shell BP
  ExxonMobil Exxon Chevron TotalEnergies Eni Equinor Gazprom Rosneft Lukoil Sinopec PetroChina CNOOC
  Glencore  BHP Vale ArcelorMittal Siemens Bosch Philips Nokia Ericsson ASML   Novartis
  Roche Pfizer Moderna BioNTech AstraZeneca GSK Sanofi Merck Bayer Novo Lilly  Walmart Costco
  Nestle Nestlé Unilever Danone Carrefour Tesco IKEA Zara Inditex LVMH Gucci Prada Adidas Nike Puma
  Visa Mastercard PayPal JPMorgan Goldman Citigroup Citi HSBC Barclays Santander UBS BlackRock
  Vanguard Berkshire  Nomura Mizuho Allianz AXA Prudential Deloitte KPMG PwC EY McKinsey
  Reliance Tata Infosys Wipro Adani Mahindra  Gazprombank Sberbank Aeroflot Naver Kakao
   Nasdaq NYSE OPEC OPEC+ NATO ASEAN BRICS UNRWA UNICEF UNHCR UNESCO IAEA WHO WTO IMF ILO FAO
  UNDP Interpol Europol Frontex Hamas Hezbollah Taliban Houthis Wagner Kremlin Pentagon Bundestag
  Knesset Duma Politburo  Likud Fidesz  NHS Ofcom Ofgem FIFA UEFA IOC CAF AFC CONCACAF
  CONMEBOL ICC BCCI ATP WTA NBA NFL NHL MLB MLS IPL PGA LIV McLaren Mercedes   Sauber
  Arsenal Chelsea Liverpool Tottenham Everton Fulham Brentford Brighton Burnley Sunderland Wolves
  Barcelona Juventus Milan Napoli Lazio Roma Ajax PSV Feyenoord Benfica Porto Celtic Rangers Galatasaray
  Fenerbahce Flamengo Palmeiras   Lakers Celtics Warriors Knicks Nuggets Spurs Thunder Bucks
   Bulls Nets Clippers Mavericks Rockets Cavaliers Yankees Dodgers Red Sox`.split(/\s+/),
);

/** News agencies: quoted as a source ("told Reuters") they are not an organisation of the story. */
export const NEWS_AGENCIES = set('Reuters AFP AP Xinhua Bloomberg TASS Kyodo Yonhap Interfax PA ANI PTI EFE ANSA DPA');

/** Words that open a storm's name, not a person's ("Hurricane Melissa", "Typhoon Haiyan"). */
export const STORM_WORDS = set('Hurricane Typhoon Cyclone Storm Tropical Tornado');

/** Last two words that make a span a facility ("Kennedy Space Center", "Vehicle Assembly Building"). */
export const FACILITY_ENDINGS = new Set([
  'Space Center',
  'Space Centre',
  'Launch Center',
  'Launch Centre',
  'Assembly Building',
  'Convention Center',
  'Convention Centre',
  'Exhibition Centre',
  'Exhibition Center',
  'Launch Complex',
]);

/** Words that make "<City> <Word>" an event, not a team ("Paris Olympics", "Tokyo Games"). */
export const EVENT_WORDS = set('Olympics Games Open Championships Masters Marathon Paralympics Talks Accords');

/** Football clubs and teams wires name after their city ("Liverpool beat Chelsea"). */
export const CITY_CLUBS = set(`
  Liverpool Chelsea Everton Fulham Brentford Brighton Burnley Sunderland Barcelona Milan Napoli Porto
  Leeds Newcastle Southampton Leicester Bournemouth Sevilla Valencia Lyon Marseille Monaco Dortmund
  Leipzig
`);
