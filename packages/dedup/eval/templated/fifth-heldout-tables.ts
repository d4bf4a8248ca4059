import { pair, story } from './fifth-heldout-kit.ts';
import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';

// The fifth held-out part, continued: templates filled with another day's, round's or quarter's
// figures — a stock market close, handball standings, a weather forecast, quarterly earnings and a
// morning traffic bulletin. Clubs and companies are invented; every figure is made up.

function seoulClose(
  date: string,
  kospi: string,
  change: string,
  up: boolean,
  points: string,
  volume: string,
  value: string,
  lead: string,
  movers: string,
  won: string,
  wonMove: string,
): Side {
  return side(
    'yonhap-economy',
    `seoul-shares-close-${date.toLowerCase().replace(/\W+/g, '-')}`,
    `Seoul shares close ${up ? 'higher' : 'lower'} ${lead}`,
    `SEOUL, ${date} (Yonhap) -- Seoul shares closed ${up ? 'higher' : 'lower'} ${lead}.\n\nThe benchmark Korea Composite Stock Price Index (KOSPI) ${up ? 'rose' : 'fell'} ${points} points, or ${change} percent, to close at ${kospi}.\n\nTrading volume was moderate at ${volume} million shares worth ${value} trillion won ($${(Number(value) / 1.44).toFixed(1)} billion), with ${up ? 'gainers outnumbering losers 503 to 371' : 'losers outnumbering gainers 611 to 273'}.\n\n${movers}\n\nThe local currency closed at ${won} won against the U.S. dollar, ${wonMove} from the previous session's close.`,
  );
}

function handballTable(matchday: number, date: string, rows: readonly string[], note: string): Side {
  return side(
    'dpa-sport-en',
    `handball-bundesliga-table-matchday-${matchday}`,
    `Handball Bundesliga standings after matchday ${matchday}`,
    `Berlin (dpa) - Standings in the men's Handball Bundesliga after the ${matchday}th round of matches on ${date} (played, won, drawn, lost, goals for, goals against, points):\n\n${rows.map((r, i) => `${i + 1}. ${r}`).join('\n')}\n\n${note}`,
  );
}

function forecast(
  day: string,
  north: string,
  south: string,
  highs: string,
  lows: string,
  outlook: string,
  slug: string,
): Side {
  return side(
    'dpa-weather-en',
    slug,
    `German weather for ${day}`,
    `Offenbach (dpa) - Weather forecast for Germany for ${day}, issued by the German Weather Service (DWD):\n\nNorth and north-west: ${north}\n\nSouth and south-east: ${south}\n\nHighs ${highs}. Overnight lows ${lows}. Wind mostly light to moderate from the west, fresh gusts on the coast and in the higher Alps.\n\nOutlook: ${outlook}`,
  );
}

function earnings(
  quarter: string,
  date: string,
  profit: string,
  prevProfit: string,
  eps: string,
  prevEps: string,
  revenue: string,
  prevRevenue: string,
  consensus: string,
  guidance: string,
): Side {
  return side(
    'rttnews',
    `tellmark-systems-${quarter.toLowerCase().replace(/\W+/g, '-')}-profit`,
    `Tellmark Systems ${quarter} Profit Rises`,
    `(RTTNews) - Tellmark Systems Inc. (TLMK) reported ${quarter} net income of $${profit} million, or $${eps} per share, on ${date}, up from $${prevProfit} million, or $${prevEps} per share, in the year-ago quarter.\n\nRevenue for the quarter rose to $${revenue} million from $${prevRevenue} million last year. On average, analysts polled by Thomson Reuters had expected the company to earn ${consensus} per share for the quarter.\n\n${guidance}\n\nTellmark, based in Raleigh, North Carolina, makes warehouse-automation software and barcode scanners for retailers and logistics companies.`,
  );
}

function trafficBulletin(slug: string, date: string, incidents: readonly string[], rail: string): Side {
  return side(
    'manchestereveningnews-travel',
    slug,
    `Traffic and travel LIVE: Greater Manchester roads and rail, ${date}`,
    `Here are the latest traffic and travel updates for Greater Manchester this morning, ${date}.\n\n${incidents.join('\n\n')}\n\nRail: ${rail}\n\nBus services across the region are running normally, Bee Network said. We will update this page through the morning rush hour.`,
  );
}

