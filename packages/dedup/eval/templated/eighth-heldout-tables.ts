import { figures, pair, reprint, shortened } from './eighth-heldout-kit.ts';
import type { Pair } from './kit.ts';
import { day, side } from './kit.ts';

// The eighth held-out part, continued: one template filled twice with another day's, region's or week's
// figures. Places, yards and stations are invented or used only as names; figures are made up and seeded.

const UV_EAST = [
  'Sydney',
  'Canberra',
  'Newcastle',
  'Wollongong',
  'Port Macquarie',
  'Coffs Harbour',
  'Albury',
  'Dubbo',
];
const UV_NORTH = [
  'Darwin',
  'Katherine',
  'Tennant Creek',
  'Alice Springs',
  'Cairns',
  'Townsville',
  'Mackay',
  'Mount Isa',
];

function uvBulletin(offset: number, region: string, towns: readonly string[], slug: string) {
  const d = day(offset);
  const f = figures(`uv-index:${d.iso}:${region}`);
  const rows = towns.map((t) => {
    const peak = f(7, 15);
    const from = f(8, 10);
    return `${t}: UV ${peak} (${peak >= 11 ? 'extreme' : 'very high'}), sun protection ${from}.${f(0, 5)}0 am to ${from - 5 + f(6, 8)}.${f(0, 5)}0 pm`;
  });
  return side(
    'aap-weather',
    `${slug}-${d.iso}`,
    `UV index forecast for ${region}, ${d.weekday} ${d.d} ${d.month}`,
    [
      `UV levels are forecast to reach the very high to extreme range across ${region} on ${d.weekday}, the Bureau of Meteorology and the radiation safety agency said. Peak UV index and the recommended sun protection times:`,
      rows.join('\n'),
      'Sun protection is recommended when the UV index is 3 or above: slip on clothing, slop on SPF50 sunscreen, slap on a hat, seek shade and slide on sunglasses. Forecasts assume clear skies; cloud can lower levels.',
    ].join('\n\n'),
  );
}

export function uvIndex(): Pair[] {
  const mon = uvBulletin(40, 'New South Wales', UV_EAST, 'uv-nsw');
  const tue = uvBulletin(41, 'New South Wales', UV_EAST, 'uv-nsw');
  const north = uvBulletin(41, 'northern Australia', UV_NORTH, 'uv-north');
  const copy = reprint(
    tue,
    'illawarra-daily',
    'uv-tuesday-nsw',
    'Slip, slop, slap: extreme UV forecast again',
    {
      intro: `Slap on the hat again: UV levels across New South Wales are expected to hit very high to extreme levels on ${day(41).weekday}, according to the Bureau of Meteorology. Peak UV index and the recommended sun protection times:`,
    },
  );
  return [
    pair(
      'h8-uv-two-days',
      'uv-index',
      mon,
      tue,
      'UV forecasts for the same eight towns on two consecutive days',
    ),
    pair('h8-uv-two-regions', 'uv-index', tue, north, 'UV forecasts for two regions on the same day'),
    pair(
      'h8-uv-copy',
      'uv-index',
      tue,
      copy,
      "the day's UV forecast reprinted by a regional paper with its own headline and intro",
      'duplicate',
    ),
  ];
}

const CROSSINGS = [
  'Peace Arch',
  'Pacific Highway',
  'Lynden',
  'Sumas',
  'Point Roberts',
  'Blaine truck crossing',
  'Oroville',
  'Laurier',
];

function borderWaits(offset: number) {
  const d = day(offset);
  const f = figures(`border-waits:${d.iso}`);
  const rows = CROSSINGS.map((c) => `${c}: southbound ${f(5, 95)} min, northbound ${f(5, 70)} min`);
  return side(
    'kiro-traffic',
    `border-waits-${d.iso}`,
    `Border wait times: ${d.weekday}, ${d.mon} ${d.d}`,
    [
      `Waits at the crossings between British Columbia and Washington state were as follows at 4 p.m. on ${d.weekday}, according to U.S. Customs and Border Protection and the Canada Border Services Agency.`,
      rows.join('\n'),
      "NEXUS lanes at Peace Arch and Pacific Highway were open in both directions. Travellers are reminded to have passports or enhanced driver's licences ready and to declare all food, plants and cash over $10,000.",
    ].join('\n\n'),
  );
}

