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

// Names the written wire copy draws from (public facts): clubs by league, North American teams,
// institutions, companies, and capitalised words that name nothing; faker's locales for people.

export const FAKERS: readonly Faker[] = [
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

export const CLUBS: Record<string, string[]> = {
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
export const NHL: readonly (readonly [string, string])[] = [
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
export const NBA: readonly (readonly [string, string])[] = [
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
export const MLB_NFL: readonly (readonly [string, string])[] = [
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
export const CLUB_CITIES =
  `Liverpool|Leeds|Newcastle|Sunderland|Southampton|Leicester|Coventry|Derby|Barnsley|Bolton|Stoke|Norwich|Ipswich|Oxford|Reading|Portsmouth|Birmingham|Bradford|Swindon|Plymouth|Preston|Barcelona|Valencia|Seville|Bilbao|Madrid|Milan|Rome|Naples|Turin|Genoa|Bologna|Florence|Parma|Verona|Munich|Dortmund|Hamburg|Bremen|Stuttgart|Cologne|Lyon|Marseille|Bordeaux|Nantes|Monaco|Lens|Eindhoven|Rotterdam|Amsterdam|Porto|Lisbon|Glasgow|Aberdeen|Dundee|Boston|Chicago|Detroit|Toronto|Montreal|Dallas|Denver|Miami|Phoenix|Seattle|Philadelphia|Pittsburgh|Buffalo|Vancouver|Edmonton|Calgary|Houston|Atlanta|Cleveland|Milwaukee|Sacramento|Portland`.split(
    '|',
  );
export const CRICKET_COUNTIES =
  `Lancashire|Yorkshire|Surrey|Kent|Essex|Middlesex|Warwickshire|Leicestershire|Somerset|Sussex|Glamorgan|Durham|Derbyshire|Nottinghamshire|Northamptonshire|Gloucestershire|Worcestershire|Hampshire|Queensland|Victoria|New South Wales|Tasmania|Western Australia|South Australia`.split(
    '|',
  );
export const INSTITUTIONS =
  `Reuters|USDA|U.S. Agriculture Department|Federal Reserve|Bundesbank|Bank of England|Bank of Japan|Bank of France|European Union|European Commission|European Parliament|International Monetary Fund|IMF|World Bank|OPEC|NATO|United Nations|U.N. Security Council|Organisation for Economic Cooperation and Development|World Trade Organisation|European Central Bank|Securities and Exchange Commission|Treasury|Finance Ministry|Foreign Ministry|Defence Ministry|Interior Ministry|Trade Ministry|Justice Department|State Department|Pentagon|White House|Kremlin|Congress|Senate|House of Representatives|Supreme Court|High Court|Red Cross|Amnesty International|Greenpeace|Interpol|Commerce Department|Labour Party|Conservative Party|Social Democrats|Christian Democrats|Socialist Party|Communist Party|National Front|Liberal Democrats|African National Congress|Likud|Labour|Hamas|PLO|Sinn Fein|IRA|Khmer Rouge|Taleban|National Statistics Office|Central Bank|Council of Ministers|Tokyo Stock Exchange|New York Stock Exchange|London Stock Exchange|Chicago Board of Trade|Chicago Mercantile Exchange|Paris Bourse|AFP|Xinhua|Itar-Tass|Interfax|ANSA|Kyodo|Nasdaq|Moody's|Standard & Poor's|Lloyd's|Eurostat|INSEE|Ifo|Fed`.split(
    '|',
  );
export const COMPANY_WORDS =
  `Northern|Atlas|Pacific|Union|General|National|United|Global|Allied|Consolidated|Continental|Western|Eastern|Central|Royal|Imperial|Standard|Federal|First|Delta|Sierra|Summit|Pioneer|Liberty|Crown|Phoenix|Orion|Apex|Vanguard|Harbor|Granite|Meridian|Sterling|Horizon|Zenith|Nova|Titan|Falcon|Eagle|Condor|Hanover|Nordic|Baltic|Alpine|Iberia|Celtic|Saxon|Oriental|Sino|Asia|Euro|Trans|Inter`.split(
    '|',
  );
export const COMPANY_HEADS =
  `Steel|Oil|Petroleum|Motors|Chemicals|Electric|Telecom|Airlines|Air|Bank|Holdings|Industries|Mining|Foods|Textiles|Cement|Shipping|Insurance|Pharmaceuticals|Electronics|Energy|Gas|Power|Paper|Brewery|Breweries|Tobacco|Securities|Investment|Resources|Gold|Metals|Construction|Engineering|Systems|Software|Computer|Communications|Media|Publishing|Rail|Group|Trust|Capital|Finance`.split(
    '|',
  );
export const COMPANY_SUFFIXES = [
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
export const REAL_COMPANIES =
  `Microsoft|Intel|IBM|General Motors|Ford|Chrysler|Boeing|Airbus|Daimler-Benz|Volkswagen|BMW|Fiat|Renault|Peugeot|Toyota|Nissan|Honda|Sony|Matsushita|Hitachi|Toshiba|Siemens|Philips|Nestle|Unilever|Shell|British Petroleum|Exxon|Mobil|Texaco|Chevron|Elf Aquitaine|Total|ENI|Repsol|Gazprom|Lukoil|British Airways|Lufthansa|KLM|Air France|Alitalia|Iberia|Qantas|Cathay Pacific|Singapore Airlines|Deutsche Bank|Dresdner Bank|Commerzbank|Barclays|HSBC|Lloyds|NatWest|Credit Suisse|UBS|Swiss Bank Corp|ABN AMRO|ING|Societe Generale|BNP|Citicorp|Chase Manhattan|J.P. Morgan|Merrill Lynch|Goldman Sachs|Salomon Brothers|Nomura|Daiwa|Mitsubishi|Mitsui|Sumitomo|Samsung|Hyundai|Daewoo|LG|Coca-Cola|PepsiCo|McDonald's|Procter & Gamble|Philip Morris|AT&T|MCI|Sprint|British Telecom|Deutsche Telekom|France Telecom|Telefonica|Nokia|Ericsson|Motorola|Apple|Compaq|Hewlett-Packard|Digital Equipment|Oracle|Netscape|Novell|Lockheed Martin|McDonnell Douglas|Northrop Grumman|Raytheon|Rolls-Royce|British Aerospace|Glaxo Wellcome|Zeneca|SmithKline Beecham|Roche|Novartis|Bayer|Hoechst|BASF|Pfizer|Merck|Monsanto|DuPont|Dow Chemical|Alcoa|Broken Hill Proprietary|Rio Tinto|Anglo American|De Beers|Petronas|Pertamina|Aramco|Pemex|Petrobras|Vale|Tata|Reliance|Wal-Mart|Kmart|Sears|Marks & Spencer|Tesco|Sainsbury|Carrefour|Ahold|Vodafone|Reuters Holdings|News Corp|Time Warner|Walt Disney|Viacom|Bertelsmann|Pearson|Hanson|BTR|Cable and Wireless|Jardine Matheson|Swire|Hutchison Whampoa|Cheung Kong|Li & Fung`.split(
    '|',
  );
export const EVENTS =
  `World Cup|European Championship|Davis Cup|Fed Cup|Ryder Cup|Tour de France|Olympics|Olympic Games|Grand Prix|Open|Masters|Cup Winners' Cup|UEFA Cup|European Cup|Champions League|Asian Cup|African Nations Cup|Copa America|World Championships|Commonwealth Games|Super Bowl|World Series|Wimbledon`.split(
    '|',
  );
export const INDEXES =
  `Nikkei|Dow Jones industrial average|FTSE 100|DAX|CAC-40|Hang Seng|Straits Times Index|All Ordinaries|S&P 500|Nasdaq composite|Bovespa|Merval|IPC|Sensex|KLSE composite|Composite Index|SBF-120|MIB-30|IBEX-35|AEX|BEL-20|SMI|ATX`.split(
    '|',
  );
export const TITLES =
  `President|Prime Minister|Foreign Minister|Finance Minister|Defence Minister|Interior Minister|Trade Minister|Chancellor|King|Queen|Premier|Deputy Prime Minister|Secretary of State|Senator|Governor|Mayor|General|Chief Minister|Ambassador|Archbishop|Pope`.split(
    '|',
  );
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
];

// Capitalised words that name no person, organisation or place: events, laws, works, awards,
// holidays, faiths, products, headings. Written copy needs them, or the tagger takes every capital
// for a name.
export const NOT_NAMES = {
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
