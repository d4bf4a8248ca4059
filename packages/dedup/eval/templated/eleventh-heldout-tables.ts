import { figures, newIntro, pair, sourced, tableTop } from './eleventh-heldout-kit.ts';
import type { Pair, Side } from './kit.ts';
import { day, side } from './kit.ts';

// The eleventh held-out part, continued: one template filled twice with another day's, round's,
// weekend's or matchday's figures, and tables reprinted with a new intro, a source line, or cut to their
// top rows. Clubs, places and markets real; figures made up and seeded.

const AFL = [
  'Geelong',
  'Brisbane Lions',
  'Collingwood',
  'Hawthorn',
  'Adelaide',
  'GWS Giants',
  'Gold Coast',
  'Fremantle',
  'Western Bulldogs',
  'Sydney',
  'Carlton',
  'St Kilda',
  'Melbourne',
  'Port Adelaide',
] as const;

function aflLadder(round: number): Side {
  const f = figures(`afl-ladder:${round}`);
  const teams = AFL.map((t, i) => {
    const wins = Math.max(0, round - 3 - Math.floor(i / 2) + f(-1, 1));
    return { t, wins: Math.min(wins, round), pct: f(820, 1420) / 10 };
  }).sort((x, y) => y.wins - x.wins || y.pct - x.pct);
  const rows = teams.map(
    (x, i) => `${i + 1}. ${x.t} ${x.wins}-${round - x.wins} ${x.pct.toFixed(1)}% ${x.wins * 4} pts`,
  );
  return side(
    'aap-sport',
    `afl-ladder-round-${round}`,
    `AFL ladder after round ${round}`,
    [
      `MELBOURNE AAP - The AFL ladder after round ${round} of the home-and-away season, with ${23 - round} rounds left (team, wins-losses, percentage, premiership points; four points for a win, two for a draw):`,
      rows.join('\n'),
      `The top eight qualify for the finals. Round ${round + 1} starts on Thursday night.`,
    ].join('\n\n'),
  );
}

export function aflLadders(): Pair[] {
  const a = aflLadder(15);
  const b = aflLadder(16);
  const top = tableTop(
    b,
    'afl-fan-daily',
    'ladder-round-16-top-eight',
    'Where your club sits: the top eight after round 16',
    8,
  );
  return [
    pair(
      'h11-afl-ladder-two-rounds',
      'afl-ladder',
      a,
      b,
      'one ladder after two consecutive rounds: other records, percentages and order',
    ),
    pair(
      'h11-afl-ladder-top-eight',
      'afl-ladder',
      b,
      top,
      "round 16's ladder cut to the top eight rows, footer dropped",
      'duplicate',
    ),
  ];
}

const AREAS = [
  'SE1 Lulea',
  'SE2 Sundsvall',
  'SE3 Stockholm',
  'SE4 Malmo',
  'NO1 Oslo',
  'NO2 Kristiansand',
  'DK1 Aarhus',
  'DK2 Copenhagen',
  'FI Helsinki',
  'EE Tallinn',
] as const;

/** One delivery day's Nordic system price, so a day's table quotes the day before's as it was. */
const systemPrice = (offset: number): number => figures(`nord-pool-system:${offset}`)(200, 900) / 10;

function nordPool(offset: number): Side {
  const d = day(offset);
  const f = figures(`nord-pool:${offset}`);
  const rows = AREAS.map((a) => {
    const base = f(120, 1150) / 10;
    return `${a}: average ${base.toFixed(2)}, peak ${(base * (1 + f(8, 45) / 100)).toFixed(2)}, low ${(base * (1 - f(10, 60) / 100)).toFixed(2)}`;
  });
  return side(
    'montel-wire',
    `nord-pool-day-ahead-${d.iso}`,
    `Nord Pool day-ahead prices for ${d.weekday}, ${d.mon} ${d.d}`,
    [
      `OSLO (Montel) - Day-ahead electricity prices for delivery on ${d.weekday}, ${d.month} ${d.d}, by bidding zone, in euros per megawatt hour, as published by Nord Pool:`,
      rows.join('\n'),
      `The Nordic system price was ${systemPrice(offset).toFixed(2)} euros, against ${systemPrice(offset - 1).toFixed(2)} euros the day before. Wind output is forecast at ${f(4, 14)},${f(100, 999)} MW.`,
    ].join('\n\n'),
  );
}

export function nordPoolPrices(): Pair[] {
  const a = nordPool(3340);
  const b = nordPool(3341);
  const d = day(3341);
  const intro = newIntro(
    b,
    'energiwatch-news',
    `spot-prices-${d.iso}`,
    'Power prices for tomorrow, zone by zone',
    `Here are tomorrow's power prices. Nord Pool published the day-ahead results for ${d.weekday}, ${d.month} ${d.d}, at 12.45 CET, in euros per megawatt hour for each bidding zone:`,
  );
  return [
    pair(
      'h11-nord-pool-two-days',
      'nord-pool',
      a,
      b,
      "one exchange's day-ahead table for two delivery days, other prices",
    ),
    pair(
      'h11-nord-pool-new-intro',
      'nord-pool',
      b,
      intro,
      "the second day's table reprinted whole under a new intro",
      'duplicate',
    ),
  ];
}

