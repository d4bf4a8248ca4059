// IPTC Media Topics (https://cv.iptc.org/newscodes/mediatopic/, CC BY 4.0): the 17 top-level
// topics and the level-2 topics a wire desk routes on, each with a lexicon of English cue words
// written by hand for this package. A cue is a lowercase word or phrase; `*` ends a prefix
// ("inflat*" matches inflation, inflationary); `^N` weighs it (default 1). Cues of a top-level
// topic count for it alone; a level-2 topic's cues count for it and for its parent.

/** One Media Topic and the words that suggest it. */
export interface MediaTopic {
  /** The 8-digit Media Topic code. */
  readonly code: string;
  readonly name: string;
  /** Code of the top-level topic, for a level-2 topic. */
  readonly parent?: string;
  readonly cues: string;
}

/** Top-level topics first, then level 2. */
export const MEDIA_TOPICS: readonly MediaTopic[] = [
  {
    code: '01000000',
    name: 'arts, culture, entertainment and media',
    cues: 'arts|artist*|entertainment|celebrity^0.5',
  },
  {
    code: '02000000',
    name: 'crime, law and justice',
    cues: 'crime*|criminal*|lawsuit*|illegal*',
  },
  {
    code: '03000000',
    name: 'disaster, accident and emergency incident',
    cues: 'disaster*^2|emergency services^2|rescuers^2|rescue workers^2|death toll^3|survivors^1.5|debris^1.5|missing^0.5|killed^0.7|dead^0.7|destroyed^1|damage^1|evacuat*^1.5',
  },
  {
    code: '04000000',
    name: 'economy, business and finance',
    cues: 'economy^2|economic*|business*|company|companies|firm^0.5|billion^0.5|million^0.3|revenue*^2|profit*^2|sales^1.5|investor*^1.5|analyst*^0.5|shares^1.5|price*^0.7|market*|industry|industries|customers|chief executive',
  },
  { code: '05000000', name: 'education', cues: 'education*^2|educational' },
  { code: '06000000', name: 'environment', cues: 'environment*^2|ecolog*^2|ecosystem*^3|wildlife^3|marine^1|ocean*^1|habitat*^2|pollut*^2|conservation*^2|glacier*^3|ice sheet*^3|melt*^1.5|wetland*^3|marsh*^2|coastline*^1|sea level*^3|sea-level^3|environmental^2' },
  {
    code: '07000000',
    name: 'health',
    cues: 'health^2|patient*^1.5|medical^1.5|doctor*|nurse*|hospital*^1.5|clinic*|treatment*|cases^0.7',
  },
  { code: '08000000', name: 'human interest', cues: 'quirky|oddly|viral^0.5' },
  {
    code: '09000000',
    name: 'labour',
    cues: 'labour^2|labor^2|workers^1.5|worker|workforce|employees|staff^0.5|jobs|pay^0.7',
  },
  {
    code: '10000000',
    name: 'lifestyle and leisure',
    cues: 'lifestyle|leisure|tourism^1.5|tourist*|holiday*^0.5|recipe*|restaurant*|fashion^0.5',
  },
  {
    code: '11000000',
    name: 'politics',
    cues: 'politic*^2|government^1.5|president^1|minister^1|opposition^1.5|parliament*^1.5|lawmaker*^1.5|party^0.7|ruling party^2|premier^0.7|cabinet^1',
  },
  { code: '12000000', name: 'religion', cues: 'religio*^2|church*^1.5|mosque*^1.5|temple*|faith*|pope^2|vatican^1.5|bishop*|clergy|imam*|rabbi*|pilgrim*' },
  {
    code: '13000000',
    name: 'science and technology',
    cues: 'scien*^1.5|research*^0.7|study^0.3|technolog*^1.5|engineer*|laboratory|lab^0.7|experiment*^1.5',
  },
  { code: '14000000', name: 'society', cues: 'society|social^0.7|community|communities|citizens^0.5|poverty^2|homeless*^2|charity|charities' },
  {
    code: '15000000',
    name: 'sport',
    cues: 'sport*^2|match*^1.5|game^0.7|games^0.7|team*^0.7|season^0.7|coach*^1.5|player*^1.5|fans^1.5|win^0.5|won^0.5|beat^0.7|defeat*^0.5|victory^0.5|title^0.7|trophy^2|tournament*^2|championship*^2|champion*^1.5|league*^1.5|cup^1.5|final^0.7|semi-final*^2|quarter-final*^2|stadium*^1.5|squad*^1.5|scored^2|scoring^1.5|score^0.7|goal*^1.5|striker*^2|midfielder*^2|defender*^1.5|goalkeeper*^2|captain^0.7|olympic*^2|medal*^1.5|race^0.7|athlete*^2|kick-off^2|penalty^0.7|penalties^0.7|innings^3|wicket*^3|cricket*^3|football*^2|soccer^3|tennis^3|golf*^2|rugby^3|basketball^3|baseball^3|hockey^3|formula one^3|grand prix^2|grand slam^2|set^0.3|sets^0.7|tiebreak*^3|batting^2|bowler*^2|all-rounder*^3|auction^0.5|franchise^0.7|seed^0.5|seeded^2',
  },
  {
    code: '16000000',
    name: 'conflict, war and peace',
    cues: 'war^2|wars|warfare|military^1.5|troops^2|soldier*^2|army^1|armed^1.5|attack*^1.5|fighting^2|fighters^1.5|ceasefire^3|truce^3|drone*^1.5|missile*^2|shelling^3|airstrike*^3|air strike*^3|invasion^2|front line^2|frontline^2|gang*^1.5|militia*^2|insurgen*^2|rebel*^2|violence^1.5|weapons^1.5|security forces^2|peacekeep*^3',
  },
  { code: '17000000', name: 'weather', cues: 'weather^3|forecast*^1.5|meteorolog*^3|rainfall^2|temperatures^1.5|heatwave^2|heat wave^2|storm*^1.5|wind*^0.7' },

  // arts, culture, entertainment and media
  { code: '20000002', name: 'arts and entertainment', parent: '01000000', cues: 'film*^2|movie*^2|cinema*^2|music*^2|album*^2|concert*^2|singer*^2|band^0.7|theatre*^2|theater*^2|novel*^1.5|book^0.7|books^0.7|author*^0.7|painting*^1.5|exhibition*^1.5|museum*^1.5|festival*^1|box office^3|oscar*^2|grammy^3|actor*^2|actress*^2|director^0.5|show^0.5|series^0.5|opera^2|ballet^2|dance^1' },
  { code: '20000038', name: 'culture', parent: '01000000', cues: 'cultur*^2|heritage^2|tradition*^1|UNESCO^1.5|monument*^1.5|language^0.7' },
  { code: '20000045', name: 'mass media', parent: '01000000', cues: 'media^1.5|newspaper*^2|journalist*^2|broadcaster*^2|television^1.5|TV^1|radio^1|press freedom^3|news agency^1|social media^1' },

  // crime, law and justice
  { code: '20000082', name: 'crime', parent: '02000000', cues: 'murder*^3|killed^0.5|shooting*^1.5|robbery^3|theft^3|fraud*^3|corruption^2.5|bribe*^3|smuggl*^3|trafficking^3|kidnap*^3|stabbing*^3|assault*^2|drug trafficking^3|cartel*^2|money laundering^3|scam*^2|cybercrime*^3|hacker*^2' },
  { code: '20000106', name: 'judiciary', parent: '02000000', cues: 'court*^2|judge*^2|trial*^2|verdict*^3|jury^3|prosecutor*^2.5|prosecution^2|lawyer*^1.5|attorney*^1|sentenced^3|sentence^1|appeal*^1|ruling^1.5|ruled^1.5|supreme court^2|convicted^3|acquitted^3|testimony^2|indictment^3|indicted^3' },
  { code: '20000121', name: 'law', parent: '02000000', cues: 'law^1|laws^1|legislation^1.5|bill^0.7|legal^1|constitution*^1.5|regulation*^0.7|statute^2|decree^1' },
  { code: '20000129', name: 'law enforcement', parent: '02000000', cues: 'police^2.5|arrest*^3|detain*^2|officers^0.7|investigation*^1.5|investigators^2|suspect*^3|custody^2|raid*^1.5|FBI^2|interpol^2|charged^2|charges^1.5' },

  // disaster, accident and emergency incident
  { code: '20000139', name: 'accident and emergency incident', parent: '03000000', cues: 'accident*^3|crash*^2.5|collision*^3|derail*^3|explosion*^2.5|blast^1.5|fire^1|fires^1|blaze^3|collapse*^1|capsiz*^3|sank^2|plane crash^3|injured^1.5|injuries^1.5|casualt*^1.5|emergency^1|evacuat*^2|firefighter*^3|paramedic*^2' },
  { code: '20000148', name: 'disaster', parent: '03000000', cues: 'earthquake*^4|quake*^4|tsunami*^4|tornado*^4|twister*^4|hurricane*^4|typhoon*^4|cyclone*^4|flood*^3|landslide*^4|mudslide*^4|wildfire*^4|bushfire*^4|volcan*^2|eruption*^2|drought*^2.5|famine^3|avalanche*^4|storm damage^3|damaged^1|destroyed^1.5|flattened^2.5|homeless^0.5|shelters^1.5|national weather service^2|magnitude^2' },
  { code: '20000168', name: 'emergency response', parent: '03000000', cues: 'emergency response^3|relief^1|aid workers^2|search and rescue^3|state of emergency^3|disaster declaration^3|red cross^2|red crescent^2' },

  // economy, business and finance
  { code: '20000170', name: 'business information', parent: '04000000', cues: 'earnings^3|quarterly^2|quarter^1|net profit^3|operating profit^3|revenue*^2|turnover^1.5|merger*^3|acquisition*^2.5|takeover*^3|deal^1|IPO^3|listing^1.5|dividend*^3|chief executive^2|CEO^2|CFO^2|shareholder*^3|guidance^2|outlook^1|results^1|layoff*^2|job cuts^2|bankrupt*^3|restructur*^2|start-up*^2|startup*^2|spinout*^2|valuation^2|funding round^3|investment plan^2|capital expenditure^3|capex^3' },
  { code: '20000209', name: 'economic sector', parent: '04000000', cues: 'oil^2|crude^2.5|gas^1|fuel^1.5|petrol^2|diesel^2|refinery^3|refiner*^2|energy^1.5|electricity^1.5|power plant^1.5|mining^2|miner*^1.5|automaker*^3|carmaker*^3|vehicle*^1.5|cars^1.5|electric vehicle*^3|airline*^2|aviation^1.5|bank^0.7|banks^1|banking^2|insurer*^2|retail*^2|retailer*^2|telecom*^2|semiconductor*^3|chip*^1|chipmaker*^3|pharmaceutical*^2|drugmaker*^3|agricultur*^2|farm*^1.5|crop*^1.5|steel^2|construction^1|real estate^2|property market^2|shipping^1.5|manufactur*^2|factory^1.5|factories^1.5|tourism^1' },
  { code: '20000344', name: 'economy', parent: '04000000', cues: 'economy^2|economic growth^3|GDP^3|gross domestic product^3|inflation*^3|recession*^3|interest rate*^3|rates^1.5|rate cut*^3|rate hike*^3|central bank^3|monetary policy^3|repo rate^3|benchmark rate^2|policymakers^2|basis points^3|unemployment rate^2|consumer prices^3|trade deficit^3|trade surplus^3|exports^2|imports^2|tariff*^2.5|trade^1|budget^1|deficit^1.5|debt^1.5|fiscal^2|stimulus^2|economists^2|growth^1|currency^1.5|rupee^1.5|dollar^0.7|yuan^1|euro^0.5|investment^1' },
  { code: '20000385', name: 'market and exchange', parent: '04000000', cues: 'stock*^2|shares^2|stock market^3|stock exchange^3|index^1|indices^2|nikkei^3|dow^3|nasdaq^3|S&P^3|FTSE^3|hang seng^3|bond*^2|yields^3|treasur*^1.5|investors^2|traders^2|trading^1.5|equities^3|commodit*^2|brent^3|futures^2|barrel*^2|benchmark^1|rallied^2|rally^1|slumped^1|market^1' },

  // education
  { code: '20000400', name: 'school', parent: '05000000', cues: 'school*^2.5|pupil*^3|classroom*^3|teacher*^2|headteacher*^3|kindergarten*^3' },
  { code: '20000415', name: 'students', parent: '05000000', cues: 'student*^2.5|universit*^1|college*^1|tuition^3|graduates^1.5|exam*^2|scholarship*^2|campus^2' },

  // environment
  { code: '20000418', name: 'climate change', parent: '06000000', cues: 'climate^3|climate change^3|global warming^4|warming^2|greenhouse^3|emissions^2.5|carbon^2|CO2^3|net zero^3|fossil fuel*^2|paris agreement^3|cop2*^3|cop3*^3|warmest^3|hottest^2.5|record heat^3|pre-industrial^4|1.5c^3|temperature rise^3' },
  { code: '20000420', name: 'conservation', parent: '06000000', cues: 'conservation*^3|endangered^3|wildlife^3|species^2|biodiversity^3|habitat*^2|protected area*^3|extinct*^3|national park*^2|deforestation^3|forest*^1.5|rainforest*^2.5|coral^2|ice sheet*^1.5|sea ice^2|glacier*^2' },
  { code: '20000424', name: 'environmental pollution', parent: '06000000', cues: 'pollution^3|pollutant*^3|smog^3|air quality^3|oil spill*^4|toxic^1.5|plastic*^1.5|waste^1.5|contaminat*^2' },
  { code: '20000430', name: 'natural resources', parent: '06000000', cues: 'water supply^2|water shortage*^3|natural resources^3|renewable*^2|solar^2|wind power^3|wind farm*^3|hydropower^3|fusion^1.5|clean energy^3|green energy^3' },

  // health
  { code: '20000446', name: 'diseases and conditions', parent: '07000000', cues: 'disease*^2.5|virus*^3|viral^1.5|infection*^3|infected^3|outbreak*^3.5|epidemic*^3.5|pandemic*^3.5|cases^1.5|symptoms^3|fever^3|measles^4|mpox^4|covid*^4|influenza^4|flu^3|bird flu^4|H5N1^4|cholera^4|ebola^4|malaria^4|dengue^4|chikungunya^4|nipah^4|tuberculosis^4|HIV^4|AIDS^2|cancer*^3|diabetes^3|dementia^3|obesity^3|strain^1.5|mosquito*^2.5|vaccin*^2|contagious^3|contact tracing^3|quarantin*^3|isolation^1.5|fatalit*^1' },
  { code: '20000480', name: 'government health care', parent: '07000000', cues: 'NHS^4|medicare^4|medicaid^4|public health^3|health ministry^3|health minister^2.5|health department^3|health service^3|health authorities^3|health officials^2.5|health secretary^3' },
  { code: '20000461', name: 'health facility', parent: '07000000', cues: 'hospital*^2.5|clinic*^2|ward*^1.5|intensive care^3|ICU^3|health centre*^3|health center*^3' },
  { code: '20000463', name: 'health organisations', parent: '07000000', cues: 'world health organization^4|WHO^0.5|CDC^3|centers for disease control^4|africa cdc^4|medecins sans frontieres^3|MSF^2|UNAIDS^3|GAVI^3' },
  { code: '20000464', name: 'health treatment', parent: '07000000', cues: 'treatment*^2.5|vaccine*^3|vaccination*^3|immuniz*^3|immunis*^3|drug*^1|medicine*^2|therapy^3|therapies^3|surgery^3|antiviral*^3|trial results^2|clinical trial*^3|dose*^2.5|jab*^2' },
  { code: '20000485', name: 'medical profession', parent: '07000000', cues: 'doctors^3|doctor^2|nurses^3|nurse^2|physicians^3|surgeons^3|resident doctors^4|junior doctors^4|medical staff^3|health workers^3|british medical association^4|BMA^3|medics^3' },

  // human interest
  { code: '20000500', name: 'animal', parent: '08000000', cues: 'zoo^3|pet^2|pets^2|dog^1.5|dogs^1.5|cat^1|cats^1|panda*^3|elephant*^2|whale*^2' },
  { code: '20000498', name: 'award and prize', parent: '08000000', cues: 'award*^2|prize*^2|nobel^3|laureate*^3|honour*^1|honor*^1' },
  { code: '20000505', name: 'celebrity', parent: '08000000', cues: 'celebrit*^3|royal family^3|prince^1|princess^1.5|wedding^1.5|star^0.5' },
  { code: '20000499', name: 'record and achievement', parent: '08000000', cues: 'world record^3|guinness^3|oldest^1.5|longest^1' },

  // labour
  { code: '20000509', name: 'employment', parent: '09000000', cues: 'employment^3|jobs^2|hiring^2.5|hire*^1.5|recruit*^1.5|job losses^3|job cuts^2.5|layoff*^2.5|redundanc*^3' },
  { code: '20000521', name: 'employment legislation', parent: '09000000', cues: 'minimum wage^4|labour law*^4|labor law*^4|working hours^3|employment law*^4' },
  { code: '20000523', name: 'labour market', parent: '09000000', cues: 'labour market^4|labor market^4|unemployment^3|jobless^3|payrolls^4|nonfarm^4|wage growth^3|wages^2.5|salar*^2|pay rise*^3|pay award^3|pay offer^3|pay deal^3' },
  { code: '20000524', name: 'labour relations', parent: '09000000', cues: 'strike*^3|on strike^5|walked out^4|walk out^4|walkout^5|stoppage*^3|general strike^5|strike action^5|walkout*^5|industrial action^5|picket*^5|pay dispute*^5|pay talks^5|collective bargaining^4|mandate^0.5|ballot^1|negotiat*^0.7' },
  { code: '20000536', name: 'unions', parent: '09000000', cues: 'union^1.5|unions^3|trade union*^4|labor union*^4|labour union*^4|union leaders^3|union members^3' },
  { code: '20000531', name: 'retirement', parent: '09000000', cues: 'pension*^3|retirement^2.5|retirees^3|retirement age^4' },

  // lifestyle and leisure
  { code: '20000538', name: 'leisure', parent: '10000000', cues: 'hobby|hobbies^2|gaming^1.5|travel^1.5|tourists^2|vacation*^2|theme park*^3|gardening^3' },
  { code: '20000565', name: 'lifestyle', parent: '10000000', cues: 'food^1|cuisine^3|wine^2|fashion^2|luxury^1.5|dining^2' },

  // politics
  { code: '20000574', name: 'election', parent: '11000000', cues: 'election*^3|elect*^1.5|vote*^2|voting^3|voters^3|ballot*^2|polls^2|poll^1|runoff*^4|run-off*^4|candidate*^2.5|campaign*^1.5|presidency^2|referendum*^4|turnout^3|electoral^3|landslide^1.5|inauguration^3|sworn in^2|primar*^1|re-election^3|reelection^3|constituenc*^3|seats^2' },
  { code: '20000587', name: 'fundamental rights', parent: '11000000', cues: 'human rights^4|civil rights^4|rights groups^3|freedom of speech^4|free speech^3|press freedom^3|censorship^3|amnesty international^3|human rights watch^3|foreign agent*^3|civil society^2.5' },
  { code: '20000593', name: 'government', parent: '11000000', cues: 'government^2|governments^2|ministry^1.5|ministries^1.5|prime minister^2|cabinet^2|parliament*^2|congress^2|senate^2|lawmakers^2|legislat*^1.5|MP^1|MPs^2|governor^1|mayor^1|white house^2|kremlin^2|state council^2|president^1' },
  { code: '20000621', name: 'government policy', parent: '11000000', cues: 'policy^1.5|policies^1.5|reform*^2|sanction*^2.5|regulat*^1|subsid*^2|ban^1|bill^1' },
  { code: '20000638', name: 'international relations', parent: '11000000', cues: 'diplomat*^3|bilateral^3|foreign minister^3|foreign ministry^3|foreign policy^3|summit*^2.5|talks^1.5|peace talks^2|ambassador*^2.5|embassy^2.5|envoy*^2.5|state visit^3|treaty^2.5|relations^1.5|cooperation^1.5|partnership^1.5|strategic^1|united nations^2|NATO^2|security council^2.5|G7^3|G20^3|BRICS^3|phone call^1.5|counterpart*^2|exchanges^1|multilateral^3' },
  { code: '20000646', name: 'non-governmental organisation', parent: '11000000', cues: 'non-governmental^4|NGO*^3|charity^1.5|nonprofit*^2|non-profit*^2' },
  { code: '20000647', name: 'political crisis', parent: '11000000', cues: 'political crisis^4|impeach*^4|resign*^1.5|no-confidence^4|coup attempt^3|state of emergency^1' },
  { code: '20000648', name: 'political dissent', parent: '11000000', cues: 'protest*^3|protester*^4|demonstrat*^3|rall*^1.5|opposition^2|dissident*^4|crackdown^3|riot police^3|tear gas^4|water cannon*^4|unrest^2.5|activist*^2' },
  { code: '20000649', name: 'political process', parent: '11000000', cues: 'coalition^2|political parties^3|party leader*^2.5|ruling party^3|opposition party^3|communist party^2.5|lawmaking^3|legislation^1.5|passed a law^3|bill passed^3|vote on^2|majority^1.5' },

  // religion
  { code: '20000657', name: 'belief systems', parent: '12000000', cues: 'christian*^3|muslim*^3|islam*^3|hindu*^3|buddhis*^3|jewish^3|judaism^3|catholic*^3|protestant*^3|sikh*^3|orthodox church^3' },
  { code: '20000703', name: 'religious leader', parent: '12000000', cues: 'pope^3|pontiff^4|archbishop*^3|dalai lama^4|ayatollah*^3|patriarch^3|cardinal*^2' },
  { code: '20000690', name: 'religious festival and holiday', parent: '12000000', cues: 'ramadan^4|eid^4|christmas^2|easter^2|diwali^4|hajj^4|passover^4|hanukkah^4' },

  // science and technology
  { code: '20000710', name: 'biomedical science', parent: '13000000', cues: 'biotech*^3|genom*^3|gene*^1.5|DNA^3|genetic*^2.5|stem cell*^4|crispr^4|sequencing^3|virolog*^3|epidemiolog*^2' },
  { code: '20000717', name: 'natural science', parent: '13000000', cues: 'physic*^2.5|chemist*^2|biolog*^2|astronom*^3|geolog*^3|space^2|moon^2.5|lunar^3|mars^2.5|planet*^2.5|orbit*^3|satellite*^2|spacecraft^4|rocket*^3|astronaut*^4|probe^1.5|telescope*^4|asteroid*^4|comet*^4|galax*^4|launch^1|launched^0.7|mission^1|crewed^4|uncrewed^4|samples^1.5|volcanism^2|basalt^3|fossil*^2.5|species^1|particle*^2|quantum^3' },
  { code: '20000735', name: 'scientific research', parent: '13000000', cues: 'study^0.7|studies^0.7|research^1|researchers^1.2|scientists^1.5|scientist^1.2|findings^1.2|journal^1.5|published^0.7|peer-reviewed^3|science^1|experiment*^2.5|laboratory^2|professor^0.7|institute^1|academy of sciences^3|space agency^3|NASA^3|ESA^2|ISRO^3|CNSA^3|observatory^3' },
  { code: '20000741', name: 'scientific institution', parent: '13000000', cues: 'academy of sciences^4|research institute^3|research centre^3|research center^3|laboratory^1.5|space agency^3' },
  { code: '20000756', name: 'technology and engineering', parent: '13000000', cues: 'technolog*^2.5|tech^2|artificial intelligence^4|AI^3|software^3|hardware^2|computer*^2|internet^2|digital^1.5|cyber*^2|semiconductor*^2|chip*^1.5|robot*^3|engineer*^2|magnet*^2|superconduct*^4|reactor*^2|fusion^2|prototype^3|smartphone*^3|app^1|apps^1.5|data centre*^3|data center*^3|battery^2|batteries^2|telecom*^1.5|5G^3|innovation^1.5' },

  // society
  { code: '20000768', name: 'communities', parent: '14000000', cues: 'community^1.5|communities^1.5|neighbourhood*^2|neighborhood*^2|residents^1|village*^1|indigenous^2' },
  { code: '20000770', name: 'demographics', parent: '14000000', cues: 'population^2|census^4|birth rate^4|fertility rate^4|ageing^2|aging population^4' },
  { code: '20000775', name: 'discrimination', parent: '14000000', cues: 'discriminat*^4|racism^4|racist^3|sexism^4|xenophob*^4|hate crime*^3|equality^2' },
  { code: '20000771', name: 'immigration', parent: '14000000', cues: 'migrant*^3|immigra*^3|asylum^3.5|refugee*^3|deport*^3|border crossing*^2|undocumented^3|visa*^1.5' },
  { code: '20000780', name: 'family', parent: '14000000', cues: 'family^1|families^1.5|children^1|parents^1|marriage^2|divorce^2|childcare^3' },
  { code: '20000802', name: 'social problem', parent: '14000000', cues: 'poverty^3|homeless*^3|addiction^3|hunger^2.5|food insecurity^4|gang violence^2|inequality^3' },
  { code: '20000817', name: 'welfare', parent: '14000000', cues: 'welfare^3|benefits^1.5|social security^3|food aid^2|humanitarian^2|aid^1' },

  // sport
  { code: '20000822', name: 'competition discipline', parent: '15000000', cues: 'football^2|soccer^3|tennis^3|cricket^3|golf^3|rugby^3|basketball^3|baseball^3|ice hockey^3|athletics^3|cycling^2|swimming^2|boxing^3|formula one^3|motor racing^3|marathon^2|skiing^3|volleyball^3|handball^3|premier league^3|la liga^3|serie a^3|bundesliga^3|champions league^3|NBA^3|NFL^3|IPL^3|FIFA^2|UEFA^2|ATP^3|WTA^3' },
  { code: '20001108', name: 'sport event', parent: '15000000', cues: 'tournament*^3|championship*^3|world cup^4|olympic*^3|grand slam^3|open^0.5|final^1.5|semi-final*^3|quarter-final*^3|fixture*^2|kickoff^2|kick-off^2|match^2|matches^2|cup of nations^4|grand prix^3|derby^2|season^1' },
  { code: '20001301', name: 'sport achievement', parent: '15000000', cues: 'title^1.5|titles^1.5|trophy^3|medal*^3|gold medal*^4|record^0.7|won^1|victory^1.5|champion*^2|crowned^3|unbeaten^3|hat-trick^4|double^0.7' },
  { code: '20001148', name: 'sports transaction', parent: '15000000', cues: 'transfer^2|transfer fee^4|signed^1|signing^2|auction^2|retained^1.5|contract^1|loan deal^3|franchise^1.5|bid^0.7|crore^1' },
  { code: '20001103', name: 'disciplinary action in sport', parent: '15000000', cues: 'red card^4|suspended^1.5|ban^1|banned^1.5|sent off^4|disciplinary^3' },
  { code: '20001104', name: 'drug use in sport', parent: '15000000', cues: 'doping^4|anti-doping^4|banned substance^4|WADA^4' },
  { code: '20001125', name: 'sport organisation', parent: '15000000', cues: 'FIFA^3|UEFA^3|IOC^3|olympic committee^4|football association^4|federation^1.5|league^1.5|club^1.5|clubs^1.5|franchise^1.5' },

  // conflict, war and peace
  { code: '20000053', name: 'act of terror', parent: '16000000', cues: 'terror*^3.5|suicide bomb*^4|bombing*^3|jihadist*^4|islamic state^4|al qaeda^4|extremist*^2.5|hostage*^2.5' },
  { code: '20000056', name: 'armed conflict', parent: '16000000', cues: 'war^3|warfare^3|troops^3|soldiers^3|military^2|army^2|invasion^3|offensive^2|shelling^4|airstrike*^4|air strike*^4|drone*^2.5|drone attack*^4|missile*^3|artillery^4|front line^3|frontline^3|killed^1|wounded^1.5|casualties^2|combat^3|fighting^3|armed forces^3|militar*^1.5|occupied^2|attack*^2|peacekeep*^2.5|mission^0.5|deploy*^2.5' },
  { code: '20000065', name: 'civil unrest', parent: '16000000', cues: 'unrest^3|riot*^3|protest*^1.5|clashes^3|gang*^2.5|gangs^3|looting^3|curfew^3|violence^2|insecurity^2|armed groups^3' },
  { code: '20000070', name: "coup d'etat", parent: '16000000', cues: "coup^4|junta^4|coup d'etat^4|seized power^4|putsch^4" },
  { code: '20000073', name: 'peace process', parent: '16000000', cues: 'peace talks^4|peace process^4|peace deal^4|peace plan^4|ceasefire^4|truce^4|armistice^4|negotiations^1.5|prisoner swap*^3|prisoner exchange*^3|mediat*^2' },
  { code: '20000080', name: 'prisoners of war', parent: '16000000', cues: 'prisoners of war^4|POWS^4|prisoner swap*^3|prisoner exchange*^3' },

  // weather
  { code: '20001128', name: 'weather forecast', parent: '17000000', cues: 'forecast*^3|forecasters^4|meteorologist*^4|met office^4|weather service^3' },
  { code: '20001129', name: 'weather phenomena', parent: '17000000', cues: 'rain^2|rains^2|rainfall^3|snow*^2.5|storm*^2.5|thunderstorm*^4|hail*^3|heatwave*^4|heat wave*^4|cold snap^4|frost^3|fog^3|wind*^1.5|gusts^4|tornado*^1|hurricane*^1|typhoon*^1|cyclone*^1|drought^1|monsoon*^3|el nino^4|la nina^4' },
  { code: '20001130', name: 'weather statistic', parent: '17000000', cues: 'temperature*^2.5|degrees celsius^3|celsius^2.5|fahrenheit^2.5|record high^2|warmest^2|hottest^2|coldest^3|on record^2|average temperature^3|above average^2' },
  { code: '20001131', name: 'weather warning', parent: '17000000', cues: 'weather warning^4|tornado warning^4|storm warning^4|red alert^3|amber warning^4|flood warning^4|heat warning^4|warnings^1' },
];
