import type { Pair, Side } from './kit.ts';
import { side } from './kit.ts';
import { figures, pair } from './sixth-heldout-kit.ts';

// The sixth held-out part, continued: bulletins filled with another day's, week's or sale's figures —
// pollen forecasts, ferry service status, a wool auction and reservoir levels. Figures come from a
// seeded generator or are made up.

const REGIONS = [
  'London',
  'South East England',
  'South West England',
  'East of England',
  'Midlands',
  'North West England',
  'North East England',
  'Wales',
  'Scotland',
  'Northern Ireland',
] as const;
const LEVELS = ['Low', 'Moderate', 'High', 'Very High'] as const;

function pollen(slug: string, date: string, seed: string, note: string): Side {
  const n = figures(`pollen:${seed}`);
  const rows = REGIONS.map(
    (region) => `${region}: grass ${LEVELS[n(0, 3)]}, tree ${LEVELS[n(0, 2)]}, weed ${LEVELS[n(0, 2)]}`,
  );
  return side(
    'pa-weather',
    slug,
    `Pollen forecast for ${date}`,
    `LONDON (PA) - Pollen forecast for the UK for ${date}, from the Met Office and the University of Worcester's National Pollen and Aerobiology Research Unit (grass, tree and weed pollen by region):\n\n${rows.join('\n')}\n\n${note}\n\nHay fever sufferers are advised to keep windows closed in the early morning and evening, when counts peak, and to shower and change clothes after spending time outdoors.`,
  );
}

function ferries(slug: string, date: string, rows: readonly string[], outlook: string): Side {
  return side(
    'bbc-scotland',
    slug,
    `CalMac ferry disruption: services for ${date}`,
    `Ferry operator CalMac has warned of disruption to west coast services on ${date} as strong winds continue. The latest status of its routes:\n\n${rows.join('\n')}\n\n${outlook}\n\nPassengers are advised to check the CalMac website or app before travelling. Ticket holders on cancelled sailings can rebook free of charge or get a refund.`,
  );
}

function woolSale(
  slug: string,
  week: string,
  date: string,
  seed: string,
  up: boolean,
  comment: string,
): Side {
  const n = figures(`wool:${seed}`);
  const emi = 1100 + n(0, 180);
  const move = n(4, 35);
  const bales = 38_000 + n(0, 9000);
  const passed = n(3, 11);
  const micron = (base: number): string => `${base + n(0, 140)} (${up ? '+' : '-'}${n(2, 40)})`;
  return side(
    'grdc-farmnews',
    slug,
    `Wool market ${up ? 'rises' : 'falls'} in sale ${week}`,
    `SYDNEY, ${date} - The Australian Wool Exchange's Eastern Market Indicator (EMI) ${up ? 'rose' : 'fell'} ${move} cents to ${emi} cents a kilogram clean in sale ${week} this week, AWEX said.\n\nBrokers offered ${bales.toLocaleString('en-US')} bales across Sydney, Melbourne and Fremantle, and ${passed}% were passed in.\n\nMicron price guides, Melbourne (cents/kg clean, change on the week):\n17 micron ${micron(1780)}\n18 micron ${micron(1600)}\n19 micron ${micron(1440)}\n21 micron ${micron(1300)}\n28 micron ${micron(420)}\n\n${comment}`,
  );
}

const BASINS = ['Guadalquivir', 'Guadiana', 'Tajo', 'Duero', 'Ebro', 'Segura', 'Júcar', 'Miño-Sil'] as const;

/** The basins' levels of one week: a seeded base level per basin, moved by a week's seeded change. */
function reservoirs(slug: string, date: string, week: number, total: number, trend: string): Side {
  const base = figures('reservoirs:base');
  const n = figures(`reservoirs:week-${week}`);
  const rows = BASINS.map((b) => `${b}: ${(base(180, 780) / 10 + (week * n(0, 12)) / 10).toFixed(1)}%`);
  // The total capacity of Spain's reservoirs is about 56,000 cubic hectometres.
  const hm3 = Math.round(total * 560).toLocaleString('en-US');
  return side(
    'efe-english',
    slug,
    `Spain's reservoirs at ${total.toFixed(1)}% of capacity`,
    `Madrid, ${date} (EFE) - Spain's reservoirs hold ${hm3} cubic hectometres of water, ${total.toFixed(1)}% of their total capacity, according to the weekly bulletin published on Tuesday by the Ministry for the Ecological Transition.\n\n${trend}\n\nReserves by river basin (percent of capacity):\n${rows.join('\n')}\n\nThe figures cover the reservoirs used for drinking water, irrigation and hydropower. The ten-year average for this week is 52.4%.`,
  );
}

