import type { Pair, Side } from './kit.ts';
import { day, side } from './kit.ts';
import { figures, pair, reprint } from './ninth-heldout-kit.ts';

// The ninth held-out part, continued: one template filled twice with another week's, auction's or
// month's figures. Hospitals, operators and products are used only as names; figures are made up and
// seeded.

/** A table cut to its top rows, as outlets run a short version: the lead kept, the footer dropped. */
export function topRows(original: Side, feed: string, slug: string, headline: string, rows: number): Side {
  const [lead = '', table = ''] = original.body.split('\n\n');
  return side(feed, slug, headline, [lead, table.split('\n').slice(0, rows).join('\n')].join('\n\n'));
}

const TRUSTS = [
  'Royal Victoria Infirmary, Newcastle',
  'Sunderland Royal',
  'James Cook, Middlesbrough',
  'University Hospital of North Durham',
  'Darlington Memorial',
  'Cumberland Infirmary, Carlisle',
  'Queen Elizabeth, Gateshead',
  'North Tyneside General',
];

function emergencyWaits(week: number): Side {
  const d = day(week * 7 + 6);
  const f = figures(`a-and-e:${d.iso}`);
  const rows = TRUSTS.map(
    (t) => `${t}: ${f(58, 84)}% seen within four hours, ${f(3, 96)} waits over 12 hours`,
  );
  return side(
    'pa-health',
    `north-east-a-and-e-week-to-${d.iso}`,
    `A&E waiting times in the North East, week to ${d.d} ${d.month}`,
    [
      `Emergency departments in the North East and North Cumbria saw ${f(14, 19)},${f(100, 999)} patients in the week to ${d.weekday} ${d.d} ${d.month}, NHS England figures published on Thursday show. The target is for 78% of patients to be seen within four hours. By hospital:`,
      rows.join('\n'),
      'Figures cover type 1 (major) emergency departments only. Twelve-hour waits are counted from arrival. Patients are asked to use NHS 111 first unless their condition is life-threatening.',
    ].join('\n\n'),
  );
}

export function emergencyDepartments(): Pair[] {
  const one = emergencyWaits(30);
  const two = emergencyWaits(31);
  const copy = reprint(
    two,
    'chronicle-live',
    'a-and-e-waits-this-week',
    "How long you'll wait at A&E in the region this week",
    {
      intro: `Only some of the region's emergency departments are hitting the four-hour target, NHS figures for the week to ${day(31 * 7 + 6).d} ${day(31 * 7 + 6).month} reveal. Here is how each hospital performed:`,
    },
  );
  return [
    pair(
      'h9-a-and-e-two-weeks',
      'a-and-e-waits',
      one,
      two,
      'A&E waiting times at the same eight hospitals in two consecutive weeks',
    ),
    pair(
      'h9-a-and-e-copy',
      'a-and-e-waits',
      two,
      copy,
      "the week's waiting times reprinted by a regional paper under its own headline and intro",
      'duplicate',
    ),
  ];
}

const PRODUCTS = [
  'Whole milk powder',
  'Skim milk powder',
  'Butter',
  'Anhydrous milk fat',
  'Cheddar',
  'Mozzarella',
  'Butter milk powder',
  'Lactose',
];

function dairyAuction(event: number): Side {
  const d = day(event * 14 + 2);
  const f = figures(`dairy-auction:${event}`);
  const index = f(-45, 45) / 10;
  const rows = PRODUCTS.map((p) => {
    const move = f(-60, 60) / 10;
    const price = f(2400, 7600);
    return `${p}: average US$${price.toLocaleString('en-US')}/t, ${move >= 0 ? '+' : ''}${move.toFixed(1)}%, near contract US$${(price + f(-90, 90)).toLocaleString('en-US')}/t, ${f(120, 9800).toLocaleString('en-US')} t sold`;
  });
  return side(
    'nzherald-business',
    `dairy-auction-event-${event}`,
    `Global dairy auction: price index ${index >= 0 ? 'up' : 'down'} ${Math.abs(index).toFixed(1)}%`,
    [
      `WELLINGTON (NZPA) - The global dairy trade price index ${index >= 0 ? 'rose' : 'fell'} ${Math.abs(index).toFixed(1)}% at the fortnightly auction overnight to ${d.weekday}, event ${event}, with ${f(140, 190)} bidders winning ${f(28, 45)},${f(100, 999)} tonnes. Average winning prices by product and change from the previous event:`,
      rows.join('\n'),
      'Prices are averages across contract periods. Farmers watch whole milk powder most closely because it sets much of the farmgate milk price paid in New Zealand. The next event is in two weeks.',
    ].join('\n\n'),
  );
}

export function dairyTrade(): Pair[] {
  const one = dairyAuction(361);
  const two = dairyAuction(362);
  const cut = topRows(
    two,
    'farmers-weekly-nz',
    'dairy-auction-wmp-butter',
    'Dairy auction: milk powder and butter prices',
    4,
  );
  return [
    pair(
      'h9-dairy-two-auctions',
      'dairy-auction',
      one,
      two,
      'the same dairy auction table for two consecutive fortnightly events',
    ),
    pair(
      'h9-dairy-top-rows',
      'dairy-auction',
      two,
      cut,
      "the event's table cut to its top four products under a farming paper's headline",
      'duplicate',
    ),
  ];
}

const OPERATORS = [
  'Avanti West Coast',
  'CrossCountry',
  'East Midlands Railway',
  'Govia Thameslink',
  'Great Western Railway',
  'LNER',
  'Northern',
  'Southeastern',
  'TransPennine Express',
];

function punctuality(month: number): Side {
  const d = day(month * 30 + 40);
  const f = figures(`rail-punctuality:${month}`);
  const rows = OPERATORS.map((o) => {
    const onTime = f(48, 84);
    return `${o}: ${onTime}.${f(0, 9)}% on time, ${f(1, 6)}.${f(0, 9)}% cancelled, ${onTime + f(8, 15)}% within 3 minutes`;
  });
  return side(
    'pa-transport',
    `rail-punctuality-${d.month.toLowerCase()}-${d.iso.slice(0, 4)}`,
    `Rail punctuality by operator: ${d.month}`,
    [
      `Trains in Great Britain arrived at ${f(66, 74)}.${f(0, 9)}% of their stops on time in the four weeks to ${d.d} ${d.month}, the Office of Rail and Road said on Thursday. "On time" means within a minute of the timetable at every recorded stop. By operator:`,
      rows.join('\n'),
      'Cancellations include trains part-cancelled. The regulator publishes figures for each four-week rail period; weather, strikes and infrastructure faults are not excluded.',
    ].join('\n\n'),
  );
}

export function railPunctuality(): Pair[] {
  return [
    pair(
      'h9-rail-punctuality-two-periods',
      'rail-punctuality',
      punctuality(5),
      punctuality(6),
      'punctuality by operator for two consecutive four-week rail periods',
    ),
  ];
}
