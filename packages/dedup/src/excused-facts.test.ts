import { describe, expect, it } from 'vitest';
import { factAgreement, factsOf } from './facts.ts';
import type { NearVerdict } from './similarity.ts';
import { compare, judgeNear } from './similarity.ts';
import { nearProbe, nearSketch } from './sketch.ts';
import { decodeSketch, encodeSketch } from './sketch-codec.ts';

/** The verdict on `b` arriving after `a`, through the stored bytes as the index reads them. */
function verdict(a: string, b: string, headlines: [string, string] = ['', '']): NearVerdict {
  const stored = nearSketch(a, headlines[0]);
  const probe = nearProbe(b, headlines[1]);
  if (!stored || !probe) throw new Error('no sketch');
  return judgeNear(compare(probe, decodeSketch(encodeSketch(stored))));
}

const PRODUCTS = [
  'Whole milk powder',
  'Skim milk powder',
  'Butter',
  'Cheddar',
  'Mozzarella',
  'Lactose',
  'Butter milk powder',
  'Anhydrous milk fat',
];
/** A dairy auction's table, its prices and volumes from `seed`: another auction fills every row anew. */
function auction(seed: number, rows = PRODUCTS.length): string {
  const lines = PRODUCTS.slice(0, rows).map(
    (p, i) =>
      `${p}: average US$${2000 + ((seed * 7919 + i * 1543) % 6000)}/t, change ${((seed + i * 3) % 9) + 0.5}%, volume ${1000 + ((seed * 131 + i * 977) % 9000)} t sold`,
  );
  return [
    `The price index of the fortnightly dairy auction rose ${seed % 5}.${seed % 7}% overnight, the auction house said on Wednesday.`,
    `A total of ${100 + seed} bidders took part and ${40 + (seed % 50)} of them won product at the event.`,
    lines.join('\n'),
    'The next auction is scheduled in a fortnight, with contracts for delivery up to six months out on offer.',
  ].join('\n\n');
}

describe('facts a copy’s edit explains', () => {
  it('excuse a column’s filling the other story lacks beside one it keeps (rows cut), not a column filled anew', () => {
    const rows = (prices: number[]) =>
      factsOf([prices.map((p, i) => `${PRODUCTS[i]}: average US$${p}/t`).join('\n')]);
    const full = rows([7560, 4297, 2654]);
    const top = rows([7560]);
    // Another auction: the top row's price filled anew.
    const other = rows([7612]);
    const cut = factAgreement(full.sample(16), top.all);
    expect(cut.matched - cut.agreed).toBeGreaterThan(0);
    expect(cut.excused).toBe(cut.matched - cut.agreed);
    // Another auction keeps none of the column's fillings: nothing is excused.
    const refilled = factAgreement(full.sample(16), other.all);
    expect(refilled.matched - refilled.agreed).toBeGreaterThan(0);
    expect(refilled.excused).toBe(0);
  });

  it('excuse a name moved one place along its run by a dropped word, not another name', () => {
    const a = factsOf([
      'Flights resumed hours after Norway’s Civil Aviation Authority lifted the order on Monday.',
    ]);
    const b = factsOf([
      'Flights resumed hours after the Civil Aviation Authority lifted the order on Monday.',
    ]);
    const c = factsOf([
      'Flights resumed hours after Finland’s Traffic Safety Agency lifted the order on Monday.',
    ]);
    const moved = factAgreement(a.sample(16), b.all, 0, b.shifted);
    // (Fillings are kept as 4 bits: a name one place along can agree by chance, 1 in 16 a place.)
    // "Civil" and "Aviation" one place along: excused; "Norway" itself is gone: not.
    expect(moved.matched - moved.agreed).toBe(3);
    expect(moved.excused).toBe(2);
    expect(factAgreement(a.sample(16), c.all, 0, c.shifted).excused).toBe(0);
  });
});

const GRADES = ['Northern', 'Eastern', 'Southern', 'Western', 'Central'];
/** A weekly fuel-price bulletin: the same boilerplate around that week's price per region. */
function fuel(prices: readonly number[]): string {
  return [
    'Average pump prices for unleaded petrol for the week to Monday, published by the energy ministry in its weekly bulletin, are listed below by grade. Prices are collected from a sample of service stations across the country and include all taxes and duties, the ministry said in a statement on its website.',
    GRADES.map((r, i) => `Unleaded ${r.toLowerCase()}: average price ${prices[i]} cents a litre`).join('\n'),
    'The ministry publishes the bulletin every Tuesday morning. Motoring groups said prices had been broadly stable over the past month, although diesel prices were expected to rise ahead of the winter heating season, when demand usually increases.',
  ].join('\n\n');
}