export function tablePairs(): Pair[] {
  const closeA = seoulClose(
    'Dec. 9',
    '2,514.86',
    '0.62',
    true,
    '15.41',
    '412',
    '8.6',
    'on chipmaker gains',
    'Chipmaker Hanseong Electronics gained 1.8 percent, and battery maker Doyun Energy added 2.4 percent. Carmaker Taesan Motor fell 0.9 percent.',
    '1,438.20',
    'down 4.1 won',
  );
  const closeB = seoulClose(
    'Dec. 10',
    '2,497.03',
    '0.71',
    false,
    '17.83',
    '398',
    '8.1',
    'on foreign selling',
    'Chipmaker Hanseong Electronics lost 1.2 percent, and battery maker Doyun Energy shed 2.1 percent. Carmaker Taesan Motor rose 0.4 percent.',
    '1,441.60',
    'up 3.4 won',
  );
  const closeCopy = story(
    'koreajoongang-business',
    'kospi-ends-up-chip-stocks-dec-9',
    'KOSPI ends up 0.6% as chipmakers rally',
    [
      'The KOSPI rose for a second straight day on Tuesday, lifted by gains in chip stocks.',
      ...closeA.body.split('\n\n').slice(1),
    ],
  );

  const tableA = handballTable(
    14,
    'Sunday',
    [
      'SC Elbtal Magdeburg 14 12 1 1 468 389 25',
      'SG Nordfriesland 14 11 1 2 451 392 23',
      'Füchse Nordberlin 14 10 2 2 447 401 22',
      'HC Förde Kiel 14 9 1 4 429 397 19',
      'MT Waldeck 14 8 1 5 418 410 17',
      'Rhein-Neckar Adler 14 7 2 5 422 415 16',
      'TSV Hannover-Burgwedel 14 6 2 6 401 404 14',
      'HSG Weserland 14 5 1 8 396 421 11',
    ],
    'Relegation places: 17. HC Saaletal 14 2 1 11 372 438 5, 18. TuS Rheinhausen 14 1 0 13 361 452 2.',
  );
  const tableB = handballTable(
    15,
    'Thursday',
    [
      'SC Elbtal Magdeburg 15 13 1 1 499 415 27',
      'Füchse Nordberlin 15 11 2 2 480 429 24',
      'SG Nordfriesland 15 11 1 3 477 423 23',
      'HC Förde Kiel 15 10 1 4 460 424 21',
      'Rhein-Neckar Adler 15 8 2 5 451 441 18',
      'MT Waldeck 15 8 1 6 444 443 17',
      'TSV Hannover-Burgwedel 15 6 2 7 427 434 14',
      'HSG Weserland 15 5 2 8 424 449 12',
    ],
    'Relegation places: 17. HC Saaletal 15 2 1 12 398 469 5, 18. TuS Rheinhausen 15 2 0 13 390 478 4.',
  );

  const weatherA = forecast(
    'Saturday',
    'Cloudy with rain spreading from the North Sea coast during the morning, heavy at times in Schleswig-Holstein. Drier with sunny spells from the afternoon.',
    'Fog patches at first, then mostly sunny and dry. Some cloud over the Black Forest in the evening.',
    '8 to 13 degrees Celsius, up to 15 on the Upper Rhine',
    '6 to 1 degrees, locally ground frost in Bavaria',
    'Sunday mostly dry and cooler, with night frost in many areas.',
    'german-weather-saturday-nov-15',
  );
  const weatherB = forecast(
    'Sunday',
    'Mostly dry with sunny spells after early cloud. Isolated showers on the Baltic coast.',
    'Sunny after fog clears, fog lingering in the Danube valley. Dry everywhere.',
    '5 to 10 degrees Celsius, up to 12 on the Upper Rhine',
    '2 to minus 4 degrees, frost in many areas',
    'Monday rain again from the west, milder.',
    'german-weather-sunday-nov-16',
  );
  const weatherCopy = side(
    'thelocal-de',
    'weather-germany-saturday-rain-north-sun-south',
    "Rain in the north, sun in the south: Germany's weather this Saturday",
    weatherA.body.replace(
      /^Offenbach \(dpa\) - Weather forecast for Germany for Saturday, issued by the German Weather Service \(DWD\):/,
      "Here's what the German Weather Service (DWD) expects for Saturday:",
    ),
  );

  const q3 = earnings(
    'Q3',
    'Wednesday',
    '48.6',
    '39.1',
    '0.82',
    '0.66',
    '412.7',
    '371.5',
    '$0.77',
    'Looking ahead, the company raised its full-year revenue outlook to a range of $1.60 billion to $1.63 billion from $1.56 billion to $1.60 billion.',
  );
  const q2 = earnings(
    'Q2',
    'Wednesday',
    '41.3',
    '36.8',
    '0.70',
    '0.62',
    '389.2',
    '352.0',
    '$0.69',
    'Looking ahead, the company reaffirmed its full-year revenue outlook of $1.56 billion to $1.60 billion.',
  );
  const q3Copy = story(
    'triangle-business-journal',
    'tellmark-third-quarter-profit-raleigh',
    "Raleigh's Tellmark lifts outlook as quarterly profit climbs",
    [
      'Raleigh-based Tellmark Systems said Wednesday its third-quarter profit rose about 24% and raised its forecast for the year.',
      ...q3.body.split('\n\n').slice(1),
    ],
  );

  const trafficA = trafficBulletin(
    'traffic-travel-live-greater-manchester-tuesday-march-3',
    'Tuesday, March 3',
    [
      'M60: One lane is closed clockwise between J12 (Eccles) and J13 (Worsley) after a two-car crash. Delays of 25 minutes, with traffic queuing back to J10.',
      'A6 Stockport: Temporary traffic lights on Wellington Road South near the junction with Greek Street for gas works, causing slow traffic into the town centre.',
      'Oldham: Rochdale Road is closed in both directions between Royton and Shaw because of a burst water main.',
    ],
    'Northern services between Manchester Victoria and Rochdale are delayed by up to 15 minutes because of a signalling fault at Castleton.',
  );
  const trafficB = trafficBulletin(
    'traffic-travel-live-greater-manchester-wednesday-march-4',
    'Wednesday, March 4',
    [
      'M62: Two lanes are closed eastbound between J18 (Simister) and J19 (Heywood) after a lorry shed its load. Delays of 40 minutes, with traffic queuing back to the M60.',
      'A6 Stockport: Temporary traffic lights remain on Wellington Road South near the junction with Greek Street for gas works.',
      'Bolton: Chorley New Road is partially blocked near Markland Hill after a bus broke down.',
    ],
    'Metrolink trams between Piccadilly and Etihad Campus are not running until 9am because of a faulty tram. Replacement buses are in place.',
  );

  return [
    pair(
      'h5-seoul-close-two-days',
      'seoul-close',
      closeA,
      closeB,
      'Seoul market close of two days: every figure and mover differs, the template the same',
    ),
    pair(
      'h5-seoul-close-copy',
      'seoul-close',
      closeA,
      closeCopy,
      'the Dec. 9 close reprinted by a Seoul daily with its own headline and lead, dateline dropped',
      'duplicate',
    ),
    pair(
      'h5-handball-table-two-matchdays',
      'handball-table',
      tableA,
      tableB,
      'one league table after matchdays 14 and 15: same clubs in nearly the same order, points changed',
    ),
    pair(
      'h5-weather-two-days',
      'weather-forecast',
      weatherA,
      weatherB,
      'the national forecast for Saturday and for Sunday, issued a day apart',
    ),
    pair(
      'h5-weather-copy',
      'weather-forecast',
      weatherA,
      weatherCopy,
      "Saturday's forecast reprinted by an English-language site with its own headline and lead-in",
      'duplicate',
    ),
    pair(
      'h5-earnings-two-quarters',
      'quarterly-earnings',
      q2,
      q3,
      "one company's second- and third-quarter results from the same template",
    ),
    pair(
      'h5-earnings-copy',
      'quarterly-earnings',
      q3,
      q3Copy,
      'the third-quarter results reprinted by a local business paper with its own headline and intro',
      'duplicate',
    ),
    pair(
      'h5-traffic-two-mornings',
      'traffic-bulletin',
      trafficA,
      trafficB,
      'a live traffic page for two mornings: other roads and incidents, one roadworks item carried over',
    ),
  ];
}
