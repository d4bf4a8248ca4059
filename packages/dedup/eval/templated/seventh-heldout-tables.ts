import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';
import { figures, pair } from './seventh-heldout-kit.ts';

// The seventh held-out part, continued: bulletins filled with another day's, port's or issue's figures —
// avalanche danger ratings, tide tables and the shipping forecast. Figures come from a seeded generator.

const ZONES = {
  tyrol: [
    'Arlberg',
    'Ötztal Alps',
    'Stubai Alps',
    'Zillertal Alps',
    'Kitzbühel Alps',
    'Karwendel',
    'Lechtal Alps',
  ],
  valais: ['Lower Valais', 'Simplon', 'Saas Valley', 'Zermatt', 'Goms', "Val d'Anniviers", "Val d'Hérens"],
} as const;
const DANGER = ['1 (low)', '2 (moderate)', '3 (considerable)', '4 (high)'] as const;

function avalanche(slug: string, region: keyof typeof ZONES, date: string, seed: string, note: string): Side {
  const n = figures(`avalanche:${seed}`);
  const rows = ZONES[region].map(
    (zone) => `${zone}: above treeline ${DANGER[n(1, 3)]}, below treeline ${DANGER[n(0, 2)]}`,
  );
  const place = region === 'tyrol' ? 'INNSBRUCK (APA)' : 'DAVOS (SDA)';
  const service =
    region === 'tyrol'
      ? 'the Tyrol avalanche warning service'
      : 'the WSL Institute for Snow and Avalanche Research SLF';
  return side(
    region === 'tyrol' ? 'apa-english' : 'swissinfo-news',
    slug,
    `Avalanche danger ratings for ${date}`,
    `${place} - Avalanche danger ratings for ${date}, issued at 17:00 the evening before by ${service} (European scale 1 to 5):\n\n${rows.join('\n')}\n\n${note}\n\nThe main danger is wind-drifted snow on steep north- and east-facing slopes. Back-country skiers and snowshoers should carry a transceiver, probe and shovel and check the bulletin before setting out.`,
  );
}

const PORTS = ['Dover', 'Southampton', 'Plymouth', 'Milford Haven', 'Liverpool', 'Whitby'] as const;

function tides(slug: string, port: (typeof PORTS)[number], date: string, seed: string): Side {
  const n = figures(`tides:${seed}`);
  const hw1 = n(0, 5);
  const time = (h: number): string => `${String(h).padStart(2, '0')}:${String(n(0, 59)).padStart(2, '0')}`;
  const rows = [
    `High water ${time(hw1)}  ${(n(52, 68) / 10).toFixed(1)}m`,
    `Low water  ${time(hw1 + 6)}  ${(n(5, 15) / 10).toFixed(1)}m`,
    `High water ${time(hw1 + 12)}  ${(n(52, 68) / 10).toFixed(1)}m`,
    `Low water  ${time(hw1 + 18)}  ${(n(5, 15) / 10).toFixed(1)}m`,
  ];
  return side(
    'coastal-news',
    slug,
    `Tide times for ${port}, ${date}`,
    `Tide times and heights for ${port} on ${date}, from the UK Hydrographic Office (times in BST, heights above chart datum):\n\n${rows.join('\n')}\n\nSunrise ${time(5)}, sunset ${time(20)}. Predicted heights can differ from those observed, especially in strong winds or when atmospheric pressure is unusually high or low.\n\nWalkers on causeways and beaches should check times before setting out: the tide comes in faster than most people expect, and the coastguard was called to 38 people cut off by the tide on this stretch of coast last summer. In an emergency, call 999 and ask for the coastguard.`,
  );
}

const AREAS = [
  'Viking',
  'North Utsire',
  'South Utsire',
  'Forties',
  'Cromarty',
  'Forth',
  'Tyne',
  'Dogger',
  'Fisher',
  'German Bight',
] as const;
const WINDS = [
  'Southwest 5 to 7',
  'West 6 to gale 8',
  'Northwest 4 or 5',
  'Southerly 7 to severe gale 9',
  'Variable 3 or 4',
] as const;
const SEAS = [
  'moderate or rough',
  'rough or very rough',
  'slight or moderate',
  'very rough or high',
] as const;
const WEATHER = ['rain then showers', 'squally showers', 'fair', 'rain, fog patches later'] as const;

