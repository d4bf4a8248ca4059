import type { Pair, Rand, Split } from './kit.ts';
import { day, fixed, int, prng, side } from './kit.ts';

// Market tables from one template each: currencies, earnings, the yuan fixing, metals (see markets.ts).
export const CURRENCIES = [
  ['Japanese yen', 113.2, 2],
  ['Deutsche mark', 1.551, 4],
  ['French franc', 5.24, 4],
  ['Swiss franc', 1.308, 4],
  ['Dutch guilder', 1.742, 4],
  ['Italian lira', 1523, 1],
  ['Belgian franc', 31.97, 3],
  ['Spanish peseta', 130.9, 2],
  ['Swedish crown', 6.78, 4],
  ['Canadian dollar', 1.355, 4],
  ['Australian dollar', 1.262, 4],
] as const;

export function forexFamily(split: Split): Pair[] {
  const r = prng('forex');
  const table = (off: number, feed = 'reuters-markets', intro?: string) => {
    const d = day(off);
    const rows = CURRENCIES.map(([name, base, dp]) => {
      const x = base * (1 + (r() - 0.5) * 0.01);
      return `${name} ${fixed(x, dp)} ${fixed(x * (1 + (r() - 0.5) * 0.003), dp)}`;
    });
    return side(
      feed,
      `dollar-rates-${d.iso}`,
      `FOREX - Dollar rates at 1600 GMT on ${d.weekday}`,
      `LONDON ${d.iso}\n\n${intro ?? `Dollar rates against leading currencies at 1600 GMT on ${d.weekday}, with the previous close in brackets (quoted per dollar):`}\n\n${rows.join('\n\n')}\n\nSterling was quoted at $${fixed(1.64 + r() * 0.04, 4)}.`,
    );
  };
  const d1 = table(2);
  const d2 = table(3);
  const d3 = table(10);
  const copy = {
    ...d2,
    feed: 'fxstreet-wire',
    guid: 'fxstreet-wire:dollar-rates',
    url: 'https://fxstreetwire.example.com/dollar-rates',
    headline: 'Dollar exchange rates, London afternoon',
    body: d2.body
      .replace(/^LONDON [^\n]+\n\n/, '')
      .replace(
        /^Dollar rates against leading currencies at 1600 GMT on \w+/,
        'Afternoon dollar rates in London',
      )
      .concat('\n\nSource: Reuters'),
  };
  return [
    {
      id: 'tpl-forex-table-2-3',
      kind: 'template',
      label: 'distinct',
      family: 'forex',
      split,
      a: d1,
      b: d2,
      note: 'dollar rates table of consecutive days',
    },
    {
      id: 'tpl-forex-table-3-10',
      kind: 'template',
      label: 'distinct',
      family: 'forex',
      split,
      a: d2,
      b: d3,
      note: 'dollar rates table a week apart',
    },
    {
      id: 'tpl-forex-table-copy',
      kind: 'template-copy',
      label: 'duplicate',
      family: 'forex',
      split,
      a: d2,
      b: copy,
      note: 'the same table reprinted without dateline, with a new intro line and a source line',
    },
  ];
}

export function earningsFamily(split: Split): Pair[] {
  const r = prng('earnings');
  const table = (company: string, quarter: string, ended: string, feed = 'reuters-business') => {
    const rev = 800 + r() * 4000;
    const net = rev * (0.04 + r() * 0.1);
    const shr = net / (300 + r() * 200);
    const [pRev, pNet, pShr] = [rev, net, shr].map((x) => x * (0.85 + r() * 0.25)) as [
      number,
      number,
      number,
    ];
    const m = (x: number) => `${fixed(x, 1)} mln`;
    const ytd = quarter === 'Q4' ? 'Year' : 'Nine mths';
    const k = quarter === 'Q4' ? 3.9 : 2.9;
    return side(
      feed,
      `${company.toLowerCase().replace(/\W+/g, '-')}-${quarter.toLowerCase().replace(/\W+/g, '-')}-results`,
      `${company} ${quarter} shr ${fixed(shr, 2)} vs ${fixed(pShr, 2)}`,
      `NEW YORK (Reuters) - ${quarter} ended ${ended}\n\nShr $${fixed(shr, 2)} vs $${fixed(pShr, 2)}\n\nNet ${m(net)} vs ${m(pNet)}\n\nRevs ${m(rev)} vs ${m(pRev)}\n\nAvg shrs ${fixed(net / shr, 1)} mln vs ${fixed(pNet / pShr, 1)} mln\n\n${ytd}\n\nShr $${fixed(shr * k, 2)} vs $${fixed(pShr * k, 2)}\n\nNet ${m(net * k)} vs ${m(pNet * k)}\n\nRevs ${m(rev * k)} vs ${m(pRev * k)}\n\nNOTE: ${company} is a ${pickIndustry(r)}.`,
    );
  };
  const a = table('Dover Corp', 'Q3', 'Sept 30');
  const b = table('Dover Corp', 'Q4', 'Dec 31');
  const c = table('Parker Hannifin Corp', 'Q3', 'Sept 30');
  const copy = {
    ...c,
    feed: 'marketwatch-wire',
    guid: 'marketwatch-wire:parker-q3',
    url: 'https://marketwatchwire.example.com/parker-q3',
    headline: 'Parker Hannifin third-quarter results table',
  };
  copy.body = c.body.replace('NEW YORK (Reuters) - ', '').concat('\n\nSource: company statement');
  return [
    {
      id: 'tpl-earnings-two-quarters',
      kind: 'template',
      label: 'distinct',
      family: 'earnings',
      split,
      a,
      b,
      note: 'one company’s results table for two quarters',
    },
    {
      id: 'tpl-earnings-two-companies',
      kind: 'template',
      label: 'distinct',
      family: 'earnings',
      split,
      a,
      b: c,
      note: 'two companies’ tables for the same quarter',
    },
    {
      id: 'tpl-earnings-copy',
      kind: 'template-copy',
      label: 'duplicate',
      family: 'earnings',
      split,
      a: c,
      b: copy,
      note: 'the same table reprinted with a source line',
    },
  ];
}