const BREAKS = [
  'Bundoran',
  'Strandhill',
  'Enniscrone',
  'Lahinch',
  'Inch Beach',
  'Tramore',
  'Portrush',
  'Easkey',
] as const;

function surf(offset: number): Side {
  const d = day(offset);
  const f = figures(`surf:${offset}`);
  const winds = [
    'light offshore',
    'moderate onshore',
    'fresh cross-shore',
    'light variable',
    'strong onshore',
  ];
  const rows = BREAKS.map(
    (b) =>
      `${b}: ${(f(5, 30) / 10).toFixed(1)}-${(f(31, 45) / 10).toFixed(1)} m, period ${f(7, 16)} s, wind ${winds[f(0, 4)]}, water ${f(11, 15)} C`,
  );
  return side(
    'irish-surf-report',
    `surf-forecast-${d.iso}`,
    `Surf forecast for ${d.weekday} ${d.d} ${d.month}`,
    [
      `Surf forecast for the Irish coast on ${d.weekday} ${d.d} ${d.month}, for the morning high tide (wave height, swell period, wind, water temperature):`,
      rows.join('\n'),
      `Swell direction ${['west', 'north-west', 'south-west'][f(0, 2)]}. Lifeguards are on duty at Bundoran, Strandhill and Lahinch from 11 a.m. to 7 p.m. Never surf alone.`,
    ].join('\n\n'),
  );
}

export function surfForecasts(): Pair[] {
  return [
    pair(
      'h11-surf-two-days',
      'surf-forecast',
      surf(3160),
      surf(3161),
      'one forecast template for two days, other waves and winds',
    ),
  ];
}

const FISH = [
  'Cod',
  'Haddock',
  'Whiting',
  'Saithe',
  'Monkfish',
  'Hake',
  'Megrim',
  'Lemon sole',
  'Plaice',
  'Ling',
  'Turbot',
] as const;

function fishMarket(offset: number): Side {
  const d = day(offset);
  const f = figures(`peterhead-fish:${offset}`);
  const rows = FISH.map((x) => {
    const lo = f(150, 1400);
    return `${x}: ${f(40, 2600)} boxes, ${(lo / 100).toFixed(2)}-${((lo + f(40, 600)) / 100).toFixed(2)} pounds/kg`;
  });
  return side(
    'fishing-news-wire',
    `peterhead-market-${d.iso}`,
    `Peterhead fish market prices, ${d.weekday} ${d.d} ${d.month}`,
    [
      `PETERHEAD - Prices at the Peterhead fish market on ${d.weekday} ${d.d} ${d.month}, with ${f(14, 31)} boats landing (species, boxes, price range per kilo):`,
      rows.join('\n'),
      `Total landings ${f(4, 11)},${f(100, 999)} boxes. Next sale ${offset % 7 === 4 ? 'Monday' : 'tomorrow'} at 7 a.m.`,
    ].join('\n\n'),
  );
}

export function peterheadFish(): Pair[] {
  const a = fishMarket(3300);
  const b = fishMarket(3301);
  const source = sourced(
    b,
    'press-and-journal-business',
    'peterhead-fish-prices-today',
    "Peterhead market: today's prices",
    'Source: Peterhead Port Authority / Seafood Scotland.',
  );
  return [
    pair(
      'h11-fish-two-mornings',
      'peterhead-fish',
      a,
      b,
      "one market's price table for two mornings, other boxes and prices",
    ),
    pair(
      'h11-fish-sourced-copy',
      'peterhead-fish',
      b,
      source,
      'the second morning reprinted whole with a source line at the foot',
      'duplicate',
    ),
  ];
}

const WORKS = [
  ['London Euston', 'Milton Keynes Central'],
  ['Reading', 'Didcot Parkway'],
  ['Manchester Piccadilly', 'Stockport'],
  ['Edinburgh', 'Dunbar'],
  ['Leeds', 'York'],
  ['Bristol Temple Meads', 'Bath Spa'],
  ['London Liverpool Street', 'Shenfield'],
  ['Birmingham New Street', 'Wolverhampton'],
] as const;