describe('the verdict on facts a copy’s edit explains', () => {
  it('never calls next week’s bulletin a certain copy where rows did not change (a refilled column)', () => {
    // 93 % of the text shared; two of five prices unchanged (a chance 4-bit agreement would do as
    // well): the other three are next week's, not rows a reprint cut.
    const week1 = fuel([171, 183, 162, 98, 101]);
    expect(verdict(week1, fuel([171, 187, 160, 94, 101]), ['Fuel prices', 'Fuel prices'])).toBe('possible');
  });

  it('calls a dairy auction’s table cut to its top rows a certain copy', () => {
    expect(verdict(auction(3), auction(3, 4), ['Dairy auction: index up', 'Dairy prices at auction'])).toBe(
      'copy',
    );
  });

  it('still keeps another auction in the same template apart, whole or cut', () => {
    expect(verdict(auction(3), auction(4), ['Dairy auction: index up', 'Dairy auction: index up'])).toBe(
      'distinct',
    );
    expect(
      verdict(auction(3), auction(4, 4), ['Dairy auction: index up', 'Dairy prices at auction']),
    ).not.toBe('copy');
  });

  it('calls a reprint that drops a name’s first word a copy, and never a story naming another body', () => {
    const text = (who: string) =>
      [
        `Skyline Nordic’s turboprop fleet was cleared to fly again on Wednesday, hours after ${who} completed its checks of the engine mounts flagged on Monday.`,
        'The airline operates 22 ATR 72 aircraft on regional routes from Oslo and Bergen, and had cancelled about 140 flights while the planes were inspected.',
        'Inspectors found no cracks on any aircraft, the airline said, and schedules would be back to normal by Thursday morning.',
        'Passengers whose flights were cancelled can rebook free of charge or claim a refund through the airline’s website, it added.',
      ].join('\n\n');
    expect(verdict(text('Norway’s Civil Aviation Authority'), text('the Civil Aviation Authority'))).toBe(
      'copy',
    );
    expect(
      verdict(text('Norway’s Civil Aviation Authority'), text('Sweden’s Transport Safety Agency')),
    ).not.toBe('copy');
  });
});

const COFFEE = ['AA', 'AB', 'PB', 'E', 'C', 'TT', 'T', 'MH', 'ML'];
/** A coffee auction's prices by grade, three figures a row from `seed`, the rows on one line as feeds run them. */
function coffee(seed: number, rows = COFFEE.length, footer = true): string {
  const f = (i: number, k: number, span: number) => ((seed * 7919 + i * 1543 + k * 611) % span) + 1;
  const table = COFFEE.slice(0, rows)
    .map(
      (g, i) =>
        `${g}: top $${200 + f(i, 1, 300)}.${10 + f(i, 2, 89)}, average $${150 + f(i, 3, 300)}.${10 + f(i, 4, 89)} per 50kg bag, ${80 + f(i, 5, 2300)} bags sold`,
    )
    .join(' ');
  return [
    `Kenyan coffee prices firmed at the weekly Nairobi Coffee Exchange auction on Tuesday, sale number ${seed} of the season, with ${14000 + seed} bags offered, traders said. Prices by grade in U.S. dollars:`,
    table,
    ...(footer
      ? [
          'Prices are for 50 kg bags of clean coffee. AA and AB are the largest screen sizes. The next sale is in a week.',
        ]
      : []),
  ].join('\n\n');
}

describe('a copy made only of the stored story’s text, shorter', () => {
  it('calls a long table cut to its top rows a certain copy, whichever rows the stored sample kept', () => {
    // Nine rows of three prices: the stored sample holds a few rows of each column, so the rows the
    // cut keeps bring fillings the sample lacks — yet every one of them is the stored story's.
    const cut = compare(
      nearProbe(coffee(31, 4, false), 'Coffee auction: top grades') as never,
      decodeSketch(encodeSketch(nearSketch(coffee(31), 'Kenya coffee: auction prices, sale 31') as never)),
    );
    expect(cut.factsMatched - cut.factsAgreed).toBeGreaterThan(0);
    expect(
      verdict(coffee(31), coffee(31, 4, false), [
        'Kenya coffee: auction prices, sale 31',
        'Coffee auction: top grades',
      ]),
    ).toBe('copy');
  });

  it('never so for the next sale, cut or whole: it brings text of its own', () => {
    const h: [string, string] = ['Kenya coffee: auction prices', 'Kenya coffee: auction prices'];
    expect(verdict(coffee(31), coffee(32), h)).toBe('distinct');
    expect(verdict(coffee(31), coffee(32, 4, false), h)).not.toBe('copy');
  });
});