export function pickIndustry(r: Rand): string {
  return (
    ['diversified manufacturer', 'maker of motion-control products', 'maker of industrial equipment'] as const
  )[int(r, 0, 2)] as string;
}

export function yuanFamily(split: Split): Pair[] {
  const r = prng('yuan');
  const fix = (off: number) => {
    const d = day(off + 10_000);
    const rate = 7.1 + r() * 0.1;
    const prev = rate + (r() - 0.5) * 0.02;
    return side(
      'reuters-markets',
      `yuan-midpoint-${d.iso}`,
      `China sets yuan midpoint at ${fixed(rate, 4)} per dollar`,
      `SHANGHAI, ${d.mon} ${d.d} (Reuters) - China's central bank set the yuan midpoint rate at ${fixed(rate, 4)} per dollar prior to market open on ${d.weekday}, ${rate < prev ? 'stronger' : 'weaker'} than the previous fix of ${fixed(prev, 4)} and ${int(r, 150, 400)} pips ${r() < 0.5 ? 'firmer' : 'weaker'} than a Reuters estimate of ${fixed(rate + 0.03, 4)}.\n\nIn the spot market, onshore yuan is allowed to trade 2% either side of the fixed midpoint each trading day.\n\nThe yuan opened at ${fixed(rate + 0.05, 4)} per dollar in the spot market.`,
    );
  };
  const a = fix(1);
  const b = fix(2);
  const c = fix(8);
  return [
    {
      id: 'tpl-yuan-fix-1-2',
      kind: 'template',
      label: 'distinct',
      family: 'yuan-fixing',
      split,
      a,
      b,
      note: 'yuan midpoint of consecutive days: a three-paragraph template',
    },
    {
      id: 'tpl-yuan-fix-2-8',
      kind: 'template',
      label: 'distinct',
      family: 'yuan-fixing',
      split,
      a: b,
      b: c,
      note: 'yuan midpoint a week apart',
    },
  ];
}

export function metalsFamily(split: Split): Pair[] {
  const r = prng('lme');
  const metals = ['Copper', 'Aluminium', 'Zinc', 'Nickel', 'Lead', 'Tin'];
  const base = [9_400, 2_550, 2_800, 15_900, 2_000, 32_000];
  const report = (off: number) => {
    const d = day(off + 10_000);
    const rows = metals.map((m, i) => {
      const x = (base[i] as number) * (1 + (r() - 0.5) * 0.03);
      return `${m} ${fixed(x, 0)} ${r() < 0.5 ? '+' : '-'}${fixed(r() * 1.5, 1)}%`;
    });
    return side(
      'reuters-commodities',
      `lme-closing-${d.iso}`,
      `LME closing prices on ${d.weekday}`,
      `LONDON, ${d.mon} ${d.d} (Reuters) - London Metal Exchange three-month prices at the close on ${d.weekday} (dollars per tonne, change on the day):\n\n${rows.join('\n\n')}\n\nLME copper stocks were ${int(r, 140, 260)},${String(int(r, 0, 999)).padStart(3, '0')} tonnes.`,
    );
  };
  return [
    {
      id: 'tpl-lme-close-1-2',
      kind: 'template',
      label: 'distinct',
      family: 'lme',
      split,
      a: report(1),
      b: report(2),
      note: 'LME closing prices of consecutive days: short table',
    },
  ];
}
