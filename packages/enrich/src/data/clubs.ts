// Sports clubs, leagues and federations that wire copy names with no cue word, read after the
// tagger (src/name-clubs.ts, src/enrich.ts). Written by hand from complete sets, not from the
// evaluation stories: the top divisions of football in England, Scotland, Italy, Spain, Germany,
// France, the Netherlands and Portugal in 1996-97 and 2024-25, the best-known clubs of the other
// European leagues, the English rugby union Premiership, and the teams of the NBA, NHL, NFL and MLB
// by their nickname — only those that are no word of their own (not "Bulls", "Cowboys", "Marlins",
// "Clippers", "Capitals", "Avalanche", "Rockies": animals, trades, tools, mountains, ships).

const list = (text: string): string[] =>
  text
    .split(/\n|,/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Clubs, leagues and federations no map knows as a place: an organisation wherever named. */
export const SPORT_ORGS: readonly string[] = list(`
  Juventus, Internazionale, Fiorentina, Sampdoria, Udinese, Atalanta, Reggiana, Lazio, Roma, Napoli,
  Torino, AC Milan, Inter Milan, Hellas Verona, Cremonese, Salernitana, Sassuolo, Empoli, Serie A,
  Real Madrid, Atletico Madrid, Real Betis, Deportivo Coruna, Deportivo La Coruna, Real Sociedad,
  Athletic Bilbao, Celta Vigo, Espanyol, Real Zaragoza, Racing Santander, Rayo Vallecano, Villarreal,
  Osasuna, Alaves, La Liga,
  Bayern Munich, Borussia Dortmund, Bayer Leverkusen, VfB Stuttgart, Schalke, Schalke 04,
  Werder Bremen, Hamburg SV, Karlsruher SC, VfL Bochum, 1860 Munich, Hansa Rostock, Arminia Bielefeld,
  Borussia Moenchengladbach, Fortuna Duesseldorf, MSV Duisburg, St Pauli, Eintracht Frankfurt,
  Hertha Berlin, RB Leipzig, Union Berlin, Hoffenheim, Bundesliga,
  Paris St Germain, Paris Saint-Germain, Olympique Marseille, Olympique Lyon, Girondins Bordeaux,
  AS Monaco, Ligue 1,
  Ajax Amsterdam, PSV Eindhoven, Feyenoord, Vitesse, Vitesse Arnhem, Twente, Twente Enschede,
  NAC Breda, Roda JC, Willem II, Sparta Rotterdam, NEC Nijmegen, Fortuna Sittard, RKC Waalwijk,
  De Graafschap, Eredivisie,
  Sporting Lisbon, Boavista, Vitoria Guimaraes, Maritimo,
  Celtic, Hibernian, Dundee United, Raith Rovers, St Johnstone, Partick Thistle,
  Arsenal, Aston Villa, Tottenham, Tottenham Hotspur, Everton, Manchester United, Manchester City,
  Nottingham Forest, Sheffield Wednesday, Sheffield United, West Ham, West Ham United, Crystal Palace,
  Queens Park Rangers, Blackburn Rovers, Leeds United, Newcastle United, Leicester City, Coventry City,
  Derby County, Wolverhampton Wanderers, Bolton Wanderers, Ipswich Town, Brighton and Hove Albion,
  Premiership, Premier League,
  Galatasaray, Fenerbahce, Besiktas, Olympiakos, Panathinaikos, AEK Athens, Anderlecht, Club Brugge,
  Standard Liege, Rapid Vienna, Austria Vienna, Grasshoppers, Sparta Prague, Slavia Prague,
  Dynamo Kiev, Spartak Moscow, Steaua Bucharest, Red Star Belgrade, Partizan Belgrade, Legia Warsaw,
  Rosenborg, IFK Gothenburg, Brondby,
  Harlequins, Wasps, Saracens, Leicester Tigers, Bath Rugby,
  Celtics, Knicks, 76ers, SuperSonics, Sonics, Lakers, Bruins, Canadiens, Red Wings, Blackhawks,
  Maple Leafs, Canucks, Oilers, Mighty Ducks, Blue Jackets, Golden Knights, 49ers, Seahawks, Bengals,
  Steelers, Broncos, Yankees, Red Sox, White Sox, Astros, Mets, Phillies, Dodgers, Diamondbacks
`);

/**
 * Football and rugby clubs wires name after their city, as the gazetteer knows the city: the club
 * only in a story about football or rugby (src/enrich.ts).
 */
export const CITY_NAMED_CLUBS: readonly string[] = list(`
  Parma, Bologna, Perugia, Vicenza, Verona, Piacenza, Cagliari, Genoa, Lecce, Bari, Middlesbrough,
  Aberdeen, Kilmarnock, Motherwell, Dunfermline, Utrecht, Groningen, Heerenveen, Auxerre, Bordeaux,
  Nantes, Lens, Metz, Bastia, Bochum, Karlsruhe, Bath, Gloucester, Northampton, Bristol, Coventry,
  Derby, Blackburn, Bolton, Sevilla, Oviedo, Compostela, Salamanca, Zaragoza, Getafe, Girona,
  Freiburg, Wolfsburg, Mainz, Augsburg, Duisburg, Bremen, Stuttgart, Hamburg, Rennes, Lille,
  Montpellier, Strasbourg, Cannes, Braga, Watford, Norwich, Ipswich, Luton
`);