function shippingForecast(slug: string, issued: string, seed: string, keep: number): Side {
  const n = figures(`shipping:${seed}`);
  const rows = AREAS.map(
    (area) =>
      `${area}: ${WINDS[n(0, 4)]}. ${SEAS[n(0, 3)]}. ${WEATHER[n(0, 3)]}. ${n(0, 1) === 0 ? 'Good, occasionally poor' : 'Moderate or good'}.`,
  ).slice(0, keep);
  const gale = AREAS[n(0, 9)];
  return side(
    'bbc-weather',
    slug,
    `Shipping forecast issued ${issued}`,
    `The shipping forecast issued by the Met Office on behalf of the Maritime and Coastguard Agency at ${issued}.\n\nThere are warnings of gales in ${gale}, Forties and Dogger.\n\nThe general synopsis: low, 300 miles west of Rockall, 976, expected Faeroes 984 by the same time tomorrow.\n\nThe area forecasts for the next 24 hours:\n${rows.join('\n')}`,
  );
}

export function avalanchePairs(): Pair[] {
  const tyrolFri = avalanche(
    'tyrol-avalanche-friday-feb-7',
    'tyrol',
    'Friday, February 7',
    'tyrol-feb-7',
    'Up to 40cm of fresh snow fell overnight above 1,800 metres, with strong north-westerly winds forming new drifts.',
  );
  const tyrolSat = avalanche(
    'tyrol-avalanche-saturday-feb-8',
    'tyrol',
    'Saturday, February 8',
    'tyrol-feb-8',
    "The snowpack is settling slowly after Thursday's snowfall, but fresh drifts remain easy to trigger at high altitude.",
  );
  const valaisFri = avalanche(
    'valais-avalanche-friday-feb-7',
    'valais',
    'Friday, February 7',
    'valais-feb-7',
    'Up to 30cm of fresh snow fell overnight above 2,000 metres in the southern valleys, with strong south-westerly winds.',
  );
  const tyrolFriCopy = side(
    'tirol-orf-english',
    'avalanche-warning-tyrol-feb-7',
    'Tyrol avalanche bulletin for Friday',
    tyrolFri.body.replace('INNSBRUCK (APA) - ', ''),
  );
  return [
    pair(
      'h7-avalanche-two-days',
      'avalanche-danger',
      tyrolFri,
      tyrolSat,
      "one region's avalanche ratings for two consecutive days",
    ),
    pair(
      'h7-avalanche-two-regions',
      'avalanche-danger',
      tyrolFri,
      valaisFri,
      "two regions' avalanche ratings for the same day",
    ),
    pair(
      'h7-avalanche-copy',
      'avalanche-danger',
      tyrolFri,
      tyrolFriCopy,
      "one day's ratings reprinted under a new headline without the dateline",
      'duplicate',
    ),
  ];
}

export function tidePairs(): Pair[] {
  const doverMon = tides('dover-tide-times-monday-july-14', 'Dover', 'Monday, July 14', 'dover-jul-14');
  const doverTue = tides('dover-tide-times-tuesday-july-15', 'Dover', 'Tuesday, July 15', 'dover-jul-15');
  const whitbyMon = tides('whitby-tide-times-monday-july-14', 'Whitby', 'Monday, July 14', 'whitby-jul-14');
  return [
    pair(
      'h7-tides-two-days',
      'tide-tables',
      doverMon,
      doverTue,
      "one port's tide table for two consecutive days",
    ),
    pair('h7-tides-two-ports', 'tide-tables', doverMon, whitbyMon, "two ports' tide tables for the same day"),
  ];
}

export function shippingPairs(): Pair[] {
  const morning = shippingForecast(
    'shipping-forecast-0505',
    '05:05 on Tuesday 11 November',
    'nov-11-0505',
    10,
  );
  const noon = shippingForecast('shipping-forecast-1201', '12:01 on Tuesday 11 November', 'nov-11-1201', 10);
  const cut = shippingForecast(
    'shipping-forecast-0505-north-sea',
    '05:05 on Tuesday 11 November',
    'nov-11-0505',
    8,
  );
  return [
    pair(
      'h7-shipping-two-issues',
      'shipping-forecast',
      morning,
      noon,
      'two issues of the shipping forecast on one day, seven hours apart',
    ),
    pair(
      'h7-shipping-cut',
      'shipping-forecast',
      morning,
      cut,
      'one issue reprinted without its last two areas',
      'duplicate',
    ),
  ];
}