export function borderWaitTimes(): Pair[] {
  const fri = borderWaits(54);
  const sat = borderWaits(55);
  const cut = shortened(sat, 'bellingham-herald', 'border-waits-saturday', 'Saturday border waits', 2);
  return [
    pair(
      'h8-border-waits-two-days',
      'border-waits',
      fri,
      sat,
      'border wait times at the same crossings on two consecutive days',
    ),
    pair(
      'h8-border-waits-cut',
      'border-waits',
      sat,
      cut,
      "the day's wait times cut to the lead and the table under a local headline",
      'duplicate',
    ),
  ];
}

const CLASSES = [
  'Steers 200-280kg',
  'Steers 280-330kg',
  'Steers 330-400kg',
  'Heifers 200-280kg',
  'Heifers 280-360kg',
  'Cows 400-520kg',
  'Cows 520kg+',
  'Bulls 600kg+',
];

function saleReport(week: number) {
  const d = day(week * 7 + 2);
  const f = figures(`livestock:${d.iso}`);
  const yarded = f(2200, 4800);
  const rows = CLASSES.map((c) => `${c}: ${f(260, 520)}c to ${f(521, 680)}c/kg, average ${f(300, 600)}c/kg`);
  return side(
    'queensland-country-life',
    `dalby-cattle-sale-${d.iso}`,
    `Dalby cattle sale: ${yarded.toLocaleString('en-AU')} head yarded`,
    [
      `Agents yarded ${yarded.toLocaleString('en-AU')} head at the Dalby saleyards on ${d.weekday} ${d.d} ${d.month}, ${f(0, 1) === 0 ? 'up' : 'down'} ${f(150, 900)} on the previous week. Restocker and feeder demand was ${f(0, 1) === 0 ? 'firm' : 'softer'}, with buyers from the Darling Downs and northern New South Wales operating. Prices by class:`,
      rows.join('\n'),
      'Prices are per kilogram liveweight and exclude GST. Next sale Wednesday, with an extra store sale on the last Saturday of the month.',
    ].join('\n\n'),
  );
}

export function cattleSale(): Pair[] {
  const one = saleReport(10);
  const two = saleReport(11);
  const copy = reprint(two, 'dalby-herald', 'dalby-sale-prices', 'Saleyard prices: this week at Dalby', {
    local: { after: 1, text: 'Top price for the day went to a pen of Angus steers from a Jandowae vendor.' },
  });
  return [
    pair(
      'h8-cattle-sale-two-weeks',
      'saleyard-prices',
      one,
      two,
      'cattle sale prices at one saleyard in two consecutive weeks',
    ),
    pair(
      'h8-cattle-sale-copy',
      'saleyard-prices',
      two,
      copy,
      "the week's sale report reprinted by the local paper with its own headline and a local paragraph",
      'duplicate',
    ),
  ];
}

const GAUGES = [
  'Danube at Passau',
  'Danube at Regensburg',
  'Isar at Munich',
  'Inn at Rosenheim',
  'Lech at Augsburg',
  'Main at Würzburg',
  'Altmühl at Eichstätt',
  'Naab at Heitzenhofen',
];

function riverLevels(offset: number) {
  const d = day(offset);
  const f = figures(`river-gauges:${d.iso}`);
  const rows = GAUGES.map(
    (g) => `${g}: ${f(120, 780)} cm, ${['rising', 'falling', 'steady'][f(0, 2)]}, warning level ${f(0, 3)}`,
  );
  return side(
    'dpa-international',
    `bavaria-river-levels-${d.iso}`,
    `Bavarian river levels at 6 a.m., ${d.weekday}`,
    [
      `Water levels on Bavarian rivers at 6 a.m. on ${d.weekday}, ${d.month} ${d.d}, according to the state flood warning service. Warning levels run from 1 (minor flooding) to 4 (large-scale flooding), 0 meaning below warning level.`,
      rows.join('\n'),
      'The flood warning service updates readings every 15 minutes. Shipping on the Danube between Passau and Regensburg is suspended above 740 cm at Passau.',
    ].join('\n\n'),
  );
}

export function riverGauges(): Pair[] {
  return [
    pair(
      'h8-river-levels-two-days',
      'river-gauges',
      riverLevels(190),
      riverLevels(191),
      'river gauge readings at the same stations on two consecutive mornings',
    ),
  ];
}