function engineering(offset: number): Side {
  const sat = day(offset);
  const sun = day(offset + 1);
  const f = figures(`rail-works:${offset}`);
  const rows = WORKS.filter((_, i) => f(0, 9) > 2 || i < 3).map(
    ([from, to]) =>
      `${from} - ${to}: ${['closed', 'reduced service', 'buses replace trains'][f(0, 2)]} from ${f(21, 23)}.00 ${sat.weekday} to ${f(6, 16)}.00 ${sun.weekday}; ${['track renewal', 'signalling upgrade', 'bridge works', 'overhead line works'][f(0, 3)]}`,
  );
  return side(
    'pa-travel',
    `rail-engineering-works-${sat.iso}`,
    `Rail engineering works this weekend, ${sat.d}-${sun.d} ${sun.month}`,
    [
      `LONDON (PA) - Network Rail engineering works planned for the weekend of ${sat.weekday} ${sat.d} and ${sun.weekday} ${sun.d} ${sun.month} on the main lines (route, effect, times, work):`,
      rows.join('\n'),
      `Passengers are advised to check before they travel. About ${f(120, 480)} projects are planned across the network this weekend, worth ${f(30, 90)} million pounds.`,
    ].join('\n\n'),
  );
}

export function railWorks(): Pair[] {
  return [
    pair(
      'h11-rail-works-two-weekends',
      'rail-works',
      engineering(3240),
      engineering(3247),
      'one bulletin template for two weekends, other closures and times',
    ),
  ];
}

const CLUBS = [
  'Pro Recco',
  'Ferencvaros',
  'Novi Beograd',
  'Olympiacos',
  'Barceloneta',
  'Jadran Split',
  'Brescia',
  'Radnicki',
  'Hannover',
  'Marseille',
  'Vasas',
  'Mladost Zagreb',
  'Spandau 04',
  'Sabadell',
  'Jug Dubrovnik',
  'Steaua Bucharest',
] as const;

function waterPolo(matchday: number): Side {
  const f = figures(`water-polo:${matchday}`);
  const order = [...CLUBS];
  for (let i = 0; i < matchday; i++) order.push(order.shift() as (typeof CLUBS)[number]);
  const rows: string[] = [];
  for (let i = 0; i < order.length; i += 2) rows.push(`${order[i]} ${f(7, 16)} ${order[i + 1]} ${f(6, 15)}`);
  return side(
    'len-wire',
    `water-polo-champions-league-matchday-${matchday}`,
    `Water polo: Champions League results, matchday ${matchday}`,
    [
      `ZAGREB (LEN) - Results of matchday ${matchday} of the men's water polo Champions League group stage, played on ${day(3200 + matchday * 14).weekday} and ${day(3201 + matchday * 14).weekday} (home team first):`,
      rows.join('\n'),
      `Top scorers: ${['Francesco Di Fulvio', 'Dusan Mandic', 'Alvaro Granados', 'Szilard Jansik'][f(0, 3)]} ${f(4, 7)} goals, ${['Konstantinos Genidounias', 'Nikola Jaksic', 'Loren Fatovic'][f(0, 2)]} ${f(3, 5)}. The top four of each group reach the final eight in June.`,
    ].join('\n\n'),
  );
}

export function waterPoloResults(): Pair[] {
  return [
    pair(
      'h11-water-polo-two-matchdays',
      'water-polo-cl',
      waterPolo(5),
      waterPolo(6),
      'one results template for two matchdays, other pairings and scores',
    ),
  ];
}

const ROADS = [
  'E6 Saltfjellet',
  'E134 Haukelifjell',
  'Rv7 Hardangervidda',
  'E16 Filefjell',
  'Rv9 Hovden',
  'Rv13 Vikafjellet',
  'E69 Nordkapp',
  'Fv51 Valdresflye',
  'Rv52 Hemsedalsfjellet',
] as const;

function roads(offset: number): Side {
  const d = day(offset);
  const f = figures(`norway-roads:${offset}`);
  const states = ['open', 'convoy driving', 'closed', 'open, chains advised', 'closed overnight'];
  const rows = ROADS.map((r) => `${r}: ${states[f(0, 4)]}, ${f(-18, -2)} C, wind ${f(3, 24)} m/s`);
  return side(
    'ntb-english',
    `mountain-passes-${d.iso}`,
    `Mountain passes: road conditions ${d.weekday} morning`,
    [
      `OSLO (NTB) - Conditions on Norway's mountain passes at 7 a.m. on ${d.weekday} ${d.d} ${d.month}, from the Public Roads Administration (road, status, temperature, wind):`,
      rows.join('\n'),
      `Call 175 for the latest. Convoys leave every ${f(1, 2) === 1 ? 'hour' : 'two hours'} where convoy driving applies; closures are reviewed at ${f(9, 11)} a.m.`,
    ].join('\n\n'),
  );
}

export function mountainPasses(): Pair[] {
  return [
    pair(
      'h11-passes-two-mornings',
      'norway-passes',
      roads(3360),
      roads(3361),
      'one road-conditions template for two mornings, other statuses and temperatures',
    ),
  ];
}