export function tablePairs(): Pair[] {
  const pollenTue = pollen(
    'pollen-forecast-tuesday-june-10',
    'Tuesday, June 10',
    'june-10',
    'Warm sunshine will push grass pollen to high levels across much of England and Wales on Tuesday afternoon.',
  );
  const pollenWed = pollen(
    'pollen-forecast-wednesday-june-11',
    'Wednesday, June 11',
    'june-11',
    'Showers moving in from the west will bring some relief on Wednesday, although counts remain high in the east.',
  );
  const pollenSpringA = pollen(
    'pollen-forecast-monday-april-14',
    'Monday, April 14',
    'april-14',
    'Birch pollen is the main trigger this week, with the tree pollen season at its peak across the south.',
  );
  const pollenSpringB = pollen(
    'pollen-forecast-monday-april-21',
    'Monday, April 21',
    'april-21',
    'Birch pollen is the main trigger this week, with the tree pollen season at its peak across the south.',
  );
  const pollenCopy = side(
    'manchestereveningnews-weather',
    'hay-fever-warning-pollen-tuesday',
    'Hay fever warning as pollen levels soar - full forecast for your area',
    `Hay fever sufferers are being warned to brace themselves as pollen levels soar across much of the UK today.\n\n${pollenTue.body.split('\n\n').slice(1).join('\n\n')}`,
  );

  const ferryFri = ferries(
    'calmac-disruption-friday-nov-21',
    'Friday, November 21',
    [
      'Oban - Craignure (Mull): disrupted, some sailings may be cancelled at short notice',
      'Ardrossan - Brodick (Arran): cancelled for the rest of the day',
      'Uig - Tarbert/Lochmaddy: cancelled',
      'Ullapool - Stornoway: the 14:00 sailing is cancelled; others under review',
      'Kennacraig - Port Ellen (Islay): amber, possible disruption',
      'Mallaig - Armadale (Skye): cancelled',
      'Largs - Cumbrae: running to timetable',
    ],
    'The Met Office has issued a yellow warning for wind for the west of Scotland until 21:00, with gusts of up to 70mph on exposed coasts.',
  );
  const ferrySat = ferries(
    'calmac-disruption-saturday-nov-22',
    'Saturday, November 22',
    [
      'Oban - Craignure (Mull): running to timetable',
      'Ardrossan - Brodick (Arran): diverted to Troon for the morning sailings',
      'Uig - Tarbert/Lochmaddy: disrupted, the first sailing is cancelled',
      'Ullapool - Stornoway: running to timetable',
      'Kennacraig - Port Ellen (Islay): running to timetable',
      'Mallaig - Armadale (Skye): amber, possible disruption in the afternoon',
      'Largs - Cumbrae: running to timetable',
    ],
    'Winds are expected to ease through Saturday, and CalMac said it hoped to run a near-normal timetable by the evening.',
  );
  const ferryCut = side(
    'stornowaygazette-news',
    'ferry-cancellations-friday-storm',
    'Islands cut off as storm hits ferry sailings',
    ferryFri.body.split('\n\n').slice(0, 3).join('\n\n'),
  );

  const woolA = woolSale(
    'wool-market-sale-32',
    '32',
    'Feb 13',
    'sale-32',
    true,
    'Demand from Chinese top makers supported the finer end of the market, and the Australian dollar eased against the US dollar during the week. Sale 33 next week offers about 41,000 bales.',
  );
  const woolB = woolSale(
    'wool-market-sale-33',
    '33',
    'Feb 20',
    'sale-33',
    false,
    'Buyers were more selective as orders from Italian mills slowed, and crossbred wools met the weakest demand. Sale 34 next week offers about 39,500 bales.',
  );
  const woolCopy = side(
    'theland-markets',
    'wool-prices-lift-again-sale-32',
    'Wool prices lift again as Chinese buyers step up',
    `Wool growers enjoyed another lift in prices this week.\n\n${woolA.body.split('\n\n').slice(0, 3).join('\n\n')}\n\nElders wool manager Tom Gallagher said the fine end was "as strong as we've seen since winter".`,
  );

  const damsA = reservoirs(
    'spain-reservoirs-march-4',
    'Mar 4',
    1,
    49.1,
    'Reserves rose by 612 cubic hectometres on the previous week after heavy rain in Andalusia and the centre.',
  );
  const damsB = reservoirs(
    'spain-reservoirs-march-11',
    'Mar 11',
    2,
    49.6,
    'Reserves rose by 287 cubic hectometres on the previous week, with the rain easing in the south.',
  );

  return [
    pair(
      'h6-pollen-two-days',
      'pollen-forecast',
      pollenTue,
      pollenWed,
      'the UK pollen forecast of two consecutive days',
    ),
    pair(
      'h6-pollen-two-weeks',
      'pollen-forecast',
      pollenSpringA,
      pollenSpringB,
      'the pollen forecast of two Mondays a week apart, the same comment paragraph',
    ),
    pair(
      'h6-pollen-copy',
      'pollen-forecast',
      pollenTue,
      pollenCopy,
      "Tuesday's forecast reprinted by a regional site under its own intro",
      'duplicate',
    ),
    pair(
      'h6-ferries-two-days',
      'ferry-status',
      ferryFri,
      ferrySat,
      "CalMac's service status of two consecutive days of one storm",
    ),
    pair(
      'h6-ferries-cut',
      'ferry-status',
      ferryFri,
      ferryCut,
      "Friday's status cut to the intro and route list by an island paper",
      'duplicate',
    ),
    pair(
      'h6-wool-two-sales',
      'wool-auction',
      woolA,
      woolB,
      'the weekly wool auction report of two sales a week apart',
    ),
    pair(
      'h6-wool-copy',
      'wool-auction',
      woolA,
      woolCopy,
      "sale 32's report reprinted with an opening line and a broker's quote added, the comment cut",
      'duplicate',
    ),
    pair(
      'h6-reservoirs-two-weeks',
      'reservoir-levels',
      damsA,
      damsB,
      "Spain's weekly reservoir bulletin of two weeks",
    ),
  ];
}
